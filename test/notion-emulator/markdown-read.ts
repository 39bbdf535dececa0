import { childObjectBlock, unknownBlock } from './markdown-markers.js';
import {
  childObjectOf,
  childTitle,
  liveBlocks,
  UNSUPPORTED_IN_MARKDOWN,
  withSignedFiles,
} from './blocks.js';
import type { Handler } from './context.js';
import { notFound, validationError } from './errors.js';
import { normalizeId } from './ids.js';
import { renderNotionMarkdown, type EmuBlock } from './markdown/index.js';
import type { DatabaseRecord, PageRecord, StoredBlock, Store } from './store.js';

/**
 * The emulator speaks only Notion-flavored Markdown v2. Notion parses a request without
 * `markdown_version` (or with "v1") as the deprecated enhanced markdown; the emulator refuses
 * it instead, so a missing `markdown_version: "v2"` cannot go unnoticed (ASSUMPTIONS A-API-03).
 */
export function requireMarkdownV2(raw: unknown): void {
  if (raw === 'v2') return;
  if (raw === undefined || raw === 'v1') {
    throw validationError(
      `markdown_version ${raw === undefined ? 'is missing (Notion would default to v1, enhanced markdown)' : '"v1" was sent'}: the emulator implements only markdown_version "v2".`,
    );
  }
  throw validationError(
    `markdown_version should be "v1" or "v2", instead was \`${JSON.stringify(raw)}\`.`,
  );
}

interface Rendered {
  markdown: string;
  truncated: boolean;
  unknown_block_ids: string[];
  /** Blocks that were not loaded (record limit) or not shared, by id. */
  unloaded: Set<string>;
}

/** Renders blocks as Notion does for GET .../markdown: unknown, unshared and unloaded blocks become `<unknown>`. */
export function renderBlocks(
  store: Store,
  blocks: readonly StoredBlock[],
  recordLimit: number,
): Rendered {
  const unknownIds: string[] = [];
  const budget = { left: recordLimit };
  const walk = (list: readonly StoredBlock[]): EmuBlock[] =>
    liveBlocks(store, list).map((b) => {
      if (budget.left <= 0) {
        unknownIds.push(b.id);
        return unknownBlock(b.id, b.block.type);
      }
      budget.left--;
      const child = childObjectOf(store, b);
      if (child) {
        const visible =
          child.kind === 'page'
            ? store.pageVisible(child.record as PageRecord)
            : store.databaseVisible(child.record as DatabaseRecord);
        if (!visible) {
          unknownIds.push(b.id);
          return unknownBlock(b.id, child.kind);
        }
        const inline = child.kind === 'database' && (child.record as DatabaseRecord).isInline;
        return childObjectBlock(child.kind, b.id, childTitle(store, child), inline);
      }
      if (UNSUPPORTED_IN_MARKDOWN.has(b.block.type)) return unknownBlock(b.id, b.block.type);
      const block = withSignedFiles(b.block, store);
      return b.children.length > 0 ? { ...block, children: walk(b.children) } : block;
    });
  const emu = walk(blocks);
  return {
    markdown: renderNotionMarkdown(emu),
    truncated: unknownIds.length > 0,
    unknown_block_ids: unknownIds,
    unloaded: new Set(unknownIds),
  };
}

export function pageMarkdownBody(id: string, r: Rendered): Record<string, unknown> {
  return {
    object: 'page_markdown',
    id,
    markdown: r.markdown,
    truncated: r.truncated,
    unknown_block_ids: r.unknown_block_ids,
  };
}

/** GET /v1/pages/{id}/markdown — a page, or a block id from an earlier `unknown_block_ids`. */
export const getMarkdown: Handler = (ctx) => {
  const { store } = ctx;
  requireMarkdownV2(ctx.query.get('markdown_version') ?? undefined);
  const raw = ctx.params.id ?? '';
  const id = normalizeId(raw);
  if (id && store.databases.has(id)) {
    throw validationError('The provided ID is a database: read its rows with a data source query.');
  }
  const page = id ? store.pages.get(id) : undefined;
  const limit = ctx.settings.markdownRecordLimit;
  if (page) {
    // A child page the integration cannot see is an `<unknown>` block whose fetch answers 404.
    if (!store.pageVisible(page)) throw notFound(raw, 'page');
    return { body: pageMarkdownBody(page.id, renderBlocks(store, page.blocks, limit)) };
  }
  const hit = store.findBlock(raw);
  if (!hit || !store.pageVisible(hit.page)) throw notFound(raw, 'page');
  return { body: pageMarkdownBody(hit.block.id, renderBlocks(store, [hit.block], limit)) };
};
