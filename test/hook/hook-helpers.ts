import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli/program.js';
import { commitAll, git, gitEnv, initRepo } from '../git/git-helpers.js';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';
import type { Emulator } from '../notion-emulator/index.js';
import { push } from '../sync/push-helpers.js';

/** A user's repository with the hook installed, and a record of every Node process started. */
export interface HookRepo {
  root: string;
  /** The git directory, where the hook keeps its lock and queue (`idse-sync/`). */
  gitDir: string;
  /** One line per Node start and end, from shims on PATH and in `idse-sync.node`. */
  nodeLog: string;
  /** The environment `git commit` runs in: shims first on PATH, the emulator's settings. */
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

/**
 * The shipped CLI must hold the options the hook passes: dist/ is rebuilt from src/ by
 * `npm run build`. Fails the suite with that fix instead of with puzzling hook logs.
 */
export function assertBuiltCli(): void {
  const help = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'bin/idse-sync.js'), 'push', '--help'],
    {
      encoding: 'utf8',
    },
  );
  if (!help.stdout.includes('--log-file')) {
    throw new Error('dist/ is older than src/ (push has no --log-file): run `npm run build`');
  }
}

/**
 * The sample workspace in a new repository, pushed once (its pages exist), with
 * `idse-sync hooks install` run as a user would (in process) and Node replaced by a recording
 * shim: `idse-sync.node` points at it and a `node` on PATH records any other start.
 */
export async function hookRepo(emulator: Emulator): Promise<HookRepo> {
  const { dir, cleanup } = makeTempDir('idse-hook-');
  try {
    return await setUp(emulator, dir, cleanup);
  } catch (error) {
    cleanup();
    throw error;
  }
}

async function setUp(emulator: Emulator, dir: string, cleanup: () => void): Promise<HookRepo> {
  const root = join(dir, 'repo');
  cpSync(join(REPO_ROOT, 'examples/sample'), root, { recursive: true });
  initRepo(root);
  commitAll(root, 'sample workspace');
  const first = await push(emulator, root);
  if (first.report?.counts.created !== 10) throw new Error(`first push failed: ${first.stderr}`);

  let stderr = '';
  const code = await runCli(['hooks', 'install'], {
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd: root,
    env: {},
    isTTY: false,
  });
  if (code !== 0) throw new Error(`hooks install failed: ${stderr}`);
  commitAll(root, 'spine and hook');

  const nodeLog = join(dir, 'node-starts.log');
  const shims = join(dir, 'bin');
  mkdirSync(shims);
  const shim = (name: string, target: string) => {
    const path = join(shims, name);
    writeFileSync(
      path,
      `#!/bin/sh\necho "start $$ ${name} $*" >> '${nodeLog}'\n'${target}' "$@"\ncode=$?\necho "end $$" >> '${nodeLog}'\nexit $code\n`,
    );
    chmodSync(path, 0o755);
    return path;
  };
  const recorded = shim('recorded-node', process.execPath);
  shim('node', process.execPath);
  git(root, 'config', 'idse-sync.node', recorded);

  const env = gitEnv({
    PATH: `${shims}:${process.env['PATH'] ?? ''}`,
    NOTION_TOKEN: emulator.token,
    IDSE_NOTION_DATABASE_ID: emulator.databaseId,
    NOTION_BASE_URL: emulator.url,
  });
  const gitDir = git(root, 'rev-parse', '--absolute-git-dir');
  return {
    root,
    gitDir,
    nodeLog,
    env,
    cleanup: () => {
      stopWorker(gitDir);
      cleanup();
    },
  };
}

/** `git commit -am` (after `git add -A`), the way a user runs it; resolves when git returns. */
export async function gitCommit(
  repo: HookRepo,
  message: string,
  env: Record<string, string | undefined> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = promisify(execFile);
  await run('git', ['add', '-A'], { cwd: repo.root, env: repo.env });
  try {
    const { stdout, stderr } = await run('git', ['commit', '--quiet', '-m', message], {
      cwd: repo.root,
      env: { ...repo.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Whether the hook queued any push at all (it writes `pending` before starting a worker). */
export function queuedPush(repo: HookRepo): boolean {
  return existsSync(join(repo.gitDir, 'idse-sync', 'pending'));
}

/** Waits until the hook's worker has pushed every queued commit and let go of its lock. */
export async function waitForWorker(repo: HookRepo, timeoutMs = 30_000): Promise<void> {
  const state = join(repo.gitDir, 'idse-sync');
  const read = (name: string) => {
    try {
      return readFileSync(join(state, name), 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = read('pending');
    const idle =
      pending === undefined || (pending === read('done') && !existsSync(join(state, 'lock')));
    if (idle) return;
    if (Date.now() > deadline)
      throw new Error(`the hook's worker is still busy after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls `check` until it holds or the time is up; returns whether it held. */
export async function eventually(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() <= deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

/** Lines of the Node shims' log; empty when no Node process was started. */
export function nodeStarts(repo: HookRepo): string[] {
  if (!existsSync(repo.nodeLog)) return [];
  return readFileSync(repo.nodeLog, 'utf8').split('\n').filter(Boolean);
}

/** Lines of the workspace's `.idse/sync.log`. */
export function syncLog(repo: HookRepo): string[] {
  const path = join(repo.root, '.idse', 'sync.log');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean);
}

/** Ends a worker a failed test left running, and what it started, so nothing outlives the suite. */
function stopWorker(gitDir: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(join(gitDir, 'idse-sync', 'lock', 'pid'), 'utf8').trim());
  } catch {
    return; // no worker, or it has just finished
  }
  if (!(pid > 0)) return;
  const table = spawnSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' }).stdout ?? '';
  const children = new Map<number, number[]>();
  for (const line of table.split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (child && parent) children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const tree: number[] = [];
  const visit = (id: number) => {
    for (const child of children.get(id) ?? []) visit(child);
    tree.push(id);
  };
  visit(pid);
  for (const id of tree) {
    try {
      process.kill(id, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
