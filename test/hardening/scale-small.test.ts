// The small version of bench/scale.ts: the plans and `status` complete on a workspace of 300
// artifacts with request counts that grow only by ⌈N/100⌉ data-source pages (plus one markdown
// read per page for a pull without a cursor), and a paced push at Notion's 3 requests/s keeps
// every page single. Counts, never times.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotionGateway } from '../../src/notion/client.js';
import { NotionDesignStore } from '../../src/notion/design-store.js';
import { ArtifactDatabase, STAGES } from '../../src/spine/index.js';
import { runPush } from '../../src/sync/push.js';
import type { SyncReportJson } from '../../src/sync/report.js';
import { STAGE_FILES, WorkspaceLayout } from '../../src/workspace/layout.js';
import { runIdseSync } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { startEmulator, type Emulator, type LogEntry } from '../notion-emulator/index.js';
import { pull } from '../sync/pull-helpers.js';
import { plainPages, push, writes } from '../sync/push-helpers.js';

const N = 300;
const DATA_SOURCE_PAGES = Math.ceil(N / 100);
const SCHEMA_READS = 2;

function writeArtifacts(root: string, count: number): void {
  const layout = new WorkspaceLayout(root);
  for (let i = 0; i < count; i++) {
    const session = `s-${String(Math.floor(i / STAGES.length)).padStart(3, '0')}`;
    const stage = STAGES[i % STAGES.length] ?? 'intent';
    const path = join(layout.sessionDir('scale', session), STAGE_FILES[stage]);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `# Artifact ${i}\n\nText of artifact ${i}.\n\n- one\n- two\n`);
  }
}

