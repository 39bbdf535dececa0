import { gfmToNotion } from '../markdown/index.js';
import type { NotionDesignStore, RemotePage } from '../notion/design-store.js';
import { UNSYNCED_SOURCE, shortHash } from '../notion/ledger.js';
import { compactId } from '../notion/schema-map.js';
import type { ArtifactJob } from './push-artifact.js';
import type { PushCollaborators } from './push.js';
import { markdownHash, sameDocument, sameNotionDocument, type SyncBase } from './sync-base.js';

// The facts a push decides from (sync-decisions.ts) that take a lookup to learn: who edited a
// page last, and the version its ledger records, from the spine's copy or from git.

/** The query row names this integration as the page's last editor. */
export async function editedLastByUs(
  store: Pick<NotionDesignStore, 'botUserId'>,
  page: RemotePage,
): Promise<boolean> {
  return page.lastEditedBy !== '' && page.lastEditedBy === (await store.botUserId());
}

/** The version the ledger records, as the spine's copy of the page or as the committed file. */
export async function ledgerVersion(
  c: Pick<PushCollaborators, 'committedVersion'>,
  job: ArtifactJob,
  base: SyncBase,
): Promise<{ v2: string } | { gfm: string } | undefined> {
  const copy = job.snapshot;
  if (
    copy?.pageId != null &&
    compactId(copy.pageId) === compactId(job.page?.id ?? '') &&
    base.markdown !== '' &&
    markdownHash(copy.markdown) === base.markdown
  ) {
    return { v2: copy.markdown };
  }
  if (base.source === UNSYNCED_SOURCE || c.committedVersion === undefined) return undefined;
  const gfm = await c.committedVersion(
    job.path,
    (text) => shortHash(text) === base.source,
    base.commit,
  );
  return gfm === null ? undefined : { gfm };
}

/** True when the file is the ledger's version in other bytes (no request: spine or git). */
export async function respelled(
  c: Pick<PushCollaborators, 'committedVersion'>,
  job: ArtifactJob,
  base: SyncBase,
  send: { gfm: string; placeholders: number; unresolved: boolean },
): Promise<boolean> {
  if (send.placeholders > 0 || send.unresolved) return false;
  const version = await ledgerVersion(c, job, base);
  if (version === undefined) return false;
  // The copy of the page speaks Notion's addresses; the committed file, the file's own.
  return 'v2' in version
    ? sameDocument(send.gfm, version.v2)
    : sameDocument(job.record.content, gfmToNotion(version.gfm).markdown);
}

/**
 * True when the page holds the version its ledger records, block by block in the canonical
 * form: the spine's copy of the page when it is that version, else the committed file the
 * ledger names. Used only when someone else edited the page and its hash is not the ledger's.
 */
export async function holdsBase(
  c: Pick<PushCollaborators, 'committedVersion'>,
  job: ArtifactJob,
  base: SyncBase,
  remote: string,
): Promise<boolean> {
  const version = await ledgerVersion(c, job, base);
  if (version === undefined) return false;
  return 'v2' in version
    ? sameNotionDocument(version.v2, remote)
    : sameDocument(version.gfm, remote);
}
