/**
 * Notion tag blocks in either dialect: kept raw (with a warning when they come from Notion), or,
 * for the tag forms that are plain markdown blocks in disguise (`<quote>`, attribute-less `<p>` and
 * `<h1>`–`<h4>`, a one-item `<ul>`/`<ol>`, `<todo>`), read as those blocks with the edge spaces
 * their titles hold.
 */
import { alertKindOf } from './alerts.js';
import { parseSource } from './parse.js';
import { readFragment } from './read-blocks.js';
import type { ReadContext } from './read-context.js';
import { mergeText, readBlockInlines } from './read-inline.js';
import { readOpenTag } from './tags.js';
import type { IrBlock, IrInline, SourceEntry } from './types.js';

/** Tags an HTML table may use and still be one Notion reads as a table. */
const NOTION_TABLE_TAGS = new Set([
  'table',
  'colgroup',
  'col',
  'tr',
  'td',
  'th',
  'br',
  'b',
  'i',
  's',
  'u',
  'span',
  'mention',
  'date',
]);

export function readTagBlock(
  tag: string,
  raw: string,
  ctx: ReadContext,
  line: number,
): Pick<SourceEntry, 'block' | 'origin'> {
  const value = raw.replace(/\r\n?/g, '\n');
  if (ctx.dialect === 'v2' && tag === 'quote') {
    const quote = readQuoteTag(raw, ctx, line);
    if (quote) return { block: quote };
  }
  if (ctx.dialect === 'v2' && (tag === 'p' || /^h[1-4]$/.test(tag))) {
    const plain = readPlainTextTag(value, tag, ctx, line);
    if (plain) return { block: plain };
  }
  if (ctx.dialect === 'v2' && (tag === 'ul' || tag === 'ol' || tag === 'todo')) {
    const item = readItemTag(value, tag, ctx, line);
    if (item) return { block: item };
  }
  if (tag === 'callout' || tag === 'toggle') {
    const titled = readTitledTag(value, tag, ctx, line);
    // A tag written in a GFM file keeps its bytes; only its key is structural.
    if (titled) return { block: ctx.dialect === 'gfm' ? { ...titled, source: value } : titled };
  }
  if (ctx.dialect === 'v2') {
    ctx.warn(
      'notion-block',
      `<${tag}>`,
      line,
      `GFM has no <${tag}>: it is kept as raw HTML so the next push sends it back unchanged.`,
    );
  }
  const names = [...value.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((m) => (m[1] ?? '').toLowerCase());
  if (
    ctx.dialect === 'gfm' &&
    tag === 'table' &&
    !names.every((name) => NOTION_TABLE_TAGS.has(name))
  ) {
    ctx.warn('html-block', 'HTML table', line, HTML_BLOCK_MESSAGE);
    return { block: { type: 'code', lang: 'html', value }, origin: 'html' };
  }
  return { block: { type: 'raw', tag, value } };
}

/**
 * `<callout icon color>` and an attribute-less `<toggle>`: title, blank line, children. A
 * callout is the alert its icon (else colour) says; a toggle with a colour or a heading has no
 * GFM form and stays a tag.
 */
function readTitledTag(
  raw: string,
  tag: 'callout' | 'toggle',
  ctx: ReadContext,
  line: number,
): (IrBlock & { type: 'callout' | 'toggle' }) | undefined {
  const open = readOpenTag(raw);
  if (!open || open.selfClosing) return undefined;
  const attributes = attributeValues(raw.slice(0, open.length));
  const allowed = tag === 'callout' ? ['icon', 'color'] : [];
  if (Object.keys(attributes).some((name) => !allowed.includes(name))) return undefined;
  const close = new RegExp(`</${tag}>\\s*$`, 'i').exec(raw);
  if (!close) return undefined;
  const body = raw.slice(open.length, close.index);
  const split = /\r?\n[ \t]*\r?\n/.exec(body);
  const titleText = split ? body.slice(0, split.index) : body;
  const childrenText = split ? body.slice(split.index + split[0].length) : '';
  const bare = titleText.trim();
  const title = bare === '' || bare === '<p />' ? [] : readTagTitle(titleText, ctx, line);
  if (title === undefined) return undefined;
  const children = childrenText.trim() ? readFragment(childrenText, ctx, line + 1) : [];
  if (tag === 'toggle') return { type: 'toggle', title, children };
  const icon = attributes['icon'] ?? null;
  const color = attributes['color'] ?? null;
  return { type: 'callout', kind: alertKindOf(icon, color), icon, color, title, children };
}

/** Attribute values of an opening tag (double-quoted, single-quoted or bare). */
function attributeValues(openTag: string): Record<string, string> {
  const values: Record<string, string> = {};
  const inner = openTag.replace(/^<[A-Za-z][\w-]*/, '').replace(/\/?>$/, '');
  for (const match of inner.matchAll(
    /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
  )) {
    values[(match[1] ?? '').toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return values;
}

export const HTML_BLOCK_MESSAGE =
  'Notion stores HTML as literal text: this block is sent as an html code block (written back as HTML).';

/**
 * `<quote>` without attributes is a blockquote: title, blank line, children. Spaces the title
 * holds at its edges (the reason to write a one-line quote as a tag) are kept.
 */
function readQuoteTag(raw: string, ctx: ReadContext, line: number): IrBlock | undefined {
  const open = readOpenTag(raw);
  if (!open || open.attributes.length > 0 || open.selfClosing) return undefined;
  const body = raw.slice(open.length).replace(/<\/quote>\s*$/i, '');
  const split = /\r?\n[ \t]*\r?\n/.exec(body);
  const titleText = split ? body.slice(0, split.index) : body;
  const childrenText = split ? body.slice(split.index + split[0].length) : '';
  const children = childrenText.trim() ? readFragment(childrenText, ctx, line + 1) : [];
  const bare = titleText.trim();
  if (bare === '' || bare === '<p />' || bare === '<p/>') return { type: 'quote', children };
  const inlines = readTagTitle(titleText, ctx, line);
  const title = inlines
    ? [{ type: 'paragraph' as const, children: inlines }]
    : readFragment(bare, ctx, line + 1);
  return { type: 'quote', children: [...title, ...children] };
}

/**
 * One list item in tag form, as a push writes an item whose text has edge spaces ("<li> not -"
 * when a block needs edge whitespace): `<ul>`/`<ol>` holding a single attribute-less `<li>`, or
 * `<todo checked="…">`. Read as the item, its edge spaces kept; anything else stays a raw tag.
 */
function readItemTag(
  raw: string,
  tag: string,
  ctx: ReadContext,
  line: number,
): IrBlock | undefined {
  const open = readOpenTag(raw);
  if (!open || open.selfClosing) return undefined;
  let body: string;
  let checked = false;
  if (tag === 'todo') {
    const value = /^<todo\s+checked="(true|false)"\s*>/i.exec(raw)?.[1];
    if (value === undefined || open.attributes.length !== 1) return undefined;
    checked = value === 'true';
    body = raw.slice(open.length).replace(/<\/todo>\s*$/i, '');
  } else {
    const match = new RegExp(`^<${tag}>\\s*<li>([\\s\\S]*)</li>\\s*</${tag}>\\s*$`, 'i').exec(raw);
    if (!match || open.attributes.length > 0 || (raw.match(/<li[\s>]/gi) ?? []).length !== 1)
      return undefined;
    body = match[1] ?? '';
  }
  const split = /\n[ \t]*\n/.exec(body);
  const title = readTagTitle(split ? body.slice(0, split.index) : body, ctx, line);
  if (!title) return undefined;
  const childrenText = split ? body.slice(split.index + split[0].length) : '';
  const children = childrenText.trim() ? readFragment(childrenText, ctx, line + 1) : [];
  const kind = tag === 'todo' ? 'todo' : tag === 'ol' ? 'ordered' : 'bullet';
  return { type: 'item', kind, checked, number: 1, title, children };
}

/**
 * `<p>` and `<h1>`–`<h4>` without attributes or children are a plain paragraph or heading, written
 * as a tag only to hold edge spaces (or out of habit): read as one, so a push does not send them
 * as HTML. Anything else stays a raw tag.
 */
function readPlainTextTag(
  raw: string,
  tag: string,
  ctx: ReadContext,
  line: number,
): IrBlock | undefined {
  const open = readOpenTag(raw);
  if (!open || open.attributes.length > 0 || open.selfClosing) return undefined;
  const close = new RegExp(`</${tag}>\\s*$`, 'i').exec(raw);
  if (!close) return undefined;
  const title = raw.slice(open.length, close.index);
  if (/\n[ \t]*\n/.test(title)) return undefined;
  const inlines = readTagTitle(title, ctx, line);
  if (!inlines) return undefined;
  if (tag === 'p') return { type: 'paragraph', children: inlines };
  return { type: 'heading', depth: Number(tag.slice(1)), children: inlines };
}

/**
 * The inline content of a tag's title: the text between the tags, with the spaces and tabs at
 * its edges kept as text when they sit on the tag's own line (markdown would drop them).
 * Undefined when the title is not one paragraph of inline content.
 */
function readTagTitle(title: string, ctx: ReadContext, line: number): IrInline[] | undefined {
  let text = title.replace(/\r\n?/g, '\n');
  let lead = '';
  let trail = '';
  if (/^[ \t]*\n/.test(text)) text = text.replace(/^[ \t]*\n[ \t]*/, '');
  else {
    lead = /^[ \t]*/.exec(text)?.[0] ?? '';
    text = text.slice(lead.length);
  }
  if (/\n[ \t]*$/.test(text)) text = text.replace(/[ \t]*\n[ \t]*$/, '');
  else {
    trail = /[ \t]*$/.exec(text)?.[0] ?? '';
    text = text.slice(0, text.length - trail.length);
  }
  if (text === '') return lead + trail === '' ? [] : [{ type: 'text', value: lead + trail }];
  // An escaped "!" in front keeps the title from starting a block (`# x`, `- x`) without changing
  // how its first delimiter run flanks; it is taken off again below.
  const source = `\\!${text}`;
  const parsed = parseSource(source, ctx.dialect);
  const only = parsed.tree.children[0];
  if (parsed.tree.children.length !== 1 || only?.type !== 'paragraph') return undefined;
  const own = ctx.fragment(source, parsed.text, parsed.citations, 0, line - 1);
  const inlines = readBlockInlines(only.children, own, line);
  const head = inlines[0];
  if (head?.type !== 'text' || !head.value.startsWith('!')) return undefined;
  return mergeText([
    { type: 'text', value: lead },
    { type: 'text', value: head.value.slice(1) },
    ...inlines.slice(1),
    { type: 'text', value: trail },
  ]);
}
