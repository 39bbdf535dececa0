// Side by side: this tool's push and the way mk-notes and md-to-notion update a page (every
// block deleted, the new ones appended, through the blocks API), on the same generated workspace
// and the same emulated 3 requests/s (clock sped up ×speed): a first push, a re-push with k of N
// changed, and a re-push with nothing changed. Prints requests and wall time for both, and the
// ratio. Usage: npm run bench:baseline [-- --artifacts 200 --changed 5 --speed 20]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NotionGateway } from '../src/notion/client.js';
import { NotionDesignStore } from '../src/notion/design-store.js';
import { ArtifactDatabase, STAGES } from '../src/spine/index.js';
import { runPush } from '../src/sync/push.js';
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
// Append block children: "a maximum of 100 block children" per request
// (https://developers.notion.com/reference/patch-block-children); the listing pages by 100.
const BLOCKS_PER_REQUEST = 100;

const emulator = await startEmulator({ rateLimit: RATE });
const { dir: root, cleanup } = makeTempDir('idse-bench-baseline-');
const layout = new WorkspaceLayout(root);
const pathOf = (i: number) => {
  const session = `session-${String(Math.floor(i / STAGES.length)).padStart(4, '0')}`;
  const stage = STAGES[i % STAGES.length] ?? 'intent';
  return { session, stage, path: join(layout.sessionDir('bench', session), STAGE_FILES[stage]) };
};
// The bench:push document: a heading, a paragraph, a two-item list.
const body = (i: number, version: number) =>
  `# Artifact ${i}\n\nVersion ${version}. ${'Some design text that fills a paragraph. '.repeat(6)}\n\n- one\n- two\n`;

interface Run {
  requests: number;
  ms: number;
  limited: number;
}

function gateway(): NotionGateway {
  // The same pacer for both: the run's rate, spread evenly, 429s paused and retried.
  return new NotionGateway({
    token: emulator.token,
    baseUrl: emulator.url,
    ratePerSecond: RATE * speed,
  });
}

async function ours(db: ArtifactDatabase): Promise<Run> {
  const g = gateway();
  const start = performance.now();
  await runPush(
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
      store: new NotionDesignStore(g),
      requestCount: () => g.requestCount,
      commitFor: async () => null,
    },
  );
  return { requests: g.requestCount, ms: performance.now() - start, limited: g.rateLimitedCount };
}

// ---- the delete-and-append way (mk-notes, md-to-notion) ----

type Block = Record<string, unknown>;
const text = (content: string) => [{ type: 'text', text: { content } }];

/** Markdown to block objects, as far as the bench's documents need: headings, lists, paragraphs. */
function toBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const group of markdown
    .split(/\n{2,}/)
    .map((g) => g.trim())
    .filter(Boolean)) {
    const lines = group.split('\n');
    const heading = /^(#{1,3}) (.*)$/.exec(group);
    if (lines.every((l) => /^[-*] /.test(l))) {
      for (const l of lines) {
        blocks.push({
          type: 'bulleted_list_item',
          bulleted_list_item: { rich_text: text(l.slice(2)) },
        });
      }
    } else if (heading && lines.length === 1) {
      const type = `heading_${heading[1]?.length ?? 1}`;
      blocks.push({ type, [type]: { rich_text: text(heading[2] ?? '') } });
    } else {
      blocks.push({ type: 'paragraph', paragraph: { rich_text: text(lines.join(' ')) } });
    }
  }
  return blocks;
}

const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / BLOCKS_PER_REQUEST) }, (_, i) =>
    items.slice(i * BLOCKS_PER_REQUEST, (i + 1) * BLOCKS_PER_REQUEST),
  );

/**
 * Every artifact, every run: they keep no hash of what they wrote, so each page is rewritten
 * (the page map is given to them for free; they look pages up by title otherwise).
 */
