import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/fixtures.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { diffLines, editorUpdate, git, pull } from './pull-helpers.js';
import { actionOf, commitAll, pageOf, push, writeWorkspace, writes } from './push-helpers.js';

const SPEC_ID = 'acme::search::spec';
const SPEC = '.idse/projects/acme/sessions/search/specs/spec.md';
const DOC = [
  '# Search',
  '',
  'Results come back ranked by score.',
  '',
  'The index lives in memory.',
  '',
  'Queries time out after one second.',
  '',
].join('\n');

let emulator: Emulator;
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => emulator.close());
beforeEach(() => emulator.reset());
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A developer's repository with the workspace committed, then pushed. */
async function pushedRepo(options: { commitSpine: boolean }): Promise<string> {
  const repo = makeTempDir();
  cleanups.push(repo.cleanup);
  writeWorkspace(repo.dir, 'acme', [
    { id: 'search', files: { spec: DOC, plan: '# Plan\n\n1) Index\n2) Query\n\n* [ ] rank\n' } },
  ]);
  if (!options.commitSpine) writeFileSync(join(repo.dir, '.gitignore'), '.idse/idse.db\n');
  commitAll(repo.dir, 'workspace');
  await push(emulator, repo.dir);
  if (options.commitSpine) {
    git(repo.dir, 'add', '.idse/idse.db');
    git(repo.dir, 'commit', '--quiet', '-m', 'spine after push');
  }
  return repo.dir;
}

/** `git clone` of a repository, as a CI job checks it out. */
function clone(repo: string): string {
  const target = makeTempDir();
  cleanups.push(target.cleanup);
  git(target.dir, 'clone', '--quiet', repo, '.');
  git(target.dir, 'config', 'user.email', 'ci@example.com');
  git(target.dir, 'config', 'user.name', 'CI');
  git(target.dir, 'config', 'commit.gpgsign', 'false');
  return target.dir;
}

