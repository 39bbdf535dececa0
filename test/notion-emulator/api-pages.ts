import {
  decodeCursor,
  encodeCursor,
  pageSize,
  type Handler,
  type RequestContext,
} from './context.js';
import { validationError } from './errors.js';
import { requireMarkdownV2 } from './markdown-read.js';
import { createBodyFromMarkdown } from './markdown-write.js';
import { bodyFromChildren } from './request-blocks.js';
import {
  findProperty,
  propertyValueResponse,
  visibleRelations,
  writeProperties,
} from './property-values.js';
import { pageObject } from './responses.js';
import { readRichTextArray, type RichText } from './rich-text.js';
import { isRecord } from './schema.js';
import type { DataSourceRecord, PageParent, PageRecord } from './store.js';

function parentOf(ctx: RequestContext): { parent: PageParent; ds?: DataSourceRecord } {
  const raw = ctx.body.parent;
  if (!isRecord(raw))
    throw validationError('body.parent should be an object, instead was `undefined`.');
  const { store } = ctx;
  if (typeof raw.data_source_id === 'string') {
    const ds = store.dataSource(raw.data_source_id);
    return {
      parent: { type: 'data_source_id', dataSourceId: ds.id, databaseId: ds.databaseId },
      ds,
    };
  }
  if (typeof raw.database_id === 'string') {
    const db = store.database(raw.database_id);
    if (db.dataSourceIds.length !== 1) {
      throw validationError('This database has several data sources: use parent.data_source_id.');
    }
    const ds = store.dataSource(db.dataSourceIds[0] as string);
    return {
      parent: { type: 'data_source_id', dataSourceId: ds.id, databaseId: ds.databaseId },
      ds,
    };
  }
  if (typeof raw.page_id === 'string') {
    const page = store.page(raw.page_id);
    return { parent: { type: 'page_id', pageId: page.id } };
  }
  throw validationError('body.parent should have a data_source_id, database_id or page_id.');
}

/** Status properties start at their first "To-do" option, as pages made in the app do. */
function applyDefaultStatus(page: PageRecord, ds: DataSourceRecord): void {
  for (const prop of ds.properties) {
    if (prop.type !== 'status' || page.values.has(prop.id)) continue;
    const firstTodo =
      prop.groups?.find((g) => g.name === 'To-do')?.option_ids[0] ?? prop.options?.[0]?.id;
    if (firstTodo) page.values.set(prop.id, firstTodo);
  }
}

export const createPage: Handler = (ctx) => {
  const { store, body, integration } = ctx;
  const actor = integration.actor.id;
  const { parent, ds } = parentOf(ctx);
  const hasMarkdown = body.markdown !== undefined;
  if (hasMarkdown && (body.children !== undefined || body.content !== undefined)) {
    throw validationError('`markdown` cannot be used together with `children` or `content`.');
  }
  if (body.markdown_version !== undefined && !hasMarkdown) {
    throw validationError('`markdown_version` can only be sent together with `markdown`.');
  }
  if (body.allow_async === true)
    throw validationError('allow_async is not supported by the emulator.');
  const page = store.createPageRecord(parent, actor);
  try {
    if (ds) {
      writeProperties(store, page, ds, body.properties, actor);
      applyDefaultStatus(page, ds);
    } else if (body.properties !== undefined) {
      page.title = readPageTitle(body.properties);
    }
    if (hasMarkdown) {
      requireMarkdownV2(body.markdown_version);
      if (typeof body.markdown !== 'string')
        throw validationError('body.markdown should be a string.');
      const { blocks, title } = createBodyFromMarkdown(store, page, body.markdown, actor);
      page.blocks = blocks;
      if (title && ds && store.pageTitle(page).length === 0) {
        const titleProp = ds.properties.find((p) => p.type === 'title');
        if (titleProp) page.values.set(titleProp.id, title);
      } else if (title && !ds && page.title.length === 0) page.title = title;
    } else if (body.children !== undefined || body.content !== undefined) {
      page.blocks = bodyFromChildren(body.children ?? body.content, store.audit(actor));
    }
    if (body.icon !== undefined) page.icon = body.icon;
    if (body.cover !== undefined) page.cover = body.cover;
  } catch (error) {
    store.pages.delete(page.id);
    throw error;
  }
  if (parent.type === 'page_id') linkChildPage(ctx, parent.pageId, page);
  return { body: pageObject(store, page, ctx.version), createdId: page.id };
};

/** A page created under a page shows up at the end of its parent's body as a child page block. */
function linkChildPage(ctx: RequestContext, parentId: string, child: PageRecord): void {
  const parent = ctx.store.pages.get(parentId);
  if (!parent) return;
  const audit = ctx.store.audit(ctx.integration.actor.id);
  parent.blocks.push({
    id: child.id,
    block: { type: 'child_page', child_page: { title: '' } },
    children: [],
    ...audit,
  });
}

function readPageTitle(raw: unknown): RichText[] {
  if (!isRecord(raw)) throw validationError('body.properties should be an object.');
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'title') throw validationError(`${key} is not a property that exists.`);
    if (!isRecord(value)) throw validationError('body.properties.title should be an object.');
    return readRichTextArray(value.title, 'body.properties.title.title');
  }
  return [];
}

