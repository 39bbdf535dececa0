import { simpleGit } from 'simple-git';

/**
 * `git show <commit>:<path>` for a workspace-relative path; null when the repository, the
 * commit (a shallow clone may lack it) or the file at that commit is not there.
 */
export function createShowAt(
  root: string,
): (commit: string, path: string) => Promise<string | null> {
  const git = simpleGit({ baseDir: root });
  let prefix: Promise<string | null> | undefined;
  return async (commit, path) => {
    prefix ??= git.revparse(['--show-prefix']).then(
      (value) => value.trim(),
      () => null,
    );
    const base = await prefix;
    if (base === null) return null;
    try {
      return await git.show([`${commit}:${base}${path}`]);
    } catch {
      return null;
    }
  };
}
