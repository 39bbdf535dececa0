import { simpleGit, type SimpleGit } from 'simple-git';

/**
 * Finds the commit whose copy of an artifact file holds given content: the merge base a later
 * pull reads back with `git show <commit>:<path>`. Null outside a repository, before the first
 * commit, or when the content is not committed (yet).
 */
export function createCommitLookup(
  root: string,
): (path: string, content: string) => Promise<string | null> {
  let git: SimpleGit | undefined;
  let head: Promise<string | null> | undefined;
  const headCommit = () => {
    head ??= (async () => {
      try {
        git = simpleGit({ baseDir: root });
        if (!(await git.checkIsRepo())) return null;
        return (await git.revparse(['--verify', '--quiet', 'HEAD'])).trim() || null;
      } catch {
        return null;
      }
    })();
    return head;
  };
  return async (path, content) => {
    const commit = await headCommit();
    if (commit === null || git === undefined) return null;
    try {
      const prefix = (await git.revparse(['--show-prefix'])).trim();
      const committed = await git.raw(['show', '--end-of-options', `${commit}:${prefix}${path}`]);
      return committed === content ? commit : null;
    } catch {
      return null;
    }
  };
}
