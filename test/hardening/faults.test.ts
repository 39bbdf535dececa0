import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type FaultSpec } from '../notion-emulator/index.js';
import { pull } from '../sync/pull-helpers.js';
import { push, type PushRun } from '../sync/push-helpers.js';
import { PROJECT, SESSIONS, prepare, type Mode } from './scenario.js';
import {
  differingArtifacts,
  failedIn,
  syncState,
  workspaceTemplate,
  type SyncState,
  type WorkspaceTemplate,
} from './sync-state.js';

const LONG = process.env.IDSE_LONG_TESTS === '1';

/** Kinds of fault Notion or the network can throw at a run. */
const KINDS: Record<string, Omit<FaultSpec, 'method' | 'path'>> = {
  '500': { status: 500 },
  '502': { status: 502 },
  '503': { status: 503 },
  '504': { status: 504 },
  '529': { status: 529, count: 2 },
  'latency spike': { latencyMs: 250, count: 3 },
  'dropped before applied': { drop: 'before' },
  'dropped after applied': { drop: 'after' },
  'saved but answered 503': { savedButUnavailable: true },
};

/** The requests each command makes, as fault targets. */
const TARGETS: Record<Mode, Record<string, Pick<FaultSpec, 'method' | 'path'>>> = {
  push: {
    'schema read': { method: 'GET', path: '/v1/databases/*' },
    'data source query': { method: 'POST', path: '/v1/data_sources/*/query' },
    'page create': { method: 'POST', path: '/v1/pages' },
    'markdown read': { method: 'GET', path: '/v1/pages/*/markdown' },
    'body replace': { method: 'PATCH', path: '/v1/pages/*/markdown' },
    'ledger write': { method: 'PATCH', path: '/v1/pages/*' },
  },
  pull: {
    'schema read': { method: 'GET', path: '/v1/data_sources/*' },
    'data source query': { method: 'POST', path: '/v1/data_sources/*/query' },
    'markdown read': { method: 'GET', path: '/v1/pages/*/markdown' },
    'ledger write': { method: 'PATCH', path: '/v1/pages/*' },
  },
};

interface Scenario {
  mode: Mode;
  name: string;
  faults: FaultSpec[];
}

/**
 * Every kind on every target of both commands (long), or by default every kind once, on a
 * rotating command and target (the suite's time budget).
 */
function scenarios(): Scenario[] {
  const list: Scenario[] = [];
  for (const mode of ['push', 'pull'] as const) {
    const targets = Object.entries(TARGETS[mode]);
    Object.entries(KINDS).forEach(([kind, fault], i) => {
      if (!LONG && i % 2 !== (mode === 'push' ? 0 : 1)) return;
      const chosen = LONG ? targets : [targets[Math.floor(i / 2) % targets.length]];
      for (const entry of chosen) {
        if (!entry) continue;
        const [target, where] = entry;
        list.push({ mode, name: `${kind} on the ${target}`, faults: [{ ...where, ...fault }] });
      }
    });
  }
  return list;
}

/** mulberry32: a small seeded generator, so a failing mix can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Three faults of random kinds on random targets, from one seed. */
function mixedScenario(mode: Mode, seed: number): Scenario {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const faults = Array.from({ length: 3 }, () => ({
    ...pick(Object.values(TARGETS[mode])),
    ...pick(Object.values(KINDS)),
  }));
  return { mode, name: `seeded mix (seed ${seed})`, faults };
}

const BASE_SEED = Number(process.env.IDSE_FAULT_SEED ?? 20261124);
const SEEDS = Array.from({ length: LONG ? 12 : 1 }, (_, i) => BASE_SEED + i);

let emulator: Emulator;
let template: WorkspaceTemplate;
const clean: Partial<Record<Mode, SyncState>> = {};

const run = (mode: Mode, emu: Emulator, root: string): Promise<PushRun> =>
  mode === 'push' ? push(emu, root) : pull(emu, root);

beforeAll(async () => {
  emulator = await startEmulator();
  template = workspaceTemplate(PROJECT, SESSIONS);
  for (const mode of ['push', 'pull'] as const) {
    const root = await prepare(emulator, template, mode);
    const done = await run(mode, emulator, root);
    expect(done.code, done.stderr).toBe(0);
    clean[mode] = syncState(emulator, root, PROJECT);
  }
});
afterAll(async () => {
  await emulator.close();
  template.cleanup();
});

/**
 * Runs the command under `faults`, then once more without: the first run ends in the clean
 * end state, or exits 1 naming (at least) every artifact that differs from it; the second
 * ends in the clean state whatever the first did.
 */
