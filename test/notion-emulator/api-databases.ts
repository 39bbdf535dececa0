import { pageSize, paginate, type Handler } from './context.js';
import { validationError } from './errors.js';
import { compileFilter, compileSorts } from './filters.js';
import { findProperty } from './property-values.js';
import { dataSourceObject, databaseObject, list, pageObject } from './responses.js';
import { readRichTextArray } from './rich-text.js';
import { buildProperty, configType, isRecord, newOption, type PropertySchema } from './schema.js';

export const retrieveDatabase: Handler = (ctx) => ({
  body: databaseObject(ctx.store, ctx.store.database(ctx.params.id ?? ''), ctx.version),
});

export const createDatabase: Handler = (ctx) => {
  const { store, body, integration } = ctx;
  const parent = body.parent;
  if (!isRecord(parent) || typeof parent.page_id !== 'string') {
    throw validationError(
      'body.parent.page_id should be defined: the emulator creates databases under a page.',
    );
  }
  const parentPage = store.page(parent.page_id);
  const title = body.title === undefined ? [] : readRichTextArray(body.title, 'body.title');
  const initial = body.initial_data_source;
  if (initial !== undefined && !isRecord(initial))
    throw validationError('body.initial_data_source should be an object.');
  const properties = initial?.properties ?? { Name: { title: {} } };
  if (!isRecord(properties))
    throw validationError('body.initial_data_source.properties should be an object.');
  const { database } = store.createDatabase({
    title,
    parentPageId: parentPage.id,
    properties,
    actorId: integration.actor.id,
  });
  if (body.is_inline === true) database.isInline = true;
  const audit = store.audit(integration.actor.id);
  parentPage.blocks.push({
    id: database.id,
    block: { type: 'child_database', child_database: { title: '' } },
    children: [],
    ...audit,
  });
  return { body: databaseObject(store, database, ctx.version), createdId: database.id };
};

export const retrieveDataSource: Handler = (ctx) => ({
  body: dataSourceObject(ctx.store, ctx.store.dataSource(ctx.params.id ?? ''), ctx.version),
});

export const createDataSource: Handler = (ctx) => {
  const { store, body, integration } = ctx;
  const parent = body.parent;
  if (!isRecord(parent) || typeof parent.database_id !== 'string')
    throw validationError('body.parent.database_id should be defined.');
  const db = store.database(parent.database_id);
  const title = body.title === undefined ? [] : readRichTextArray(body.title, 'body.title');
  const properties = body.properties ?? { Name: { title: {} } };
  if (!isRecord(properties)) throw validationError('body.properties should be an object.');
  const built = store.createDatabase({
    title,
    parentPageId: null,
    properties,
    actorId: integration.actor.id,
  });
  // Move the freshly built data source under the requested database.
  store.databases.delete(built.database.id);
  built.dataSource.databaseId = db.id;
  db.dataSourceIds.push(built.dataSource.id);
  for (const other of store.dataSources.values()) {
    for (const prop of other.properties) {
      if (prop.relation?.dataSourceId === built.dataSource.id) prop.relation.databaseId = db.id;
    }
  }
  return {
    body: dataSourceObject(store, built.dataSource, ctx.version),
    createdId: built.dataSource.id,
  };
};

/**
 * Updates a data source's columns: add, rename, remove, change select options. The API cannot
 * set or change a status property's options
 * (https://developers.notion.com/reference/update-data-source-properties, "Limitations").
 */
