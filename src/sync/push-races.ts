import type { NotionDesignStore, RemotePage } from '../notion/design-store.js';
import { compactId } from '../notion/schema-map.js';
import type { ArtifactDatabase, ArtifactRecord } from '../spine/index.js';
import { PageIndex } from './page-resolution.js';
import type { ArtifactResult } from './push-artifact.js';
import { artifactWarning, sameWarning, type ReportWarning } from './report.js';
import type { OpenedDatabase } from './targets.js';
import { unconfirmedKey } from './warm-skip.js';

// Notion has no create-if-absent: the duplicates a racing run (or a lost answer) leaves are
// settled here, by the rule every machine applies (PageIndex: the oldest page is kept).

/**
 * Notion cannot create-if-absent: another run (a hook push and a CI push of one commit) may have
 * created the same artifact's page between our read of the data source and our create. Once
 * this run's creates are done, the data source is read again for them, and where several pages
 * claim an artifact the rule every machine applies is kept: the oldest by created_time then id
 * survives, our integration's newer ones go to the trash, and the artifact is pushed onto the
 * survivor (a no-op when it already holds the same content). The run that created later always
 * sees the earlier page, so one of the racers settles every pair; a racer that missed the other's
 * page adopts the survivor on its next run.
 */
export async function settleRaces(
  pending: ArtifactRecord[],
  results: ArtifactResult[],
  hadPage: readonly boolean[],
  run: {
    database: OpenedDatabase;
    store: NotionDesignStore;
    /** Pushes the artifact onto the page every machine keeps. */
    pushOnto(record: ArtifactRecord, page: RemotePage): Promise<ArtifactResult>;
    warnings: ReportWarning[];
  },
): Promise<Set<number>> {
  const { database, store, warnings } = run;
  const adoptedAt = new Set<number>();
  // A create that failed may have lost a race too: another run trashed the page it had just
  // made (as this run would theirs), so its next write was refused.
  const created = pending
    .map((record, i) => ({ record, i, result: results[i] }))
    .filter(
      ({ result, i }) =>
        (result?.action === 'created' && result.page !== undefined) ||
        (result?.action === 'failed' && hadPage[i] === false),
    );
  if (created.length === 0) return adoptedAt;
  const index = new PageIndex(
    await store.listPages(database.dataSourceId, {
      ...(database.schema.stageOptions ? { stageOptions: database.schema.stageOptions } : {}),
    }),
  );
  for (const { record, i, result } of created) {
    const ours = result?.page;
    const resolved = index.resolve(record.sessionId, record.stage, null);
    if (resolved === undefined) continue;
    await removeDuplicates(record, resolved.duplicates, store, false, warnings);
    if (ours !== undefined && compactId(resolved.page.id) === compactId(ours.id)) continue;
    const adopted = await run.pushOnto(record, resolved.page);
    adoptedAt.add(i);
    // A page that was not there when the run began and that our integration made: this run's
    // own create whose answer was lost (or a racer's), so the artifact's page was created now.
    const madeNow =
      ours === undefined &&
      adopted.action !== 'failed' &&
      adopted.action !== 'conflict' &&
      resolved.page.createdBy === (await store.botUserId());
    const reason =
      ours === undefined
        ? `the page was made during this run but its first write failed; written again on ${resolved.page.id}`
        : `another run created its page at the same time; kept that older page ${resolved.page.id}`;
    results[i] = {
      ...adopted,
      ...(madeNow ? { action: 'created' } : {}),
      reason:
        adopted.reason === 'unchanged' || madeNow ? reason : `${adopted.reason ?? ''}; ${reason}`,
      warnings: [
        ...(result?.warnings ?? []),
        ...adopted.warnings.filter((w) => !result?.warnings.some((r) => sameWarning(r, w))),
      ],
    };
  }
  return adoptedAt;
}

/**
 * A racer that created its page after our re-read never shows up in it, and may later trash
 * the page this run kept (a tie within created_time's minute goes to the smaller id). Until a
 * later listing shows the page still kept, the next push reads the data source instead of
 * trusting the spine, so every clone ends pointing at the survivor.
 */
export function markUnconfirmed(
  pending: ArtifactRecord[],
  results: ArtifactResult[],
  adopted: ReadonlySet<number>,
  db: ArtifactDatabase,
): void {
  for (const [i, record] of pending.entries()) {
    const result = results[i];
    if ((result?.action === 'created' || adopted.has(i)) && result?.page !== undefined) {
      db.setCursor(unconfirmedKey(record.idseId), result.page.id);
    }
  }
}

/** Trashes the duplicates our integration created; others are reported and left alone. */
export async function removeDuplicates(
  record: ArtifactRecord,
  duplicates: RemotePage[],
  store: Pick<NotionDesignStore, 'botUserId' | 'trashPage'>,
  dryRun: boolean,
  warnings: ReportWarning[],
): Promise<void> {
  if (duplicates.length === 0) return;
  const bot = await store.botUserId();
  for (const duplicate of duplicates) {
    if (duplicate.createdBy !== bot) {
      warnings.push(
        artifactWarning(
          record.idseId,
          `page ${duplicate.id} duplicates the older page and was not created by this integration; left alone`,
        ),
      );
    } else if (dryRun) {
      warnings.push(artifactWarning(record.idseId, `would trash duplicate page ${duplicate.id}`));
    } else {
      await store.trashPage(duplicate.id);
      warnings.push(
        artifactWarning(record.idseId, `trashed duplicate page ${duplicate.id} (kept the oldest)`),
      );
    }
  }
}
