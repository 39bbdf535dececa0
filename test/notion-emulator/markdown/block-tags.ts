import { parseHtmlTable } from './block-tables.js';
import type { ParseOptions } from './block-parse.js';
import { FENCE_OPEN, isBlank, type Line } from './lines.js';
import { readTag, type Tag } from './tags.js';
import {
  MARKDOWN_COLORS,
  MarkdownRejected,
  apiColor,
  type EmuBlock,
  type RichText,
} from './types.js';

/** What the tag parsers need from the block parser. */
export type ParseContext = {
  options: ParseOptions;
  blocks: (lines: Line[]) => EmuBlock[];
  inline: (text: string, line: number) => RichText[];
  image: (text: string, line: number) => { caption: RichText[]; url: string } | null;
};

const CONTAINER_ATTRS: Readonly<Record<string, readonly string[]>> = {
  p: ['color'],
  quote: ['color'],
  toggle: ['color'],
  callout: ['icon', 'color'],
  h1: ['color', 'toggle'],
  h2: ['color', 'toggle'],
  h3: ['color', 'toggle'],
  h4: ['color', 'toggle'],
};
const MEDIA = new Set(['image', 'video', 'audio', 'file', 'pdf']);

/** Validates a markdown colour name and returns the API value. */
export function colorAttr(value: string | undefined, line: number): string {
  if (value === undefined) return 'default';
  if (!MARKDOWN_COLORS.includes(value))
    throw new MarkdownRejected(`unknown color "${value}"`, line);
  return apiColor(value);
}

export function headingBlock(
  level: number,
  richText: RichText[],
  color = 'default',
  toggle = false,
): EmuBlock {
  const type = `heading_${level}`;
  return { type, [type]: { rich_text: richText, color, is_toggleable: toggle } };
}

export function imageBlock(type: string, url: string, caption: RichText[]): EmuBlock {
  return { type, [type]: { type: 'external', external: { url }, caption } };
}

function unescape(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function checkAttrs(tag: Tag, allowed: readonly string[], line: number): void {
  for (const key of Object.keys(tag.attrs)) {
    if (!allowed.includes(key)) {
      throw new MarkdownRejected(`<${tag.name}> does not take the attribute ${key}`, line);
    }
  }
}

/**
 * The line holding the `</name>` that closes the tag opened on line `start`, counting nested
 * tags of the same name and skipping fenced code; -1 when there is none.
 */
export function findClosingLine(lines: Line[], start: number, name: string): number {
  const opens = new RegExp(`^[ \\t]*<${name}(?=[\\s/>])`);
  const closes = new RegExp(`^[ \\t]*</${name}>[ \\t]*$`);
  let depth = 0;
  let fence: string | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    const stripped = text.replace(/^\t+/, '');
    const fenceMatch = FENCE_OPEN.exec(stripped);
    if (fence !== null) {
      if (
        fenceMatch !== null &&
        fenceMatch[2]?.startsWith(fence) &&
        (fenceMatch[3] ?? '').trim() === ''
      ) {
        fence = null;
      }
      continue;
    }
    if (fenceMatch !== null) {
      fence = fenceMatch[2] as string;
      continue;
    }
    if (closes.test(text)) {
      if (depth === 0) return i;
      depth--;
    } else if (opens.test(text)) {
      const tag = readTag(text.trim(), 0);
      if (tag === null || tag.selfClosing) continue;
      // A nested block whose title ends with its closing tag (a title written over several
      // lines with hard breaks) has no children: it does not change the depth.
      let k = i;
      while (
        k < lines.length &&
        !isBlank(lines[k]) &&
        !(lines[k] as Line).text.trimEnd().endsWith(`</${name}>`)
      ) {
        k++;
      }
      if (k < lines.length && !isBlank(lines[k])) i = k;
      else depth++;
    }
  }
  return -1;
}

