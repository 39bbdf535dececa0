import { notionBlocks } from '../markdown/index.js';

// "The maximum size of any payload is 1000 block elements and 500KB overall":
// https://developers.notion.com/reference/request-limits
const MAX_REQUEST_BYTES = 500_000;
const MAX_REQUEST_BLOCKS = 1000;
// Room for the request's envelope (parent, markdown_version, type tags) around the content.
const ENVELOPE_BYTES = 512;

const NESTED_LIST_ITEM = /^[ \t]+(?:[-*+]|\d+[.)])[ \t]/;

/**
 * Why a body write of `markdown` (with `properties`, on a create) would be refused by Notion's
 * request limits, or undefined when it fits. Checked before sending, so an oversized artifact
 * fails alone with a message that says what to do, and costs no request.
 */
export function requestLimitProblem(
  markdown: string,
  properties: Record<string, unknown> = {},
): string | undefined {
  const bytes =
    Buffer.byteLength(JSON.stringify({ markdown, properties }), 'utf8') + ENVELOPE_BYTES;
  if (bytes > MAX_REQUEST_BYTES) {
    return (
      `too large for one Notion request: about ${Math.ceil(bytes / 1000)} KB as Notion markdown ` +
      `(Notion accepts ${MAX_REQUEST_BYTES / 1000} KB); nothing was written. Split the artifact ` +
      'or move bulky content (logs, data dumps) out of it'
    );
  }
  const blocks = countBlocks(markdown);
  if (blocks > MAX_REQUEST_BLOCKS) {
    return (
      `too many blocks for one Notion request: at least ${blocks} (Notion accepts ` +
      `${MAX_REQUEST_BLOCKS}); nothing was written. Split the artifact into shorter files`
    );
  }
  return undefined;
}

// No markdown conversion shrinks a document to a quarter of its size; above this the source is
// refused before it is converted, which for a file of megabytes would take seconds.
const MAX_SOURCE_BYTES = 4 * MAX_REQUEST_BYTES;

/**
 * Why an artifact's GFM source is too large to be worth converting for one Notion request, or
 * undefined when {@link requestLimitProblem} must decide on the converted markdown.
 */
export function sourceSizeProblem(gfm: string): string | undefined {
  const bytes = Buffer.byteLength(gfm, 'utf8');
  if (bytes <= MAX_SOURCE_BYTES) return undefined;
  return (
    `too large for one Notion request: the file is ${Math.ceil(bytes / 1000)} KB (Notion accepts ` +
    `${MAX_REQUEST_BYTES / 1000} KB per request); nothing was written. Split the artifact or ` +
    'move bulky content (logs, data dumps) out of it'
  );
}

/**
 * A lower bound of the blocks Notion makes of v2 markdown: top-level blocks and table rows,
 * plus nested list items; a table adds its own block. A lower bound never refuses a body
 * Notion would take; Notion's own answer covers the rest.
 */
function countBlocks(markdown: string): number {
  let count = 0;
  for (const block of notionBlocks(markdown)) {
    count++;
    if (block.kind === 'table-head') count++;
    if (block.kind.endsWith('-item')) {
      count += block.text.split('\n').filter((line) => NESTED_LIST_ITEM.test(line)).length;
    }
  }
  return count;
}

/**
 * The deepest nesting of blocks this tool converts, either way. Notion allows deeper, but no
 * design document needs it, and the markdown conversions slow down faster than linearly with
 * depth (a list 1,000 levels deep takes minutes): a page built to be deep fails alone.
 */
export const MAX_NESTING_DEPTH = 64;

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const OPEN_TAG = /^[ \t]*<([a-z][a-z0-9-]*)(?:\s[^>]*)?>[ \t]*$/i;
const CLOSE_TAG = /^[ \t]*<\/([a-z][a-z0-9-]*)>[ \t]*$/i;

/**
 * How deeply `markdown` (GFM or Notion's) nests blocks, over-estimated cheaply and without
 * parsing: per line outside code fences, its indentation (a tab or two spaces per level), its
 * quote markers and the block tags (`<details>`, `<toggle>`…) open around it.
 */
export function nestingDepth(markdown: string): number {
  let deepest = 0;
  let fence: string | undefined;
  let open = 0;
  for (const line of markdown.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) {
        fence = undefined;
      }
      continue;
    }
    if (marker !== undefined) fence = marker;
    if (OPEN_TAG.test(line)) open++;
    else if (CLOSE_TAG.test(line)) open = Math.max(0, open - 1);
    let levels = 0;
    let spaces = 0;
    let i = 0;
    for (; i < line.length; i++) {
      const c = line[i];
      if (c === '\t') levels++;
      else if (c === ' ') spaces++;
      else if (c === '>') levels++;
      else break;
    }
    deepest = Math.max(deepest, open + levels + Math.floor(spaces / 2));
  }
  return deepest;
}

/** Why `markdown` nests too deeply to be converted, or undefined. */
export function nestingProblem(markdown: string): string | undefined {
  const depth = nestingDepth(markdown);
  if (depth <= MAX_NESTING_DEPTH) return undefined;
  return (
    `blocks nested ${depth} levels deep, more than the ${MAX_NESTING_DEPTH} this tool converts; ` +
    'nothing was written. Flatten the deepest lists, quotes or toggles'
  );
}