export const retrievePage: Handler = (ctx) => {
  const page = ctx.store.page(ctx.params.id ?? '');
  const filter = ctx.query.getAll('filter_properties');
  return { body: pageObject(ctx.store, page, ctx.version, filter.length > 0 ? filter : undefined) };
};

export const updatePage: Handler = (ctx) => {
  const { store, body, integration, version } = ctx;
  const page = store.page(ctx.params.id ?? '');
  const actor = integration.actor.id;
  if (version === '2026-03-11' && body.archived !== undefined) {
    throw validationError(
      'body.archived was renamed to body.in_trash in Notion-Version 2026-03-11.',
    );
  }
  const trashRaw = body.in_trash ?? body.archived;
  if (trashRaw !== undefined && typeof trashRaw !== 'boolean')
    throw validationError('body.in_trash should be a boolean.');
  const archiveRaw = body.is_archived;
  if (archiveRaw !== undefined && typeof archiveRaw !== 'boolean')
    throw validationError('body.is_archived should be a boolean.');
  const edits = ['properties', 'icon', 'cover', 'erase_content'].filter(
    (k) => body[k] !== undefined,
  );
  const locked = page.inTrash ? trashRaw !== false : page.isArchived && archiveRaw !== false;
  if (locked && edits.length > 0) {
    throw validationError(
      page.inTrash
        ? "Can't edit block that is archived. You must unarchive the block before editing."
        : "Can't edit a page that is archived. Restore it (is_archived: false) before editing.",
    );
  }
  const ds = store.dataSourceOf(page);
  if (body.properties !== undefined) {
    if (ds) writeProperties(store, page, ds, body.properties, actor);
    else {
      page.title = readPageTitle(body.properties);
      store.touch(page, actor);
    }
  }
  if (body.icon !== undefined) page.icon = body.icon;
  if (body.cover !== undefined) page.cover = body.cover;
  if (body.erase_content === true) page.blocks = [];
  if (typeof trashRaw === 'boolean' && trashRaw !== page.inTrash) page.inTrash = trashRaw;
  // The archive partition of a data source (https://developers.notion.com/reference/query-a-data-source);
  // the SDK types Update page's `is_archived` body parameter (ASSUMPTIONS A-API-38).
  if (typeof archiveRaw === 'boolean' && archiveRaw !== page.isArchived) {
    if (!ds) throw validationError('Only pages in a data source can be archived.');
    page.isArchived = archiveRaw;
  }
  if (edits.length > 0 || trashRaw !== undefined || archiveRaw !== undefined)
    store.touch(page, actor);
  return { body: pageObject(store, page, version) };
};

const PAGINATED = new Set(['title', 'rich_text', 'relation', 'people']);

export const retrievePageProperty: Handler = (ctx) => {
  const { store } = ctx;
  const page = store.page(ctx.params.id ?? '');
  const ds = store.dataSourceOf(page);
  const key = ctx.params.property ?? '';
  const prop = ds ? findProperty(ds, key) : undefined;
  if (!ds || !prop) {
    if (!ds && key === 'title') return titleItems(page.title);
    throw validationError(`Could not find property with name or id: ${key}`);
  }
  if (!PAGINATED.has(prop.type)) {
    const value = propertyValueResponse(store, page, prop);
    return { body: { object: 'property_item', ...value } };
  }
  const size = pageSize(ctx.query.get('page_size') ?? undefined, 'page_size');
  const offset = decodeCursor(ctx.query.get('start_cursor') ?? undefined);
  let items: Record<string, unknown>[];
  if (prop.type === 'relation') {
    items = visibleRelations(store, page.values.get(prop.id)).map((id) => ({ relation: { id } }));
  } else if (prop.type === 'people') {
    items = ((page.values.get(prop.id) as string[] | undefined) ?? []).map((id) => ({
      people: { object: 'user', id },
    }));
  } else {
    items = ((page.values.get(prop.id) as RichText[] | undefined) ?? []).map((t) => ({
      [prop.type]: t,
    }));
  }
  const slice = items
    .slice(offset, offset + size)
    .map((item) => ({ object: 'property_item', id: prop.id, type: prop.type, ...item }));
  const next = offset + size < items.length ? encodeCursor(offset + size) : null;
  return {
    body: {
      object: 'list',
      results: slice,
      next_cursor: next,
      has_more: next !== null,
      type: 'property_item',
      property_item: {
        id: prop.id,
        next_url: next
          ? `${ctx.baseUrl}/v1/pages/${page.id}/properties/${prop.id}?start_cursor=${next}`
          : null,
        type: prop.type,
        [prop.type]: {},
      },
    },
  };
};

function titleItems(title: RichText[]): { body: unknown } {
  const id = 'title';
  return {
    body: {
      object: 'list',
      results: title.map((t) => ({ object: 'property_item', id, type: 'title', title: t })),
      next_cursor: null,
      has_more: false,
      type: 'property_item',
      property_item: { id, next_url: null, type: 'title', title: {} },
    },
  };
}
