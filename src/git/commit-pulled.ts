import { simpleGit } from 'simple-git';
import { IdseError } from '../errors.js';
import { inertText } from '../output/inert.js';

/** Stops a `--commit` run before it writes anything when `root` is not in a git repository. */
export async function assertRepository(root: string): Promise<void> {
  if (!(await simpleGit({ baseDir: root }).checkIsRepo())) {
    throw new IdseError(
      'not-a-repository',
      `--commit needs a git repository; ${root} is not in one.`,
      'Run the pull without --commit, or inside the repository.',
    );
  }
}

/** A path as a git pathspec that matches that one path: `*`, `?` and `[` are letters. */
export function literalPathspec(path: string): string {
  return `:(literal)${path}`;
}

// Notion display names are anyone's to choose; one in a commit message stays on its line.
const MAX_NAME_IN_MESSAGE = 100;

/**
 * Fails, before a pull writes anything, when git could not make the pull's commit: no
 * user.name/user.email anywhere it looks (`git var` applies the same rules as `git commit`).
 */
export async function assertCanCommit(root: string): Promise<void> {
  try {
    await simpleGit({ baseDir: root }).raw(['var', 'GIT_COMMITTER_IDENT']);
    await simpleGit({ baseDir: root }).raw(['var', 'GIT_AUTHOR_IDENT']);
  } catch (error) {
    throw new IdseError(
      'git-identity-missing',
      `--commit needs a git identity to commit the pulled files, and git has none in ${root}.`,
      'Set one (git config user.name "Your Name" and git config user.email you@example.com, with --global for every repository), or run the pull without --commit.',
      { cause: error },
    );
  }
}

/**
 * One commit of the files a pull wrote and the spine, its message listing the artifacts and
 * the Notion users who edited them. Paths are workspace-relative and reach git as literal
 * pathspecs. Every name is flattened to one line inside a line the tool starts, so no name
 * can add a paragraph or a trailer (`Co-authored-by:`, `Signed-off-by:`). Returns the commit
 * sha, or null when nothing changed.
 */
export async function commitPulledFiles(
  root: string,
  files: readonly string[],
  message: { artifacts: readonly string[]; editors: readonly string[] },
): Promise<string | null> {
  await assertRepository(root);
  // Pathspecs are relative to the working directory, which is the workspace root.
  const git = simpleGit({ baseDir: root });
  const all = [...new Set([...files, '.idse/idse.db'])];
  // A repository may keep the spine (or conflict copies) out of git: commit the rest.
  const ignored = new Set(await git.checkIgnore(all));
  const paths = all.filter((path) => !ignored.has(path));
  if (paths.length === 0) return null;
  const pathspecs = paths.map(literalPathspec);
  await git.raw(['add', '--', ...pathspecs]);
  const staged = await git.raw(['diff', '--cached', '--name-only', '--', ...pathspecs]);
  if (staged.trim() === '') return null;
  const lines = [
    `Pull Notion edits into ${message.artifacts.length} artifact${message.artifacts.length === 1 ? '' : 's'}`,
    '',
    ...message.artifacts.map((artifact) => `- ${oneLine(artifact)}`),
  ];
  if (message.editors.length > 0) {
    const names = message.editors.map((name) => oneLine(name).slice(0, MAX_NAME_IN_MESSAGE));
    lines.push('', `Edited in Notion by: ${names.join(', ')}`);
  }
  await git.raw([
    'commit',
    '--quiet',
    '--cleanup=verbatim',
    '-m',
    lines.join('\n'),
    '--',
    ...pathspecs,
  ]);
  return (await git.revparse(['HEAD'])).trim();
}

function oneLine(text: string): string {
  return inertText(text).trim();
}
