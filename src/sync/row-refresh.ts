import type { NotionDesignStore, RemotePage } from '../notion/design-store.js';
import { compactId } from '../notion/schema-map.js';

/** How old a query row may be before a write that trusts it refreshes it first (run's clock). */
export const DEFAULT_ROW_BOUND_MS = 30_000;

// Notion reports last_edited_time rounded down to the minute: an edit made at or after an
// instant shows a time at most this much earlier.
// https://developers.notion.com/reference/post-database-query-filter#timestamp
const ROUNDING_MS = 60_000;

/**
 * The rows of one data source as the run last saw them, kept at most a bound old for the writes
 * that trust a row instead of reading the page (a push writing a body only this integration
 * edited, a pull writing its ledger). Once the last query is older than the bound, the next such
 * write first makes ONE query of the pages edited since that query (minus Notion's minute),
 * shared by every write of the next bound: about one request per bound of run time, none in a
 * run shorter than it.
 */
export class RowRefresh {
  private lookedAt: number;
  private readonly rows = new Map<string, RemotePage>();
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly store: NotionDesignStore,
    private readonly dataSourceId: string,
    private readonly options: {
      /** The run's clock, read when its query started. */
      now(): Date;
      boundMs: number;
      /** When the run's listing of the data source started (run's clock). */
      listedAt: Date;
      stageOptions?: readonly string[];
    },
  ) {
    this.lookedAt = options.listedAt.getTime();
  }

  /** Refreshes the rows when the last query is older than the bound; the caller's row otherwise. */
  async current(page: RemotePage): Promise<RemotePage> {
    if (this.stale()) await this.refreshNow();
    return newer(page, this.rows.get(compactId(page.id)));
  }

  /**
   * True when a refresh (made now if the last query is older than the bound) shows the page
   * last edited by someone other than this integration.
   */
  async editedByOthers(pageId: string): Promise<boolean> {
    if (this.stale()) await this.refreshNow();
    const row = this.rows.get(compactId(pageId));
    return row !== undefined && row.lastEditedBy !== (await this.store.botUserId());
  }

  private stale(): boolean {
    return this.options.now().getTime() - this.lookedAt > this.options.boundMs;
  }

  private async refreshNow(): Promise<void> {
    // The bot is known before the query, so the answer is judged with nothing in between.
    await this.store.botUserId();
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    await this.refreshing;
  }

  private async refresh(): Promise<void> {
    const startedAt = this.options.now().getTime();
    const since = new Date(this.lookedAt - ROUNDING_MS).toISOString();
    const stage =
      this.options.stageOptions !== undefined ? { stageOptions: this.options.stageOptions } : {};
    const pages = await this.store.listPages(this.dataSourceId, { editedSince: since, ...stage });
    for (const page of pages) this.rows.set(compactId(page.id), page);
    this.lookedAt = startedAt;
  }
}

/**
 * The later of two rows of one page. Within one minute the order is unknown: the refreshed row
 * wins, so an edit someone else made is never hidden behind an older row of ours (the cost is a
 * read the write might not have needed).
 */
function newer(page: RemotePage, refreshed: RemotePage | undefined): RemotePage {
  if (refreshed === undefined) return page;
  const then = Date.parse(page.lastEditedTime);
  const now = Date.parse(refreshed.lastEditedTime);
  return now >= then ? refreshed : page;
}
