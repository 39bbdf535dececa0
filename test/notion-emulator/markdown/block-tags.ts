import { parseHtmlTable } from './block-tables.js';
import { parseColumns, parseList, parseSyncedBlock } from './block-groups.js';
import {
  parseEquationTag,
  parseSingleLineTag,
  parseTableOfContents,
  parseUnknown,
} from './block-embeds.js';
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
  /** Inline content of a table cell, where `<br />` is a line break. */
  cell: (text: string, line: number) => RichText[];
  image: (text: string, line: number) => { caption: RichText[]; url: string } | null;
};

/** What a tag parser returns: the block (or blocks, for `<ul>`/`<ol>`) and the next line. */
export type TagParse = [EmuBlock | EmuBlock[], number];

const CONTAINER_ATTRS: Readonly<Record<string, readonly string[]>> = {
  p: ['color'],
  quote: ['color'],
  toggle: ['heading', 'color'],
  callout: ['icon', 'color'],
  h1: ['color'],
  h2: ['color'],
  h3: ['color'],
  h4: ['color'],
  todo: ['checked', 'color'],
};
const TOGGLE_HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);

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

export function checkAttrs(tag: Tag, allowed: readonly string[], line: number): void {
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
    const match = FENCE_OPEN.exec(stripped);
    // CommonMark: a backtick fence whose info string has a backtick is not a fence (it is text,
    // e.g. a code span at the start of a table cell's second line).
    const fenceMatch =
      match !== null && match[2]?.startsWith('`') && (match[3] ?? '').includes('`') ? null : match;
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

/** The title text and child blocks of a tag-form block, and the line after it. */
export type Container = { title: string; children: EmuBlock[]; next: number };

/**
 * Reads a tag-form block opened on line `i` whose opening tag ends where `rest` begins: the title
 * runs from the tag to the first blank line, the children from there to the closing tag; a title
 * that ends with the closing tag has no children. Whitespace the title holds on the tag's own
 * lines is kept: holding edge spaces is one reason the tag form exists.
 */
export function readContainer(
  lines: Line[],
  i: number,
  tag: Tag,
  rest: string,
  context: ParseContext,
): Container {
  const line = lines[i] as Line;
  const closeTag = `</${tag.name}>`;
  if (tag.selfClosing) {
    if (rest.trim() !== '')
      throw new MarkdownRejected(`text after a self-closing <${tag.name}/>`, line.no);
    return { title: '', children: [], next: i + 1 };
  }
  const title = [rest];
  let j = i + 1;
  let closedInTitle = rest.trimEnd().endsWith(closeTag);
  let next = i + 1;
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
  // "<p /> = empty title": a container whose children need a title line before them.
  const edges = (text: string): string => {
    const inner = text.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '');
    return /^<p ?\/>$/.test(inner) ? '' : inner;
  };
  if (closedInTitle) {
    const joined = title.join('\n').trimEnd();
    return {
      title: edges(joined.slice(0, joined.length - closeTag.length)),
      children: [],
      next: j,
    };
  }
  if (next > i + 1) return { title: edges(title.join('\n')), children: [], next };
  const close = findClosingLine(lines, i, tag.name);
  if (close === -1) throw new MarkdownRejected(`<${tag.name}> is never closed`, line.no);
  return {
    title: edges(title.join('\n')),
    children: context.blocks(lines.slice(j, close)),
    next: close + 1,
  };
}

/** A block written in tag form (`<toggle>`, `<callout>`, `<columns>`, `<ul>`, `<page>`, …). */
export function parseTagBlock(lines: Line[], i: number, context: ParseContext): TagParse {
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
      throw new MarkdownRejected('<li> belongs inside <ul> or <ol>', line.no);
    case 'column':
      throw new MarkdownRejected('<column> belongs inside <columns>', line.no);
    case 'columns':
      return parseColumns(lines, i, tag, rest, context);
    case 'ul':
    case 'ol':
      return parseList(lines, i, tag, rest, context);
    case 'synced-block':
    case 'synced-block-reference':
      return parseSyncedBlock(lines, i, tag, rest, context);
    case 'table':
      return parseHtmlTable(lines, i, tag, rest, context);
    case 'unknown':
      return [parseUnknown(tag, rest, line.no, context), i + 1];
    case 'table-of-contents':
      return [parseTableOfContents(tag, rest, line.no), i + 1];
    case 'equation':
      return parseEquationTag(lines, i, tag, rest);
    default:
      return [parseSingleLineTag(tag, rest, line.no, context), i + 1];
  }
}

function containerTag(
  lines: Line[],
  i: number,
  tag: Tag,
  rest: string,
  context: ParseContext,
): TagParse {
  const line = lines[i] as Line;
  checkAttrs(tag, CONTAINER_ATTRS[tag.name] ?? [], line.no);
  const { title, children, next } = readContainer(lines, i, tag, rest, context);
  const block = containerBlock(tag, context.inline(title, line.no), line.no);
  if (children.length > 0) {
    if (
      block.type.startsWith('heading_') &&
      !(block[block.type] as { is_toggleable: boolean }).is_toggleable
    ) {
      throw new MarkdownRejected(
        `<${tag.name}> cannot hold children: a heading with children is <toggle heading="${tag.name}">`,
        line.no,
      );
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
    case 'toggle': {
      const heading = tag.attrs['heading'];
      if (heading === undefined) return { type: 'toggle', toggle: { rich_text: richText, color } };
      if (!TOGGLE_HEADINGS.has(heading)) {
        throw new MarkdownRejected(`heading="${heading}" must be one of h1, h2, h3, h4`, line);
      }
      return headingBlock(Number(heading.slice(1)), richText, color, true);
    }
    case 'quote':
      return { type: 'quote', quote: { rich_text: richText, color } };
    case 'todo': {
      const checked = tag.attrs['checked'] ?? 'false';
      if (checked !== 'true' && checked !== 'false') {
        throw new MarkdownRejected(`checked="${checked}" must be "true" or "false"`, line);
      }
      return { type: 'to_do', to_do: { rich_text: richText, checked: checked === 'true', color } };
    }
    default:
      return headingBlock(Number(tag.name.slice(1)), richText, color, false);
  }
}