describe('pull --commit (the nightly pull)', () => {
  it('makes one commit of the pulled file and the spine, naming the artifact and the editor', async () => {
    const repo = await pushedRepo({ commitSpine: true });
    const pageId = pageOf(emulator, 'search', 'Specification').id;
    await editorUpdate(emulator, pageId, [
      { old_str: 'The index lives in memory.', new_str: 'The index lives in memory, sharded.' },
    ]);
    const ci = clone(repo);
    const before = git(ci, 'rev-parse', 'HEAD');

    const run = await pull(emulator, ci, ['--commit']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(actionOf(run.report, SPEC_ID)).toBe('pulled');
    expect(git(ci, 'rev-list', '--count', `${before}..HEAD`)).toBe('1');
    expect(git(ci, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      '.idse/idse.db',
      SPEC,
    ]);
    const message = git(ci, 'log', '-1', '--format=%B');
    expect(message).toContain(`- ${SPEC_ID}`);
    expect(message).toContain('Edited in Notion by: Teammate');
    expect(git(ci, 'status', '--porcelain')).toBe('');
    expect(diffLines(ci, SPEC, 'HEAD~1', 'HEAD')).toEqual([
      '-The index lives in memory.',
      '+The index lives in memory, sharded.',
    ]);

    // The loop is closed: a push after the pull commit (the CI job, or the developer after a
    // `git pull`) writes nothing to Notion.
    emulator.clearLog();
    const after = await push(emulator, ci);
    expect(after.report?.counts).toMatchObject({ created: 0, updated: 0, conflicts: 0 });
    expect(writes(emulator.log())).toEqual([]);
    git(repo, 'pull', '--quiet', '--no-rebase', ci, 'main');
    emulator.clearLog();
    const developer = await push(emulator, repo);
    expect(developer.report?.counts).toMatchObject({ created: 0, updated: 0, conflicts: 0 });
    expect(writes(emulator.log())).toEqual([]);
  });

  it('commits nothing when nothing was pulled (and the spine stays out of git status)', async () => {
    const repo = await pushedRepo({ commitSpine: true });
    const ci = clone(repo);
    const before = git(ci, 'rev-parse', 'HEAD');
    const run = await pull(emulator, ci, ['--commit']);
    expect(run.code).toBe(0);
    expect(git(ci, 'rev-parse', 'HEAD')).toBe(before);
  });

  it('outside a git repository, --commit is a clear error before anything is written', async () => {
    const plain = makeTempDir();
    cleanups.push(plain.cleanup);
    writeWorkspace(plain.dir, 'acme', [{ id: 'search', files: { spec: DOC } }]);
    await push(emulator, plain.dir);
    const pageId = pageOf(emulator, 'search', 'Specification').id;
    await editorUpdate(emulator, pageId, [
      { old_str: 'ranked by score', new_str: 'ranked by relevance' },
    ]);
    const run = await pull(emulator, plain.dir, ['--commit']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--commit needs a git repository');
    expect(readFileSync(join(plain.dir, SPEC), 'utf8')).toBe(DOC);
  });
});

describe('merge base from git history (a fresh clone without the spine)', () => {
  it("finds the pulled version in the file's history although the ledger names no commit", async () => {
    const repo = await pushedRepo({ commitSpine: false });
    const pageId = pageOf(emulator, 'search', 'Specification').id;
    await editorUpdate(emulator, pageId, [
      { old_str: 'Queries time out after one second.', new_str: 'Queries time out after 2 s.' },
    ]);
    // A developer pulls and commits by hand: the ledger written by the pull names no commit.
    expect((await pull(emulator, repo)).code).toBe(0);
    git(repo, 'commit', '--quiet', '-am', 'pulled by hand');
    git(repo, 'commit', '--quiet', '--allow-empty', '-m', 'later work');

    const laptop = clone(repo);
    const local = readFileSync(join(laptop, SPEC), 'utf8').replace(
      'Results come back ranked by score.',
      'Results come back ranked by relevance.',
    );
    writeFileSync(join(laptop, SPEC), local);
    await editorUpdate(emulator, pageId, [
      { old_str: 'The index lives in memory.', new_str: 'The index lives on disk.' },
    ]);
    const run = await pull(emulator, laptop);
    expect(run.code).toBe(0);
    expect(run.report?.artifacts.find((a) => a.idseId === SPEC_ID)).toMatchObject({
      action: 'pulled',
      reason: 'merged with local edits',
    });
    expect(readFileSync(join(laptop, SPEC), 'utf8')).toBe(
      local.replace('The index lives in memory.', 'The index lives on disk.'),
    );
  });

  it('with no committed version to merge from, local and Notion edits are a conflict', async () => {
    const repo = await pushedRepo({ commitSpine: false });
    const pageId = pageOf(emulator, 'search', 'Specification').id;
    // The files copied into a new repository: the pushed content is in no commit it has.
    const laptop = makeTempDir();
    cleanups.push(laptop.cleanup);
    cpSync(join(repo, '.idse/projects'), join(laptop.dir, '.idse/projects'), { recursive: true });
    writeFileSync(join(laptop.dir, SPEC), DOC.replace('ranked by score', 'ranked by relevance'));
    commitAll(laptop.dir, 'unrelated');
    await editorUpdate(emulator, pageId, [
      { old_str: 'The index lives in memory.', new_str: 'The index lives on disk.' },
    ]);
    const run = await pull(emulator, laptop.dir);
    expect(run.code).toBe(3);
    expect(run.report?.artifacts.find((a) => a.idseId === SPEC_ID)?.reason).toContain(
      'no common version',
    );
  });
});

describe('an artifact missing from a fresh clone', () => {
  it('is written back with the bytes git has, not a re-rendering', async () => {
    const repo = await pushedRepo({ commitSpine: false });
    const laptop = clone(repo);
    const plan = join(laptop, '.idse/projects/acme/sessions/search/plans/plan.md');
    const committed = readFileSync(plan, 'utf8');
    rmSync(plan);
    const run = await pull(emulator, laptop);
    expect(run.code).toBe(0);
    expect(run.report?.artifacts.find((a) => a.idseId === 'acme::search::plan')).toMatchObject({
      action: 'pulled',
      reason: 'written from git: the page holds it',
    });
    expect(readFileSync(plan, 'utf8')).toBe(committed);
    expect(git(laptop, 'status', '--porcelain')).toBe('');
  });
});

describe('pull --commit where git has no identity', () => {
  it('exits 2 with the fix before writing anything; with an identity, the same pull commits', async () => {
    const repo = await pushedRepo({ commitSpine: true });
    git(repo, 'config', '--unset', 'user.name');
    git(repo, 'config', '--unset', 'user.email');
    git(repo, 'config', 'user.useConfigOnly', 'true');
    await editorUpdate(emulator, pageOf(emulator, 'search', 'Specification').id, [
      { old_str: 'The index lives in memory.', new_str: 'The index lives on disk.' },
    ]);
    const before = git(repo, 'status', '--porcelain');
    const spine = readFileSync(join(repo, '.idse/idse.db'));
    emulator.clearLog();
    // No identity anywhere git looks: an empty home, no system config (the git that
    // simple-git runs keeps HOME but not GIT_CONFIG_GLOBAL).
    const home = makeTempDir('idse-no-identity-');
    cleanups.push(home.cleanup);
    const saved = {
      HOME: process.env['HOME'],
      XDG_CONFIG_HOME: process.env['XDG_CONFIG_HOME'],
      GIT_CONFIG_NOSYSTEM: process.env['GIT_CONFIG_NOSYSTEM'],
    };
    Object.assign(process.env, {
      HOME: home.dir,
      XDG_CONFIG_HOME: home.dir,
      GIT_CONFIG_NOSYSTEM: '1',
    });
    let stopped;
    try {
      stopped = await pull(emulator, repo, ['--commit']);
    } finally {
      restoreEnv(saved);
    }
    expect(stopped.code, stopped.stderr).toBe(2);
    expect(stopped.stderr).toContain('--commit needs a git identity');
    expect(stopped.stderr).toContain('git config user.name');
    expect(stopped.stderr).not.toContain('internal error');
    expect(git(repo, 'status', '--porcelain')).toBe(before);
    expect(readFileSync(join(repo, '.idse/idse.db'))).toEqual(spine);
    expect(writes(emulator.log())).toEqual([]);

    git(repo, 'config', 'user.email', 'dev@example.com');
    git(repo, 'config', 'user.name', 'Dev');
    const done = await pull(emulator, repo, ['--commit']);
    expect(done.code).toBe(0);
    expect(done.report?.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(readFileSync(join(repo, SPEC), 'utf8')).toContain('The index lives on disk.');
  });
});

function restoreEnv(
  saved: Record<'HOME' | 'XDG_CONFIG_HOME' | 'GIT_CONFIG_NOSYSTEM', string | undefined>,
): void {
  if (saved.HOME === undefined) delete process.env['HOME'];
  else process.env['HOME'] = saved.HOME;
  if (saved.XDG_CONFIG_HOME === undefined) delete process.env['XDG_CONFIG_HOME'];
  else process.env['XDG_CONFIG_HOME'] = saved.XDG_CONFIG_HOME;
  if (saved.GIT_CONFIG_NOSYSTEM === undefined) delete process.env['GIT_CONFIG_NOSYSTEM'];
  else process.env['GIT_CONFIG_NOSYSTEM'] = saved.GIT_CONFIG_NOSYSTEM;
}
