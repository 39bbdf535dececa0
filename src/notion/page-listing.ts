import { PaginationGuard } from './bounds.js';
import { ExitCode, IdseError } from '../errors.js';

/** One answer of POST /v1/data_sources/{id}/query, as far as listing reads it. */
export interface QueryAnswer {
  results: { object?: string; id: string; created_time?: string }[];
  has_more: boolean;
  next_cursor: string | null;
  request_status?: { type?: string; incomplete_reason?: string };
}

/** Sends one query body and returns its answer. */
export type RunQuery = (body: Record<string, unknown>) => Promise<QueryAnswer>;

/** What to list: rows meeting every condition, from the live or the archive partition. */
export interface ListingRequest {
  conditions: Record<string, unknown>[];
  archived: boolean;
  /**
   * A select property and its option names: a one-minute window that still hits the result
   * limit is split by them (every row has one option or none).
   */
  split?: { property: string; options: readonly string[] };
  /** Names the listing in the error when it cannot be made complete. */
  what: string;
}

const MINUTE_MS = 60_000;

/**
 * Every row a query matches, however many. A data source query "supports paginating through up to
 * 10,000 results per query" and then answers `request_status.type === "incomplete"`
 * (https://developers.notion.com/reference/query-a-data-source): the listing is then narrowed
 * into `created_time` windows, as Notion's "Query large data sources" guide describes, and a
 * one-minute window that is still capped is split by a select property. An incomplete answer
 * is never taken for a complete one: when no narrowing helps, the run stops with a clear error.
 */
export async function listEveryRow(
  run: RunQuery,
  request: ListingRequest,
): Promise<QueryAnswer['results']> {
  const rows = new Map<string, QueryAnswer['results'][number]>();
  let from: number | undefined;
  for (;;) {
    const window = from === undefined ? [] : [createdOnOrAfter(from)];
    const answer = await readAll(run, request, [...request.conditions, ...window]);
    for (const row of answer.rows) rows.set(row.id, row);
    if (answer.complete) break;
    const first = createdMinute(answer.rows[0]);
    const last = createdMinute(answer.rows.at(-1));
    if (first === undefined || last === undefined) throw incomplete(request);
    if (last > first) {
      // Every row created before the last minute is in; the next window starts at that minute.
      from = last;
      continue;
    }
    // One minute holds more rows than a query returns (a bulk import): split it.
    for (const row of await listMinute(run, request, last)) rows.set(row.id, row);
    from = last + MINUTE_MS;
  }
  return [...rows.values()];
}

async function listMinute(
  run: RunQuery,
  request: ListingRequest,
  minute: number,
): Promise<QueryAnswer['results']> {
  if (request.split === undefined) throw incomplete(request);
  const { property, options } = request.split;
  const minuteWindow = [
    createdOnOrAfter(minute),
    { timestamp: 'created_time', created_time: { before: iso(minute + MINUTE_MS) } },
  ];
  const parts = [
    ...options.map((name) => ({ property, select: { equals: name } })),
    { property, select: { is_empty: true } },
  ];
  const rows: QueryAnswer['results'] = [];
  for (const part of parts) {
    const answer = await readAll(run, request, [...request.conditions, ...minuteWindow, part]);
    if (!answer.complete) throw incomplete(request);
    rows.push(...answer.rows);
  }
  return rows;
}

/** Follows the cursor to the end of one query; `complete` is false when any page said otherwise. */
async function readAll(
  run: RunQuery,
  request: ListingRequest,
  conditions: Record<string, unknown>[],
): Promise<{ rows: QueryAnswer['results']; complete: boolean }> {
  const rows: QueryAnswer['results'] = [];
  let complete = true;
  let cursor: string | undefined;
  // A has_more that never ends (a broken proxy, a hostile host) stops with the limit named.
  const guard = new PaginationGuard(request.what);
  do {
    const answer = await run({
      page_size: 100,
      sorts: [{ timestamp: 'created_time', direction: 'ascending' }],
      ...(conditions.length === 1 ? { filter: conditions[0] } : {}),
      ...(conditions.length > 1 ? { filter: { and: conditions } } : {}),
      ...(request.archived ? { is_archived: true } : {}),
      ...(cursor !== undefined ? { start_cursor: cursor } : {}),
    });
    rows.push(...answer.results);
    if (answer.request_status?.type === 'incomplete') complete = false;
    cursor = guard.next(answer, answer.results.length);
  } while (cursor !== undefined);
  return { rows, complete };
}

function createdOnOrAfter(ms: number): Record<string, unknown> {
  return { timestamp: 'created_time', created_time: { on_or_after: iso(ms) } };
}

/** created_time rounded down to the minute, as Notion stores it. */
function createdMinute(row: { created_time?: string } | undefined): number | undefined {
  const ms = row?.created_time === undefined ? NaN : Date.parse(row.created_time);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function incomplete(request: ListingRequest): IdseError {
  return new IdseError(
    'notion-query-incomplete',
    `Notion cut the listing of ${request.what} short at its query result limit (10,000 rows), even narrowed to one minute of page creation${request.split ? ` and one ${request.split.property}` : ''}; nothing was written from an incomplete listing.`,
    'Move some pages out of this database (for example archive old sessions into another database), then run again.',
    { exitCode: ExitCode.UsageOrConfig },
  );
}
