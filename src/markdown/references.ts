/**
 * Link and image destinations in a document, found and rewritten in place by their source
 * positions, in either dialect. A push rewrites a file's repository-relative images and links
 * into what Notion can hold; a pull rewrites Notion's addresses back into the file's own
 * spellings before it splices, so unchanged blocks compare equal and keep their bytes.
 */
import type { Definition, Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseSource } from './parse.js';
import type { Dialect } from './tags.js';
import { lineOf } from './segments.js';

/** One image or link of a document. */
export interface Destination {
  kind: 'image' | 'link';
  /** The address as markdown reads it (escapes and entities decoded). */
  url: string;
  /** The address as written (without angle brackets). */
  raw: string;
  /** An image's alt text; a link's text as written. */
  text: string;
  /** 1-based line of the image or link. */
  line: number;
  /** An image alone in its paragraph (linked or not): an image block, not an image in text. */
  standalone: boolean;
}

/**
 * What to do with one destination: a new address (written as given, in angle brackets when it
 * needs them), `unlink` (a link becomes its text), `drop` (an image goes), or keep it.
 */
export type DestinationRewrite = { url: string } | 'unlink' | 'drop' | undefined;

interface Found extends Destination {
  start: number;
  end: number;
  /** Offsets of the address in the source; undefined for reference-style uses. */
  urlStart?: number;
  urlEnd?: number;
  /** Offset of the `](` between text and address (inline forms only). */
  bracket?: number;
  autolink: boolean;
}

/** Every image and link, in document order (reference-style ones with their definition's address). */
export function findDestinations(source: string, dialect: Dialect): Destination[] {
  return collect(source, dialect).map(
    ({ kind, url, raw, text, line, standalone }): Destination => ({
      kind,
      url,
      raw,
      text,
      line,
      standalone,
    }),
  );
}

/** `source` with each destination rewritten as `rewrite` says; every other byte is kept. */
export function rewriteDestinations(
  source: string,
  dialect: Dialect,
  rewrite: (destination: Destination) => DestinationRewrite,
): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const found of collect(source, dialect)) {
    const { kind, url, raw, text, line, standalone } = found;
    const change = rewrite({ kind, url, raw, text, line, standalone });
    if (change === undefined) continue;
    if (change === 'drop') {
      if (kind === 'image') edits.push({ start: found.start, end: found.end, text: '' });
      continue;
    }
    if (change === 'unlink') {
      if (kind !== 'link') continue;
      if (found.autolink) edits.push({ start: found.start, end: found.end, text: raw });
      else if (found.bracket !== undefined) {
        edits.push({ start: found.start, end: found.start + 1, text: '' });
        edits.push({ start: found.bracket, end: found.end, text: '' });
      } else edits.push({ start: found.start, end: found.end, text });
      continue;
    }
    const written = destinationText(change.url);
    if (found.autolink) {
      edits.push({ start: found.start, end: found.end, text: `[${raw}](${written})` });
    } else if (found.urlStart !== undefined && found.urlEnd !== undefined) {
      edits.push({ start: found.urlStart, end: found.urlEnd, text: written });
    } else {
      const bang = kind === 'image' ? '!' : '';
      edits.push({ start: found.start, end: found.end, text: `${bang}[${text}](${written})` });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  let limit = Infinity;
  for (const edit of edits) {
    // Nested forms (an image inside a link) edit disjoint spans; anything else is left alone.
    if (edit.end > limit) continue;
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}

/** An address as a link destination: angle brackets when it has spaces, parentheses or `<>`. */
function destinationText(url: string): string {
  if (url === '' || /[\s()<>]/.test(url)) {
    return `<${url.replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\n/g, '%0A')}>`;
  }
  return url;
}

// `](` then the address (bare, or in angle brackets), an optional title, `)` at the very end.
const INLINE_TAIL =
  /^\]\(\s*(<[^<>\n]*>|[^\s<]*?)(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^)\\]|\\.)*\)))?\s*\)$/;

function collect(source: string, dialect: Dialect): Found[] {
  const parsed = parseSource(source, dialect);
  const definitions = new Map<string, Definition>();
  visit(parsed.tree, 'definition', (node) => {
    const id = node.identifier.toUpperCase();
    if (!definitions.has(id)) definitions.set(id, node);
  });
  // Images that are the only content of their paragraph (directly, or inside its only link).
  const alone = new Set<Nodes>();
  visit(parsed.tree, 'paragraph', (paragraph) => {
    const content = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const only = content.length === 1 ? content[0] : undefined;
    const inner = only?.type === 'link' && only.children.length === 1 ? only.children[0] : only;
    if (inner?.type === 'image' || inner?.type === 'imageReference') alone.add(inner);
  });
  const found: Found[] = [];
  visit(parsed.tree, (node: Nodes) => {
    if (
      node.type !== 'link' &&
      node.type !== 'image' &&
      node.type !== 'linkReference' &&
      node.type !== 'imageReference'
    )
      return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const written = source.slice(start, end);
    const kind = node.type === 'image' || node.type === 'imageReference' ? 'image' : 'link';
    const line = lineOf(source, start);
    const standalone = alone.has(node);
    if (node.type === 'linkReference' || node.type === 'imageReference') {
      const definition = definitions.get(node.identifier.toUpperCase());
      if (definition === undefined) return;
      found.push({
        kind,
        url: definition.url,
        raw: definition.url,
        text: kind === 'image' ? ((node as { alt?: string | null }).alt ?? '') : innerText(node),
        line,
        standalone,
        start,
        end,
        autolink: false,
      });
      return;
    }
    if (node.type === 'link' && written.startsWith('<') && written.endsWith('>')) {
      const raw = written.slice(1, -1);
      found.push({
        kind,
        url: node.url,
        raw,
        text: raw,
        line,
        standalone,
        start,
        end,
        autolink: true,
      });
      return;
    }
    const tail = inlineTail(written);
    if (tail === undefined) return;
    const open = kind === 'image' ? 2 : 1;
    const rawWithBrackets = tail.raw;
    const bare = rawWithBrackets.startsWith('<') ? rawWithBrackets.slice(1, -1) : rawWithBrackets;
    found.push({
      kind,
      url: node.url,
      raw: bare,
      text: written.slice(open, tail.at),
      line,
      standalone,
      start,
      end,
      urlStart: start + tail.urlAt,
      urlEnd: start + tail.urlAt + rawWithBrackets.length,
      bracket: start + tail.at,
      autolink: false,
    });
    function innerText(reference: Nodes): string {
      const children = 'children' in reference ? reference.children : [];
      const first = children[0]?.position?.start.offset;
      const last = children[children.length - 1]?.position?.end.offset;
      return first === undefined || last === undefined ? '' : source.slice(first, last);
    }
  });
  return found;
}

/** Where the `](address)` of an inline link or image starts, and its address. */
function inlineTail(written: string): { at: number; urlAt: number; raw: string } | undefined {
  for (let at = written.lastIndexOf(']('); at > 0; at = written.lastIndexOf('](', at - 1)) {
    const match = INLINE_TAIL.exec(written.slice(at));
    if (match) {
      const raw = match[1] ?? '';
      const urlAt =
        at + 2 + (written.slice(at + 2).length - written.slice(at + 2).trimStart().length);
      return { at, urlAt, raw };
    }
  }
  return undefined;
}
