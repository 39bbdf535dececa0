import { attachUpload } from './api-file-uploads.js';
import { blockObject } from './blocks.js';
import type { Handler, RequestContext } from './context.js';
import { notFound, validationError } from './errors.js';
import { canonicalFileUrl } from './hosted-files.js';
import { normalizeId } from './ids.js';
import { bodyFromChildren } from './request-blocks.js';
import { list } from './responses.js';
import { readRichTextArray } from './rich-text.js';
import { isRecord } from './schema.js';
import type { PageRecord, StoredBlock } from './store.js';

/**
 * Append block children (https://developers.notion.com/reference/patch-block-children) and
 * Update a block (https://developers.notion.com/reference/update-a-block), for what the
 * markdown endpoints cannot do: put an uploaded file in a media block ("Add a new block to a
 * page — like a file, image, audio, video, or PDF block that uses an uploaded file"; "Change the
 * file attached to an existing file block",
 * https://developers.notion.com/guides/data-apis/uploading-small-files).
 */

const MEDIA = new Set(['image', 'file', 'pdf', 'video', 'audio']);

export const appendBlockChildren: Handler = (ctx) => {
  const { store, body } = ctx;
  const target = containerOf(ctx);
  for (const key of Object.keys(body)) {
    if (!['children', 'position', 'after'].includes(key)) {
      throw validationError(`body.${key} is not a parameter of Append block children.`);
    }
  }
  if (!Array.isArray(body.children)) throw validationError('body.children should be an array.');
  const insertAt = positionIn(target.list, body.position, body.after);
  const media = mediaPayloads(ctx, body.children, 'body.children');
  const actor = ctx.integration.actor.id;
  // Everything is checked before an upload is attached: a refused request attaches nothing.
  for (const m of media) m.apply(true);
  bodyFromChildren(structuredClone(body.children), store.audit(actor));
  for (const m of media) m.apply(false);
  const blocks = bodyFromChildren(body.children, store.audit(actor));
  target.list.splice(insertAt, 0, ...blocks);
  store.touch(target.page, actor);
  const parent = target.block
    ? { type: 'block_id' as const, block_id: target.block.id }
    : { type: 'page_id' as const, page_id: target.page.id };
  const withArchived = ctx.version !== '2026-03-11';
  return {
    body: list(
      blocks.map((b) => blockObject(store, b, parent, withArchived)),
      null,
      'block',
    ),
  };
};

export const updateBlock: Handler = (ctx) => {
  const { store, body } = ctx;
  const raw = ctx.params.id ?? '';
  const hit = store.findBlock(raw);
  if (!hit || !store.pageVisible(hit.page)) throw notFound(raw, 'block');
  refuseLocked(hit.page);
  const type = hit.block.block.type;
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== type) {
    throw validationError(`body should hold \`${type}\` (the block's own type) and nothing else.`);
  }
  if (!MEDIA.has(type)) throw validationError(`Updating a ${type} block is not emulated.`);
  const payload = body[type];
  if (!isRecord(payload)) throw validationError(`body.${type} should be an object.`);
  const current = hit.block.block[type] as { caption?: unknown };
  const caption =
    payload.caption === undefined
      ? (current.caption ?? [])
      : readRichTextArray(payload.caption, `body.${type}.caption`);
  hit.block.block = {
    type,
    [type]: { ...mediaSource(ctx, type, payload, `body.${type}`), caption },
  };
  const actor = ctx.integration.actor.id;
  store.touch(hit.block, actor);
  store.touch(hit.page, actor);
  const parentId = parentBlockId(hit.page.blocks, hit.block.id);
  const parent =
    parentId === undefined
      ? { type: 'page_id' as const, page_id: hit.page.id }
      : { type: 'block_id' as const, block_id: parentId };
  return { body: blockObject(store, hit.block, parent, ctx.version !== '2026-03-11') };
};

/**
 * Delete a block (https://developers.notion.com/reference/delete-a-block): "Sets a Block object,
 * including page blocks, to `in_trash: true`". A trashed block leaves the body the API shows
 * (restoring one is not emulated); a child page block trashes its page.
 */
export const deleteBlock: Handler = (ctx) => {
  const { store } = ctx;
  const raw = ctx.params.id ?? '';
  const hit = store.findBlock(raw);
  if (!hit || !store.pageVisible(hit.page)) throw notFound(raw, 'block');
  refuseLocked(hit.page);
  const actor = ctx.integration.actor.id;
  const parentId = parentBlockId(hit.page.blocks, hit.block.id);
  const parent =
    parentId === undefined
      ? { type: 'page_id' as const, page_id: hit.page.id }
      : { type: 'block_id' as const, block_id: parentId };
  const child = hit.block.block.type === 'child_page' ? store.pages.get(hit.block.id) : undefined;
  if (child !== undefined) {
    child.inTrash = true;
    store.touch(child, actor);
  }
  hit.siblings.splice(hit.siblings.indexOf(hit.block), 1);
  store.touch(hit.block, actor);
  store.touch(hit.page, actor);
  const withArchived = ctx.version !== '2026-03-11';
  return {
    body: {
      ...blockObject(store, hit.block, parent, withArchived),
      in_trash: true,
      ...(withArchived ? { archived: true } : {}),
    },
  };
};