export const updateDataSource: Handler = (ctx) => {
  const { store, body, integration } = ctx;
  const ds = store.dataSource(ctx.params.id ?? '');
  const next: PropertySchema[] = ds.properties.map((p) => ({
    ...p,
    options: p.options ? [...p.options] : undefined,
  }));
  if (body.title !== undefined) ds.title = readRichTextArray(body.title, 'body.title');
  const raw = body.properties;
  if (raw !== undefined && !isRecord(raw))
    throw validationError('body.properties should be an object.');
  for (const [key, change] of Object.entries(raw ?? {})) {
    const index = next.findIndex((p) => p === findProperty({ ...ds, properties: next }, key));
    const existing = index >= 0 ? next[index] : undefined;
    if (change === null) {
      if (!existing) throw validationError(`${key} is not a property that exists.`);
      if (existing.type === 'title') throw validationError('The title property cannot be removed.');
      next.splice(index, 1);
      continue;
    }
    if (!isRecord(change))
      throw validationError(`body.properties.${key} should be an object or null.`);
    const type = configType(change);
    if (!existing) {
      if (!type)
        throw validationError(`body.properties.${key} needs a property type to create it.`);
      const name = typeof change.name === 'string' ? change.name : key;
      next.push(buildProperty(name, change, store.schemaContext(false, ds)));
      continue;
    }
    const renamed = typeof change.name === 'string' ? change.name : existing.name;
    if (type && type !== existing.type) {
      if (existing.type === 'title')
        throw validationError('The type of the title property cannot be changed.');
      if (existing.type === 'status' || type === 'status') {
        throw validationError(
          'Status properties cannot be created from or changed into another type through the API.',
        );
      }
      next[index] = {
        ...buildProperty(renamed, change, store.schemaContext(false, ds), existing.id),
      };
      continue;
    }
    if (type === 'status') {
      throw validationError(
        `It is not possible to update the name or options of a status property through the API (property "${existing.name}").`,
      );
    }
    existing.name = renamed;
    if (type && (type === 'select' || type === 'multi_select')) {
      const config = change[type];
      if (isRecord(config) && Array.isArray(config.options))
        existing.options = mergeOptions(existing, config.options);
    }
  }
  if (next.filter((p) => p.type === 'title').length !== 1)
    throw validationError('A data source must have exactly one title property.');
  ds.properties = next;
  store.pairDualRelations(ds);
  store.touch(ds, integration.actor.id);
  return { body: dataSourceObject(store, ds, ctx.version) };
};

/** Options listed keep their id (matched by id or name); unlisted ones are removed. */
function mergeOptions(prop: PropertySchema, raw: unknown[]): PropertySchema['options'] {
  if (raw.length > 100)
    throw validationError(`body.properties.${prop.name}.options.length should be ≤ \`100\`.`);
  return raw.map((o) => {
    if (!isRecord(o))
      throw validationError(`body.properties.${prop.name}.options[] should be objects.`);
    const found = prop.options?.find(
      (x) => (typeof o.id === 'string' && x.id === o.id) || x.name === o.name,
    );
    if (found) return { ...found, color: typeof o.color === 'string' ? o.color : found.color };
    if (typeof o.name !== 'string')
      throw validationError(`body.properties.${prop.name}.options[].name should be a string.`);
    return newOption(o.name, typeof o.color === 'string' ? o.color : 'default');
  });
}

/**
 * POST /v1/data_sources/{id}/query (https://developers.notion.com/reference/query-a-data-source):
 * live rows, or with the top-level `is_archived: true` the archive partition, selected before
 * filters and sorts; `in_trash` is refused; a result past the query result limit (10,000) is
 * capped and every page of it carries `request_status: incomplete`.
 */
export const queryDataSource: Handler = (ctx) => {
  const { store, body } = ctx;
  const ds = store.dataSource(ctx.params.id ?? '');
  for (const key of ['in_trash', 'archived']) {
    if (body[key] !== undefined) {
      throw validationError(
        `body.${key} is not a supported query body parameter for this endpoint; use is_archived to query archived pages.`,
      );
    }
  }
  if (body.is_archived !== undefined && typeof body.is_archived !== 'boolean')
    throw validationError('body.is_archived should be a boolean.');
  const archived = body.is_archived === true;
  const filter = compileFilter(store, ds, body.filter);
  const order = compileSorts(ds, body.sorts);
  const size = pageSize(body.page_size, 'body.page_size');
  const matching = [...store.pages.values()]
    .filter((p) => p.parent.type === 'data_source_id' && p.parent.dataSourceId === ds.id)
    .filter((p) => store.pageVisible(p) && !p.inTrash && p.isArchived === archived)
    .filter(filter)
    .sort(order);
  const limit = ctx.settings.queryResultLimit;
  const capped = matching.length > limit;
  const rows = capped ? matching.slice(0, limit) : matching;
  const { page, next } = paginate(rows, body.start_cursor, size);
  const only = ctx.query.getAll('filter_properties');
  const results = page.map((p) =>
    pageObject(store, p, ctx.version, only.length > 0 ? only : undefined),
  );
  const status = capped
    ? {
        request_status: { type: 'incomplete', incomplete_reason: 'query_result_limit_reached' },
      }
    : {};
  return { body: list(results, next, 'page_or_data_source', status) };
};
