import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceHistory, type ArtifactChange } from '../../src/git/changed.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { artifactPath, commitAll, git, initRepo, remove, write } from './git-helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function tempRepo(): string {
  const { dir, cleanup } = makeTempDir('idse-git-');
  cleanups.push(cleanup);
  initRepo(dir);
  return dir;
}

/** `kind idseId` lines, with the rename partner, for compact assertions. */
function summary(changes: ArtifactChange[]): string[] {
  return changes.map((c) => {
    const extra = c.renamedFrom ?? c.renamedTo;
    const meta = c.metadataOnly ? ' (metadata)' : '';
    return `${c.kind} ${c.idseId}${meta}${extra ? ` <-> ${extra}` : ''}`;
  });
}

const spec = (session: string, project = 'acme') => artifactPath(project, session, 'specs/spec.md');
const plan = (session: string, project = 'acme') => artifactPath(project, session, 'plans/plan.md');
const intent = (session: string, project = 'acme') =>
  artifactPath(project, session, 'intents/intent.md');

describe('WorkspaceHistory', () => {
  it('reports edits, renames and deletions between two commits, and only artifact files', async () => {
    const root = tempRepo();
    write(root, spec('s1'), '# Spec\n');
    write(root, plan('s1'), '# Plan\n');
    write(root, intent('s2'), '# Intent\n');
    write(root, artifactPath('acme', 's1', 'specs/notes.md'), 'not an artifact\n');
    write(root, 'README.md', 'readme\n');
    const base = commitAll(root, 'base');

    write(root, spec('s1'), '# Spec\n\nEdited.\n');
    remove(root, plan('s1'));
    // A session renamed: its intent moves to a new idse_id.
    git(root, 'mv', '.idse/projects/acme/sessions/s2', '.idse/projects/acme/sessions/s3');
    write(root, artifactPath('acme', 's1', 'specs/notes.md'), 'changed, still not an artifact\n');
    write(root, 'README.md', 'changed\n');
    commitAll(root, 'edits');

    const history = await WorkspaceHistory.open(root);
    const changes = await history.changes(await history.since(base));
    expect(summary(changes)).toEqual([
      'deleted acme::s1::plan',
      'changed acme::s1::spec',
      'deleted acme::s2::intent <-> .idse/projects/acme/sessions/s3/intents/intent.md',
      'changed acme::s3::intent <-> .idse/projects/acme/sessions/s2/intents/intent.md',
    ]);
    expect(changes.find((c) => c.idseId === 'acme::s1::plan')?.path).toBe(plan('s1'));
  });

  it('keeps spaces, quotes and non-ASCII names exactly (no git quoting)', async () => {
    const root = tempRepo();
    const session = 'recherche "v2" é 東京';
    write(root, intent(session, 'mon projet'), 'intent\n');
    const first = commitAll(root, 'first');
    write(root, spec(session, 'mon projet'), 'spec\n');
    commitAll(root, 'second');

    const history = await WorkspaceHistory.open(root);
    const changes = await history.changes(await history.since(first));
    expect(changes).toEqual([
      {
        idseId: `mon projet::${session}::spec`,
        project: 'mon projet',
        session,
        stage: 'spec',
        kind: 'changed',
        path: spec(session, 'mon projet'),
      },
    ]);
  });

  it('treats the first commit as adding every artifact in it', async () => {
    const root = tempRepo();
    write(root, spec('s1'), 'spec\n');
    write(root, intent('s1'), 'intent\n');
    commitAll(root, 'first');

    const history = await WorkspaceHistory.open(root);
    const range = await history.lastCommit();
    expect(range.from).toBeNull();
    expect(summary(await history.changes(range))).toEqual([
      'changed acme::s1::intent',
      'changed acme::s1::spec',
    ]);
  });

  it('takes a merge commit against its first parent: what the merge brought in', async () => {
    const root = tempRepo();
    write(root, spec('s1'), 'spec\n');
    write(root, plan('s1'), 'plan\n');
    commitAll(root, 'base');
    git(root, 'checkout', '--quiet', '-b', 'feature');
    write(root, plan('s1'), 'plan from the feature branch\n');
    commitAll(root, 'feature edit');
    git(root, 'checkout', '--quiet', 'main');
    write(root, spec('s1'), 'spec edited on main\n');
    commitAll(root, 'main edit');
    git(root, 'merge', '--quiet', '--no-ff', '-m', 'merge feature', 'feature');

    const history = await WorkspaceHistory.open(root);
    expect(summary(await history.changes(await history.lastCommit()))).toEqual([
      'changed acme::s1::plan',
    ]);
  });

  it('counts a session.json change against every artifact of that session', async () => {
    const root = tempRepo();
    const metadata = '.idse/projects/acme/sessions/s1/metadata/session.json';
    write(root, metadata, '{"status":"draft"}\n');
    write(root, spec('s1'), 'spec\n');
    write(root, plan('s1'), 'plan\n');
    write(root, spec('s2'), 'other session\n');
    commitAll(root, 'base');
    write(root, metadata, '{"status":"review"}\n');
    write(root, plan('s1'), 'plan, edited too\n');
    commitAll(root, 'status');

    const history = await WorkspaceHistory.open(root);
    expect(summary(await history.changes(await history.lastCommit()))).toEqual([
      'changed acme::s1::plan',
      'changed acme::s1::spec (metadata)',
    ]);
  });

  it('finds a workspace in a subfolder of the repository', async () => {
    const root = tempRepo();
    write(root, `docs/design/${spec('s1')}`, 'spec\n');
    write(root, spec('elsewhere'), 'a second workspace at the top: not this one\n');
    const base = commitAll(root, 'base');
    write(root, `docs/design/${spec('s1')}`, 'spec, edited\n');
    write(root, spec('elsewhere'), 'edited too\n');
    commitAll(root, 'edit');

    const history = await WorkspaceHistory.open(join(root, 'docs/design'));
    const changes = await history.changes(await history.since(base));
    expect(summary(changes)).toEqual(['changed acme::s1::spec']);
    expect(changes[0]?.path).toBe(spec('s1'));
  });

  it('refuses an unknown ref, a folder outside git and a repository without commits', async () => {
    const root = tempRepo();
    await expect(WorkspaceHistory.open(root)).rejects.toMatchObject({ code: 'no-commits' });
    write(root, spec('s1'), 'spec\n');
    commitAll(root, 'base');
    const history = await WorkspaceHistory.open(root);
    await expect(history.since('no-such-branch')).rejects.toMatchObject({
      code: 'unknown-revision',
    });
    await expect(history.since('--output=/tmp/x')).rejects.toMatchObject({
      code: 'unknown-revision',
    });
    const { dir, cleanup } = makeTempDir('idse-nogit-');
    cleanups.push(cleanup);
    await expect(WorkspaceHistory.open(dir)).rejects.toMatchObject({ code: 'not-a-repository' });
  });
});

