// Scale: a workspace of N artifacts (default 5,000). The plans (`push --dry-run` with the pages
// absent and present, `pull --dry-run`) and `status`, each run by the CLI in a fresh child process
// so its time and peak memory (maxRSS) are its own; then a paced push of M artifacts (default
// 500) at an emulated 3 requests/s on a sped-up clock: achieved rate over the limit, 429s,
// requests per artifact.
// Usage: npm run bench:scale [-- --artifacts 5000 --paced 500 --speed 20]
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/program.js';
import { NotionGateway } from '../src/notion/client.js';
import { NotionDesignStore } from '../src/notion/design-store.js';
import { ArtifactDatabase, STAGES } from '../src/spine/index.js';
import { runPush } from '../src/sync/push.js';
import type { SyncReportJson } from '../src/sync/report.js';
import { STAGE_FILES, WorkspaceLayout } from '../src/workspace/layout.js';
import { makeTempDir } from '../test/helpers/fixtures.js';
import { startEmulator, type Emulator } from '../test/notion-emulator/index.js';

const RATE = 3;
const failures: string[] = [];

/** What one CLI run in a child process measured. */
interface Measured {
  code: number;
  ms: number;
  /** Resident memory just before the command started (Node, tsx and the loaded modules). */
  rssBeforeMb: number;
  /** Peak resident memory of the whole child process. */
  maxRssMb: number;
  report: SyncReportJson | undefined;
  stderr: string;
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};

/** Writes N artifacts of ~600 bytes, seven stages per session, under one project. */
function writeWorkspace(root: string, count: number): void {
  const layout = new WorkspaceLayout(root);
  const text = 'Some design text that fills a paragraph. '.repeat(12);
  for (let i = 0; i < count; i++) {
    const session = `session-${String(Math.floor(i / STAGES.length)).padStart(4, '0')}`;
    const stage = STAGES[i % STAGES.length] ?? 'intent';
    const path = join(layout.sessionDir('bench', session), STAGE_FILES[stage]);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `# Artifact ${i}\n\n${text}\n\n- one\n- two\n`);
  }
}

/** Child mode: runs one CLI command in this process and prints what it measured as JSON. */
async function measureChild(args: string[]): Promise<void> {
  let stdout = '';
  let stderr = '';
  const env: Record<string, string | undefined> = {
    NOTION_TOKEN: process.env['NOTION_TOKEN'],
    IDSE_NOTION_DATABASE_ID: process.env['IDSE_NOTION_DATABASE_ID'],
    NOTION_BASE_URL: process.env['NOTION_BASE_URL'],
  };
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const code = await runCli(args, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd: process.cwd(),
    env,
    isTTY: false,
  });
  const ms = performance.now() - start;
  const measured: Measured = {
    code,
    ms,
    rssBeforeMb: rssBefore / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    report: stdout.trim() ? (JSON.parse(stdout) as SyncReportJson) : undefined,
    stderr,
  };
  process.stdout.write(`${JSON.stringify(measured)}\n`);
}

/** Runs `idse-sync <args>` in a child process of this script (same Node, same tsx loader). */
function measure(args: string[], emulator: Emulator): Promise<Measured> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, '--child', ...args], {
      env: {
        ...process.env,
        NOTION_TOKEN: emulator.token,
        IDSE_NOTION_DATABASE_ID: emulator.databaseId,
        NOTION_BASE_URL: emulator.url,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) {
        reject(new Error(`child ${args.join(' ')} exited ${code}: ${out}`));
        return;
      }
      resolve(JSON.parse(last) as Measured);
    });
  });
}

function row(label: string, run: Measured): string {
  // A failure at scale is a finding: name each one under the table.
  for (const a of run.report?.artifacts ?? []) {
    if (a.action === 'failed' || a.action === 'conflict') {
      failures.push(`${label}: ${a.idseId} ${a.action}: ${a.reason ?? ''}`);
    }
  }
  const c = run.report?.counts;
  const counts = c
    ? `created ${c.created}, updated ${c.updated}, skipped ${c.skipped}, pulled ${c.pulled}, failed ${c.failed}`
    : '';
  const states = run.report?.states
    ? Object.entries(run.report.states)
        .map(([state, n]) => `${state} ${n}`)
        .join(', ')
    : '';
  return (
    `| ${label} | ${run.code} | ${states || counts} | ${run.report?.requests ?? 0} | ` +
    `${run.ms.toFixed(0)} ms | ${run.maxRssMb.toFixed(0)} MB (${run.rssBeforeMb.toFixed(0)} MB at start) |`
  );
}