async function deleteAndAppend(pages: Map<number, string>, dataSourceId: string): Promise<Run> {
  const g = gateway();
  const client = g.client;
  const start = performance.now();
  const jobs = Array.from({ length: artifacts }, async (_, i) => {
    const { session, stage, path } = pathOf(i);
    const blocks = toBlocks(readFileSync(path, 'utf8'));
    const pageId = pages.get(i);
    if (pageId === undefined) {
      const [first = [], ...rest] = chunks(blocks);
      const page = await client.pages.create({
        parent: { type: 'data_source_id', data_source_id: dataSourceId },
        properties: {
          Title: { title: text(`${stage} – ${session}`) },
          Session: { rich_text: text(session) },
        },
        children: first,
      } as never);
      pages.set(i, page.id);
      for (const chunk of rest) {
        await client.blocks.children.append({ block_id: page.id, children: chunk as never });
      }
      return;
    }
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const listed = await client.blocks.children.list({
        block_id: pageId,
        page_size: BLOCKS_PER_REQUEST,
        ...(cursor !== undefined ? { start_cursor: cursor } : {}),
      });
      ids.push(...listed.results.map((b) => b.id));
      cursor = listed.has_more ? (listed.next_cursor ?? undefined) : undefined;
    } while (cursor !== undefined);
    for (const id of ids) await client.blocks.delete({ block_id: id });
    for (const chunk of chunks(blocks)) {
      await client.blocks.children.append({ block_id: pageId, children: chunk as never });
    }
  });
  await Promise.all(jobs);
  return { requests: g.requestCount, ms: performance.now() - start, limited: g.rateLimitedCount };
}

function edit(version: number, offset: number): void {
  for (let i = 0; i < changed; i++) {
    const n = (i * 7 + offset) % artifacts;
    writeFileSync(pathOf(n).path, body(n, version));
  }
}

const rows: { label: string; ours: Run; theirs: Run }[] = [];
try {
  for (let i = 0; i < artifacts; i++) {
    mkdirSync(join(pathOf(i).path, '..'), { recursive: true });
    writeFileSync(pathOf(i).path, body(i, 1));
  }
  const db = ArtifactDatabase.open(layout.spinePath, { create: true });
  db.migrate();
  emulator.clock.setSpeed(speed);
  const theirSource = emulator.createDatabase().dataSourceId;
  const theirPages = new Map<number, string>();

  const runs: [string, () => void][] = [
    ['first push', () => undefined],
    [`re-push, ${changed} of ${artifacts} changed`, () => edit(2, 0)],
    ['re-push, nothing changed', () => undefined],
  ];
  for (const [label, prepare] of runs) {
    prepare();
    const mine = await ours(db);
    const theirs = await deleteAndAppend(theirPages, theirSource);
    rows.push({ label, ours: mine, theirs });
  }
  db.close();

  // Measured: the run's wall time on the ×speed clock (its own work is not sped up, so short
  // runs look slow). At 3/s: the time its requests take at Notion's rate, which bounds it below.
  const measured = (run: Run) => `${(run.ms / 1000).toFixed(1)} s`;
  const paced = (run: Run) => `${Math.round(run.requests / RATE)} s`;
  const ratio = (a: number, b: number) => (b === 0 ? '–' : `${(a / b).toFixed(1)}×`);
  console.log(`${artifacts} artifacts, emulated ${RATE} requests/s (clock ×${speed})`);
  console.log(
    '| Run | Requests (ours / delete-and-append) | Requests ratio | Wall, measured ×' +
      speed +
      ' (ours / theirs) | Wall ratio | At 3/s (ours / theirs) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const { label, ours: a, theirs: b } of rows) {
    console.log(
      `| ${label} | ${a.requests} / ${b.requests} | ${ratio(b.requests, a.requests)} | ${measured(a)} / ${measured(b)} | ${ratio(b.ms, a.ms)} | ${paced(a)} / ${paced(b)} |`,
    );
  }
  const limited = rows.reduce((n, r) => n + r.ours.limited + r.theirs.limited, 0);
  console.log(`429s answered in all: ${limited}`);
} finally {
  await emulator.close();
  cleanup();
}
