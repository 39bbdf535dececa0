/**
 * The two GFM forms that are Notion blocks with children: GitHub alerts (`> [!NOTE]`, a block
 * quote whose first line is the marker) become callouts, and `<details><summary>…</summary>`
 * HTML around markdown becomes a toggle.
 */
import type { Blockquote, Html, RootContent } from 'mdast';
import { ALERT_STYLES, alertMarker, readStyleComment } from './alerts.js';
import { parseSource } from './parse.js';
import type { ReadContext } from './read-context.js';
import { mergeText, readBlockInlines } from './read-inline.js';
import type { IrBlock, IrInline, SourceEntry } from './types.js';

/** A block quote that is a GitHub alert, as a callout; undefined for any other quote. */
export function readAlert(
  quote: Blockquote,
  ctx: ReadContext,
  line: number,
  readFlow: (nodes: RootContent[], ctx: ReadContext, line: number) => SourceEntry[],
): IrBlock | undefined {
  const [first, ...rest] = quote.children;
  if (first?.type !== 'paragraph') return undefined;
  const inner = ctx.quoted();
  const firstLine = inner.sourceOf(first).split('\n')[0] ?? '';
  const kind = alertMarker(firstLine.replace(/\r$/, ''));
  if (kind === undefined) return undefined;
  const inlines = readBlockInlines(first.children, inner, line);
  const head = inlines[0];
  const title =
    head?.type === 'text'
      ? mergeText([
          { type: 'text', value: head.value.replace(/^\[![A-Za-z]+\]\s*/, '') },
          ...inlines.slice(1),
        ])
      : inlines;
  while (title[0]?.type === 'break') title.shift();
  const last = rest[rest.length - 1];
  const kept = last?.type === 'html' ? readStyleComment(last.value) : undefined;
  const style = kept ?? ALERT_STYLES[kind];
  return {
    type: 'callout',
    kind,
    icon: style.icon,
    color: style.color,
    title,
    children: readFlow(kept ? rest.slice(0, -1) : rest, inner, line).map((entry) => entry.block),
  };
}

const DETAILS_OPEN = /^<details(\s[^>]*)?>\s*<summary>([\s\S]*?)<\/summary>([\s\S]*)$/i;
const DETAILS_TAG = /<(\/?)details(?=[\s>])/gi;

/** True when an HTML node opens a `<details>` with its `<summary>`. */
export function opensDetails(node: RootContent): boolean {
  return node.type === 'html' && DETAILS_OPEN.test(node.value.trim());
}

/**
 * `<details><summary>T</summary>`, markdown, `</details>` (the HTML lines and the markdown
 * between them are sibling nodes) as one toggle, with the index of its last node. Undefined
 * when the siblings do not close it in the forms people write (then it stays HTML).
 */
export function readDetails(
  nodes: RootContent[],
  index: number,
  ctx: ReadContext,
  line: number,
  readFlow: (nodes: RootContent[], ctx: ReadContext, line: number) => SourceEntry[],
  readFragment: (text: string, ctx: ReadContext, line: number) => IrBlock[],
): { entry: SourceEntry; last: number } | undefined {
  const open = nodes[index] as Html;
  const match = DETAILS_OPEN.exec(open.value.trim());
  if (!match) return undefined;
  const attributes = match[1] ?? '';
  const rest = match[3] ?? '';
  const start = ctx.start(open);
  let children: IrBlock[];
  let last = index;
  if (/<\/details\s*>\s*$/i.test(rest)) {
    // All in one HTML block: the text between the summary and the close is its content.
    const inner = rest.replace(/<\/details\s*>\s*$/i, '');
    if (/<\/?details/i.test(inner)) return undefined;
    children = inner.trim() === '' ? [] : readFragment(inner.trim(), ctx, line + 1);
  } else {
    let depth = 1 + count(rest);
    let close = -1;
    for (let j = index + 1; j < nodes.length && close === -1; j += 1) {
      const node = nodes[j] as RootContent;
      if (node.type !== 'html') continue;
      depth += count(node.value);
      if (depth === 0) close = j;
    }
    if (close === -1 || !/^<\/details\s*>$/i.test((nodes[close] as Html).value.trim()))
      return undefined;
    const head = rest.trim() === '' ? [] : readFragment(rest.trim(), ctx, line + 1);
    children = [...head, ...readFlow(nodes.slice(index + 1, close), ctx, line).map((e) => e.block)];
    last = close;
  }
  if (/\bopen\b/i.test(attributes)) {
    ctx.warn(
      'details-open',
      '<details open>',
      line,
      'Notion toggles have no open state: the toggle is sent closed (the file keeps `open`).',
    );
  }
  const end = ctx.end(nodes[last] as RootContent);
  if (start === undefined || end === undefined) return undefined;
  return {
    entry: {
      block: { type: 'toggle', title: readSummary(match[2] ?? '', ctx, line), children },
      start,
      end,
      line,
    },
    last,
  };
}

/** `<details` opened minus closed in an HTML node's text. */
function count(html: string): number {
  let depth = 0;
  for (const tag of html.matchAll(DETAILS_TAG)) depth += tag[1] === '/' ? -1 : 1;
  return depth;
}

/** The summary's inline content, read as markdown (entities decode, `<b>` is bold). */
export function readSummary(text: string, ctx: ReadContext, line: number): IrInline[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const parsed = parseSource(trimmed, ctx.dialect);
  const only = parsed.tree.children[0];
  if (parsed.tree.children.length !== 1 || only?.type !== 'paragraph') {
    return [{ type: 'text', value: trimmed.replace(/\s+/g, ' ') }];
  }
  const own = ctx.fragment(trimmed, parsed.text, parsed.citations, 0, line - 1);
  return readBlockInlines(only.children, own, line);
}
