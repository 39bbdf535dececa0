import {
  canonicalFiles,
  childObjectOf,
  childObjectsIn,
  childTitle,
  freshBlocks,
  liveBlocks,
  reuseIds,
} from './blocks.js';
import type { Handler, RequestContext } from './context.js';
import { validationError } from './errors.js';
import { idFromNotionUrl, normalizeId } from './ids.js';
import {
  countBlocks,
  MarkdownRejected,
  mentionFromUrl,
  parseNotionMarkdown,
  splitLongText,
  type EmuBlock,
  type MentionPayload,
} from './markdown/index.js';
import { markerOf } from './markdown-markers.js';
import { markdownWarnings } from './markdown-warnings.js';
import { pageMarkdownBody, renderBlocks, requireMarkdownV2 } from './markdown-read.js';
import { MAX_BLOCKS_PER_REQUEST } from './request-blocks.js';
import { textItem, type RichText } from './rich-text.js';
import type { PageRecord, StoredBlock, Store } from './store.js';

/** Edits of one update_content request (https://developers.notion.com/reference/update-page-markdown). */
export const MAX_CONTENT_UPDATES = 100;

/** PATCH /v1/pages/{id}/markdown — replace_content or update_content. */
export const patchMarkdown: Handler = (ctx) => {
  const { store, body } = ctx;
  const raw = ctx.params.id ?? '';
  const id = normalizeId(raw);
  if (id && (store.databases.has(id) || store.findBlock(raw))) {
    throw validationError(
      'The provided ID is a database or non-page block: this endpoint updates pages only.',
    );
  }
  const page = store.page(raw);
  if (page.inTrash)
    throw validationError(
      "Can't edit block that is archived. You must unarchive the block before editing.",
    );
  if (page.isArchived)
    throw validationError(
      "Can't edit a page that is archived. Restore it (is_archived: false) before editing.",
    );
  requireMarkdownV2(body.markdown_version);
  if (body.allow_async === true)
    throw validationError('allow_async is not supported by the emulator.');
  const limit = ctx.settings.markdownRecordLimit;
  const current = renderBlocks(store, page.blocks, limit);
  let markdown: string;
  let allowDeleting: boolean;
  let sent: string[];
  if (body.type === 'replace_content') {
    const cmd = commandBody(body, 'replace_content');
    if (typeof cmd.new_str !== 'string')
      throw validationError('body.replace_content.new_str should be a string.');
    markdown = cmd.new_str;
    sent = [cmd.new_str];
    allowDeleting = cmd.allow_deleting_content === true;
  } else if (body.type === 'update_content') {
    const cmd = commandBody(body, 'update_content');
    markdown = applyContentUpdates(current.markdown, cmd.content_updates);
    sent = (cmd.content_updates as { new_str: string }[]).map((u) => u.new_str);
    allowDeleting = cmd.allow_deleting_content === true;
  } else if (body.type === 'insert_content' || body.type === 'replace_content_range') {
    throw validationError(
      `${body.type} is a legacy command the emulator does not implement; use update_content or replace_content.`,
    );
  } else {
    throw validationError(
      'body.type should be one of `update_content`, `replace_content`, `insert_content`, `replace_content_range`.',
    );
  }
  replaceBody(ctx, page, markdown, allowDeleting, current.unloaded);
  const answer = pageMarkdownBody(page.id, renderBlocks(store, page.blocks, limit));
  const warnings = markdownWarnings(sent);
  return { body: warnings.length > 0 ? { ...answer, warnings } : answer };
};

function commandBody(body: Record<string, unknown>, key: string): Record<string, unknown> {
  const cmd = body[key];
  if (typeof cmd !== 'object' || cmd === null || Array.isArray(cmd))
    throw validationError(`body.${key} should be an object.`);
  return cmd as Record<string, unknown>;
}

/**
 * Applies exact, case-sensitive find/replace edits in order to the page's current markdown.
 * An `old_str` that is empty, absent, or found several times without `replace_all_matches`
 * refuses the whole request.
 */