async function status(root: string): Promise<SyncReportJson> {
  const run = await runIdseSync(['status', '--json', '--workspace', root]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as SyncReportJson;
}

/** How many pages each (Session, Stage) has in the data source. */
function pagesPerArtifact(emulator: Emulator): Map<string, number> {
  const seen = new Map<string, number>();
  for (const { values } of plainPages(emulator)) {
    const key = `${String(values['Session'])}/${String(values['Stage'])}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return seen;
}

/** Requests by kind: schema reads, data-source queries, and requests about one page. */
function kinds(log: readonly LogEntry[]): { schema: number; queries: number; perPage: number } {
  const queries = log.filter((e) => e.method === 'POST' && e.path.endsWith('/query')).length;
  const schema = log.filter(
    (e) => e.method === 'GET' && /^\/v1\/(databases|data_sources)\/[^/]+$/.test(e.path),
  ).length;
  return { schema, queries, perPage: log.length - queries - schema };
}

// Much work per test (300 artifacts through the CLI): on a loaded 2-core machine a run can
// take well over vitest's default 30 s, so these have their own bound.
describe(`scale: ${N} artifacts through the CLI`, () => {
  let emulator: Emulator;
  let workspace: { dir: string; cleanup: () => void };
  beforeAll(async () => {
    emulator = await startEmulator();
    workspace = makeTempDir('idse-scale-small-');
    writeArtifacts(workspace.dir, N);
  });
  afterAll(async () => {
    await emulator.close();
    workspace.cleanup();
  });

  it('status, the plans, a push and a pull plan complete; per-artifact requests only where a page is written or read', async () => {
    const root = workspace.dir;
    expect((await status(root)).states).toMatchObject({ 'file-only': N, 'never-pushed': 0 });

    emulator.clearLog();
    const emptyPlan = await push(emulator, root, ['--dry-run']);
    expect(emptyPlan.code).toBe(0);
    expect(emptyPlan.report?.counts).toMatchObject({ created: N, failed: 0 });
    // The schema, then one (empty) page of the data source and one of its archive partition
    // (no artifact has a live page): nothing per artifact.
    expect(kinds(emulator.log())).toEqual({ schema: SCHEMA_READS, queries: 2, perPage: 0 });
    expect(emptyPlan.report?.requests).toBe(emulator.log().length);

    emulator.clearLog();
    const pushed = await push(emulator, root);
    expect(pushed.code).toBe(0);
    expect(pushed.report?.counts).toMatchObject({ created: N, failed: 0, conflicts: 0 });
    // One create per page (body, properties and ledger in it; nothing read back). The data
    // source is read before the creates, and may be read again after them to settle a racing
    // run's creates.
    const push1 = kinds(emulator.log());
    expect(push1.perPage).toBe(N);
    expect(push1.schema).toBe(SCHEMA_READS);
    expect(push1.queries).toBeGreaterThanOrEqual(2);
    expect(push1.queries).toBeLessThanOrEqual(2 + DATA_SOURCE_PAGES);
    expect(pushed.report?.requests).toBe(emulator.log().length);
    const perArtifact = pagesPerArtifact(emulator);
    expect(perArtifact.size).toBe(N);
    expect([...perArtifact.values()].every((n) => n === 1)).toBe(true);

    emulator.clearLog();
    const warmPlan = await push(emulator, root, ['--dry-run']);
    expect(warmPlan.report?.counts).toMatchObject({ created: 0, updated: 0, skipped: N });
    // The spine shows every artifact pushed, but its pages are new: one read of the data source
    // confirms no racing run trashed them. A dry run records nothing, so it reads again.
    expect(kinds(emulator.log())).toEqual({
      schema: SCHEMA_READS,
      queries: DATA_SOURCE_PAGES,
      perPage: 0,
    });

    // A fresh clone: no spine, so the pages' ledgers are read, ⌈N/100⌉ pages of the data source.
    const spine = new WorkspaceLayout(root).spinePath;
    renameSync(spine, `${spine}.aside`);
    emulator.clearLog();
    const coldPlan = await push(emulator, root, ['--dry-run']);
    renameSync(`${spine}.aside`, spine);
    expect(coldPlan.report?.counts).toMatchObject({ created: 0, updated: 0, skipped: N });
    expect(kinds(emulator.log())).toEqual({
      schema: SCHEMA_READS,
      queries: DATA_SOURCE_PAGES,
      perPage: 0,
    });

    emulator.clearLog();
    const pullPlan = await pull(emulator, root, ['--dry-run']);
    expect(pullPlan.code).toBe(0);
    expect(pullPlan.report?.counts).toMatchObject({ pulled: 0, skipped: N, failed: 0 });
    // No cursor yet: live pages and the (empty) archive partition listed; no page body read,
    // since only this integration edited them (its bot user is looked up once).
    expect(kinds(emulator.log())).toEqual({
      schema: SCHEMA_READS,
      queries: DATA_SOURCE_PAGES + 1,
      perPage: 1,
    });
    expect(writes(emulator.log())).toEqual([]);

    expect((await status(root)).states).toMatchObject({ 'in-sync': N, 'never-pushed': 0 });
  }, 180_000);
});

describe('scale: a paced push at an emulated 3 requests/s', () => {
  it('creates each page once with 1 request per artifact, 429s retried', async () => {
    const count = 30;
    const speed = 20;
    // A 2-second window (budget 6) so the pacer, not the window's slack, keeps the run under it.
    const emulator = await startEmulator({ rateLimit: 3, rateLimitWindowSeconds: 2 });
    emulator.clock.setSpeed(speed);
    const { dir: root, cleanup } = makeTempDir('idse-scale-paced-');
    try {
      writeArtifacts(root, count);
      const layout = new WorkspaceLayout(root);
      const db = ArtifactDatabase.open(layout.spinePath, { create: true });
      db.migrate();
      const gateway = new NotionGateway({
        token: emulator.token,
        baseUrl: emulator.url,
        ratePerSecond: 3 * speed,
      });
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
      db.close();
      expect(report.counts).toMatchObject({ created: count, failed: 0 });
      const answered = emulator.log().filter((e) => e.status !== 429);
      expect(kinds(answered).perPage).toBe(count);
      expect(report.requests).toBe(answered.length + gateway.rateLimitedCount);
      expect(emulator.log().filter((e) => e.status === 429)).toHaveLength(gateway.rateLimitedCount);
      expect(pagesPerArtifact(emulator).size).toBe(count);
    } finally {
      await emulator.close();
      cleanup();
    }
  }, 180_000);
});
