import { blockObject, liveBlocks } from './blocks.js';
import { pageSize, paginate, type Handler } from './context.js';
import { notFound } from './errors.js';
import { normalizeId } from './ids.js';
import { list, userObject } from './responses.js';

export const usersMe: Handler = (ctx) => ({
  body: userObject(ctx.store, ctx.integration.bot, ctx.settings.maxFileUploadBytes),
});

export const retrieveUser: Handler = (ctx) => {
  const raw = ctx.params.id ?? '';
  const id = normalizeId(raw);
  const user = id ? ctx.store.users.get(id) : undefined;
  if (!user) throw notFound(raw, 'user');
  return { body: userObject(ctx.store, user, ctx.settings.maxFileUploadBytes) };
};

export const listUsers: Handler = (ctx) => {
  const users = [...ctx.store.users.values()].map((u) =>
    userObject(ctx.store, u, ctx.settings.maxFileUploadBytes),
  );
  const size = pageSize(ctx.query.get('page_size') ?? undefined, 'page_size');
  const { page, next } = paginate(users, ctx.query.get('start_cursor') ?? undefined, size);
  return { body: list(page, next, 'user') };
};

/** Children of a page (its body) or of a block. */
export const listBlockChildren: Handler = (ctx) => {
  const { store } = ctx;
  const raw = ctx.params.id ?? '';
  const id = normalizeId(raw);
  const page = id ? store.pages.get(id) : undefined;
  let children;
  let parent: { type: 'page_id'; page_id: string } | { type: 'block_id'; block_id: string };
  if (page && !store.pageVisible(page)) throw notFound(raw, 'block');
  if (page) {
    children = liveBlocks(store, page.blocks);
    parent = { type: 'page_id', page_id: page.id };
  } else {
    const hit = store.findBlock(raw);
    if (!hit || !store.pageVisible(hit.page)) throw notFound(raw, 'block');
    children = liveBlocks(store, hit.block.children);
    parent = { type: 'block_id', block_id: hit.block.id };
  }
  const size = pageSize(ctx.query.get('page_size') ?? undefined, 'page_size');
  const { page: slice, next } = paginate(
    children,
    ctx.query.get('start_cursor') ?? undefined,
    size,
  );
  const withArchived = ctx.version !== '2026-03-11';
  return {
    body: list(
      slice.map((b) => blockObject(store, b, parent, withArchived)),
      next,
      'block',
    ),
  };
};

export const retrieveBlock: Handler = (ctx) => {
  const { store } = ctx;
  const raw = ctx.params.id ?? '';
  const hit = store.findBlock(raw);
  const hiddenPage = store.pages.get(hit?.block.id ?? '');
  if (!hit || !store.pageVisible(hit.page) || (hiddenPage && !store.pageVisible(hiddenPage))) {
    throw notFound(raw, 'block');
  }
  const inPage = hit.page.blocks === hit.siblings;
  const parent = inPage
    ? { type: 'page_id' as const, page_id: hit.page.id }
    : {
        type: 'block_id' as const,
        block_id: findParentId(hit.page.blocks, hit.block.id) ?? hit.page.id,
      };
  return { body: blockObject(store, hit.block, parent, ctx.version !== '2026-03-11') };
};

function findParentId(
  blocks: { id: string; children: { id: string; children: unknown[] }[] }[],
  id: string,
): string | undefined {
  for (const b of blocks) {
    if (b.children.some((c) => c.id === id)) return b.id;
    const inner = findParentId(b.children as typeof blocks, id);
    if (inner) return inner;
  }
  return undefined;
}
