// Pull at scale against the emulator at an emulated 3 requests/s (Notion's limit), on a clock
// sped up so the run takes seconds: requests for a pull with nothing edited and with k of N
// pages edited by a teammate, wall time over the ideal (requests ÷ rate) and 429s.
// Usage: npm run bench:pull [-- --artifacts 200 --edited 1,10 --speed 20]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NotionGateway } from '../src/notion/client.js';
import { NotionDesignStore } from '../src/notion/design-store.js';
import { ArtifactDatabase, STAGES } from '../src/spine/index.js';
import { runPull } from '../src/sync/pull.js';
import { runPush } from '../src/sync/push.js';
import type { SyncReport } from '../src/sync/report.js';
import { STAGE_FILES, WorkspaceLayout } from '../src/workspace/layout.js';
import { makeTempDir } from '../test/helpers/fixtures.js';
import { emulatorClient } from '../test/notion-emulator/client.js';
import { updateContent } from '../test/notion-emulator/harness.js';
import { startEmulator } from '../test/notion-emulator/index.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : (process.argv[i + 1] ?? fallback);
};
const artifacts = Number(arg('artifacts', '200'));
const edited = arg('edited', '1,10').split(',').map(Number);
const speed = Number(arg('speed', '20'));
const RATE = 3;
const DAY = 86_400_000;

const emulator = await startEmulator({ rateLimit: RATE });
emulator.clock.setSpeed(speed);
const editor = emulatorClient(emulator, { as: 'editor' });
const { dir: root, cleanup } = makeTempDir('idse-bench-pull-');
const layout = new WorkspaceLayout(root);
const pathOf = (i: number) => {
  const session = `session-${String(Math.floor(i / STAGES.length)).padStart(4, '0')}`;
  const stage = STAGES[i % STAGES.length] ?? 'intent';
  return join(layout.sessionDir('bench', session), STAGE_FILES[stage]);
};
const body = (i: number) =>
  `# Artifact ${i}\n\nVersion 1. ${'Some design text that fills a paragraph. '.repeat(6)}\n\n- one\n- two\n`;

function gateway(): NotionGateway {
  return new NotionGateway({
    token: emulator.token,
    baseUrl: emulator.url,
    ratePerSecond: RATE * speed,
  });
}

const targets = { databases: {}, databaseId: emulator.databaseId };

async function pull(
  db: ArtifactDatabase,
): Promise<{ report: SyncReport; ms: number; limited: number }> {
  const g = gateway();
  const start = performance.now();
  const { report } = await runPull(
    { filter: {}, dryRun: false, targets, secrets: [emulator.token] },
    {
      db,
      layout,
      store: new NotionDesignStore(g),
      gateway: g,
      committedVersion: async () => null,
      // The cursor on the emulated timeline, as a machine with a synchronised clock would have.
      now: () => new Date(emulator.clock.now()),
    },
  );
  return { report, ms: performance.now() - start, limited: g.rateLimitedCount };
}

function line(label: string, run: { report: SyncReport; ms: number; limited: number }): void {
  const { counts, requests } = run.report;
  const ideal = (requests / (RATE * speed)) * 1000;
  console.log(
    `| ${label} | ${counts.pulled} | ${counts.skipped} | ${requests} | ${(run.ms / ideal).toFixed(2)} | ${run.limited} |`,
  );
}

/** A teammate edits k pages spread over the data source (other pages in each round). */
async function editPages(k: number, round: number): Promise<void> {
  const pages = emulator.listPages();
  const step = Math.max(1, Math.floor(pages.length / k));
  for (let n = 0; n < k; n++) {
    const page = pages[(n * step + round) % pages.length];
    if (page === undefined) continue;
    await updateContent(editor, page.id, [
      { old_str: 'Version 1.', new_str: `Version 1 (edit ${round}.${n}).` },
    ]);
  }
}

try {
  for (let i = 0; i < artifacts; i++) {
    mkdirSync(join(pathOf(i), '..'), { recursive: true });
    writeFileSync(pathOf(i), body(i));
  }
  const db = ArtifactDatabase.open(layout.spinePath, { create: true });
  db.migrate();
  const g = gateway();
  const pushed = await runPush(
    { filter: {}, dryRun: false, force: false, targets, secrets: [emulator.token] },
    {
      db,
      layout,
      store: new NotionDesignStore(g),
      requestCount: () => g.requestCount,
      commitFor: async () => null,
    },
  );
  console.log(
    `${artifacts} artifacts pushed (${pushed.requests} requests), emulated ${RATE} requests/s (clock ×${speed})\n`,
  );
  // The push was in the day, the pull runs at night.
  emulator.clock.advance(DAY / 2);
  console.log('| Pull | Pulled | Skipped | Requests | Wall / ideal | 429s |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  line('first pull, nothing edited (no cursor: every page listed)', await pull(db));
  emulator.clock.advance(DAY);
  line('next night, nothing edited', await pull(db));
  for (const [round, k] of edited.entries()) {
    emulator.clock.advance(DAY);
    await editPages(k, round);
    line(`next night, ${k} of ${artifacts} edited`, await pull(db));
  }
  // Pages our last pull wrote (their ledgers) are inside the cursor's 5-minute overlap.
  emulator.clock.advance(60_000);
  line('a minute later, nothing new (overlap listed again)', await pull(db));
  db.close();
} finally {
  await emulator.close();
  cleanup();
}