describe('WorkspaceHistory in a shallow clone', () => {
  /** An upstream with four commits, and a `--depth 1` clone of it. */
  function shallowClone(): { upstream: string; clone: string; commits: string[] } {
    const upstream = tempRepo();
    const commits: string[] = [];
    write(upstream, spec('s1'), 'spec 1\n');
    // Long enough for git to see the later rename as one.
    const steps = Array.from({ length: 20 }, (_, i) => `- step ${i + 1} of the plan`).join('\n');
    write(upstream, plan('s1'), `# Plan\n\n${steps}\n`);
    write(upstream, intent('s1'), 'intent 1\n');
    commits.push(commitAll(upstream, 'one'));
    write(upstream, plan('s1'), `# Plan, second version\n\n${steps}\n`);
    commits.push(commitAll(upstream, 'two'));
    git(upstream, 'mv', plan('s1'), artifactPath('acme', 's1', 'plans/old-plan.md'));
    commits.push(commitAll(upstream, 'three: plan renamed away'));
    write(upstream, spec('s1'), 'spec 4\n');
    remove(upstream, intent('s1'));
    commits.push(commitAll(upstream, 'four'));
    const { dir, cleanup } = makeTempDir('idse-shallow-');
    cleanups.push(cleanup);
    git(dir, 'clone', '--quiet', '--depth', '1', `file://${upstream}`, 'clone');
    return { upstream, clone: join(dir, 'clone'), commits };
  }

  it('--changed fetches the parent instead of taking HEAD for a first commit', async () => {
    const { clone } = shallowClone();
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const history = await WorkspaceHistory.open(clone);
    const range = await history.lastCommit();
    expect(range.from).not.toBeNull();
    expect(summary(await history.changes(range))).toEqual([
      'deleted acme::s1::intent',
      'changed acme::s1::spec',
    ]);
  });

  it('--since an ancestor the clone lacks deepens until it is there', async () => {
    const { clone, commits } = shallowClone();
    const history = await WorkspaceHistory.open(clone);
    // A sha is not resolvable before the fetch; HEAD~3 neither.
    for (const ref of [commits[0] as string, 'HEAD~3']) {
      const changes = await history.changes(await history.since(ref));
      expect(summary(changes)).toEqual([
        'deleted acme::s1::intent',
        'deleted acme::s1::plan <-> .idse/projects/acme/sessions/s1/plans/old-plan.md',
        'changed acme::s1::spec',
      ]);
    }
  });

  it('says so when the missing history cannot be fetched, rather than guessing', async () => {
    const { clone } = shallowClone();
    git(clone, 'remote', 'remove', 'origin');
    const history = await WorkspaceHistory.open(clone);
    await expect(history.lastCommit()).rejects.toMatchObject({ code: 'history-missing' });
    await expect(history.since('HEAD~1')).rejects.toMatchObject({ code: 'history-missing' });
  });
});
