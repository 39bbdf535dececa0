import type { NotionDesignStore, RemotePage } from '../notion/design-store.js';
import type { ArtifactRecord } from '../spine/index.js';
import { PageIndex } from './page-resolution.js';

/** Why an artifact the spine ties to a page has no page in the live partition. */
export type Absence =
  | { kind: 'archived'; page: RemotePage }
  | { kind: 'trashed'; pageId: string }
  | { kind: 'gone'; pageId: string };

/**
 * Finds out why artifacts have no live page. A data source query returns live rows; archived
 * rows are a partition of their own, selected with `is_archived`, and `in_trash` "is not a
 * supported query body parameter" (https://developers.notion.com/reference/query-a-data-source).
 * So the archived partition is listed (once, by the caller) and matched by Session and Stage or
 * by the page id the spine knows; a page this tool synced with (the spine keeps its copy) found
 * in neither partition is retrieved once: in the trash, or gone for this integration (deleted
 * for good, or no longer shared with it). Remote ids another tool left in the spine are only
 * hints and cost no request. Artifacts with no such page are simply new: absent from the answer.
 */
export async function explainAbsent(
  records: readonly ArtifactRecord[],
  ids: {
    known(record: ArtifactRecord): string | null;
    synced(record: ArtifactRecord): string | null;
  },
  archived: PageIndex,
  store: NotionDesignStore,
): Promise<Map<string, Absence>> {
  const reasons = new Map<string, Absence>();
  for (const record of records) {
    const shelved = archived.resolve(record.sessionId, record.stage, ids.known(record));
    if (shelved !== undefined) {
      reasons.set(record.idseId, { kind: 'archived', page: shelved.page });
      continue;
    }
    const known = ids.synced(record);
    if (known === null) continue;
    const page = await store.getPage(known);
    if (page === undefined) reasons.set(record.idseId, { kind: 'gone', pageId: known });
    else if (page.inTrash) reasons.set(record.idseId, { kind: 'trashed', pageId: page.id });
    else if (page.isArchived) reasons.set(record.idseId, { kind: 'archived', page });
    else reasons.set(record.idseId, { kind: 'gone', pageId: known });
  }
  return reasons;
}

/** An index of archived pages: the same rules as the live one (oldest wins, ids are hints). */
export function archivedIndex(pages: readonly RemotePage[]): PageIndex {
  return new PageIndex(pages.map((page) => ({ ...page, inTrash: false })));
}

/** What a push or pull says about an artifact whose page is archived in Notion. */
export function archivedReason(pageId: string, command: 'push' | 'pull'): string {
  const what =
    command === 'push'
      ? 'nothing was written and no second page is made'
      : 'the local file stays as it is';
  return (
    `its page ${pageId} is archived in Notion; ${what}. To sync it again, restore the page ` +
    'in Notion (open it and unarchive it)'
  );
}
