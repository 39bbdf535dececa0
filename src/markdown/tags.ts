/**
 * Notion's XML-like tags in Notion-flavored Markdown v2, and how to find the full extent of a
 * tag block in a source string.
 * Reference: https://developers.notion.com/guides/data-apis/notion-flavored-markdown
 */

/** Block tags that exist only in Notion: always Notion's, in either dialect. */
const NOTION_ONLY_BLOCK_TAGS = new Set([
  'callout',
  'toggle',
  'quote',
  'columns',
  'column',
  'tabs',
  'tab',
  'mail',
  'meeting-notes',
  'todo',
  'equation',
  'table-of-contents',
  'image',
  'pdf',
  'file',
  'bookmark',
  'embed',
  'external_object_instance',
  'page',
  'folder',
  'database',
  'synced-block',
  'synced-block-reference',
  'custom-block',
  'unknown',
  'empty-block',
]);

/**
 * Block tags whose names are also HTML. In v2 they are Notion's; in a GFM file they are taken as
 * Notion's only when every attribute is one Notion documents for them (so `<p align="center">`
 * in a README stays HTML), and `p`/`h1`–`h4` only with an attribute or as `<p />`.
 */
const SHARED_BLOCK_TAG_ATTRIBUTES: Record<string, Set<string>> = {
  p: new Set(['color']),
  h1: new Set(['color']),
  h2: new Set(['color']),
  h3: new Set(['color']),
  h4: new Set(['color']),
  ul: new Set([]),
  ol: new Set(['type']),
  li: new Set(['color']),
  table: new Set(['fit-page-width', 'header-row', 'header-column']),
  audio: new Set(['source', 'color']),
  video: new Set(['source', 'color']),
};

const SPAN_ATTRIBUTES = new Set(['color', 'discussion-urls']);

export type Dialect = 'gfm' | 'v2';

const OPEN_TAG =
  /^<([A-Za-z][\w-]*)((?:\s+[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
const ATTRIBUTE = /([\w-]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** Parses the opening tag at the start of `text`. */
export function readOpenTag(
  text: string,
): { name: string; attributes: string[]; selfClosing: boolean; length: number } | undefined {
  const match = OPEN_TAG.exec(text);
  if (!match) return undefined;
  const attributes = [...(match[2] ?? '').matchAll(ATTRIBUTE)].map((m) =>
    (m[1] ?? '').toLowerCase(),
  );
  return {
    name: (match[1] ?? '').toLowerCase(),
    attributes,
    selfClosing: match[3] === '/',
    length: match[0].length,
  };
}

/**
 * The Notion block tag opening `source` at `offset`, if one does in this dialect. In a GFM file an
 * attribute-less `<p>`/`<h1>`–`<h4>` is Notion's only when it holds children after a blank line:
 * a blank line ends an HTML block, so README HTML never does.
 */
export function notionBlockTagAt(source: string, dialect: Dialect, offset = 0): string | undefined {
  const tag = readOpenTag(source.slice(offset, offset + 2000));
  if (!tag) return undefined;
  if (NOTION_ONLY_BLOCK_TAGS.has(tag.name)) return tag.name;
  const allowed = SHARED_BLOCK_TAG_ATTRIBUTES[tag.name];
  if (!allowed) return undefined;
  if (dialect === 'v2') return tag.name;
  if (!tag.attributes.every((name) => allowed.has(name))) return undefined;
  const needsAttribute = tag.name === 'p' || /^h[1-4]$/.test(tag.name);
  if (needsAttribute && tag.attributes.length === 0 && !tag.selfClosing) {
    const end = tagBlockEnd(source, offset, tag.name);
    const withChildren = end !== undefined && /\n[ \t]*\r?\n/.test(source.slice(offset, end));
    return withChildren ? tag.name : undefined;
  }
  return tag.name;
}

/** Inline tags Notion reads: the markdown side maps them, or carries them verbatim. */
export type InlineTag =
  | { kind: 'break' }
  | { kind: 'open'; name: 'b' | 'i' | 's' | 'u' | 'span'; raw: string }
  | { kind: 'close'; name: string }
  | { kind: 'atom-open'; name: 'mention' }
  | { kind: 'atom'; raw: string };

/** Classifies one inline HTML node's text (one tag); undefined when Notion does not read it. */
export function classifyInlineTag(raw: string): InlineTag | undefined {
  const trimmed = raw.trim();
  const close = /^<\/([A-Za-z][\w-]*)\s*>$/.exec(trimmed);
  if (close) {
    const name = (close[1] ?? '').toLowerCase();
    return ['b', 'i', 's', 'u', 'span', 'mention'].includes(name)
      ? { kind: 'close', name }
      : undefined;
  }
  const tag = readOpenTag(trimmed);
  if (!tag || tag.length !== trimmed.length) return undefined;
  if (tag.name === 'br' && tag.attributes.length === 0) return { kind: 'break' };
  if (tag.name === 'mention' || tag.name === 'date') {
    if (tag.selfClosing) return { kind: 'atom', raw: trimmed };
    return tag.name === 'mention' ? { kind: 'atom-open', name: 'mention' } : undefined;
  }
  if (tag.selfClosing) return undefined;
  if (tag.name === 'span') {
    if (tag.attributes.length === 0 || !tag.attributes.every((name) => SPAN_ATTRIBUTES.has(name))) {
      return undefined;
    }
    return { kind: 'open', name: 'span', raw: trimmed };
  }
  if (
    (tag.name === 'b' || tag.name === 'i' || tag.name === 's' || tag.name === 'u') &&
    tag.attributes.length === 0
  ) {
    return { kind: 'open', name: tag.name, raw: trimmed };
  }
  return undefined;
}

/**
 * The fence a line opens, if it opens one. CommonMark: the info string of a backtick fence cannot
 * hold a backtick, so a line starting with a code span (```` ```x``` ````, as a table cell's
 * second line can) is text, not a fence.
 */
export function fenceOpening(line: string): string | undefined {
  const match = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
  const fence = match?.[1];
  if (fence === undefined) return undefined;
  return fence.startsWith('`') && (match?.[2] ?? '').includes('`') ? undefined : fence;
}

/** Whether a line closes `fence`: the same character, at least as long, nothing after it. */
export function closesFence(line: string, fence: string): boolean {
  const run = /^\s*(`{3,}|~{3,})\s*$/.exec(line)?.[1];
  return run !== undefined && run[0] === fence[0] && run.length >= fence.length;
}

/**
 * The end offset of the tag block `name` opening at `start`: the end of the line where every
 * opening of `name` is closed again (fenced code inside is skipped). Undefined when it never
 * closes.
 */
export function tagBlockEnd(source: string, start: number, name: string): number | undefined {
  // An escaped `\<callout>` in text is not a tag.
  const opening = new RegExp(`(?<!\\\\)<${escapeRegExp(name)}(?=[\\s>/])[^>]*?(/?)>`, 'gi');
  const closing = new RegExp(`(?<!\\\\)</${escapeRegExp(name)}\\s*>`, 'gi');
  let depth = 0;
  let fence: string | undefined;
  let lineStart = start;
  while (lineStart <= source.length) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd);
    const opens = fenceOpening(line);
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (opens !== undefined && lineStart !== start) {
      fence = opens;
    } else {
      for (const match of line.matchAll(opening)) if (match[1] !== '/') depth += 1;
      depth -= [...line.matchAll(closing)].length;
      if (depth <= 0) return lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
