import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { artifactPath, git, write } from '../git/git-helpers.js';
import { pageOf } from '../sync/push-helpers.js';
import {
  assertBuiltCli,
  eventually,
  gitCommit,
  hookRepo,
  nodeStarts,
  queuedPush,
  syncLog,
  waitForWorker,
  type HookRepo,
} from './hook-helpers.js';

// Real repositories, the real hook (as installed by `idse-sync hooks install`) and the shipped
// CLI (bin/idse-sync.js) in a background process, against an emulator in this process.
let emulator: Emulator;
beforeAll(async () => {
  assertBuiltCli();
  // A little latency per request makes a push long enough for two commits to overlap it.
  emulator = await startEmulator({ latencyMs: 15 });
});
afterAll(async () => emulator.close());

const repos: HookRepo[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) {
    await waitForWorker(repo).catch(() => undefined);
    repo.cleanup();
  }
  emulator.reset();
});

async function newRepo(): Promise<HookRepo> {
  const repo = await hookRepo(emulator);
  repos.push(repo);
  return repo;
}

const P = 'acme-notes';
const spec = artifactPath(P, 'search-v2', 'specs/spec.md');
const plan = artifactPath(P, 'search-v2', 'plans/plan.md');
const bodyOf = (session: string, stage: string) =>
  emulator.pageMarkdown(pageOf(emulator, session, stage).id);

