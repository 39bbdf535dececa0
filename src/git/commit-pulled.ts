import { simpleGit } from 'simple-git';
import { IdseError } from '../errors.js';

/**
 * One commit of the files a pull wrote and the spine, its message listing the artifacts and
 * the Notion users who edited them. Returns the commit sha, or null when nothing changed.
 */
export async function commitPulledFiles(
  root: string,
  files: readonly string[],
  message: { artifacts: readonly string[]; editors: readonly string[] },
): Promise<string | null> {
  const git = simpleGit({ baseDir: root });
  if (!(await git.checkIsRepo())) {
    throw new IdseError(
      'not-a-repository',
      `--commit needs a git repository; ${root} is not in one.`,
      'Run the pull without --commit, or inside the repository.',
    );
  }
  const prefix = (await git.revparse(['--show-prefix'])).trim();
  const paths = [...files, '.idse/idse.db'].map((file) => `${prefix}${file}`);
  await git.add(paths);
  const staged = await git.diff(['--cached', '--name-only', '--', ...paths]);
  if (staged.trim() === '') return null;
  const lines = [
    `Pull Notion edits into ${message.artifacts.length} artifact${message.artifacts.length === 1 ? '' : 's'}`,
    '',
    ...message.artifacts.map((artifact) => `- ${artifact}`),
  ];
  if (message.editors.length > 0)
    lines.push('', `Edited in Notion by: ${message.editors.join(', ')}`);
  await git.commit(lines.join('\n'), paths);
  return (await git.revparse(['HEAD'])).trim();
}