export function applyContentUpdates(markdown: string, raw: unknown): string {
  if (!Array.isArray(raw) || raw.length === 0)
    throw validationError('body.update_content.content_updates should be a non-empty array.');
  if (raw.length > MAX_CONTENT_UPDATES) {
    throw validationError(
      `body.update_content.content_updates.length should be ≤ \`${MAX_CONTENT_UPDATES}\`, instead was \`${raw.length}\`.`,
    );
  }
  let text = markdown;
  raw.forEach((u, i) => {
    const where = `body.update_content.content_updates[${i}]`;
    const edit = u as Record<string, unknown>;
    if (
      typeof edit !== 'object' ||
      edit === null ||
      typeof edit.old_str !== 'string' ||
      typeof edit.new_str !== 'string'
    ) {
      throw validationError(`${where} should have string old_str and new_str.`);
    }
    const { old_str: oldStr, new_str: newStr } = edit;
    if (oldStr === '') throw validationError(`${where}.old_str should not be empty.`);
    const count = text.split(oldStr).length - 1;
    if (count === 0)
      throw validationError(
        `${where}.old_str was not found in the page content: ${JSON.stringify(oldStr.slice(0, 80))}`,
      );
    if (count > 1 && edit.replace_all_matches !== true) {
      throw validationError(
        `${where}.old_str matches ${count} locations; set replace_all_matches to replace them all.`,
      );
    }
    text = text.split(oldStr).join(newStr);
  });
  return text;
}

function parseOrReject(
  store: Store,
  markdown: string,
  known: (url: string) => boolean,
): EmuBlock[] {
  try {
    // Markdown cannot say where a text run ends, so long text is split into 2000-character runs.
    const parsed = splitLongText(
      parseNotionMarkdown(markdown, {
        isKnownBlockUrl: known,
        resolveMention: (url) => resolveMention(store, url),
      }),
    );
    const blocks = parsed.map((b) => canonicalTree(b, store));
    if (countBlocks(blocks) > MAX_BLOCKS_PER_REQUEST) {
      throw validationError(
        `The markdown produces ${countBlocks(blocks)} blocks; a request may create at most ${MAX_BLOCKS_PER_REQUEST}.`,
      );
    }
    return blocks;
  } catch (error) {
    if (error instanceof MarkdownRejected)
      throw validationError(`Could not parse markdown: ${error.message}`);
    throw error;
  }
}

/** A mention of a database's URL is a database mention; other URLs as the markdown module reads them. */
function resolveMention(store: Store, url: string): MentionPayload {
  const id = url.startsWith('user://') ? undefined : idFromNotionUrl(url);
  if (id && store.databases.has(id)) return { type: 'database', database: { id } };
  return mentionFromUrl(url);
}

function canonicalTree(b: EmuBlock, store: Store): EmuBlock {
  const out = canonicalFiles(b, store);
  return b.children ? { ...out, children: b.children.map((c) => canonicalTree(c, store)) } : out;
}

/**
 * Replaces a page body with parsed markdown, keeping ids of unchanged blocks, the identity of
 * child pages and `<unknown>` blocks the markdown still names, and refusing to drop child pages
 * unless `allowDeleting` (https://developers.notion.com/reference/update-page-markdown).
 */