async function survives(emu: Emulator, scenario: Scenario, label: string): Promise<void> {
  const { mode } = scenario;
  const root = await prepare(emu, template, mode);
  for (const fault of scenario.faults) emu.injectFault(fault);
  const first = await run(mode, emu, root);
  emu.clearFaults();
  const context = `${label}: ${JSON.stringify(scenario.faults)}\n${first.stderr}`;
  expect([0, 1], context).toContain(first.code);
  const differing = differingArtifacts(syncState(emu, root, PROJECT), clean[mode] as SyncState);
  if (first.report === undefined) {
    // A run stopped as a whole (an outage outlasting the retries): one line, problem and fix.
    expect(first.code, context).toBe(1);
    expect(first.stderr.trim().split('\n'), context).toHaveLength(1);
    expect(first.stderr, context).toMatch(/^idse-sync: Notion kept answering 5\d\d .*Fix: /);
  } else {
    const failed = failedIn(first.report);
    expect(first.code === 1, context).toBe(failed.length > 0);
    expect(first.report.counts.failed, context).toBe(failed.length);
    for (const idseId of differing)
      expect(failed, `${context}\n${idseId} differs`).toContain(idseId);
  }
  const failed = failedIn(first.report);
  for (const idseId of failed) {
    const reason = first.report?.artifacts.find((a) => a.idseId === idseId)?.reason ?? '';
    expect(reason, context).toMatch(/Notion|network/);
  }

  const second = await run(mode, emu, root);
  expect(second.code, `${context}\nsecond run: ${second.stderr}`).toBe(0);
  // A write applied but never answered leaves the page right and the spine's copy of it
  // unfilled (a cache, refilled by the next read of the page; re-reading every page to fill
  // it would cost a request per artifact on every cold-spine run).
  expect(
    differingArtifacts(syncState(emu, root, PROJECT), clean[mode] as SyncState, {
      snapshotsMayBeMissing: true,
    }),
    `${context}\nafter the second run`,
  ).toEqual([]);
}

describe.each(['push', 'pull'] as const)('%s under injected faults', (mode) => {
  const list = scenarios().filter((s) => s.mode === mode);
  it.each(list.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    await survives(emulator, scenario, scenario.name);
  });

  it.each(SEEDS)('a seeded mix of three faults (seed %i)', async (seed) => {
    const scenario = mixedScenario(mode, seed * (mode === 'push' ? 1 : 7));
    await survives(emulator, scenario, `seed ${seed}`);
  });
});

function pagesAndFiles(state: SyncState): unknown {
  return Object.entries(state.artifacts).map(([id, a]) => [
    id,
    a.livePages,
    a.markdown,
    a.properties,
    a.file,
  ]);
}

describe('an outage that outlasts the retries', () => {
  it.each(['push', 'pull'] as const)(
    '%s stops with one line and exit 1, writes nothing, and the next run converges',
    async (mode) => {
      const root = await prepare(emulator, template, mode);
      const before = syncState(emulator, root, PROJECT);
      emulator.injectFault({ path: '/v1/data_sources/*/query', status: 502, count: 50 });
      const stopped = await run(mode, emulator, root);
      emulator.clearFaults();
      expect(stopped.code).toBe(1);
      expect(stopped.stdout).toBe('');
      expect(stopped.stderr).toMatch(
        /^idse-sync: Notion kept answering 502 bad_gateway; the run stopped before it finished\. Fix: Run the command again later/,
      );
      expect(stopped.stderr.trim().split('\n')).toHaveLength(1);
      // The query is read before any write: four attempts, then no page or file was changed
      // (a push has read the edited files into the spine by then, as any push does first).
      expect(emulator.log().filter((e) => e.status === 502)).toHaveLength(4);
      expect(pagesAndFiles(syncState(emulator, root, PROJECT))).toEqual(pagesAndFiles(before));
      const again = await run(mode, emulator, root);
      expect(again.code, again.stderr).toBe(0);
      expect(
        differingArtifacts(syncState(emulator, root, PROJECT), clean[mode] as SyncState),
      ).toEqual([]);
    },
  );
});

describe('a 429 storm', () => {
  // A budget of 8 requests per 2-second window: every run is rate limited more than once.
  let stormy: Emulator;
  beforeAll(async () => {
    stormy = await startEmulator({ rateLimit: 4, rateLimitWindowSeconds: 2 });
  });
  afterAll(async () => stormy.close());

  it.each(['push', 'pull'] as const)('%s rides it out and ends like a clean run', async (mode) => {
    const root = await prepare(stormy, template, mode);
    const done = await run(mode, stormy, root);
    expect(done.code, done.stderr).toBe(0);
    expect(stormy.log().filter((e) => e.status === 429).length).toBeGreaterThan(0);
    expect(differingArtifacts(syncState(stormy, root, PROJECT), clean[mode] as SyncState)).toEqual(
      [],
    );
  });
});
