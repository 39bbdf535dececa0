import { checkAttrs, colorAttr, imageBlock, type ParseContext } from './block-tags.js';
import type { Line } from './lines.js';
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
    // "<image source="..." color="...">caption</image> for attributes"; the API's media blocks
    // have no colour, so it is kept next to the file, only when set (A-MD-23).
    checkAttrs(tag, ['source', 'color'], line);
    const source = tag.attrs['source'];
    if (source === undefined || source === '') {
      throw new MarkdownRejected(`<${tag.name}> needs a source URL`, line);
    }
    const block = imageBlock(tag.name, source, context.inline(inner, line));
    const color = colorAttr(tag.attrs['color'], line);
    if (color !== 'default') (block[tag.name] as Record<string, unknown>)['color'] = color;
    return block;
  }
  if (LINKS.has(tag.name)) {
    checkAttrs(tag, ['url'], line);
    const url = tag.attrs['url'];
    if (url === undefined || url === '')
      throw new MarkdownRejected(`<${tag.name}> needs a url`, line);
    return { type: tag.name, [tag.name]: { url, caption: context.inline(inner, line) } };
  }
  return pageReference(tag, unescape(inner), line);
}

/**
 * `<page url="…" color="…">Title</page>` and `<database url="…" data-source-url="…"
 * inline="true|false" icon="emoji" wiki="true|false" color="…">Title</database>`. The API's
 * child_page/child_database blocks hold only the title; the emulator keeps the rest next to it,
 * present only when set (A-MD-24).
 */
function pageReference(tag: Tag, title: string, line: number): EmuBlock {
  const database = tag.name === 'database';
  checkAttrs(
    tag,
    database ? ['url', 'data-source-url', 'inline', 'icon', 'wiki', 'color'] : ['url', 'color'],
    line,
  );
  const flag = (name: string): true | undefined => {
    const value = tag.attrs[name];
    if (value !== undefined && value !== 'true' && value !== 'false') {
      throw new MarkdownRejected(`${name}="${value}" must be "true" or "false"`, line);
    }
    return value === 'true' ? true : undefined;
  };
  const color = colorAttr(tag.attrs['color'], line);
  const payload = Object.fromEntries(
    Object.entries({
      title,
      url: tag.attrs['url'],
      data_source_url: tag.attrs['data-source-url'],
      is_inline: flag('inline'),
      icon: tag.attrs['icon'],
      is_wiki: flag('wiki'),
      color: color === 'default' ? undefined : color,
    }).filter(([, value]) => value !== undefined),
  );
  const type = database ? 'child_database' : 'child_page';
  return { type, [type]: payload };
}

/**
 * `<equation color="...">x + y = z</equation>`: a block equation that needs an attribute. The
 * expression is literal, like code, on the tag's line or on the lines up to `</equation>`. The
 * API's equation block has no colour; the emulator keeps it as `equation.color`, present only
 * when set (A-MD-33).
 */
export function parseEquationTag(
  lines: Line[],
  i: number,
  tag: Tag,
  rest: string,
): [EmuBlock, number] {
  const line = (lines[i] as Line).no;
  checkAttrs(tag, ['color'], line);
  if (tag.selfClosing) throw new MarkdownRejected('<equation> needs its expression', line);
  const closeTag = '</equation>';
  const body = [rest];
  let j = i;
  while (!(body[body.length - 1] as string).trimEnd().endsWith(closeTag)) {
    j++;
    if (j >= lines.length) throw new MarkdownRejected('<equation> is never closed', line);
    body.push((lines[j] as Line).text);
  }
  const text = body.join('\n').trimEnd();
  const expression = text.slice(0, -closeTag.length).trim();
  if (expression === '') throw new MarkdownRejected('<equation> needs its expression', line);
  const color = colorAttr(tag.attrs['color'], line);
  const equation = color === 'default' ? { expression } : { expression, color };
  return [{ type: 'equation', equation }, j + 1];
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