/** The page or block children are appended to. */
function containerOf(ctx: RequestContext): {
  page: PageRecord;
  block?: StoredBlock;
  list: StoredBlock[];
} {
  const { store } = ctx;
  const raw = ctx.params.id ?? '';
  const id = normalizeId(raw);
  const page = id ? store.pages.get(id) : undefined;
  if (page) {
    if (!store.pageVisible(page)) throw notFound(raw, 'block');
    refuseLocked(page);
    return { page, list: page.blocks };
  }
  const hit = store.findBlock(raw);
  if (!hit || !store.pageVisible(hit.page)) throw notFound(raw, 'block');
  refuseLocked(hit.page);
  return { page: hit.page, block: hit.block, list: hit.block.children };
}

function refuseLocked(page: PageRecord): void {
  if (page.inTrash || page.isArchived) {
    throw validationError(
      "Can't edit block that is archived. You must unarchive the block before editing.",
    );
  }
}

/** `position` (start, end, after_block) or the older `after`: the index to insert at. */
function positionIn(siblings: readonly StoredBlock[], position: unknown, after: unknown): number {
  if (position !== undefined && after !== undefined) {
    throw validationError('Send `position` or `after`, not both.');
  }
  let afterId: unknown = after;
  if (position !== undefined) {
    if (!isRecord(position)) throw validationError('body.position should be an object.');
    if (position.type === 'start') return 0;
    if (position.type === 'end') return siblings.length;
    if (position.type !== 'after_block' || !isRecord(position.after_block)) {
      throw validationError('body.position.type should be "start", "end" or "after_block".');
    }
    afterId = position.after_block.id;
  }
  if (afterId === undefined) return siblings.length;
  const id = typeof afterId === 'string' ? normalizeId(afterId) : undefined;
  const index = siblings.findIndex((b) => b.id === id);
  if (index === -1)
    throw validationError('The block to insert after is not a child of this parent.');
  return index + 1;
}

/**
 * The media payloads of a request's children: each checked (first call, `dry`), then turned
 * into the hosted file it attaches (second call) so nothing is attached by a refused request.
 */
function mediaPayloads(
  ctx: RequestContext,
  children: unknown[],
  where: string,
): { apply: (dry: boolean) => void }[] {
  const found: { apply: (dry: boolean) => void }[] = [];
  children.forEach((item, i) => {
    if (!isRecord(item)) return;
    const type =
      typeof item.type === 'string' ? item.type : Object.keys(item).find((k) => MEDIA.has(k));
    if (type === undefined) return;
    const payload = item[type];
    if (MEDIA.has(type) && isRecord(payload)) {
      const at = `${where}[${i}].${type}`;
      found.push({
        apply: (dry) => {
          const caption = readRichTextArray(payload.caption ?? [], `${at}.caption`);
          const source = mediaSource(ctx, type, payload, at, dry);
          if (!dry) item[type] = { ...source, caption };
        },
      });
    }
    if (isRecord(payload) && Array.isArray(payload.children)) {
      found.push(...mediaPayloads(ctx, payload.children, `${where}[${i}].${type}.children`));
    }
  });
  return found;
}

/** An external address, or a file upload of this integration attached as a hosted file. */
function mediaSource(
  ctx: RequestContext,
  type: string,
  payload: Record<string, unknown>,
  where: string,
  dry = false,
): Record<string, unknown> {
  if (payload.type === 'external') {
    const external = payload.external;
    if (!isRecord(external) || typeof external.url !== 'string' || external.url === '') {
      throw validationError(`${where}.external.url should be a URL.`);
    }
    return { type: 'external', external: { url: external.url } };
  }
  if (payload.type === 'file_upload') {
    const upload = isRecord(payload.file_upload) ? payload.file_upload.id : undefined;
    const file = attachUpload(ctx, upload, type, !dry);
    return file === undefined
      ? {}
      : { type: 'file', file: { url: canonicalFileUrl(ctx.store, file) } };
  }
  throw validationError(`${where}.type should be "external" or "file_upload".`);
}

function parentBlockId(blocks: readonly StoredBlock[], id: string): string | undefined {
  for (const b of blocks) {
    if (b.children.some((c) => c.id === id)) return b.id;
    const inner = parentBlockId(b.children, id);
    if (inner) return inner;
  }
  return undefined;
}
