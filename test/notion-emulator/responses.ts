import { isoRoundedToMinute } from './clock.js';
import { notionUrl } from './ids.js';
import { propertyValueResponse } from './property-values.js';
import { plainText } from './rich-text.js';
import { propertyConfigResponse } from './schema.js';
import type { DatabaseRecord, DataSourceRecord, PageRecord, Store, UserRecord } from './store.js';

/** The Notion-Version a request was made with; 2026-03-11 dropped the `archived` alias. */
export type ApiVersion = '2025-09-03' | '2026-03-11';
export const API_VERSIONS: readonly ApiVersion[] = ['2025-09-03', '2026-03-11'];

/** `archived` is present for backwards compatibility with versions before 2026-03-11. */
export function trashFields(inTrash: boolean, version: ApiVersion): Record<string, boolean> {
  return version === '2026-03-11'
    ? { in_trash: inTrash }
    : { in_trash: inTrash, archived: inTrash };
}

function partialUser(id: string): { object: 'user'; id: string } {
  return { object: 'user', id };
}

export function pageObject(
  store: Store,
  page: PageRecord,
  version: ApiVersion,
  filterProperties?: readonly string[],
): Record<string, unknown> {
  const ds = store.dataSourceOf(page);
  const properties: Record<string, unknown> = {};
  if (ds) {
    for (const prop of ds.properties) {
      if (
        filterProperties &&
        !filterProperties.some(
          (f) =>
            f === prop.id ||
            f === prop.name ||
            decodeURIComponent(f) === decodeURIComponent(prop.id),
        )
      )
        continue;
      properties[prop.name] = propertyValueResponse(store, page, prop);
    }
  } else {
    properties.title = { id: 'title', type: 'title', title: page.title };
  }
  const parent =
    page.parent.type === 'data_source_id'
      ? {
          type: 'data_source_id',
          data_source_id: page.parent.dataSourceId,
          database_id: page.parent.databaseId,
        }
      : page.parent.type === 'page_id'
        ? { type: 'page_id', page_id: page.parent.pageId }
        : { type: 'workspace', workspace: true };
  return {
    object: 'page',
    id: page.id,
    created_time: isoRoundedToMinute(page.createdTime),
    last_edited_time: isoRoundedToMinute(page.lastEditedTime),
    created_by: partialUser(page.createdBy),
    last_edited_by: partialUser(page.lastEditedBy),
    cover: page.cover,
    icon: page.icon,
    parent,
    ...trashFields(page.inTrash, version),
    is_archived: page.isArchived,
    is_locked: false,
    properties,
    url: notionUrl(plainText(store.pageTitle(page)), page.id),
    public_url: null,
  };
}

export function databaseObject(
  store: Store,
  db: DatabaseRecord,
  version: ApiVersion,
): Record<string, unknown> {
  return {
    object: 'database',
    id: db.id,
    title: db.title,
    description: db.description,
    parent: db.parentPageId
      ? { type: 'page_id', page_id: db.parentPageId }
      : { type: 'workspace', workspace: true },
    is_inline: db.isInline,
    ...trashFields(db.inTrash, version),
    is_locked: false,
    created_time: isoRoundedToMinute(db.createdTime),
    last_edited_time: isoRoundedToMinute(db.lastEditedTime),
    data_sources: db.dataSourceIds.map((id) => ({
      id,
      name: plainText(store.dataSources.get(id)?.title ?? []),
    })),
    icon: null,
    cover: null,
    url: notionUrl(plainText(db.title), db.id),
    public_url: null,
  };
}

export function dataSourceObject(
  store: Store,
  ds: DataSourceRecord,
  version: ApiVersion,
): Record<string, unknown> {
  const db = store.databases.get(ds.databaseId);
  const properties: Record<string, unknown> = {};
  for (const prop of ds.properties) properties[prop.name] = propertyConfigResponse(prop);
  return {
    object: 'data_source',
    id: ds.id,
    title: ds.title,
    description: [],
    parent: { type: 'database_id', database_id: ds.databaseId },
    database_parent: db?.parentPageId
      ? { type: 'page_id', page_id: db.parentPageId }
      : { type: 'workspace', workspace: true },
    is_inline: db?.isInline ?? false,
    ...trashFields(ds.inTrash, version),
    created_time: isoRoundedToMinute(ds.createdTime),
    last_edited_time: isoRoundedToMinute(ds.lastEditedTime),
    created_by: partialUser(ds.createdBy),
    last_edited_by: partialUser(ds.lastEditedBy),
    properties,
    icon: null,
    cover: null,
    url: notionUrl(plainText(ds.title), ds.id),
    public_url: null,
  };
}

/** "Free workspaces are limited to 5 MiB (binary megabytes) per file". */
export const FREE_PLAN_UPLOAD_BYTES = 5 * 1024 * 1024;

export const WORKSPACE_NAME = 'IDSE Emulator Workspace';
export const WORKSPACE_ID = '5e1c0de0-0000-4000-8000-000000000001';

/**
 * A user object. A bot's `workspace_limits.max_file_upload_size_in_bytes` is its workspace's
 * upload limit (https://developers.notion.com/guides/data-apis/working-with-files-and-media:
 * 5 MiB on the Free plan, 5 GiB on paid plans).
 */
export function userObject(
  store: Store,
  user: UserRecord,
  maxUploadBytes = FREE_PLAN_UPLOAD_BYTES,
): Record<string, unknown> {
  const common = { object: 'user', id: user.id, name: user.name, avatar_url: null };
  if (user.type === 'person')
    return { ...common, type: 'person', person: { email: user.email ?? '' } };
  return {
    ...common,
    type: 'bot',
    bot: {
      owner: { type: 'workspace', workspace: true },
      workspace_id: WORKSPACE_ID,
      workspace_limits: { max_file_upload_size_in_bytes: maxUploadBytes },
      workspace_name: WORKSPACE_NAME,
    },
  };
}

export function list(
  results: unknown[],
  nextCursor: string | null,
  type: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    object: 'list',
    results,
    next_cursor: nextCursor,
    has_more: nextCursor !== null,
    type,
    [type]: {},
    ...extra,
  };
}
