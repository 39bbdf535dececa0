import type { NotionGateway } from './client.js';
import { toRemotePage, type RemotePage } from './design-store.js';

/**
 * The data source's pages edited on or after `since` (all pages when undefined), in
 * ⌈pages/100⌉ requests. `last_edited_time` is rounded down to the minute, so callers pass a
 * `since` that overlaps the previous read: reading a page twice is cheap, missing an edit is not.
 * With `trashed`, only pages in the trash are returned (moving a page to the trash edits it).
 */
export async function listPagesEditedSince(
  gateway: NotionGateway,
  dataSourceId: string,
  since: string | undefined,
  options: { trashed?: boolean } = {},
): Promise<RemotePage[]> {
  const pages: RemotePage[] = [];
  let cursor: string | undefined;
  do {
    const response = await gateway.client.dataSources.query({
      data_source_id: dataSourceId,
      page_size: 100,
      sorts: [{ timestamp: 'last_edited_time', direction: 'ascending' }],
      ...(since !== undefined
        ? { filter: { timestamp: 'last_edited_time', last_edited_time: { on_or_after: since } } }
        : {}),
      // Queries leave trashed pages out unless asked; the page's own in_trash flag then tells
      // them apart, whether the answer mixes in live pages or not.
      ...(options.trashed === true ? { in_trash: true } : {}),
      ...(cursor !== undefined ? { start_cursor: cursor } : {}),
    });
    for (const result of response.results) {
      if (result.object !== 'page' || !('properties' in result)) continue;
      const page = toRemotePage(result);
      if (options.trashed !== true || page.inTrash) pages.push(page);
    }
    cursor = response.has_more ? (response.next_cursor ?? undefined) : undefined;
  } while (cursor !== undefined);
  return pages;
}
