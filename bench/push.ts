// Push at scale against the emulator at an emulated 3 requests/s (Notion's limit), on a clock
// sped up so the run takes seconds: requests per created page, a re-push of N with k changed
// (warm spine and cold spine), wall time over the ideal (requests ÷ rate) and 429s.
// Usage: npm run bench:push [-- --artifacts 200 --changed 5 --speed 20]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NotionGateway } from '../src/notion/client.js';
import { NotionDesignStore } from '../src/notion/design-store.js';
import { ArtifactDatabase, STAGES } from '../src/spine/index.js';
import { runPush } from '../src/sync/push.js';
import type { SyncReport } from '../src/sync/report.js';
import { STAGE_FILES, WorkspaceLayout } from '../src/workspace/layout.js';
import { makeTempDir } from '../test/helpers/fixtures.js';
import { startEmulator } from '../test/notion-emulator/index.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const artifacts = arg('artifacts', 200);
const changed = arg('changed', 5);
const speed = arg('speed', 20);
const RATE = 3;

const emulator = await startEmulator({ rateLimit: RATE });
emulator.clock.setSpeed(speed);
const { dir: root, cleanup } = makeTempDir('idse-bench-push-');
const layout = new WorkspaceLayout(root);
const pathOf = (i: number) => {
  const session = `session-${String(Math.floor(i / STAGES.length)).padStart(4, '0')}`;
  const stage = STAGES[i % STAGES.length] ?? 'intent';
  return join(layout.sessionDir('bench', session), STAGE_FILES[stage]);
};
const body = (i: number, version: number) =>
  `# Artifact ${i}\n\nVersion ${version}. ${'Some design text that fills a paragraph. '.repeat(6)}\n\n- one\n- two\n`;

async function push(
  db: ArtifactDatabase,
): Promise<{ report: SyncReport; ms: number; limited: number }> {
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
  return { report, ms: performance.now() - start, limited: gateway.rateLimitedCount };
}

function freshSpine(name: string): ArtifactDatabase {
  const db = ArtifactDatabase.open(join(root, name), { create: true });
  db.migrate();
  return db;
}

function line(label: string, run: { report: SyncReport; ms: number; limited: number }): void {
  const { counts, requests } = run.report;
  const ideal = (requests / (RATE * speed)) * 1000;
  console.log(
    `${label.padEnd(34)} created ${String(counts.created).padStart(3)}  updated ${String(counts.updated).padStart(3)}  ` +
      `skipped ${String(counts.skipped).padStart(3)}  requests ${String(requests).padStart(4)}  ` +
      `wall/ideal ${(run.ms / ideal).toFixed(2)}  429s ${run.limited}`,
  );
}

try {
  for (let i = 0; i < artifacts; i++) {
    mkdirSync(join(pathOf(i), '..'), { recursive: true });
    writeFileSync(pathOf(i), body(i, 1));
  }
  const db = ArtifactDatabase.open(layout.spinePath, { create: true });
  db.migrate();
  console.log(`${artifacts} artifacts, emulated ${RATE} requests/s (clock ×${speed})`);
  const first = await push(db);
  line('first push', first);
  // 2 schema reads, one data-source read before the creates and one of its archive partition
  // (new artifacts have no live page), ⌈pages/100⌉ after them (racing creates are settled by
  // reading the data source again).
  const overhead = 4 + Math.ceil(first.report.counts.created / 100);
  console.log(
    `  requests per created page: ${((first.report.requests - overhead) / first.report.counts.created).toFixed(2)} (+${overhead} per run: schema, and the data source before and after the creates)`,
  );

  for (let i = 0; i < changed; i++) writeFileSync(pathOf(i * 7), body(i * 7, 2));
  line(`re-push, ${changed} changed, warm spine`, await push(db));
  line('re-push, nothing changed, warm spine', await push(db));

  for (let i = 0; i < changed; i++) writeFileSync(pathOf(i * 7 + 1), body(i * 7 + 1, 3));
  // A fresh clone: a spine with no sync state at all; the pages' ledgers decide.
  line(`re-push, ${changed} changed, cold spine`, await push(freshSpine('cold-1.db')));
  line('re-push, nothing changed, cold spine', await push(freshSpine('cold-2.db')));
  console.log(`pages in the data source: ${emulator.listPages().length}`);
  db.close();
} finally {
  await emulator.close();
  cleanup();
}
