import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { plainAnnotations, textItem } from './rich-text.js';
import type { Annotations, RichText } from './types.js';

/** The inline parser's intermediate tree: runs of text, delimiters, openers and marked groups. */
export type Mark =
  | { kind: 'bold' | 'italic' | 'strikethrough' | 'underline' | 'code' }
  | { kind: 'color'; color: string }
  | { kind: 'link'; url: string };

export type Delim = {
  k: 'delim';
  ch: '*' | '_' | '~';
  n: number;
  orig: number;
  open: boolean;
  close: boolean;
};
export type OpenerKind = '[' | '![' | 'b' | 'i' | 's' | 'u' | 'span';
export type Node =
  | { k: 'text'; v: string }
  | Delim
  | { k: 'opener'; kind: OpenerKind; src: string; marks: Mark[] }
  | { k: 'atom'; item: RichText }
  | { k: 'group'; marks: Mark[]; children: Node[] };

export const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;
const WHITESPACE = /\s/u;

export function runLength(s: string, at: number, ch: string): number {
  let n = 0;
  while (s[at + n] === ch) n++;
  return n;
}

export function lastOpener(nodes: Node[], ...kinds: OpenerKind[]): number {
  for (let j = nodes.length - 1; j >= 0; j--) {
    const node = nodes[j] as Node;
    if (node.k === 'opener' && kinds.includes(node.kind)) return j;
  }
  return -1;
}

/** Reads `(dest "title")` after a `]`; titles are accepted and dropped (Notion links have none). */
export function readLinkDestination(s: string, start: number): { url: string; end: number } | null {
  if (s[start] !== '(') return null;
  let i = start + 1;
  while (s[i] === ' ' || s[i] === '\n') i++;
  let url = '';
  if (s[i] === '<') {
    const close = s.indexOf('>', i);
    if (close === -1 || s.slice(i, close).includes('\n')) return null;
    url = s.slice(i + 1, close);
    i = close + 1;
  } else {
    let depth = 0;
    while (i < s.length) {
      const c = s[i] as string;
      if (c === '\\' && ASCII_PUNCT.test(s[i + 1] ?? '')) {
        url += s[i + 1];
        i += 2;
        continue;
      }
      if (WHITESPACE.test(c)) break;
      if (c === '(') depth++;
      if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
      url += c;
      i++;
    }
  }
  while (s[i] === ' ' || s[i] === '\n') i++;
  const quote = s[i];
  if (quote === '"' || quote === "'") {
    const close = s.indexOf(quote, i + 1);
    if (close === -1) return null;
    i = close + 1;
    while (s[i] === ' ' || s[i] === '\n') i++;
  }
  if (s[i] !== ')') return null;
  return { url, end: i + 1 };
}

const CHARACTER_REFERENCE =
  /^&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/;

/**
 * The character reference (`&lt;`, `&#60;`, `&#x3C;`) at `at`: the text it stands for and its
 * length, or null when the text there is not one (CommonMark's rules, HTML's entity names).
 */
export function readCharacterReference(
  s: string,
  at: number,
): { text: string; length: number } | null {
  const match = CHARACTER_REFERENCE.exec(s.slice(at, at + 40));
  if (match === null) return null;
  const [whole, decimal, hex, name] = match;
  if (decimal !== undefined || hex !== undefined) {
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex as string, 16);
    const text = code === 0 || code > 0x10ffff ? '\ufffd' : String.fromCodePoint(code);
    return { text, length: whole.length };
  }
  const decoded = decodeNamedCharacterReference(name as string);
  return decoded === false ? null : { text: decoded, length: whole.length };
}

export function literal(node: Node): Node {
  if (node.k === 'delim') return { k: 'text', v: node.ch.repeat(node.n) };
  if (node.k === 'opener') return { k: 'text', v: node.src };
  return node;
}

/** CommonMark's "process emphasis", with GFM's `~`/`~~` strikethrough (equal runs only). */
export function processEmphasis(input: Node[]): Node[] {
  const nodes = [...input];
  let c = 0;
  while (c < nodes.length) {
    const closer = nodes[c] as Node;
    if (closer.k !== 'delim' || !closer.close) {
      c++;
      continue;
    }
    let found = -1;
    for (let o = c - 1; o >= 0; o--) {
      const cand = nodes[o] as Node;
      if (cand.k !== 'delim' || cand.ch !== closer.ch || !cand.open) continue;
      if (closer.ch === '~') {
        if (cand.n === closer.n) found = o;
      } else {
        const ruleOfThree =
          (cand.close || closer.open) &&
          (cand.orig + closer.orig) % 3 === 0 &&
          !(cand.orig % 3 === 0 && closer.orig % 3 === 0);
        if (!ruleOfThree) found = o;
      }
      if (found !== -1) break;
    }
    if (found === -1) {
      if (!closer.open) nodes[c] = literal(closer);
      c++;
      continue;
    }
    const opener = nodes[found] as Delim;
    const use = closer.ch === '~' ? closer.n : opener.n >= 2 && closer.n >= 2 ? 2 : 1;
    const kind = closer.ch === '~' ? 'strikethrough' : use === 2 ? 'bold' : 'italic';
    const group: Node = {
      k: 'group',
      marks: [{ kind }],
      children: nodes.slice(found + 1, c).map(literal),
    };
    opener.n -= use;
    closer.n -= use;
    const replacement: Node[] = [];
    if (opener.n > 0) replacement.push(opener);
    replacement.push(group);
    if (closer.n > 0) replacement.push(closer);
    nodes.splice(found, c - found + 1, ...replacement);
    c = found + replacement.length - (closer.n > 0 ? 1 : 0);
  }
  return nodes.map(literal);
}

function annotationsOf(marks: readonly Mark[]): { annotations: Annotations; link: string | null } {
  const annotations = plainAnnotations();
  let link: string | null = null;
  for (const mark of marks) {
    if (mark.kind === 'color') annotations.color = mark.color;
    else if (mark.kind === 'link') link = mark.url;
    else annotations[mark.kind] = true;
  }
  return { annotations, link };
}

export function flatten(nodes: readonly Node[], marks: readonly Mark[], out: RichText[]): void {
  for (const node of nodes) {
    if (node.k === 'group') {
      flatten(node.children, [...marks, ...node.marks], out);
      continue;
    }
    const { annotations, link } = annotationsOf(marks);
    if (node.k === 'atom') out.push({ ...node.item, annotations } as RichText);
    else if (node.k === 'text') out.push(textItem(node.v, annotations, link));
    else out.push(textItem((literal(node) as { v: string }).v, annotations, link));
  }
}
