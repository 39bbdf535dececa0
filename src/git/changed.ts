import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { IdseError } from '../errors.js';
import { STAGES, type Stage } from '../spine/index.js';
import { IDSE_DIR, STAGE_FILES, unsafeNameReason } from '../workspace/layout.js';

/** Two commits to compare; `from` null means `to` is a first commit (everything in it is new). */
export interface CommitRange {
  from: string | null;
  to: string;
}

/** One artifact whose file changed between two commits. */
export interface ArtifactChange {
  idseId: string;
  project: string;
  session: string;
  stage: Stage;
  /** `deleted`: the file is gone at `to` (deleted, or renamed away). */
  kind: 'changed' | 'deleted';
  /** Workspace-relative, forward slashes: at `to` when changed, at `from` when deleted. */
  path: string;
  /** The path the file had at `from`, when it was renamed there. */
  renamedFrom?: string;
  /** The path the file has at `to`, when it was renamed there. */
  renamedTo?: string;
  /** True when only the session's `metadata/session.json` changed, not the file itself. */
  metadataOnly?: boolean;
}

// How many commits each fetch adds to a shallow clone while looking for a missing commit.
const FIRST_DEEPEN = 50;
const FILE_TO_STAGE = new Map<string, Stage>(STAGES.map((stage) => [STAGE_FILES[stage], stage]));
const SESSION_METADATA = 'metadata/session.json';

/**
 * The git history of a workspace: which artifact files changed between two commits. Paths are
 * read NUL-separated (`-z`), so spaces, quotes and non-ASCII names arrive as they are. In a
 * shallow clone a commit or parent it needs is fetched (`git fetch --deepen`) rather than
 * assumed: a commit whose parents are cut off is never mistaken for a first commit.
 */
export class WorkspaceHistory {
  private constructor(
    private readonly git: SimpleGit,
    private readonly root: string,
    /** The workspace's path inside the repository, e.g. `docs/` or `` at the top. */
    private readonly prefix: string,
    /** HEAD when the history was opened. */
    readonly head: string,
  ) {}

  /** Opens the repository holding `root`; throws when there is none or it has no commit. */
  static async open(root: string): Promise<WorkspaceHistory> {
    const git = simpleGit({ baseDir: root });
    let prefix: string;
    try {
      prefix = (await git.revparse(['--show-prefix'])).trim();
    } catch {
      throw new IdseError(
        'not-a-repository',
        `--since and --changed need a git repository; ${root} is not in one.`,
        'Run the push inside the repository, or without --since/--changed.',
      );
    }
    const head = (await git.raw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).trim();
    if (head === '') {
      throw new IdseError(
        'no-commits',
        'The repository has no commit yet, so nothing changed in git.',
        'Commit the artifacts first, or push without --since/--changed.',
      );
    }
    return new WorkspaceHistory(git, root, prefix, head);
  }

  /** Like {@link open}, but null outside a repository or before its first commit. */
  static async openIfCommitted(root: string): Promise<WorkspaceHistory | null> {
    try {
      return await WorkspaceHistory.open(root);
    } catch {
      return null;
    }
  }

  /** `REF..HEAD`: REF resolved to a commit, fetching history a shallow clone lacks. */
  async since(ref: string): Promise<CommitRange> {
    let from = await this.resolve(ref);
    for (let depth = FIRST_DEEPEN; from === null && (await this.isShallow()); depth *= 2) {
      await this.deepen(depth, `to find ${ref}`);
      from = await this.resolve(ref);
    }
    if (from === null) {
      throw new IdseError(
        'unknown-revision',
        `--since ${ref}: no such commit in this repository.`,
        'Pass a commit, branch or tag that exists here (`git log --oneline` lists commits).',
      );
    }
    return { from, to: this.head };
  }

  /** What HEAD changed: against its first parent (a merge), or everything (a first commit). */
  async lastCommit(): Promise<CommitRange> {
    return { from: await this.firstParent(this.head), to: this.head };
  }

