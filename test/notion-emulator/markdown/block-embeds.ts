import { checkAttrs, colorAttr, imageBlock, type ParseContext } from './block-tags.js';
import type { Tag } from './tags.js';
import { MarkdownRejected, type EmuBlock } from './types.js';

const MEDIA = new Set(['image', 'video', 'audio', 'file', 'pdf']);
const LINKS = new Set(['bookmark', 'embed']);

function unescape(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The text between a one-line tag and its closing tag on the same line ('' when self-closing). */
function oneLineInner(tag: Tag, rest: string, line: number): string {
  const closeTag = `</${tag.name}>`;
  if (tag.selfClosing) {
    if (rest.trim() !== '')
      throw new MarkdownRejected(`text after a self-closing <${tag.name}/>`, line);
    return '';
  }
  if (!rest.trimEnd().endsWith(closeTag)) {
    throw new MarkdownRejected(`<${tag.name}> must close on the same line`, line);
  }
  return rest.trimEnd().slice(0, -closeTag.length);
}

/**
 * One-line tags: media (`<video source="…">caption</video>`), links (`<bookmark url="…">caption
 * </bookmark>`, `<embed …>`), and references to child pages and databases (`<page url="…">Title
 * </page>`; without url, a new page).
 */
export function parseSingleLineTag(
  tag: Tag,
  rest: string,
  line: number,
  context: ParseContext,
): EmuBlock {
  const inner = oneLineInner(tag, rest, line);
  if (MEDIA.has(tag.name)) {
    checkAttrs(tag, ['source'], line);
    const source = tag.attrs['source'];
    if (source === undefined || source === '') {
      throw new MarkdownRejected(`<${tag.name}> needs a source URL`, line);
    }
    return imageBlock(tag.name, source, context.inline(inner, line));
  }
  if (LINKS.has(tag.name)) {
    checkAttrs(tag, ['url'], line);
    const url = tag.attrs['url'];
    if (url === undefined || url === '')
      throw new MarkdownRejected(`<${tag.name}> needs a url`, line);
    return { type: tag.name, [tag.name]: { url, caption: context.inline(inner, line) } };
  }
  checkAttrs(tag, ['url'], line);
  const type = tag.name === 'page' ? 'child_page' : 'child_database';
  const url = tag.attrs['url'];
  return { type, [type]: { title: unescape(inner), ...(url === undefined ? {} : { url }) } };
}

/** `<table-of-contents/>`, optionally coloured. */
export function parseTableOfContents(tag: Tag, rest: string, line: number): EmuBlock {
  checkAttrs(tag, ['color'], line);
  if (!tag.selfClosing || rest.trim() !== '') {
    throw new MarkdownRejected('<table-of-contents/> is self-closing', line);
  }
  return {
    type: 'table_of_contents',
    table_of_contents: { color: colorAttr(tag.attrs['color'], line) },
  };
}

/** `<unknown url="…" alt="…"/>`: a block markdown cannot show, named by its URL. */
export function parseUnknown(
  tag: Tag,
  rest: string,
  line: number,
  context: ParseContext,
): EmuBlock {
  checkAttrs(tag, ['url', 'alt'], line);
  const url = tag.attrs['url'];
  if (!tag.selfClosing || rest.trim() !== '' || url === undefined) {
    throw new MarkdownRejected(
      '<unknown url="…" alt="…"/> is self-closing and needs its url',
      line,
    );
  }
  if (context.options.isKnownBlockUrl && !context.options.isKnownBlockUrl(url)) {
    throw new MarkdownRejected(`<unknown url="${url}"/> does not name a block of this page`, line);
  }
  return { type: 'unsupported', unsupported: { url, alt: tag.attrs['alt'] ?? '' } };
}
