/**
 * The canonical form: what Notion may change in a block without changing its meaning is made
 * equal here, so push, pull and the splice see "only canonicalized" as "unchanged". Presentation
 * the IR already drops (list markers and numbers, `*`/`_`, setext/ATX, escapes, entities,
 * autolinks, table padding and delimiter rows, hard-break forms, wrapping) needs nothing more;
 * this adds what survives into the IR: code-language aliases, trailing whitespace in code,
 * formatting of whitespace and the nesting order of inline marks, spaces at the edges of table
 * cells, HTML comments, and the layout of Notion tag blocks.
 */
import { notionLanguage } from './languages.js';
import type { IrBlock, IrInline } from './types.js';

/** The block in canonical form (a new object; the input is not changed). */
export function canonicalBlock(block: IrBlock): IrBlock {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return { ...block, children: canonicalInlines(block.children) };
    case 'item':
      return {
        ...block,
        title: canonicalInlines(block.title),
        children: block.children.map(canonicalBlock),
      };
    case 'quote':
      return { ...block, children: block.children.map(canonicalBlock) };
    case 'code':
      return {
        type: 'code',
        lang: notionLanguage(block.lang),
        value: block.value.replace(/[ \t]+$/gm, '').replace(/\n+$/, ''),
      };
    case 'math':
      return { type: 'math', value: block.value.trim() };
    case 'table':
      return { type: 'table', rows: block.rows.map((row) => row.map(canonicalCell)) };
    case 'image':
      return block;
    case 'callout':
    case 'toggle': {
      // Compared by structure (the key ignores `source`): title and children canonical.
      const { source: _source, ...rest } = block;
      void _source;
      return {
        ...rest,
        title: canonicalInlines(block.title),
        children: block.children.map(canonicalBlock),
      };
    }
    case 'raw':
      return { ...block, value: canonicalTagBlock(block.value) };
    case 'divider':
      return block;
  }
}

/**
 * A Notion tag block's text as Notion lays it out: title right after the opening tag, no
 * trailing spaces, single blank lines.
 */
function canonicalTagBlock(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^(<[A-Za-z][\w-]*(?:\s[^>]*)?(?<!\/)>)\n(?=[^\n<])/, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd();
}

/** A pipe-table cell cannot hold spaces at its edges in Notion. */
function canonicalCell(cell: IrInline[]): IrInline[] {
  return trimEdges(canonicalInlines(cell));
}

/** Drops whitespace at the edges of rich text (a table cell has no form that holds it). */
function trimEdges(inlines: IrInline[]): IrInline[] {
  const out = [...inlines];
  const first = out[0];
  if (first?.type === 'text') {
    const value = first.value.trimStart();
    if (value === '') out.shift();
    else out[0] = { type: 'text', value };
  }
  const last = out[out.length - 1];
  if (last?.type === 'text') {
    const value = last.value.trimEnd();
    if (value === '') out.pop();
    else out[out.length - 1] = { type: 'text', value };
  }
  return out;
}

type Mark =
  | { kind: 'link'; url: string }
  | { kind: 'span'; open: string }
  | { kind: 'underline' }
  | { kind: 'delete' }
  | { kind: 'strong' }
  | { kind: 'emphasis' };

/** One leaf of rich text with the marks around it, outermost first. */
interface Leaf {
  inline: Extract<IrInline, { type: 'text' | 'inlineCode' | 'inlineMath' | 'break' | 'atom' }>;
  marks: Mark[];
}

/** Marks whose whitespace carries nothing a reader sees (Notion writes it outside them). */
const INVISIBLE_ON_SPACE = new Set(['strong', 'emphasis', 'delete']);
const ORDER = ['link', 'span', 'underline', 'delete', 'strong', 'emphasis'];

/**
 * Rich text as a sequence of leaves with sets of marks, rebuilt in one nesting: `**[a](u)**`
 * and `[**a**](u)` are the same; bold or italic spaces are plain spaces; comments are dropped.
 */
