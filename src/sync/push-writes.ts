import type { NotionDesignStore, RemotePage, WrittenMarkdown } from '../notion/design-store.js';
import { encodeLedger, type Ledger } from '../notion/ledger.js';
import { isSavedButUnavailable } from '../notion/notion-errors.js';
import { readValue } from '../notion/schema-check.js';
import { PROPERTIES, compactId, toRequestValue } from '../notion/schema-map.js';
import type { ArtifactDatabase } from '../spine/index.js';
import type { ArtifactJob } from './push-artifact.js';
import { markdownHash, sameDocument, type SyncBase } from './sync-base.js';

// The writes of one artifact's push and the spine's record of them; the decisions are in
// push-artifact.ts and sync-decisions.ts.

/**
 * Replaces the body and returns Notion's rendering and warnings. A 503 may mean "saved, but no
 * answer": the page is read again, and if it holds the document the write counts as done.
 */
export async function replaceBody(
  store: NotionDesignStore,
  pageId: string,
  gfm: string,
  v2: string,
): Promise<WrittenMarkdown> {
  try {
    return await store.replaceMarkdown(pageId, v2);
  } catch (error) {
    if (!isSavedButUnavailable(error)) throw error;
    const now = await store.readMarkdown(pageId);
    if (!now.truncated && sameDocument(gfm, now.markdown))
      return { markdown: now.markdown, warnings: [] };
    throw error;
  }
}

/** Writes properties; after a 503 the page is read again, and a saved write counts as done. */
export async function updateProperties(
  store: NotionDesignStore,
  pageId: string,
  request: Record<string, unknown>,
  ledger: Ledger | undefined,
): Promise<RemotePage> {
  try {
    return await store.updateProperties(pageId, request);
  } catch (error) {
    if (!isSavedButUnavailable(error) || ledger === undefined) throw error;
    // The ledger text is unique to this write: finding it on the page proves it was applied.
    const page = await store.getPage(pageId);
    const onPage = readValue(page?.properties[PROPERTIES.sync.name], 'rich_text');
    if (
      page !== undefined &&
      onPage?.type === 'rich_text' &&
      onPage.text === encodeLedger(ledger)
    ) {
      return page;
    }
    throw error;
  }
}

/** True when a conflict over exactly this Notion rendering was resolved by the user. */
export function resolvedAgainst(db: ArtifactDatabase, idseId: string, remoteHash: string): boolean {
  return db
    .listConflicts({ includeResolved: true })
    .some((c) => c.idseId === idseId && c.resolvedAt !== null && c.remoteHash === remoteHash);
}

export function conflictReason(
  db: ArtifactDatabase,
  idseId: string,
  base: SyncBase | undefined,
): string {
  const open = db.getOpenConflict(idseId);
  if (open !== undefined) {
    return (
      `unresolved conflict since ${open.createdAt}; Notion's version is in ${open.notionCopyPath}: ` +
      `edit the file, then run \`idse-sync resolve ${idseId}\``
    );
  }
  const why =
    base === undefined
      ? 'the page has no sync history and its content differs'
      : 'the page was edited in Notion since the last sync';
  return `${why}; run \`idse-sync pull\` first (or push --force)`;
}

export function ledgerValue(ledger: Ledger): Record<string, unknown> {
  return toRequestValue({ type: 'rich_text', text: encodeLedger(ledger) });
}

/** The spine's cache of the page: it saves requests next time, it never decides correctness. */
export function remember(
  db: ArtifactDatabase,
  job: ArtifactJob,
  page: RemotePage,
  ledger: Ledger,
  rendered: string | undefined,
  lossy: boolean,
): void {
  db.transaction(() => {
    // An unchanged artifact leaves the spine's bytes alone: no new timestamp, no git noise.
    const known = job.sync;
    const samePage = known?.pageId != null && compactId(known.pageId) === compactId(page.id);
    if (lossy) {
      // The page is known, but the file's content is not what it holds.
      if (!samePage) db.setPageId(job.record.id, page.id);
    } else if (known?.lastPushHash !== job.record.contentHash || !samePage) {
      db.recordPush(job.record.id, { hash: job.record.contentHash, pageId: page.id });
    }
    const markdown = rendered ?? job.snapshot?.markdown;
    if (markdown !== undefined && markdownHash(markdown) === ledger.markdown) {
      db.saveRemoteSnapshot(job.record.idseId, {
        markdown,
        pageId: page.id,
        propertiesHash: JSON.stringify(ledger.properties),
        lastEditedTime: page.lastEditedTime,
        ledgerCommit: ledger.commit,
      });
    } else if (job.snapshot !== undefined && job.database.schema.available.has('sync')) {
      // A run killed after its write left the copy of the page before it: the ledger now
      // says the page holds something else, so the stale copy goes rather than linger.
      db.deleteRemoteSnapshot(job.record.idseId);
    }
  });
}
