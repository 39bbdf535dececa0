import { validationError } from './errors.js';
import type { ApiVersion } from './responses.js';
import type { Integration, Store } from './store.js';

/** Everything a route handler gets for one API request. */
export interface RequestContext {
  store: Store;
  integration: Integration;
  version: ApiVersion;
  body: Record<string, unknown>;
  query: URLSearchParams;
  params: Record<string, string>;
  /** The emulator's own address, for `next_url` links. */
  baseUrl: string;
  settings: EmulatorSettings;
}

/** Knobs tests can turn in-process. */
export interface EmulatorSettings {
  /** Blocks loaded for one markdown read before the rest becomes `<unknown>` (Notion: ~20,000). */
  markdownRecordLimit: number;
  /** Results one data source query pages through before it is capped (Notion: 10,000). */
  queryResultLimit: number;
  /** The workspace's largest file upload: 5 MiB on Free (the default), 5 GiB on paid plans. */
  maxFileUploadBytes: number;
}

/** The settings a fresh or reset emulator starts with. */
export function defaultSettings(): EmulatorSettings {
  return {
    markdownRecordLimit: 20_000,
    queryResultLimit: 10_000,
    maxFileUploadBytes: 5 * 1024 * 1024,
  };
}

export interface HandlerResult {
  status?: number;
  body: unknown;
  /** Id of the object a create made, for "saved but answered 503" faults. */
  createdId?: string;
}

export type Handler = (ctx: RequestContext) => HandlerResult;

/** Opaque cursors: the offset into a stable result list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeCursor(raw: unknown): number {
  if (raw === undefined || raw === null || raw === '') return 0;
  if (typeof raw !== 'string') throw validationError('start_cursor should be a string.');
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0)
      return parsed.o;
  } catch {
    // falls through to the validation error
  }
  throw validationError(`start_cursor should be a valid cursor, instead was \`${raw}\`.`);
}

/** `page_size` is 1..100, default 100 (https://developers.notion.com/reference/intro#pagination). */
export function pageSize(raw: unknown, where: string): number {
  if (raw === undefined || raw === null) return 100;
  const n = typeof raw === 'string' ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100) {
    throw validationError(
      `${where} should be an integer between 1 and 100, instead was \`${String(raw)}\`.`,
    );
  }
  return n;
}

export function paginate<T>(
  items: readonly T[],
  cursor: unknown,
  size: number,
): { page: T[]; next: string | null } {
  const offset = decodeCursor(cursor);
  const page = items.slice(offset, offset + size);
  return { page, next: offset + size < items.length ? encodeCursor(offset + size) : null };
}
