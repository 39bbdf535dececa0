import {
  createDataSource,
  createDatabase,
  queryDataSource,
  retrieveDataSource,
  retrieveDatabase,
  updateDataSource,
} from './api-databases.js';
import { appendBlockChildren, deleteBlock, updateBlock } from './api-blocks.js';
import {
  completeFileUpload,
  createFileUpload,
  listFileUploads,
  retrieveFileUpload,
  sendFileUpload,
} from './api-file-uploads.js';
import { listBlockChildren, listUsers, retrieveBlock, retrieveUser, usersMe } from './api-other.js';
import { createPage, retrievePage, retrievePageProperty, updatePage } from './api-pages.js';
import type { Handler } from './context.js';
import { getMarkdown } from './markdown-read.js';
import { patchMarkdown } from './markdown-write.js';

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

const SEG = '([^/]+)';

function route(method: string, path: string, handler: Handler): Route {
  return { method, pattern: new RegExp(`^${path.replace(/:[a-z]+/g, SEG)}/?$`), handler };
}

/** The Notion endpoints the emulator implements. */
const ROUTES: Route[] = [
  route('GET', '/v1/users/me', usersMe),
  route('GET', '/v1/users', listUsers),
  route('GET', '/v1/users/:id', retrieveUser),
  route('POST', '/v1/databases', createDatabase),
  route('GET', '/v1/databases/:id', retrieveDatabase),
  route('POST', '/v1/data_sources', createDataSource),
  route('GET', '/v1/data_sources/:id', retrieveDataSource),
  route('PATCH', '/v1/data_sources/:id', updateDataSource),
  route('POST', '/v1/data_sources/:id/query', queryDataSource),
  route('POST', '/v1/pages', createPage),
  route('GET', '/v1/pages/:id', retrievePage),
  route('PATCH', '/v1/pages/:id', updatePage),
  route('GET', '/v1/pages/:id/properties/:property', retrievePageProperty),
  route('GET', '/v1/pages/:id/markdown', getMarkdown),
  route('PATCH', '/v1/pages/:id/markdown', patchMarkdown),
  route('GET', '/v1/blocks/:id', retrieveBlock),
  route('GET', '/v1/blocks/:id/children', listBlockChildren),
  route('PATCH', '/v1/blocks/:id/children', appendBlockChildren),
  route('PATCH', '/v1/blocks/:id', updateBlock),
  route('DELETE', '/v1/blocks/:id', deleteBlock),
  route('POST', '/v1/file_uploads', createFileUpload),
  route('GET', '/v1/file_uploads', listFileUploads),
  route('GET', '/v1/file_uploads/:id', retrieveFileUpload),
  route('POST', '/v1/file_uploads/:id/send', sendFileUpload),
  route('POST', '/v1/file_uploads/:id/complete', completeFileUpload),
];

const PARAM_NAMES = new Map(
  ROUTES.map((r) => [r, [...(r.pattern.source.match(/\(\[\^\/\]\+\)/g) ?? [])].length]),
);

export function matchRoute(
  method: string,
  path: string,
): { handler: Handler; params: Record<string, string> } | undefined {
  for (const r of ROUTES) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (!m) continue;
    const values = m.slice(1, 1 + (PARAM_NAMES.get(r) ?? 0)).map((v) => safeDecode(v ?? ''));
    return { handler: r.handler, params: { id: values[0] ?? '', property: values[1] ?? '' } };
  }
  return undefined;
}

/** Writes that create an object: a "saved but 503" answer names the new object's id. */
export function isCreate(method: string, path: string): boolean {
  return method === 'POST' && /^\/v1\/(pages|databases|data_sources|file_uploads)\/?$/.test(path);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