/** The CLI runs of the plans and `status` on N artifacts, against an unthrottled emulator. */
async function planRuns(count: number): Promise<void> {
  const emulator = await startEmulator();
  const { dir: root, cleanup } = makeTempDir('idse-bench-scale-');
  try {
    writeWorkspace(root, count);
    const ws = ['--workspace', root, '--json'];
    const sync = [...ws, '--rate', '100000'];
    const spine = new WorkspaceLayout(root).spinePath;
    console.log(`${count} artifacts; CLI runs in child processes, emulator unthrottled\n`);
    console.log('| Run | Exit | Outcome | Requests | Time | Peak memory (maxRSS) |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    console.log(row('`status`, never pushed', await measure(['status', ...ws], emulator)));
    console.log(
      row('`push --dry-run`, no pages', await measure(['push', '--dry-run', ...sync], emulator)),
    );
    console.log(row('`push` (creates every page)', await measure(['push', ...sync], emulator)));
    console.log(
      row(
        '`push --dry-run`, pages present',
        await measure(['push', '--dry-run', ...sync], emulator),
      ),
    );
    // A fresh clone has no spine: the plan must read every page's ledger from the data source.
    renameSync(spine, `${spine}.aside`);
    console.log(
      row(
        '`push --dry-run`, pages present, no spine (fresh clone)',
        await measure(['push', '--dry-run', ...sync], emulator),
      ),
    );
    renameSync(`${spine}.aside`, spine);
    console.log(row('`pull --dry-run`', await measure(['pull', '--dry-run', ...sync], emulator)));
    console.log(row('`status`, after the push', await measure(['status', ...ws], emulator)));
    console.log(`\npages in the data source: ${emulator.listPages().length}`);
    for (const failure of failures) console.log(`- ${failure}`);
  } finally {
    await emulator.close();
    cleanup();
  }
}

/** A push of M artifacts through the pacer against Notion's 3 requests/s on a ×speed clock. */
async function pacedPush(count: number, speed: number): Promise<void> {
  const emulator = await startEmulator({ rateLimit: RATE });
  emulator.clock.setSpeed(speed);
  const { dir: root, cleanup } = makeTempDir('idse-bench-scale-paced-');
  try {
    writeWorkspace(root, count);
    const layout = new WorkspaceLayout(root);
    const db = ArtifactDatabase.open(layout.spinePath, { create: true });
    db.migrate();
    const gateway = new NotionGateway({
      token: emulator.token,
      baseUrl: emulator.url,
      ratePerSecond: RATE * speed,
    });
    const start = performance.now();
    const report = await runPush(
      {
        filter: {},
        dryRun: false,
        force: false,
        targets: { databases: {}, databaseId: emulator.databaseId },
        secrets: [emulator.token],
      },
      {
        db,
        layout,
        store: new NotionDesignStore(gateway),
        requestCount: () => gateway.requestCount,
        commitFor: async () => null,
      },
    );
    const seconds = (performance.now() - start) / 1000;
    db.close();
    // Requests the emulator answered, 429s included, per emulated second.
    const answered = emulator.log().length;
    const emulatedSeconds = seconds * speed;
    console.log(`\npaced push: ${count} artifacts, emulated ${RATE} requests/s (clock ×${speed})`);
    console.log(
      `created ${report.counts.created}, failed ${report.counts.failed}; requests ${report.requests} ` +
        `(${(report.requests / count).toFixed(2)} per artifact); 429s ${gateway.rateLimitedCount}`,
    );
    console.log(
      `achieved ${(answered / emulatedSeconds).toFixed(2)} requests per emulated second = ` +
        `${(answered / emulatedSeconds / RATE).toFixed(2)} of the limit; ` +
        `${emulatedSeconds.toFixed(0)} emulated s (${seconds.toFixed(1)} s real)`,
    );
    console.log(`pages in the data source: ${emulator.listPages().length}`);
  } finally {
    await emulator.close();
    cleanup();
  }
}

if (process.argv.includes('--child')) {
  await measureChild(process.argv.slice(process.argv.indexOf('--child') + 1));
} else {
  // `--paced-only`: the paced push alone (a long run of it measures the pacer).
  if (!process.argv.includes('--paced-only')) await planRuns(arg('artifacts', 5000));
  const paced = arg('paced', 500);
  if (paced > 0) await pacedPush(paced, arg('speed', 20));
}
