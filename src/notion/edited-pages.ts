import type { NotionGateway } from './client.js';
import { toRemotePage, type RemotePage } from './design-store.js';

/**
 * The data source's pages edited on or after `since` (all pages when undefined), in
 * ⌈pages/100⌉ requests. `last_edited_time` is rounded down to the minute, so callers pass a
 * `since` that overlaps the previous read: reading a page twice is cheap, missing an edit is not.
 */
export async function listPagesEditedSince(
  gateway: NotionGateway,
  dataSourceId: string,
  since: string | undefined,
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
      ...(cursor !== undefined ? { start_cursor: cursor } : {}),
    });
    for (const result of response.results) {
      if (result.object === 'page' && 'properties' in result) pages.push(toRemotePage(result));
    }
    cursor = response.has_more ? (response.next_cursor ?? undefined) : undefined;
  } while (cursor !== undefined);
  return pages;
}
