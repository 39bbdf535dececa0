// What the post-commit hook adds to `git commit`: the median wall time of `git commit` in a
// repository without the hook, with hooks/post-commit alone as .git/hooks/post-commit, and with
// it installed through husky by `idse-sync hooks install` (husky then also runs its runner for
// pre-commit, prepare-commit-msg and commit-msg), for a commit that changes no artifact and one
// that changes an artifact, all measured in one run and interleaved. With an artifact, the push itself runs in the background: the time until
// it is in Notion is shown apart, and the next commit waits for it so runs do not overlap.
// Runs the shipped CLI (bin/idse-sync.js -> dist/): `npm run build` first after changing src/.
// Usage: npm run bench:hook [-- --runs 15]
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { runCli } from '../src/cli/program.js';
import { REPO_ROOT, makeTempDir } from '../test/helpers/fixtures.js';
import { startEmulator } from '../test/notion-emulator/index.js';
import { commitAll, git, gitEnv, initRepo } from '../test/git/git-helpers.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const runs = arg('runs', 15);
const run = promisify(execFile);

const emulator = await startEmulator();
const { dir, cleanup } = makeTempDir('idse-bench-hook-');
const env = gitEnv({
  NOTION_TOKEN: emulator.token,
  IDSE_NOTION_DATABASE_ID: emulator.databaseId,
  NOTION_BASE_URL: emulator.url,
});

async function repository(name: string, hook: 'none' | 'alone' | 'husky'): Promise<string> {
  const root = join(dir, name);
  cpSync(join(REPO_ROOT, 'examples/sample'), root, { recursive: true });
  initRepo(root);
  commitAll(root, 'sample');
  if (hook !== 'none') {
    const code = await runCli(['hooks', 'install'], {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => process.stderr.write(chunk) },
      cwd: root,
      env: {},
      isTTY: false,
    });
    if (code !== 0) throw new Error('hooks install failed');
    commitAll(root, 'hook');
  }
  if (hook === 'alone') {
    // The same script and settings, run by git directly instead of through husky.
    git(root, 'config', '--unset', 'core.hooksPath');
    cpSync(join(REPO_ROOT, 'hooks/post-commit'), join(root, '.git/hooks/post-commit'));
  }
  if (hook !== 'none') await firstPush(root);
  return root;
}

/** Creates every page, so the hook's pushes each update one. */
async function firstPush(root: string): Promise<void> {
  await runCli(['push', '--workspace', root, '--rate', '1000'], {
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => process.stderr.write(chunk) },
    cwd: root,
    env: { ...env },
    isTTY: false,
  });
  commitAll(root, 'first push');
}

const spec = '.idse/projects/acme-notes/sessions/search-v2/specs/spec.md';

/** Edits a file and times `git commit -am` alone (the hook included, its background not). */
async function timedCommit(root: string, file: string, i: number): Promise<number> {
  writeFileSync(join(root, file), `# Edit ${i}\n\n${'Text of the edit. '.repeat(20)}\n`);
  await run('git', ['add', '-A'], { cwd: root, env });
  const start = performance.now();
  await run('git', ['commit', '--quiet', '-m', `edit ${i}`], { cwd: root, env });
  return performance.now() - start;
}

/** Milliseconds until the hook's worker has pushed the queued commit and let go of its lock. */
async function untilPushed(root: string, since: number): Promise<number> {
  const state = join(root, '.git', 'idse-sync');
  const read = (name: string) =>
    existsSync(join(state, name)) ? readFileSync(join(state, name), 'utf8').trim() : undefined;
  for (;;) {
    const pending = read('pending');
    if (pending !== undefined && pending === read('done') && !existsSync(join(state, 'lock'))) {
      return performance.now() - since;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

try {
  const kinds = ['none', 'alone', 'husky'] as const;
  const roots = { none: '', alone: '', husky: '' };
  for (const kind of kinds) roots[kind] = await repository(kind, kind);
  const times = Object.fromEntries(
    kinds.map((kind) => [kind, { other: [] as number[], artifact: [] as number[] }]),
  ) as Record<(typeof kinds)[number], { other: number[]; artifact: number[] }>;
  const pushed: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const kind of kinds) {
      times[kind].other.push(await timedCommit(roots[kind], 'README.md', i));
      const start = performance.now();
      times[kind].artifact.push(await timedCommit(roots[kind], spec, i));
      if (kind !== 'none') {
        const ms = await untilPushed(roots[kind], start);
        if (kind === 'husky') pushed.push(ms);
      }
    }
  }
  const logs = (['alone', 'husky'] as const).flatMap((kind) =>
    readFileSync(join(roots[kind], '.idse', 'sync.log'), 'utf8')
      .trim()
      .split('\n'),
  );
  const failed = logs.filter((line) => !/failed 0, conflicts 0/.test(line));

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const row = (label: string, which: 'other' | 'artifact') => {
    const base = median(times.none[which]);
    const alone = median(times.alone[which]);
    const husky = median(times.husky[which]);
    return `| ${label} | ${ms(base)} | ${ms(alone)} (+${ms(alone - base)}) | ${ms(husky)} (+${ms(husky - base)}) | ${(husky / base).toFixed(2)} |`;
  };
  console.log(
    `git commit, median of ${runs} runs each, interleaved (${git(roots.none, '--version')})`,
  );
  console.log('');
  console.log(
    '| Commit | Without a hook | Hook alone (.git/hooks) | Hook through husky | Ratio (husky) |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  console.log(row('no artifact changed', 'other'));
  console.log(row('one artifact changed', 'artifact'));
  console.log('');
  console.log(
    `Background push after an artifact commit, until Notion has it: median ${median(pushed).toFixed(0)} ms (default pacing, 3 requests/s); ${logs.length} pushes logged, ${failed.length} not clean`,
  );
} finally {
  await emulator.close();
  cleanup();
}
