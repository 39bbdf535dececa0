import type { ArtifactChange, CommitRange, WorkspaceHistory } from './changed.js';

/** The spine cursor holding the commit up to which every artifact change has been pushed. */
export const PUSH_COMMIT_CURSOR = 'push:commit';

/** Which commits a push covers: `--since REF`, or `--changed` (the last commit). */
export type CommitSelection = { since: string } | { lastCommit: true };

/** The artifacts a `--since` / `--changed` push covers. */
export interface SelectedChanges {
  range: CommitRange;
  changes: ArtifactChange[];
  /**
   * Set when `--changed` also covers earlier commits that no push has covered yet: the
   * recorded cursor, and how many commits the range holds in all.
   */
  widenedFrom?: { commit: string; commits: number };
}

/**
 * The artifact changes a push should cover. `--changed` is the last commit, reaching back to
 * the recorded push cursor when that is an older ancestor: commits made while no push ran (a
 * failed hook run, two quick commits) are then not left behind. A cursor this clone does not
 * have, or that is not an ancestor of HEAD, is ignored.
 */
export async function selectChanges(
  history: WorkspaceHistory,
  selection: CommitSelection,
  cursor: string | undefined,
): Promise<SelectedChanges> {
  if ('since' in selection) {
    const range = await history.since(selection.since);
    return { range, changes: await history.changes(range) };
  }
  const last = await history.lastCommit();
  if (
    cursor !== undefined &&
    last.from !== null &&
    cursor !== last.from &&
    cursor !== last.to &&
    (await history.isAncestor(cursor, last.from))
  ) {
    const range = { from: cursor, to: last.to };
    return {
      range,
      changes: await history.changes(range),
      widenedFrom: { commit: cursor, commits: await history.countCommits(range) },
    };
  }
  return { range: last, changes: await history.changes(last) };
}

/**
 * The commit to record as pushed after a run without failures or conflicts, or null to leave
 * the cursor as it is. `range` null is a full push (every artifact). A range push moves the
 * cursor only when it covered everything since the cursor; with no usable cursor (none yet,
 * unknown to this clone, or on another line of history) it starts one at the range's end.
 */
export async function nextPushCursor(
  history: WorkspaceHistory,
  range: CommitRange | null,
  previous: string | undefined,
): Promise<string | null> {
  const to = range?.to ?? history.head;
  if (previous === undefined || range === null || range.from === null) return to;
  if (!(await history.isAncestor(previous, to))) return to;
  return (await history.isAncestor(range.from, previous)) ? to : null;
}
