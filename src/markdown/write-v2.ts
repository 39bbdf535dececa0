/**
 * IR → Notion-flavored Markdown v2. One canonical rendering: it is what a push sends, and (in key
 * mode) the comparable form of a block.
 * Rules: https://developers.notion.com/guides/data-apis/notion-flavored-markdown
 */
import { notionLanguage } from './languages.js';
import { unsignedUrl } from './signed-urls.js';
import type { IrBlock, IrInline } from './types.js';

export interface WriteOptions {
  /** Comparable form: list numbers and runs of whitespace normalized. */
  key?: boolean;
}

interface InlineContext {
  key: boolean;
  table: boolean;
  heading: boolean;
}

/** Writes blocks separated as v2 wants: a blank line, or one newline between items of a list. */
export function writeV2Blocks(blocks: IrBlock[], options: WriteOptions = {}): string {
  let out = '';
  let number = 0;
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    // An item in tag form is a block of its own: a blank line around it, as Notion writes it.
    const tight =
      previous && sameList(previous, block) && !isTagItem(previous) && !isTagItem(block);
    if (index > 0) out += tight ? '\n' : '\n\n';
    number =
      block.type === 'item' && previous && sameList(previous, block)
        ? number + 1
        : block.type === 'item'
          ? block.number
          : 0;
    out += writeV2Block(block, options, number);
  });
  return out;
}

function isTagItem(block: IrBlock): boolean {
  return block.type === 'item' && hasEdgeSpace(block.title);
}

/** Items that CommonMark keeps in one list when written on consecutive lines. */
export function sameList(a: IrBlock, b: IrBlock): boolean {
  if (a.type !== 'item' || b.type !== 'item') return false;
  return (a.kind === 'ordered') === (b.kind === 'ordered');
}

