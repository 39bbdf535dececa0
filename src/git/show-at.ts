import { simpleGit } from 'simple-git';
import { literalPathspec } from './commit-pulled.js';

/** Finds a committed version of a workspace file: see {@link createVersionLookup}. */
export type VersionLookup = (
  path: string,
  matches: (text: string) => boolean,
  hint: string | null,
) => Promise<string | null>;

// How far back in a file's history a merge base is looked for when the ledger names no commit
// (a pull's ledger is written before its commit exists) or names one this clone lacks.
const HISTORY_DEPTH = 50;

/** A full commit id, the only form a ledger's commit (text any Notion editor can change) takes. */
export const COMMIT_SHA = /^[0-9a-f]{40}$/;

/**
 * A committed version of a workspace-relative file that `matches` accepts: first at `hint`
 * (`git show <hint>:<path>`), then in the file's last commits, newest first. Null outside a
 * repository, or when no such version is committed (a shallow clone may lack it). The hint
 * comes from a page's Sync ledger: it is used only as a 40-hex commit id this repository has,
 * and git never reads it as an option.
 */
export function createVersionLookup(root: string): VersionLookup {
  const git = simpleGit({ baseDir: root });
  let prefix: Promise<string | null> | undefined;
  const isCommit = async (sha: string): Promise<boolean> => {
    if (!COMMIT_SHA.test(sha)) return false;
    try {
      await git.raw(['cat-file', '-e', '--end-of-options', `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  };
  const show = async (commit: string, path: string): Promise<string | null> => {
    try {
      return await git.raw(['show', '--end-of-options', `${commit}:${path}`]);
    } catch {
      return null;
    }
  };
  return async (path, matches, hint) => {
    prefix ??= git.revparse(['--show-prefix']).then(
      (value) => value.trim(),
      () => null,
    );
    const base = await prefix;
    if (base === null) return null;
    const full = `${base}${path}`;
    if (hint !== null && (await isCommit(hint))) {
      const text = await show(hint, full);
      if (text !== null && matches(text)) return text;
    }
    let commits: string[];
    try {
      // A pathspec is relative to the working directory, a `<commit>:<path>` to the top level.
      const log = await git.raw([
        'log',
        `-n${HISTORY_DEPTH}`,
        '--format=%H',
        'HEAD',
        '--',
        literalPathspec(path),
      ]);
      commits = log.split('\n').filter((line) => line.trim() !== '');
    } catch {
      return null;
    }
    for (const commit of commits) {
      if (commit === hint) continue;
      const text = await show(commit, full);
      if (text !== null && matches(text)) return text;
    }
    return null;
  };
}
