import type { NotionDesignStore } from './design-store.js';

/** A page body read as whole as Notion lets this integration read it. */
export interface WholeMarkdown {
  /** The page's markdown, with every subtree Notion had left out put back in place. */
  markdown: string;
  /** Ids of content not shared with the integration (a sub-page): shown only as `<unknown>`. */
  unshared: string[];
  /** Ids of blocks past Notion's record limit, read as subtrees and put back. */
  unloaded: string[];
  /** Blocks left out that could not be read back or put in place: the markdown is not whole. */
  missing: string[];
}

// Each subtree costs a request: past this many, a page is reported as too large to read whole.
const MAX_SUBTREE_READS = 100;

/**
 * Reads a page's markdown. A page Notion truncated ("the page exceeds the record limit" or "the
 * page contains child pages or other content that is not shared with the connection",
 * https://developers.notion.com/reference/retrieve-page-markdown) lists the left-out blocks in
 * `unknown_block_ids`; each is read back as a subtree, and a 404 says it is not shared.
 */
export async function readWholePage(
  store: NotionDesignStore,
  pageId: string,
): Promise<WholeMarkdown> {
  const first = await store.readMarkdown(pageId);
  const whole: WholeMarkdown = {
    markdown: first.markdown,
    unshared: [],
    unloaded: [],
    missing: [],
  };
  if (!first.truncated) return whole;
  const queue = [...first.unknownBlockIds];
  let reads = 0;
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (reads >= MAX_SUBTREE_READS) {
      whole.missing.push(id);
      continue;
    }
    reads++;
    const subtree = await store.readSubtree(id);
    if (subtree === undefined) {
      whole.unshared.push(id);
      continue;
    }
    const tag = unknownTagOf(whole.markdown, id);
    if (tag === undefined) {
      whole.missing.push(id);
      continue;
    }
    whole.markdown = whole.markdown.replace(tag, () => subtree.markdown);
    whole.unloaded.push(id);
    if (subtree.truncated) queue.push(...subtree.unknownBlockIds);
  }
  return whole;
}

/** The `<unknown url="…"/>` tag standing for a block: its URL names the block's id. */
function unknownTagOf(markdown: string, blockId: string): string | undefined {
  const compact = blockId.replace(/-/g, '').toLowerCase();
  for (const match of markdown.matchAll(/<unknown\b[^>]*?\/>/g)) {
    const url = /\burl="([^"]*)"/.exec(match[0])?.[1];
    if (url !== undefined && url.replace(/-/g, '').toLowerCase().includes(compact)) return match[0];
  }
  return undefined;
}

/** Why a page with unshared content cannot be synced, naming the blocks and the fix. */
export function unsharedReason(ids: readonly string[]): string {
  return (
    `the page holds content not shared with this integration (a sub-page: ${ids.join(', ')}); ` +
    'Notion shows it only as <unknown>, so the page cannot be synced whole. Share that sub-page ' +
    'with the integration (••• → Connections) or move it out of the page; nothing was written'
  );
}

const blocks = (n: number) => `${n} block${n === 1 ? '' : 's'}`;

/** Why a page Notion cannot load whole cannot be synced. */
export function missingReason(ids: readonly string[]): string {
  return (
    `the page is too large for Notion to load whole (${blocks(ids.length)} could not be read back); ` +
    'split it into smaller pages; nothing was written'
  );
}

/**
 * Why the body of a page Notion loads only in part is not replaced: the write would remove what
 * it did not load, which Notion refuses ("Retrying the same request fails the same way").
 */
export function unloadedReason(ids: readonly string[]): string {
  return (
    `the page is too large for Notion to load whole (${blocks(ids.length)} past its record limit), ` +
    'so its body cannot be replaced; split it into smaller pages; nothing was written'
  );
}