export function writeV2Block(block: IrBlock, options: WriteOptions = {}, number = 1): string {
  const key = options.key === true;
  const inline = (children: IrInline[], heading = false): string =>
    writeV2Inlines(children, { key, table: false, heading }, true);
  switch (block.type) {
    case 'paragraph':
      if (block.children.length === 0) return '<p />';
      if (hasEdgeSpace(block.children)) return `<p>${tagTitle(block.children, key)}</p>`;
      return inline(block.children);
    case 'heading': {
      const depth = Math.min(Math.max(block.depth, 1), 4);
      if (hasEdgeSpace(block.children)) {
        return `<h${depth}>${tagTitle(block.children, key)}</h${depth}>`;
      }
      const text = inline(block.children, true).replace(/(?<!\\)#+$/, (run) =>
        run.replace(/#/g, '\\#'),
      );
      return `${'#'.repeat(depth)} ${text}`.trimEnd();
    }
    case 'item':
      return writeItem(block, options, key ? 1 : number);
    case 'quote':
      return writeQuote(block.children, options);
    case 'code': {
      const longest = Math.max(0, ...[...block.value.matchAll(/`+/g)].map((run) => run[0].length));
      const fence = '`'.repeat(Math.max(3, longest + 1));
      // Sent as written (Notion maps `js` to its `javascript` itself); a name with a space in it
      // (`visual basic`) is one of Notion's. The comparable form has Notion's name.
      const lang = key
        ? block.lang
        : block.lang.includes(' ') && notionLanguage(block.lang) !== ''
          ? block.lang
          : block.lang.replace(/[`\s]/g, '');
      return block.value === ''
        ? `${fence}${lang}\n${fence}`
        : `${fence}${lang}\n${block.value}\n${fence}`;
    }
    case 'math':
      return `$$\n${block.value}\n$$`;
    case 'divider':
      return '---';
    case 'table':
      return writeTable(block.rows, key);
    case 'image': {
      // A Notion-hosted file is signed anew on every read: its address without the signature is the file.
      const url = key ? unsignedUrl(block.url) : block.url;
      return `![${escapeText(block.alt, '', false, key)}](${destination(url)})`;
    }
    case 'callout': {
      if (block.source !== undefined && !key) return block.source;
      return titledTag(
        'callout',
        { icon: block.icon, color: block.color },
        block.title,
        block.children,
        options,
      );
    }
    case 'toggle':
      if (block.source !== undefined && !key) return block.source;
      return titledTag('toggle', {}, block.title, block.children, options);
    case 'raw':
      return key ? block.value.replace(/[ \t]+$/gm, '').trimEnd() : block.value;
  }
}

/** `<tag attrs>title</tag>`, or with children the title, a blank line, the children, `</tag>`. */
function titledTag(
  name: string,
  attributes: Record<string, string | null>,
  title: IrInline[],
  children: IrBlock[],
  options: WriteOptions,
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([attr, value]) => ` ${attr}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const text = tagTitle(title, options.key === true);
  if (children.length === 0) return `<${name}${attrs}>${text}</${name}>`;
  // The reference's container shape: the title on the next line (`<p />` when empty) unless
  // edge spaces keep it on the tag's own line.
  const head = hasEdgeSpace(title) ? text : `\n${text === '' ? '<p />' : text}`;
  return `<${name}${attrs}>${head}\n\n${writeV2Blocks(children, options)}\n</${name}>`;
}

function writeItem(
  item: IrBlock & { type: 'item' },
  options: WriteOptions,
  number: number,
): string {
  if (hasEdgeSpace(item.title)) return writeTagItem(item, options);
  const marker = item.kind === 'ordered' ? `${number}.` : '-';
  const checkbox = item.kind === 'todo' ? (item.checked ? '[x]' : '[ ]') : '';
  const indent = ' '.repeat(marker.length + 1);
  const title = writeV2Inlines(
    item.title,
    { key: options.key === true, table: false, heading: false },
    checkbox === '',
  );
  const head = [marker, checkbox, title].filter((part) => part !== '').join(' ');
  let out = indentLines(head, indent);
  if (item.children.length > 0) {
    // In the comparable form a child list follows its item directly whatever its numbering.
    const firstIsItem =
      options.key === true
        ? item.children[0]?.type === 'item'
        : canInterruptParagraph(item.children[0]);
    // "- [ ]" followed by an indented line would read "[ ] line" as one paragraph.
    const separator =
      title === '' ? (checkbox === '' ? '\n' : '\n\n') : firstIsItem ? '\n' : '\n\n';
    out += separator + indent + indentLines(writeV2Blocks(item.children, options), indent);
  }
  return out;
}

/**
 * An item whose text starts or ends with spaces, in the tag form that holds them: "always use
 * the tag form when a block needs attributes, children, or edge whitespace — <quote> not >, <li>
 * not -"; a to-do's tag is `<todo checked="…">`.
 */
function writeTagItem(item: IrBlock & { type: 'item' }, options: WriteOptions): string {
  const title = tagTitle(item.title, options.key === true);
  const body = item.children.length > 0 ? `\n\n${writeV2Blocks(item.children, options)}\n` : '';
  if (item.kind === 'todo') return `<todo checked="${String(item.checked)}">${title}${body}</todo>`;
  const name = item.kind === 'ordered' ? 'ol' : 'ul';
  return `<${name}>\n<li>${title}${body}</li>\n</${name}>`;
}

/**
 * Whether a list starting with this item may follow a paragraph line directly: CommonMark lets
 * only non-empty bullet items and ordered items numbered 1 interrupt a paragraph.
 */
export function canInterruptParagraph(block: IrBlock | undefined): boolean {
  if (block?.type !== 'item') return false;
  if (block.title.length === 0 && block.kind !== 'todo') return false;
  return block.kind !== 'ordered' || block.number === 1;
}

/**
 * Spaces or tabs at the edges of a block's text: markdown drops them, so the block is written in
 * its tag form, which holds them.
 */
function hasEdgeSpace(inlines: IrInline[]): boolean {
  const first = inlines[0];
  const last = inlines[inlines.length - 1];
  return (
    (first?.type === 'text' && /^[ \t]/.test(first.value)) ||
    (last?.type === 'text' && /[ \t]$/.test(last.value))
  );
}

/** A title right after a tag: not at a line start, edge spaces kept. */
function tagTitle(inlines: IrInline[], key: boolean): string {
  return writeV2Inlines(inlines, { key, table: false, heading: false }, false);
}

function writeQuote(children: IrBlock[], options: WriteOptions): string {
  const [first, ...rest] = children;
  if (!first) return '>';
  if (first.type === 'paragraph' && hasEdgeSpace(first.children)) {
    const title = tagTitle(first.children, options.key === true);
    const body = rest.length > 0 ? `\n\n${writeV2Blocks(rest, options)}\n` : '';
    return `<quote>${title}${body}</quote>`;
  }
  if (first.type === 'paragraph' && rest.length === 0) {
    return writeV2Block(first, options)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
  }
  const title = first.type === 'paragraph' ? writeV2Block(first, options) : '<p />';
  const body = first.type === 'paragraph' ? rest : children;
  return `<quote>\n${title}${body.length > 0 ? `\n\n${writeV2Blocks(body, options)}` : ''}\n</quote>`;
}

function writeTable(rows: IrInline[][][], key: boolean): string {
  const width = rows[0]?.length ?? 0;
  const line = (cells: IrInline[][]): string =>
    `| ${cells.map((cell) => writeV2Inlines(cell, { key, table: true, heading: false }, false)).join(' | ')} |`;
  const delimiter = `| ${Array.from({ length: width }, () => '---').join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), delimiter, ...body.map(line)].join('\n');
}

/** One row of a table as v2 writes it (`index` 0 is the header with its delimiter row). */
export function writeV2TableRow(rows: IrInline[][][], index: number, key: boolean): string {
  const lines = writeTable(rows, key).split('\n');
  return index === 0 ? `${lines[0] ?? ''}\n${lines[1] ?? ''}` : (lines[index + 1] ?? '');
}

function indentLines(text: string, indent: string): string {
  return text.replace(/\n(?=[^\n])/g, `\n${indent}`);
}

/** Writes inline content; `lineStart` says the first character begins a line. */
export function writeV2Inlines(
  inlines: IrInline[],
  ctx: InlineContext,
  lineStart: boolean,
): string {
  let out = '';
  let atLineStart = lineStart;
  inlines.forEach((inline, index) => {
    const before = out.slice(-1);
    const after = firstChar(inlines[index + 1], ctx);
    const written = writeInline(inline, ctx, before, after, atLineStart);
    out += written;
    atLineStart = inline.type === 'break' && !ctx.table && !ctx.heading;
  });
  return out;
}

function writeInline(
  inline: IrInline,
  ctx: InlineContext,
  before: string,
  after: string,
  lineStart: boolean,
): string {
  switch (inline.type) {
    case 'text':
      return escapeText(
        ctx.key ? inline.value.replace(/\s+/g, ' ') : inline.value,
        before,
        lineStart,
        ctx.key,
      );
    case 'strong':
    case 'emphasis':
    case 'delete': {
      const inner = writeV2Inlines(inline.children, ctx, false);
      const delimiter = inline.type === 'strong' ? '**' : inline.type === 'emphasis' ? '*' : '~~';
      if (delimiterSafe(inner, delimiter[0] ?? '*', before, after))
        return `${delimiter}${inner}${delimiter}`;
      const tag = inline.type === 'strong' ? 'b' : inline.type === 'emphasis' ? 'i' : 's';
      return `<${tag}>${inner}</${tag}>`;
    }
    case 'underline':
      return `<u>${writeV2Inlines(inline.children, ctx, false)}</u>`;
    case 'span':
      return `${inline.open}${writeV2Inlines(inline.children, ctx, false)}</span>`;
    case 'inlineCode': {
      const value = ctx.table ? inline.value.replace(/\|/g, '\\|') : inline.value;
      const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((run) => run[0].length));
      const fence = '`'.repeat(longest + 1);
      const pad = /^`|`$/.test(value) || (/^ .* $/.test(value) && value.trim() !== '') ? ' ' : '';
      return `${fence}${pad}${value}${pad}${fence}`;
    }
    case 'inlineMath':
      return `$${inline.value}$`;
    case 'link': {
      // A link whose text is its own address is written the way Notion writes it: <address>.
      const only = inline.children.length === 1 ? inline.children[0] : undefined;
      if (only?.type === 'text' && only.value === inline.url && AUTOLINK.test(inline.url)) {
        return `<${inline.url}>`;
      }
      const text = writeV2Inlines(inline.children, ctx, false);
      // A pipe in a table cell ends the cell, even inside a link destination.
      const url = ctx.table ? inline.url.replace(/\|/g, '%7C') : inline.url;
      return `[${text}](${destination(url)})`;
    }
    case 'break':
      return ctx.table ? '<br />' : ctx.heading ? ' ' : '\\\n';
    case 'atom':
      return inline.raw;
  }
}

/** The first character an inline will be written with (for the flanking rules of its neighbour). */
function firstChar(inline: IrInline | undefined, ctx: InlineContext): string {
  if (!inline) return '';
  if (inline.type === 'text') return escapeText(inline.value, '*', false, ctx.key).slice(0, 1);
  return inline.type === 'break' ? '\n' : '<';
}

/** An absolute URI CommonMark reads back as an autolink (no spaces, `<`, `>` or backslash). */
const AUTOLINK = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\\|]*$/;
const WHITESPACE = /^\s$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

/** Whether `*…*`/`~~…~~` around `inner` parses back as exactly that emphasis (CommonMark flanking). */
function delimiterSafe(inner: string, mark: string, before: string, after: string): boolean {
  const first = inner.slice(0, 1);
  const last = inner.slice(-1);
  if (inner === '' || WHITESPACE.test(first) || WHITESPACE.test(last)) return false;
  if (first === mark || last === mark || before === mark || after === mark) return false;
  const outsideBefore = before === '' || WHITESPACE.test(before) || PUNCTUATION.test(before);
  const outsideAfter = after === '' || WHITESPACE.test(after) || PUNCTUATION.test(after);
  if (PUNCTUATION.test(first) && !outsideBefore) return false;
  if (PUNCTUATION.test(last) && !outsideAfter) return false;
  return true;
}

const ALWAYS_ESCAPED = new Set(['\\', '*', '`', '~', '$', '[', ']', '<', '>', '|', '^']);
const ENTITY = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const WORD = /^[\p{L}\p{N}]$/u;

/**
 * Escapes literal text so Notion reads it as text: the characters the reference lists
 * (https://developers.notion.com/guides/data-apis/enhanced-markdown#escaping, minus `{}` which v2
 * keeps literal), `_` where it could emphasize, entity-like `&`, and block syntax at a line start.
 */
export function escapeText(
  value: string,
  before: string,
  lineStart: boolean,
  key: boolean,
): string {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i] ?? '';
    const previous = i === 0 ? before : (value[i - 1] ?? '');
    const next = value[i + 1] ?? '';
    if (ALWAYS_ESCAPED.has(char)) out += `\\${char}`;
    else if (char === '_') out += WORD.test(previous) && WORD.test(next) ? '_' : '\\_';
    else if (char === '&') out += ENTITY.test(value.slice(i)) ? '\\&' : '&';
    else out += char;
  }
  if (lineStart && !key) out = escapeLineStart(out);
  return out;
}

/** Escapes what would start a block at the beginning of a line (heading, list, rule, setext). */
function escapeLineStart(text: string): string {
  const ordered = /^(\s*\d{1,9})([.)])/.exec(text);
  if (ordered) return `${ordered[1] ?? ''}\\${ordered[2] ?? ''}${text.slice(ordered[0].length)}`;
  return text.replace(/^(\s*)([#+=-])/, '$1\\$2');
}

function destination(url: string): string {
  if (url === '' || /[\s()<>]/.test(url))
    return `<${url.replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\n/g, '%0A')}>`;
  return url.replace(/\\/g, '%5C');
}