export function canonicalInlines(inlines: IrInline[]): IrInline[] {
  const leaves: Leaf[] = [];
  flatten(inlines, [], leaves);
  const split: Leaf[] = [];
  for (const leaf of leaves) {
    if (leaf.inline.type === 'break') {
      split.push({ inline: leaf.inline, marks: [] });
      continue;
    }
    if (leaf.inline.type !== 'text') {
      split.push(leaf);
      continue;
    }
    const value = stripComments(leaf.inline.value);
    const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(value) ?? ['', '', value, ''];
    const [, lead = '', body = '', trail = ''] = match;
    const plain = leaf.marks.filter((mark) => !INVISIBLE_ON_SPACE.has(mark.kind));
    if (lead) split.push({ inline: { type: 'text', value: lead }, marks: plain });
    if (body) split.push({ inline: { type: 'text', value: body }, marks: leaf.marks });
    if (trail) split.push({ inline: { type: 'text', value: trail }, marks: plain });
  }
  const merged: Leaf[] = [];
  for (const leaf of split) {
    const previous = merged[merged.length - 1];
    if (
      previous &&
      previous.inline.type === 'text' &&
      leaf.inline.type === 'text' &&
      sameMarks(previous.marks, leaf.marks)
    ) {
      previous.inline = { type: 'text', value: previous.inline.value + leaf.inline.value };
    } else {
      merged.push({ inline: { ...leaf.inline }, marks: sortMarks(leaf.marks) });
    }
  }
  return build(merged);
}

/** HTML comments are the file's own notes: never content (see README, "Markdown fidelity"). */
export function stripComments(text: string): string {
  return text.includes('<!--') ? text.replace(/<!--[\s\S]*?-->/g, '') : text;
}

function flatten(inlines: IrInline[], marks: Mark[], out: Leaf[]): void {
  for (const inline of inlines) {
    switch (inline.type) {
      case 'strong':
      case 'emphasis':
      case 'delete':
      case 'underline':
        flatten(inline.children, addMark(marks, { kind: inline.type }), out);
        break;
      case 'span':
        flatten(inline.children, addMark(marks, { kind: 'span', open: inline.open }), out);
        break;
      case 'link':
        flatten(inline.children, addMark(marks, { kind: 'link', url: inline.url }), out);
        break;
      default:
        out.push({ inline, marks });
    }
  }
}

function addMark(marks: Mark[], mark: Mark): Mark[] {
  // An inner link wins over an outer one (a link cannot hold a link); other marks are sets.
  const others = marks.filter(
    (m) => m.kind !== mark.kind || (m.kind !== 'link' && m.kind !== 'span'),
  );
  return others.some((m) => markKey(m) === markKey(mark)) ? others : [...others, mark];
}

function markKey(mark: Mark): string {
  if (mark.kind === 'link') return `link ${mark.url}`;
  if (mark.kind === 'span') return `span ${mark.open}`;
  return mark.kind;
}

function sortMarks(marks: Mark[]): Mark[] {
  return [...marks].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

function sameMarks(a: Mark[], b: Mark[]): boolean {
  const left = sortMarks(a).map(markKey);
  const right = sortMarks(b).map(markKey);
  return left.length === right.length && left.every((key, i) => key === right[i]);
}

/** Nests leaves: runs sharing their outermost mark (in ORDER) are wrapped once. */
function build(leaves: Leaf[]): IrInline[] {
  const out: IrInline[] = [];
  let i = 0;
  while (i < leaves.length) {
    const leaf = leaves[i] as Leaf;
    const outer = leaf.marks[0];
    if (!outer) {
      out.push(leaf.inline);
      i += 1;
      continue;
    }
    const key = markKey(outer);
    let j = i;
    while (
      j < leaves.length &&
      (leaves[j] as Leaf).marks[0] &&
      markKey((leaves[j] as Leaf).marks[0] as Mark) === key
    )
      j += 1;
    const inner = build(
      leaves.slice(i, j).map((l) => ({ inline: l.inline, marks: l.marks.slice(1) })),
    );
    out.push(wrap(outer, inner));
    i = j;
  }
  return out;
}

function wrap(mark: Mark, children: IrInline[]): IrInline {
  switch (mark.kind) {
    case 'link':
      return { type: 'link', url: mark.url, children };
    case 'span':
      return { type: 'span', open: mark.open, children };
    default:
      return { type: mark.kind, children };
  }
}