function replaceBody(
  ctx: RequestContext,
  page: PageRecord,
  markdown: string,
  allowDeleting: boolean,
  unloaded: Set<string>,
): void {
  const { store } = ctx;
  const actor = ctx.integration.actor.id;
  const byId = new Map<string, StoredBlock>();
  const index = (list: StoredBlock[]) =>
    list.forEach((b) => (byId.set(b.id, b), index(b.children)));
  index(page.blocks);
  const blocks = parseOrReject(store, markdown, (url) => {
    const target = idFromNotionUrl(url);
    return target !== undefined && byId.has(target);
  });
  const audit = store.audit(actor);
  const pins = new Map<EmuBlock, StoredBlock>();
  const newChildPages: { block: EmuBlock; title: string }[] = [];
  const resolve = (list: readonly EmuBlock[]) => {
    for (const b of list) {
      const marker = markerOf(b);
      if (marker && (marker.kind === 'unknown' || marker.url !== undefined)) {
        const target = marker.url ? idFromNotionUrl(marker.url) : undefined;
        const stored = target ? byId.get(target) : undefined;
        if (!stored) {
          throw validationError(
            `The markdown refers to ${marker.url ?? 'a block'} which is not on this page.`,
          );
        }
        if ([...pins.values()].includes(stored)) {
          throw validationError(`The markdown names ${marker.url ?? 'a block'} more than once.`);
        }
        pins.set(b, stored);
      } else if (marker?.kind === 'page') newChildPages.push({ block: b, title: marker.title });
      else if (marker?.kind === 'database') {
        throw validationError('Creating databases from markdown is not supported by the emulator.');
      }
      resolve(b.children ?? []);
    }
  };
  resolve(blocks);
  const kept = new Set([...pins.values()].map((s) => s.id));
  const dropped = childObjectsIn(liveBlocks(store, page.blocks)).filter((b) => !kept.has(b.id));
  const droppedUnloaded = [...unloaded].filter(
    (id) => !kept.has(id) && !dropped.some((p) => p.id === id),
  );
  if (droppedUnloaded.length > 0) {
    throw validationError(
      'The edit would remove content that was not loaded (it appears as <unknown> tags); keep those tags unchanged.',
      { limit_kind: 'page_record_count' },
    );
  }
  if (dropped.length > 0 && !allowDeleting) {
    const names = dropped.map((b) => {
      const child = childObjectOf(store, b);
      return `${child?.kind ?? 'page'} "${child ? childTitle(store, child) : ''}" (${b.id})`;
    });
    throw validationError(
      `The operation would delete child pages or databases: ${names.join(', ')}. Set allow_deleting_content to true to delete them.`,
    );
  }
  for (const { block, title } of newChildPages)
    pins.set(block, newChildPage(store, page, title, actor));
  const before = JSON.stringify(shape(page.blocks));
  const next = reuseIds(page.blocks, blocks, audit, (b) => pins.get(b));
  for (const b of dropped) {
    const child = childObjectOf(store, b);
    if (child) {
      child.record.inTrash = true;
      store.touch(child.record, actor);
    }
  }
  page.blocks = next;
  if (JSON.stringify(shape(next)) !== before) store.touch(page, actor);
}

function shape(blocks: readonly StoredBlock[]): unknown {
  return blocks.map((b) => [b.id, b.block, shape(b.children)]);
}

/**
 * The body of a page created with `markdown`. Without a title property value, the first
 * level-1 heading becomes the title and leaves the body
 * (https://developers.notion.com/guides/data-apis/working-with-markdown-content#creating-a-page-with-markdown).
 */
export function createBodyFromMarkdown(
  store: Store,
  page: PageRecord,
  markdown: string,
  actor: string,
): { blocks: StoredBlock[]; title?: RichText[] } {
  const blocks = parseOrReject(store, markdown, () => false);
  let title: RichText[] | undefined;
  if (store.pageTitle(page).length === 0) {
    const h1 = blocks.findIndex((b) => b.type === 'heading_1');
    if (h1 >= 0) {
      title = (blocks[h1]?.heading_1 as { rich_text?: RichText[] } | undefined)?.rich_text ?? [];
      blocks.splice(h1, 1);
    }
  }
  const audit = store.audit(actor);
  const stored = blocks.map((b): StoredBlock => {
    const marker = markerOf(b);
    if (!marker) {
      assertNoMarkers(b.children ?? []);
      return freshBlocks([b], audit)[0] as StoredBlock;
    }
    if (marker.kind === 'unknown' || marker.url !== undefined) {
      throw validationError(
        'A new page cannot refer to existing blocks or pages with <unknown> or <page url> tags.',
      );
    }
    return newChildPage(store, page, marker.title, actor);
  });
  return title === undefined ? { blocks: stored } : { blocks: stored, title };
}

function assertNoMarkers(blocks: readonly EmuBlock[]): void {
  for (const b of blocks) {
    if (markerOf(b))
      throw validationError(
        'Child pages and <unknown> blocks can only appear at the top level of new content.',
      );
    assertNoMarkers(b.children ?? []);
  }
}

/** A `<page>` tag without url makes a new sub-page; its block id is the page id. */
function newChildPage(store: Store, parent: PageRecord, title: string, actor: string): StoredBlock {
  const child = store.createPageRecord({ type: 'page_id', pageId: parent.id }, actor);
  child.title = title ? [textItem(title)] : [];
  return {
    id: child.id,
    block: { type: 'child_page', child_page: { title: '' } },
    children: [],
    ...store.audit(actor),
  };
}
