import type { NotionDesignStore, RemotePage } from '../notion/design-store.js';
import { parseLedger } from '../notion/ledger.js';
import { readValue } from '../notion/schema-check.js';
import { PROPERTIES, compactId } from '../notion/schema-map.js';
import type { ArtifactDatabase } from '../spine/index.js';
import type { WorkspaceFilter } from '../workspace/discover.js';
import { unsafeNameReason } from '../workspace/layout.js';
import { archivedIndex, archivedReason } from './absent-pages.js';
import { PageIndex, compareAge, pageIdentity } from './page-resolution.js';
import { artifactWarning, runWarning, type ArtifactOutcome, type ReportWarning } from './report.js';

/** The artifact a page says it is: its Session and Stage. */
export type Identity = NonNullable<ReturnType<typeof pageIdentity>>;

/**
 * The edited pages that stand for an artifact of this run, one per artifact: pages without a
 * Session and Stage are not artifacts; unsafe Session names are refused; a page whose
 * Session or Stage changed in Notion (moved) and a second page claiming the same artifact are
 * reported and left alone.
 */
export function pagesToPull(
  project: string,
  pages: readonly RemotePage[],
  filter: WorkspaceFilter,
  db: ArtifactDatabase,
  warnings: ReportWarning[],
): { page: RemotePage; identity: Identity }[] {
  const byArtifact = new Map<string, { page: RemotePage; identity: Identity }[]>();
  for (const page of pages) {
    if (page.inTrash) continue;
    const identity = pageIdentity(page);
    if (identity === undefined) continue;
    if (filter.session !== undefined && identity.session !== filter.session) continue;
    const unsafe = unsafeNameReason(identity.session);
    if (unsafe !== undefined) {
      warnings.push(
        runWarning(
          `page ${page.id}: Session ${JSON.stringify(identity.session)} refused: ${unsafe}; nothing written`,
        ),
      );
      continue;
    }
    const owner = db.findByPageId(page.id);
    if (
      owner !== undefined &&
      owner.project === project &&
      (owner.sessionId !== identity.session || owner.stage !== identity.stage)
    ) {
      warnings.push(
        artifactWarning(
          owner.idseId,
          `its page ${page.id} now says Session "${identity.session}", Stage "${identity.stage}" in Notion; not pulled (rename the artifact in the workspace, or change the page back)`,
        ),
      );
      continue;
    }
    const key = `${identity.session}\u0000${identity.stage}`;
    byArtifact.set(key, [...(byArtifact.get(key) ?? []), { page, identity }]);
  }
  const chosen: { page: RemotePage; identity: Identity }[] = [];
  for (const claims of byArtifact.values()) {
    // The page the spine syncs with wins; else the oldest, as push keeps the oldest.
    const known = claims.filter(
      (claim) =>
        compactId(syncedPageOf(project, claim.identity, db) ?? '') === compactId(claim.page.id),
    );
    const ranked = [...(known.length > 0 ? known : claims)].sort((a, b) =>
      compareAge(a.page, b.page),
    );
    const first = ranked[0];
    if (first === undefined) continue;
    const idseId = `${project}::${first.identity.session}::${first.identity.stage}`;
    const synced = syncedPageOf(project, first.identity, db);
    if (
      synced !== null &&
      compactId(synced) !== compactId(first.page.id) &&
      !hasLedger(first.page)
    ) {
      // Another page is the artifact's, and no sync of ours ever wrote this one.
      warnings.push(
        artifactWarning(
          idseId,
          `page ${first.page.id} claims this artifact, which is synced with page ${synced}; left alone`,
        ),
      );
      continue;
    }
    chosen.push(first);
    for (const other of claims) {
      if (other === first) continue;
      warnings.push(
        artifactWarning(
          idseId,
          `page ${other.page.id} also claims this artifact; left alone (page ${first.page.id} is pulled)`,
        ),
      );
    }
  }
  return chosen;
}