describe('the post-commit hook', () => {
  it('pushes the two artifacts a commit changed within 30 s of `git commit` returning', async () => {
    const repo = await newRepo();
    write(repo.root, spec, '# Spec\n\nChanged by the commit.\n');
    write(repo.root, plan, '# Plan\n\nChanged by the commit too.\n');
    const committed = await gitCommit(repo, 'two artifacts');
    expect(committed.code).toBe(0);

    const updated = await eventually(
      () =>
        bodyOf('search-v2', 'Specification').includes('Changed by the commit.') &&
        bodyOf('search-v2', 'Plan').includes('Changed by the commit too.'),
      30_000,
    );
    expect(updated).toBe(true);
    await waitForWorker(repo);
    expect(syncLog(repo)).toEqual([
      expect.stringMatching(/push \w{12}\.\.\w{12}: pushed 2 \(created 0, updated 2\)/),
    ]);
    // The CLI ran through the Node recorded at install time.
    expect(nodeStarts(repo)[0]).toMatch(
      /^start \d+ recorded-node .*bin\/idse-sync\.js push --changed/,
    );
  });

  it('starts no Node process for a commit that touches no artifact', async () => {
    const repo = await newRepo();
    write(repo.root, 'README.md', 'not an artifact\n');
    write(repo.root, artifactPath(P, 'search-v2', 'specs/notes.md'), 'not a stage file\n');
    const committed = await gitCommit(repo, 'no artifact');
    expect(committed.code).toBe(0);
    // The hook queues before it starts a worker: no queue, no worker, and no Node at all.
    expect(queuedPush(repo)).toBe(false);
    expect(nodeStarts(repo)).toEqual([]);
    expect(syncLog(repo)).toEqual([]);
  });

  it('never runs two pushes at once, and Notion ends at the last of two quick commits', async () => {
    const repo = await newRepo();
    write(repo.root, spec, '# Spec\n\nFirst quick commit.\n');
    expect((await gitCommit(repo, 'first')).code).toBe(0);
    write(repo.root, spec, '# Spec\n\nSecond quick commit.\n');
    write(repo.root, plan, '# Plan\n\nOnly in the second commit.\n');
    expect((await gitCommit(repo, 'second')).code).toBe(0);
    await waitForWorker(repo);

    const starts = nodeStarts(repo);
    expect(starts.length).toBeGreaterThan(0);
    // Each push ends before the next starts: the shim's lines alternate start, end.
    starts.forEach((line, i) => expect(line).toMatch(i % 2 === 0 ? /^start / : /^end /));
    expect(bodyOf('search-v2', 'Specification')).toContain('Second quick commit.');
    expect(bodyOf('search-v2', 'Specification')).not.toContain('First quick commit.');
    expect(bodyOf('search-v2', 'Plan')).toContain('Only in the second commit.');
    expect(syncLog(repo).every((line) => /failed 0, conflicts 0/.test(line))).toBe(true);
  });

  it('leaves the commit done and one readable line in sync.log when the push fails', async () => {
    const repo = await newRepo();
    const closedPort = await unusedPort();
    const cases: [Record<string, string | undefined>, RegExp][] = [
      [{ NOTION_BASE_URL: `http://127.0.0.1:${closedPort}` }, /push stopped: .*Notion/i],
      [{ NOTION_TOKEN: 'ntn_not_a_valid_token_for_this_test_0000' }, /push stopped: .*token/i],
      [{ NOTION_TOKEN: undefined }, /push stopped: No Notion token: .* Fix: /],
    ];
    for (const [i, [env, expected]] of cases.entries()) {
      write(repo.root, spec, `# Spec\n\nAttempt ${i}.\n`);
      const committed = await gitCommit(repo, `attempt ${i}`, env);
      expect(committed.code).toBe(0);
      expect(git(repo.root, 'log', '-1', '--format=%s')).toBe(`attempt ${i}`);
      await waitForWorker(repo);
      const log = syncLog(repo);
      expect(log).toHaveLength(i + 1);
      expect(log[i]).toMatch(expected);
    }
    expect(syncLog(repo).join('\n')).not.toContain('ntn_not_a_valid_token_for_this_test_0000');
    expect(bodyOf('search-v2', 'Specification')).not.toContain('Attempt');
  });

  it('pushes nothing from a feature branch, a rebase, a cherry-pick or a merge', async () => {
    const repo = await newRepo();
    git(repo.root, 'checkout', '--quiet', '-b', 'feature');
    write(repo.root, spec, '# Spec\n\nOn the feature branch.\n');
    expect((await gitCommit(repo, 'feature spec')).code).toBe(0);
    write(repo.root, plan, '# Plan\n\nOn the feature branch.\n');
    expect((await gitCommit(repo, 'feature plan')).code).toBe(0);

    // Rebasing the feature onto main re-creates both commits (post-commit runs for each).
    git(repo.root, 'checkout', '--quiet', 'main');
    write(repo.root, 'README.md', 'main moves on\n');
    expect((await gitCommit(repo, 'main readme')).code).toBe(0);
    git(repo.root, 'checkout', '--quiet', 'feature');
    const rebase = await gitIn(repo, ['rebase', '--quiet', 'main']);
    expect(rebase).toBe(0);

    // Onto main: a cherry-pick, then a merge concluded by hand after a conflict.
    git(repo.root, 'checkout', '--quiet', 'main');
    expect(await gitIn(repo, ['cherry-pick', 'feature~1'])).toBe(0);
    write(repo.root, plan, '# Plan\n\nConflicting edit on main.\n');
    git(repo.root, 'config', 'idse-sync.hook', 'false');
    expect((await gitCommit(repo, 'main plan')).code).toBe(0);
    git(repo.root, 'config', '--unset', 'idse-sync.hook');
    expect(await gitIn(repo, ['merge', '--quiet', 'feature'])).not.toBe(0);
    write(repo.root, plan, '# Plan\n\nResolved.\n');
    expect(await gitIn(repo, ['commit', '--quiet', '-am', 'merge feature'])).toBe(0);

    expect(git(repo.root, 'rev-list', '--count', 'HEAD^@')).not.toBe('1');
    expect(queuedPush(repo)).toBe(false);
    expect(nodeStarts(repo)).toEqual([]);
  });

  it('is off with HUSKY=0, IDSE_SYNC_HOOK=0 or git config idse-sync.hook false', async () => {
    const repo = await newRepo();
    const offs: [Record<string, string>, string | undefined][] = [
      [{ HUSKY: '0' }, undefined],
      [{ IDSE_SYNC_HOOK: '0' }, undefined],
      [{}, 'false'],
    ];
    for (const [i, [env, config]] of offs.entries()) {
      if (config !== undefined) git(repo.root, 'config', 'idse-sync.hook', config);
      write(repo.root, spec, `# Spec\n\nOff ${i}.\n`);
      expect((await gitCommit(repo, `off ${i}`, env)).code).toBe(0);
    }
    expect(queuedPush(repo)).toBe(false);
    expect(nodeStarts(repo)).toEqual([]);
  });

  it('runs node_modules/.bin/idse-sync when no CLI was recorded', async () => {
    const repo = await newRepo();
    git(repo.root, 'config', '--unset', 'idse-sync.cli');
    git(repo.root, 'config', '--unset', 'idse-sync.node');
    const { mkdirSync, symlinkSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { REPO_ROOT } = await import('../helpers/fixtures.js');
    mkdirSync(join(repo.root, 'node_modules/.bin'), { recursive: true });
    symlinkSync(
      join(REPO_ROOT, 'bin/idse-sync.js'),
      join(repo.root, 'node_modules/.bin/idse-sync'),
    );
    write(repo.root, '.gitignore', 'node_modules/\n');
    write(repo.root, spec, '# Spec\n\nThrough node_modules.\n');
    expect((await gitCommit(repo, 'via node_modules')).code).toBe(0);
    await waitForWorker(repo);
    expect(bodyOf('search-v2', 'Specification')).toContain('Through node_modules.');
    // bin/idse-sync.js starts with `#!/usr/bin/env node`: the node on PATH ran it.
    expect(nodeStarts(repo)[0]).toMatch(/^start \d+ node /);
  });
});

/** Runs git with the repository's commit environment; resolves to its exit code. */
async function gitIn(repo: HookRepo, args: string[]): Promise<number> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('git', args, { cwd: repo.root, env: repo.env }, (error) => {
      resolve(error ? Number((error as { code?: number }).code ?? 1) : 0);
    });
  });
}

/** A loopback port nothing listens on. */
async function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
