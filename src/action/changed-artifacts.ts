import { existsSync } from 'node:fs';
import { simpleGit, type SimpleGit } from 'simple-git';
import { STAGES, type Stage } from '../spine/index.js';
import { STAGE_FILES, WorkspaceLayout, unsafeNameReason } from '../workspace/layout.js';
import type { CommitRange } from './plan.js';

/** The artifacts a run covers: their idse_ids, or null for every artifact (with why). */
export interface ChangedArtifacts {
  ids: ReadonlySet<string> | null;
  note?: string;
}

/**
 * The idse_ids whose files changed between the range's commits, for the workspace at `root`
 * (checked out at the range's head). A session's `metadata/session.json` feeds the Status,
 * Layer, Version and Feature properties, so its change covers the session's artifacts. When
 * the range cannot be compared (no base; a base missing from a shallow clone, or rewritten by a
 * force push, that cannot be fetched) every artifact is a candidate: the push is hash-gated,
 * so that costs reads, never wrong writes.
 */
export async function artifactsChangedIn(
  root: string,
  range: CommitRange | null,
): Promise<ChangedArtifacts> {
  if (range === null || range.base === null) {
    return { ids: null, note: 'no base commit to compare with: every artifact is checked' };
  }
  const git = simpleGit({ baseDir: root });
  for (const commit of [range.head, range.base]) {
    if (!(await hasCommit(git, commit)) && !(await fetchCommit(git, commit))) {
      return {
        ids: null,
        note: `commit ${commit} is not in the checkout (shallow clone or force push): every artifact is checked`,
      };
    }
  }
  // --relative: paths relative to the workspace (it may be a subfolder), and only inside it.
  const output = await git.raw([
    'diff',
    '--name-only',
    '--no-renames',
    '-z',
    '--relative',
    range.base,
    range.head,
    '--',
    '.idse/projects',
  ]);
  const layout = new WorkspaceLayout(root);
  const ids = new Set<string>();
  for (const path of output.split('\0')) {
    const found = locate(path);
    if (found === undefined) continue;
    const { project, session, file } = found;
    const stage = STAGE_BY_FILE.get(file);
    if (stage !== undefined) ids.add(`${project}::${session}::${stage}`);
    if (file !== 'metadata/session.json') continue;
    for (const other of STAGES) {
      if (existsSync(layout.artifactPath(project, session, other))) {
        ids.add(`${project}::${session}::${other}`);
      }
    }
  }
  return { ids };
}

const STAGE_BY_FILE = new Map<string, Stage>(
  STAGES.map((stage) => [STAGE_FILES[stage], stage] as const),
);

/** A file inside a session folder, by its project, session and path in the session. */
function locate(path: string): { project: string; session: string; file: string } | undefined {
  const match = /^\.idse\/projects\/([^/]+)\/sessions\/([^/]+)\/(.+)$/.exec(path);
  if (match === null) return undefined;
  const [, project = '', session = '', file = ''] = match;
  if (unsafeNameReason(project) !== undefined || unsafeNameReason(session) !== undefined) {
    return undefined;
  }
  return { project, session, file };
}

async function hasCommit(git: SimpleGit, sha: string): Promise<boolean> {
  try {
    await git.raw(['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

// actions/checkout fetches one commit by default; a diff needs only the two commits' trees.
async function fetchCommit(git: SimpleGit, sha: string): Promise<boolean> {
  if (!/^[0-9a-f]{40}$/i.test(sha)) return false;
  try {
    await git.raw(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', sha]);
  } catch {
    return false;
  }
  return hasCommit(git, sha);
}