/** The id of the page the spine syncs the artifact with, or null. */
function syncedPageOf(project: string, identity: Identity, db: ArtifactDatabase): string | null {
  const record = db.getArtifact(project, identity.session, identity.stage);
  const pageId = record ? db.getSyncMetadata(record.id)?.pageId : undefined;
  return pageId ?? null;
}

function hasLedger(page: RemotePage): boolean {
  const text = readValue(page.properties[PROPERTIES.sync.name], 'rich_text');
  return parseLedger(text?.type === 'rich_text' ? text.text : undefined) !== undefined;
}

/** The pages a pull listed: the live ones (edited since the cursor, or all), and the archived ones. */
export interface PullListing {
  live: readonly RemotePage[];
  archived: readonly RemotePage[];
  /** True when `live` holds every live page (no cursor): a known page missing from it is looked up. */
  complete: boolean;
}

/**
 * Artifacts of the spine whose pages left the live partition: archived ones (matched by the
 * page id the spine knows, and with a complete listing also by Session and Stage), and with a
 * complete listing the known pages found in neither partition, retrieved once each: in the
 * trash, or gone for this integration. Reported; the local file stays.
 */
export async function absentOutcomes(
  project: string,
  listing: PullListing,
  filter: WorkspaceFilter,
  db: ArtifactDatabase,
  store: NotionDesignStore,
  warnings: ReportWarning[],
): Promise<ArtifactOutcome[]> {
  const outcomes: ArtifactOutcome[] = [];
  const live = new PageIndex(listing.live);
  const shelved = archivedIndex(listing.archived);
  const archivedIds = new Set(listing.archived.map((page) => compactId(page.id)));
  const filterSession = filter.session !== undefined ? { session: filter.session } : {};
  for (const record of db.listArtifacts({ project, ...filterSession })) {
    const known = db.getSyncMetadata(record.id)?.pageId ?? null;
    if (live.resolve(record.sessionId, record.stage, known) !== undefined) continue;
    const archived = listing.complete
      ? shelved.resolve(record.sessionId, record.stage, known)?.page.id
      : known !== null && archivedIds.has(compactId(known))
        ? known
        : undefined;
    if (archived !== undefined) {
      outcomes.push({
        idseId: record.idseId,
        action: 'archived',
        pageId: archived,
        reason: archivedReason(archived, 'pull'),
      });
      continue;
    }
    // Only pages this tool synced with are looked up: another tool's remote ids are hints.
    const synced = db.getRemoteSnapshot(record.idseId)?.pageId ?? null;
    if (!listing.complete || synced === null) continue;
    const page = await store.getPage(synced);
    if (page?.inTrash === true) {
      outcomes.push({
        idseId: record.idseId,
        action: 'trashed',
        pageId: page.id,
        reason:
          'its page was moved to the trash in Notion; the local file stays (restore the page in Notion to keep it, or the next push makes a new one)',
      });
    } else if (page === undefined) {
      warnings.push(
        artifactWarning(
          record.idseId,
          `its page ${synced} is not in Notion for this integration (deleted for good, or no longer shared with it); the local file stays`,
        ),
      );
    }
  }
  return outcomes;
}

/** An open conflict stays in every report (and the exit code) until `resolve` closes it. */
export function openConflicts(
  db: ArtifactDatabase,
  filter: WorkspaceFilter,
  reported: readonly ArtifactOutcome[],
): ArtifactOutcome[] {
  const outcomes: ArtifactOutcome[] = [];
  for (const conflict of db.listConflicts()) {
    const [project, session] = conflict.idseId.split('::');
    if (reported.some((o) => o.idseId === conflict.idseId)) continue;
    if (filter.project !== undefined && project !== filter.project) continue;
    if (filter.session !== undefined && session !== filter.session) continue;
    outcomes.push({
      idseId: conflict.idseId,
      action: 'conflict',
      pageId: null,
      reason: `unresolved since ${conflict.createdAt}; Notion's version is in ${conflict.notionCopyPath}: edit the file, then run \`idse-sync resolve ${conflict.idseId}\``,
    });
  }
  return outcomes;
}
