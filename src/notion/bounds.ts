import { ExitCode, IdseError } from '../errors.js';

// A data source query returns at most 10,000 rows, 100 per page
// (https://developers.notion.com/reference/query-a-data-source): a listing that asks for more
// pages than that is being led on, by a broken proxy or a hostile host.
const MAX_QUERY_PAGES = 101;
/** Related pages read for one relation property; no design graph comes near it. */
export const MAX_RELATION_IDS = 1000;
/** The most bytes of one answer this tool reads: far above any real page, far below a crash. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/**
 * Follows `has_more` / `next_cursor` through a paginated listing, and stops it with an error
 * that names the limit when it never ends: too many pages, a cursor seen before, or (for
 * relations) too many items.
 */
export class PaginationGuard {
  private pages = 0;
  private items = 0;
  private readonly seen = new Set<string>();

  constructor(
    private readonly what: string,
    private readonly maxItems = Infinity,
  ) {}

  /** The cursor of the next page, or undefined when the listing is complete. */
  next(
    answer: { has_more?: boolean; next_cursor?: string | null },
    items: number,
  ): string | undefined {
    this.pages++;
    this.items += items;
    const pages = MAX_QUERY_PAGES;
    const maxItems = this.maxItems;
    if (this.items > maxItems) {
      throw endless(`${this.what} has more than ${maxItems} items, the most this tool reads`);
    }
    if (answer.has_more !== true || typeof answer.next_cursor !== 'string') return undefined;
    if (this.seen.has(answer.next_cursor)) {
      throw endless(`${this.what}: Notion answered a cursor it had answered before`);
    }
    if (this.pages >= pages) {
      throw endless(
        `${this.what} still had more after ${this.pages} pages of results, more than a Notion listing can have (${pages - 1} pages)`,
      );
    }
    this.seen.add(answer.next_cursor);
    return answer.next_cursor;
  }
}

function endless(problem: string): IdseError {
  return new IdseError(
    'notion-listing-endless',
    `${problem}; stopped reading it.`,
    'Check NOTION_BASE_URL (unset it for api.notion.com) and run again; if Notion itself answers so, report it with this message.',
    { exitCode: ExitCode.ArtifactsFailed },
  );
}

/**
 * `response` with its body read into memory, at most {@link MAX_RESPONSE_BYTES}: a larger one
 * (a page body of hundreds of megabytes, a host that never stops sending) is abandoned with
 * an error naming the limit, before it can exhaust the runner's memory.
 */
export async function boundedResponse(response: Response, what: string): Promise<Response> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw tooLarge(what);
  }
  if (response.body === null) return response;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw tooLarge(what);
    }
    chunks.push(value);
  }
  const empty = [204, 205, 304].includes(response.status);
  return new Response(empty ? null : Buffer.concat(chunks), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

function tooLarge(what: string): IdseError {
  return new IdseError(
    'notion-response-too-large',
    `Notion's answer to ${what} is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB, the most this tool reads; it was not read.`,
    'Split the page in Notion if it really is that large; otherwise check NOTION_BASE_URL.',
    { exitCode: ExitCode.ArtifactsFailed },
  );
}