/** A block written in tag form (`<toggle>`, `<callout>`, `<columns>`, `<page>`, …). */
export function parseTagBlock(lines: Line[], i: number, context: ParseContext): [EmuBlock, number] {
  const line = lines[i] as Line;
  const text = line.text.replace(/^ {0,3}/, '');
  const tag = readTag(text, 0);
  const name = /^<\/?([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';
  if (tag === null) throw new MarkdownRejected(`malformed <${name}> tag`, line.no);
  if (tag.closing) throw new MarkdownRejected(`</${name}> without a matching <${name}>`, line.no);
  const rest = text.slice(tag.end);
  if (name in CONTAINER_ATTRS) return containerTag(lines, i, tag, rest, context);
  switch (name) {
    case 'li':
      throw new MarkdownRejected(
        '<li> belongs right after a list marker: "- <li …>…</li>"',
        line.no,
      );
    case 'column':
      throw new MarkdownRejected('<column> belongs inside <columns>', line.no);
    case 'columns':
      return columns(lines, i, tag, rest, context);
    case 'table':
      return parseHtmlTable(lines, i, tag, rest, context);
    case 'unknown':
      return [unknownBlock(tag, rest, line.no, context), i + 1];
    case 'table_of_contents':
      checkAttrs(tag, ['color'], line.no);
      if (!tag.selfClosing || rest.trim() !== '') {
        throw new MarkdownRejected('<table_of_contents/> is self-closing', line.no);
      }
      return [
        {
          type: 'table_of_contents',
          table_of_contents: { color: colorAttr(tag.attrs['color'], line.no) },
        },
        i + 1,
      ];
    default:
      return [singleLineTag(tag, rest, line.no, context), i + 1];
  }
}

function containerTag(
  lines: Line[],
  i: number,
  tag: Tag,
  rest: string,
  context: ParseContext,
): [EmuBlock, number] {
  const line = lines[i] as Line;
  checkAttrs(tag, CONTAINER_ATTRS[tag.name] ?? [], line.no);
  const closeTag = `</${tag.name}>`;
  let titleText = '';
  let children: EmuBlock[] = [];
  let next = i + 1;
  if (tag.selfClosing) {
    if (rest.trim() !== '')
      throw new MarkdownRejected(`text after a self-closing <${tag.name}/>`, line.no);
  } else {
    // The title runs to the first blank line; a title that ends with the closing tag has no
    // children (a multi-line title written with hard breaks).
    const title = [rest];
    let j = i + 1;
    let closedInTitle = rest.trimEnd().endsWith(closeTag);
    while (!closedInTitle && j < lines.length && !isBlank(lines[j])) {
      const text = (lines[j] as Line).text.trim();
      j++;
      if (text === closeTag) {
        next = j;
        break;
      }
      title.push(text);
      closedInTitle = text.endsWith(closeTag);
    }
    if (closedInTitle) {
      const joined = title.join('\n');
      titleText = joined.slice(0, joined.length - closeTag.length);
      next = j;
    } else if (next > i + 1) {
      titleText = title.join('\n');
    } else {
      const close = findClosingLine(lines, i, tag.name);
      if (close === -1) throw new MarkdownRejected(`<${tag.name}> is never closed`, line.no);
      titleText = title.join('\n');
      children = context.blocks(lines.slice(j, close));
      next = close + 1;
    }
  }
  const block = containerBlock(tag, context.inline(titleText.trim(), line.no), line.no);
  if (children.length > 0) {
    if (
      block.type.startsWith('heading_') &&
      !(block[block.type] as { is_toggleable: boolean }).is_toggleable
    ) {
      throw new MarkdownRejected(`<${tag.name}> has children but is not toggle="true"`, line.no);
    }
    block.children = children;
  }
  return [block, next];
}

function containerBlock(tag: Tag, richText: RichText[], line: number): EmuBlock {
  const color = colorAttr(tag.attrs['color'], line);
  switch (tag.name) {
    case 'callout': {
      const icon = tag.attrs['icon'];
      return {
        type: 'callout',
        callout: {
          rich_text: richText,
          icon: icon === undefined || icon === '' ? null : { type: 'emoji', emoji: icon },
          color,
        },
      };
    }
    case 'p':
      return { type: 'paragraph', paragraph: { rich_text: richText, color } };
    case 'quote':
    case 'toggle':
      return { type: tag.name, [tag.name]: { rich_text: richText, color } };
    default: {
      const toggle = tag.attrs['toggle'];
      if (toggle !== undefined && toggle !== 'true' && toggle !== 'false') {
        throw new MarkdownRejected(`toggle="${toggle}" must be "true" or "false"`, line);
      }
      return headingBlock(Number(tag.name.slice(1)), richText, color, toggle === 'true');
    }
  }
}

function columns(
  lines: Line[],
  i: number,
  tag: Tag,
  rest: string,
  context: ParseContext,
): [EmuBlock, number] {
  const no = (lines[i] as Line).no;
  if (tag.selfClosing || Object.keys(tag.attrs).length > 0 || rest.trim() !== '') {
    throw new MarkdownRejected('<columns> takes no attributes and stands alone on its line', no);
  }
  const close = findClosingLine(lines, i, 'columns');
  if (close === -1) throw new MarkdownRejected('<columns> is never closed', no);
  const cols: EmuBlock[] = [];
  let j = i + 1;
  while (j < close) {
    const line = lines[j] as Line;
    if (isBlank(line)) {
      j++;
      continue;
    }
    const trimmed = line.text.trim();
    const col = readTag(trimmed, 0);
    if (
      col === null ||
      col.name !== 'column' ||
      col.closing ||
      col.selfClosing ||
      Object.keys(col.attrs).length > 0 ||
      trimmed.slice(col.end) !== ''
    ) {
      throw new MarkdownRejected('only <column> blocks belong inside <columns>', line.no);
    }
    const end = findClosingLine(lines, j, 'column');
    if (end === -1 || end > close) throw new MarkdownRejected('<column> is never closed', line.no);
    const children = context.blocks(lines.slice(j + 1, end));
    cols.push({ type: 'column', column: {}, children });
    j = end + 1;
  }
  // The API refuses a column list with fewer than two columns.
  if (cols.length < 2) throw new MarkdownRejected('<columns> needs at least two <column>', no);
  return [{ type: 'column_list', column_list: {}, children: cols }, close + 1];
}

function singleLineTag(tag: Tag, rest: string, line: number, context: ParseContext): EmuBlock {
  const closeTag = `</${tag.name}>`;
  let inner = '';
  if (!tag.selfClosing) {
    if (!rest.trimEnd().endsWith(closeTag)) {
      throw new MarkdownRejected(`<${tag.name}> must close on the same line`, line);
    }
    inner = rest.trimEnd().slice(0, -closeTag.length);
  } else if (rest.trim() !== '') {
    throw new MarkdownRejected(`text after a self-closing <${tag.name}/>`, line);
  }
  if (MEDIA.has(tag.name)) {
    checkAttrs(tag, ['source'], line);
    const source = tag.attrs['source'];
    if (source === undefined || source === '') {
      throw new MarkdownRejected(`<${tag.name}> needs a source URL`, line);
    }
    return imageBlock(tag.name, source, context.inline(inner, line));
  }
  // <page> and <database>: a reference to a child page or database; without url, a new page.
  checkAttrs(tag, ['url'], line);
  const type = tag.name === 'page' ? 'child_page' : 'child_database';
  const url = tag.attrs['url'];
  return { type, [type]: { title: unescape(inner), ...(url === undefined ? {} : { url }) } };
}

function unknownBlock(tag: Tag, rest: string, line: number, context: ParseContext): EmuBlock {
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

/** `<li color="…">title</li>` right after a list marker: a list item with a block colour. */
export function parseListItemTag(
  body: string,
  line: number,
  context: ParseContext,
): { richText: RichText[]; color: string } | null {
  if (!/^<li(?=[\s/>])/.test(body)) return null;
  const tag = readTag(body, 0);
  if (tag === null || tag.closing || tag.selfClosing || !body.trimEnd().endsWith('</li>')) {
    throw new MarkdownRejected('a list item tag reads "<li color=\\"…\\">text</li>"', line);
  }
  checkAttrs(tag, ['color'], line);
  const inner = body.trimEnd().slice(tag.end, -'</li>'.length);
  return { richText: context.inline(inner, line), color: colorAttr(tag.attrs['color'], line) };
}
