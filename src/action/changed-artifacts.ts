import { simpleGit } from 'simple-git';
import { WorkspaceHistory, type ArtifactChange, type CommitRange } from '../git/changed.js';
import { scopeOf } from '../sync/changed-push.js';

/**
 * The artifacts a run covers: the idse_ids to push (null: every artifact, with why), and the
 * artifact files the range deleted or renamed away, which are reported and never pushed.
 */
export interface ChangedArtifacts {
  ids: ReadonlySet<string> | null;
  deleted: readonly ArtifactChange[];
  note?: string;
}

/**
 * What the range's commits changed in the workspace at `root`, read by {@link WorkspaceHistory}
 * as `push --since` reads it (renames, deletions, a session's metadata covering its artifacts).
 * When the range cannot be compared (no base; a base that a shallow clone lacks and that cannot
 * be fetched, e.g. rewritten by a force push) every artifact is a candidate: the push is
 * hash-gated, so that costs reads, never wrong writes.
 */
export async function artifactsChangedIn(
  root: string,
  range: CommitRange | null,
): Promise<ChangedArtifacts> {
  if (range === null || range.from === null) {
    return {
      ids: null,
      deleted: [],
      note: 'no base commit to compare with: every artifact is checked',
    };
  }
  const history = await WorkspaceHistory.openIfCommitted(root);
  if (history === null) {
    return { ids: null, deleted: [], note: 'no git history here: every artifact is checked' };
  }
  for (const commit of [range.to, range.from]) {
    if ((await history.resolve(commit)) === null && !(await fetchCommit(root, commit))) {
      return {
        ids: null,
        deleted: [],
        note: `commit ${commit} is not in the checkout (shallow clone or force push): every artifact is checked`,
      };
    }
  }
  const { only, deleted } = scopeOf(await history.changes(range));
  return { ids: only, deleted };
}

/** Two coverings of the same head, as one. */
export function unionOf(a: ChangedArtifacts, b: ChangedArtifacts): ChangedArtifacts {
  if (a.ids === null) return a;
  if (b.ids === null) return b;
  const deleted = new Map([...a.deleted, ...b.deleted].map((c) => [c.idseId, c]));
  return { ids: new Set([...a.ids, ...b.ids]), deleted: [...deleted.values()] };
}

// actions/checkout fetches one commit by default; comparing two trees needs only the two
// commits, so the missing one is fetched alone rather than deepening the whole history.
async function fetchCommit(root: string, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{40}$/i.test(sha)) return false;
  const git = simpleGit({ baseDir: root });
  try {
    await git.raw(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', sha]);
    await git.raw(['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
