import type { ArtifactChange, CommitRange, WorkspaceHistory } from '../git/changed.js';
import { PUSH_COMMIT_CURSOR, nextPushCursor, type SelectedChanges } from '../git/push-range.js';
import type { ArtifactDatabase } from '../spine/index.js';
import {
  byIdseId,
  emptyCounts,
  runWarning,
  type ArtifactOutcome,
  type ReportWarning,
  type SyncReport,
} from './report.js';

// A push of the artifacts some commits changed: `push --since` / `--changed` on the CLI and
// the action's push on merge both narrow the push to those artifacts and report the files the
// commits deleted. The CLI also keeps a cursor in the spine: the commit up to which every
// artifact change has been pushed, so `--changed` can reach back over commits no push covered.

/** What a range of commits asks of a push. */
export interface ChangedScope {
  /** The idse_ids whose files were added or changed: the push's `only`. */
  only: Set<string>;
  /** Artifact files deleted or renamed away: reported, their pages left alone. */
  deleted: ArtifactChange[];
}

export function scopeOf(changes: readonly ArtifactChange[]): ChangedScope {
  return {
    only: new Set(changes.filter((c) => c.kind === 'changed').map((c) => c.idseId)),
    deleted: changes.filter((c) => c.kind === 'deleted'),
  };
}

/** A deleted or renamed artifact file as a report line: its page is left as it is. */
export function deletedOutcome(change: ArtifactChange): ArtifactOutcome {
  const what = change.renamedTo !== undefined ? `renamed to ${change.renamedTo}` : 'deleted in git';
  return {
    idseId: change.idseId,
    action: 'deleted',
    pageId: null,
    path: change.path,
    reason: `file ${what}; its Notion page is left as it is`,
  };
}

/** The deleted files' report lines, with the page id the spine knows when it is given. */
export function deletedOutcomes(
  deleted: readonly ArtifactChange[],
  spine?: ArtifactDatabase,
): ArtifactOutcome[] {
  return deleted.map((change) => {
    const record = spine?.findByIdseId(change.idseId);
    const pageId = record ? (spine?.getSyncMetadata(record.id)?.pageId ?? null) : null;
    return { ...deletedOutcome(change), pageId };
  });
}

/** The push's report with the deleted files' lines among its artifacts, in idse_id order. */
export function withDeletions(
  report: SyncReport,
  deletions: readonly ArtifactOutcome[],
): SyncReport {
  if (deletions.length > 0) report.artifacts = byIdseId([...report.artifacts, ...deletions]);
  return report;
}

/** The report of a range that changed no artifact file: no token or Notion needed. */
export function nothingToPushReport(
  dryRun: boolean,
  deletions: ArtifactOutcome[],
  range: CommitRange | undefined,
): SyncReport {
  const warnings: ReportWarning[] = [];
  if (range !== undefined) {
    const { from, to } = range;
    const span = from === null ? to.slice(0, 12) : `${from.slice(0, 12)}..${to.slice(0, 12)}`;
    warnings.push(runWarning(`nothing to push: no artifact file was added or changed in ${span}`));
  }
  return {
    command: 'push',
    dryRun,
    counts: emptyCounts(),
    artifacts: byIdseId(deletions),
    warnings,
    requests: 0,
  };
}

/** Says that `--changed` reached back over earlier commits no push had covered. */
export function widenedWarning(
  widenedFrom: NonNullable<SelectedChanges['widenedFrom']>,
): ReportWarning {
  const { commit, commits } = widenedFrom;
  return runWarning(
    `--changed also covered ${commits - 1} earlier commit${commits === 2 ? '' : 's'} since the last recorded push (${commit.slice(0, 12)})`,
  );
}

/** Moves the push cursor after a clean, complete push of `range` (or of everything). */
export async function recordPushCursor(
  db: ArtifactDatabase,
  history: WorkspaceHistory,
  range: CommitRange | null,
  previous: string | undefined,
): Promise<void> {
  const next = await nextPushCursor(history, range, previous);
  if (next !== null && next !== previous) db.setCursor(PUSH_COMMIT_CURSOR, next);
}
