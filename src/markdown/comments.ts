/**
 * HTML comments in a file are notes for its readers: Notion has none, so they are never sent, and
 * a pull keeps them where they were. Comments between blocks sit in the gaps the splice never
 * touches; these helpers keep the ones inside a block that Notion rewrote or deleted.
 */
import { diffChars } from 'diff';
import type { Nodes, Parent } from 'mdast';
import { readStyleComment } from './alerts.js';
import { unitsOf } from './blocks.js';
import { parseSource } from './parse.js';

interface Comment {
  start: number;
  end: number;
  /** A comment on lines of its own (an HTML block), rather than inside text. */
  block: boolean;
}

const ONLY_COMMENTS = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

/** The HTML comments of a piece of GFM (not those in code), in order. */
export function commentsIn(text: string): Comment[] {
  if (!text.includes('<!--')) return [];
  const found: Comment[] = [];
  const visit = (node: Nodes, inParagraph: boolean): void => {
    // `<!-- notion-callout … -->` at the end of an alert is the callout's style, not a note: the
    // rewritten block carries its own.
    if (node.type === 'html' && ONLY_COMMENTS.test(node.value) && !readStyleComment(node.value)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) found.push({ start, end, block: !inParagraph });
      return;
    }
    const children = (node as Partial<Parent>).children;
    if (!children) return;
    const phrasing = ['paragraph', 'heading', 'tableCell'].includes(node.type);
    for (const child of children) visit(child, inParagraph || phrasing);
  };
  visit(parseSource(text, 'gfm').tree, false);
  return found;
}

/** Where a comment's text is cut from its source: a block comment with its whole line(s). */
function cutOf(text: string, comment: Comment): { from: number; to: number } {
  if (!comment.block) return { from: comment.start, to: comment.end };
  const lineStart = text.lastIndexOf('\n', comment.start - 1) + 1;
  const from = text.slice(lineStart, comment.start).trim() === '' ? lineStart : comment.start;
  let to = comment.end;
  while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to += 1;
  if (text[to] === '\r') to += 1;
  if (text[to] === '\n') to += 1;
  return { from, to };
}

/**
 * `rewritten` (Notion's version of the block `original`) with the comments of `original` put
 * back at the same place in the text, found by a character diff of the two without them; or
 * undefined when one of them has no place where it stays a comment and changes nothing.
 */
export function keepComments(original: string, rewritten: string): string | undefined {
  const comments = commentsIn(original);
  if (comments.length === 0) return rewritten;
  // The original without its comments, and each comment's offset in that text.
  let stripped = '';
  let cursor = 0;
  const placed: Placed[] = [];
  for (const comment of comments) {
    const { from, to } = cutOf(original, comment);
    if (from < cursor) continue;
    stripped += original.slice(cursor, from);
    placed.push({
      at: stripped.length,
      text: original.slice(from, to),
      block: comment.block,
      spaceBefore: /\s/.test(original[from - 1] ?? ''),
      spaceAfter: /\s/.test(original[to] ?? ''),
    });
    cursor = to;
  }
  stripped += original.slice(cursor);
  const map = offsetMap(stripped, rewritten);
  const content = keysOf(rewritten);
  let out = rewritten;
  // From the last to the first, so earlier offsets stay valid.
  for (const comment of [...placed].reverse()) {
    const mapped = map(comment.at);
    // Where the diff puts it, else at the end of the block's first line (a table row: in its
    // last cell) or of the block: the first place where it is a comment and changes nothing.
    const lineEnd = out.indexOf('\n') === -1 ? out.length : out.indexOf('\n');
    const lastPipe = /\|[ \t]*$/.exec(out.slice(0, lineEnd));
    const candidates = comment.block
      ? [mapped, out.length]
      : [mapped, lastPipe ? lastPipe.index : lineEnd, out.length];
    const next = candidates
      .map((at) => placeAt(out, at, comment))
      .find((text) => keysOf(text) === content && commentsIn(text).length > commentsIn(out).length);
    if (next === undefined) return undefined;
    out = next;
  }
  return out;
}

interface Placed {
  at: number;
  text: string;
  block: boolean;
  spaceBefore: boolean;
  spaceAfter: boolean;
}

/** `out` with the comment inserted at `at` (a block comment at the start of the next line). */
function placeAt(out: string, offset: number, comment: Placed): string {
  let at = offset;
  let text = comment.text;
  if (comment.block) {
    if (at > 0 && out[at - 1] !== '\n') {
      const next = out.indexOf('\n', at);
      at = next === -1 ? out.length : next + 1;
    }
    if (at === out.length && out !== '' && !out.endsWith('\n'))
      text = `\n${text.replace(/\r?\n$/, '')}`;
    else if (!text.endsWith('\n')) text = `${text}\n`;
  } else {
    if (comment.spaceBefore && at > 0 && !/\s/.test(out[at - 1] ?? '')) text = ` ${text}`;
    if (comment.spaceAfter && at < out.length && !/\s/.test(out[at] ?? '')) text = `${text} `;
  }
  return out.slice(0, at) + text + out.slice(at);
}

function keysOf(text: string): string {
  return unitsOf(text, 'gfm')
    .units.map((unit) => unit.key)
    .join('\u0000');
}

/** Maps an offset in `from` to the offset of the same place in `to`. */
function offsetMap(from: string, to: string): (offset: number) => number {
  const parts = diffChars(from, to);
  return (offset) => {
    let a = 0;
    let b = 0;
    for (const part of parts) {
      const length = part.value.length;
      if (part.added) {
        b += length;
        continue;
      }
      if (offset < a + length) {
        return part.removed ? b : b + (offset - a);
      }
      a += length;
      if (!part.removed) b += length;
    }
    return b;
  };
}

/** Only the comments of a block Notion deleted, each on its own line, or '' when it has none. */
export function commentsOnly(original: string): string {
  return commentsIn(original)
    .map((comment) => original.slice(comment.start, comment.end))
    .join('\n');
}