  /** True when `ancestor` is `descendant` or one of its ancestors; false when either is unknown. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    try {
      const base = (await this.git.raw(['merge-base', ancestor, descendant])).trim();
      const resolved = await this.resolve(ancestor);
      return resolved !== null && base === resolved;
    } catch {
      return false;
    }
  }

  /** The full sha of a commit-ish present in the repository, or null. */
  async resolve(ref: string): Promise<string | null> {
    if (ref.startsWith('-')) return null;
    try {
      const sha = (await this.git.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))
        .trim()
        .split('\n')[0];
      return sha ? sha : null;
    } catch {
      return null;
    }
  }

  /** Commits in `from..to`, or every commit up to `to` when `from` is null. */
  async countCommits(range: CommitRange): Promise<number> {
    const spec = range.from === null ? range.to : `${range.from}..${range.to}`;
    return Number((await this.git.raw(['rev-list', '--count', spec])).trim());
  }

  /**
   * The artifacts whose files differ between the two commits, by idse_id. A change to a
   * session's `metadata/session.json` changes the properties of every artifact of that session
   * present at `to` (`metadataOnly`). Files outside `.idse/projects/`, other files in session
   * folders and unsafe names are ignored.
   */
  async changes(range: CommitRange): Promise<ArtifactChange[]> {
    const projects = `${this.prefix}${IDSE_DIR}/projects`;
    const args = ['diff-tree', '-r', '-z', '-M', '--name-status', '--no-commit-id'];
    args.push(...(range.from === null ? ['--root', range.to] : [range.from, range.to]));
    args.push('--', `:(top,literal)${projects}`);
    const byId = new Map<string, ArtifactChange>();
    const metadataSessions: Located[] = [];
    for (const entry of parseNameStatus(await this.git.raw(args))) {
      const after = this.locate(entry.path);
      if (entry.status === 'D') {
        if (after?.stage !== undefined) byId.set(after.idseId, change(after, 'deleted'));
        continue;
      }
      const before = entry.oldPath === undefined ? undefined : this.locate(entry.oldPath);
      if (before?.stage !== undefined) {
        const renamedTo = after?.path ?? entry.path;
        byId.set(before.idseId, { ...change(before, 'deleted'), renamedTo });
      }
      if (after?.stage !== undefined) {
        const changed = change(after, 'changed');
        if (entry.oldPath !== undefined) changed.renamedFrom = before?.path ?? entry.oldPath;
        byId.set(after.idseId, changed);
      } else if (after !== undefined) {
        metadataSessions.push(after);
      }
    }
    for (const { project, session } of metadataSessions) {
      const dir = `${projects}/${project}/sessions/${session}`;
      const listed = await this.git.raw([
        'ls-tree',
        '-r',
        '-z',
        '--name-only',
        // Paths from the top, like every other git answer here, even when .idse/ is in a subfolder.
        '--full-name',
        range.to,
        '--',
        `:(top,literal)${dir}`,
      ]);
      for (const path of listed.split('\0').filter(Boolean)) {
        const found = this.locate(path);
        if (found?.stage !== undefined && !byId.has(found.idseId)) {
          byId.set(found.idseId, { ...change(found, 'changed'), metadataOnly: true });
        }
      }
    }
    return [...byId.values()].sort((a, b) => compare(a.idseId, b.idseId));
  }

  /**
   * An artifact file (with its stage) or a session's metadata file (without), from a path
   * relative to the repository's top; undefined for anything else.
   */
  private locate(topPath: string): Located | undefined {
    if (!topPath.startsWith(this.prefix)) return undefined;
    const path = topPath.slice(this.prefix.length);
    const parts = path.split('/');
    if (parts.length !== 7 || parts[0] !== IDSE_DIR || parts[1] !== 'projects') return undefined;
    const [, , project = '', sessions, session = '', folder, file] = parts;
    if (sessions !== 'sessions') return undefined;
    if (unsafeNameReason(project) !== undefined || unsafeNameReason(session) !== undefined) {
      return undefined;
    }
    const inSession = `${folder}/${file}`;
    const stage = FILE_TO_STAGE.get(inSession);
    if (stage !== undefined) {
      return { project, session, path, stage, idseId: `${project}::${session}::${stage}` };
    }
    if (inSession === SESSION_METADATA) return { project, session, path };
    return undefined;
  }

  private async firstParent(sha: string): Promise<string | null> {
    if (await this.isShallowBoundary(sha)) await this.deepen(1, `to read the parent of ${sha}`);
    if (await this.isShallowBoundary(sha)) {
      throw new IdseError(
        'history-missing',
        `The parent of ${sha.slice(0, 12)} is not in this shallow clone, so what it changed is unknown.`,
        'Fetch more history (`git fetch --deepen=1` or `--unshallow`), then run again.',
      );
    }
    const line = (await this.git.raw(['rev-list', '--parents', '-n', '1', sha])).trim();
    return line.split(' ')[1] ?? null;
  }

  private async isShallow(): Promise<boolean> {
    return (await this.git.raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  }

  /** True when git cut this commit's parents off (a shallow clone's boundary). */
  private async isShallowBoundary(sha: string): Promise<boolean> {
    return (await this.shallowBoundary()).includes(sha);
  }

  /** The commits whose parents a shallow clone lacks (git's `shallow` file); none when complete. */
  private async shallowBoundary(): Promise<string[]> {
    if (!(await this.isShallow())) return [];
    // `--git-path` answers relative to the working directory, which is the workspace root.
    const file = resolve(
      this.root,
      (await this.git.raw(['rev-parse', '--git-path', 'shallow'])).trim(),
    );
    try {
      return readFileSync(file, 'utf8').split('\n').filter(Boolean);
    } catch {
      return [];
    }
  }

  /** Fetches `commits` more commits of history; throws when that fails or fetches nothing. */
  private async deepen(commits: number, why: string): Promise<void> {
    const before = (await this.shallowBoundary()).join(' ');
    let failure: string | undefined;
    try {
      await this.git.raw(['fetch', '--quiet', `--deepen=${commits}`]);
    } catch (error) {
      failure = error instanceof Error ? error.message.trim().split('\n')[0] : String(error);
    }
    // With no remote to fetch from, git succeeds and fetches nothing.
    if (failure === undefined && (await this.shallowBoundary()).join(' ') === before) {
      failure = 'no history came (is there a remote to fetch from?)';
    }
    if (failure !== undefined) {
      throw new IdseError(
        'history-missing',
        `This is a shallow clone and fetching more history ${why} failed: ${failure}`,
        'Fetch the history yourself (`git fetch --unshallow`), then run again.',
      );
    }
  }
}

type Located =
  | { project: string; session: string; path: string; stage: Stage; idseId: string }
  | { project: string; session: string; path: string; stage?: undefined; idseId?: undefined };

interface NameStatus {
  status: string;
  path: string;
  oldPath?: string;
}

/** `git diff-tree -z --name-status`: a status, then one path (two for renames and copies). */
function parseNameStatus(output: string): NameStatus[] {
  const fields = output.split('\0');
  const entries: NameStatus[] = [];
  for (let i = 0; i < fields.length;) {
    const status = fields[i++] ?? '';
    if (status === '') continue;
    const letter = status.charAt(0);
    if (letter === 'R' || letter === 'C') {
      const oldPath = fields[i++] ?? '';
      const path = fields[i++] ?? '';
      // A copy leaves its source in place: only the new path changed.
      entries.push(letter === 'R' ? { status: 'R', path, oldPath } : { status: 'A', path });
    } else {
      entries.push({ status: letter, path: fields[i++] ?? '' });
    }
  }
  return entries;
}

function change(
  found: Located & { stage: Stage; idseId: string },
  kind: ArtifactChange['kind'],
): ArtifactChange {
  const { idseId, project, session, stage, path } = found;
  return { idseId, project, session, stage, kind, path };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
