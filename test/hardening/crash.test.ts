import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCli } from '../hook/hook-helpers.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { startEmulator, type Emulator, type HeldOutcome } from '../notion-emulator/index.js';
import { PROJECT, SESSIONS, SMALL_SESSIONS, prepare, type Mode } from './scenario.js';
import { expectHonest } from './honest-report.js';
import { runCliProcess, startCli, writesByArtifact } from './subprocess.js';
import {
  differingArtifacts,
  isSnapshot,
  syncState,
  workspaceTemplate,
  type SyncState,
  type WorkspaceTemplate,
} from './sync-state.js';
import type { SessionSpec } from '../sync/push-helpers.js';

const LONG = process.env.IDSE_LONG_TESTS === '1';
const SEED = Number(process.env.IDSE_CRASH_SEED ?? 91124);

/** mulberry32, so the apply/drop choice of every kill point replays from the seed. */
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

let emulator: Emulator;
let home: { dir: string; cleanup: () => void };
beforeAll(async () => {
  assertBuiltCli();
  emulator = await startEmulator();
  home = makeTempDir('idse-crash-home-');
});
afterAll(async () => {
  await emulator.close();
  home.cleanup();
});

interface KillPoint {
  k: number;
  /** What Notion did with the k-th request, in flight when the CLI died. */
  outcome: HeldOutcome;
}

/**
 * Kills the CLI (SIGKILL) while its k-th Notion request is in flight; Notion then applies
 * that request or never sees it; anything the CLI sent after it is lost. Returns the log of
 * the killed run.
 */
async function killAt(mode: Mode, root: string, point: KillPoint): Promise<void> {
  emulator.injectFault({ hold: true, skip: point.k - 1, count: 1_000 });
  const cli = startCli(emulator, mode, root, home.dir);
  const ended = cli.done.then(() => 'ended' as const);
  const reached = await Promise.race([emulator.waitForHeld().then(() => 'held' as const), ended]);
  if (reached === 'ended') throw new Error(`the ${mode} ended before request ${point.k}`);
  cli.child.kill('SIGKILL');
  const killed = await cli.done;
  expect(killed.signal).toBe('SIGKILL');
  emulator.clearFaults();
  const [first, ...later] = emulator.heldRequests();
  for (const entry of later) emulator.releaseHeld(entry.seq, 'drop');
  if (first) {
    emulator.releaseHeld(first.seq, point.outcome);
    if (point.outcome === 'apply') {
      await expect
        .poll(() => emulator.log().find((e) => e.seq === first.seq)?.status)
        .not.toBeNull();
    }
  }
}

/**
 * For every kill point: prepare, kill the CLI there, run it again to the end. The end state
 * must be the uninterrupted run's (one page per artifact, no lost edit, spine rows equal to
 * their files), and the second run's report must say what it did.
 */
async function sweep(mode: Mode, sessions: SessionSpec[], outcomes: (k: number) => HeldOutcome[]) {
  const template: WorkspaceTemplate = workspaceTemplate(PROJECT, sessions);
  try {
    const cleanRoot = await prepare(emulator, template, mode, sessions);
    const clean = await runCliProcess(emulator, mode, cleanRoot, home.dir);
    expect(clean.code, clean.stderr).toBe(0);
    const requests = emulator.log().length;
    const expected: SyncState = syncState(emulator, cleanRoot, PROJECT);
    expect(requests).toBeGreaterThan(3);

    let tried = 0;
    let snapshotsMissing = 0;
    for (let k = 1; k <= requests; k++) {
      for (const outcome of outcomes(k)) {
        const context = `${mode}, seed ${SEED}, killed at request ${k} of ${requests} (${outcome})`;
        const root = await prepare(emulator, template, mode, sessions);
        await killAt(mode, root, { k, outcome });
        emulator.clearLog();
        const filesBefore = syncState(emulator, root, PROJECT).artifacts;
        const again = await runCliProcess(emulator, mode, root, home.dir);
        expect(again.code, `${context}\n${again.stderr}`).toBe(0);
        const state = syncState(emulator, root, PROJECT);
        expect(
          differingArtifacts(state, expected, { snapshotsMayBeMissing: true }),
          context,
        ).toEqual([]);
        for (const [idseId, artifact] of Object.entries(expected.artifacts)) {
          if (!state.artifacts[idseId]?.spine.some(isSnapshot) && artifact.spine.some(isSnapshot))
            snapshotsMissing++;
        }
        for (const [idseId, artifact] of Object.entries(state.artifacts)) {
          expect(artifact.livePages, `${context}: pages of ${idseId}`).toBe(1);
          const row = artifact.spine.find((r) => (r as { table: string }).table === 'artifacts') as
            { content?: string } | undefined;
          expect(row?.content, `${context}: spine row of ${idseId}`).toBe(artifact.file);
        }
        const rewritten = new Set(
          Object.entries(state.artifacts)
            .filter(([idseId, a]) => a.file !== filesBefore[idseId]?.file)
            .map(([idseId]) => idseId),
        );
        const writes = writesByArtifact(emulator, emulator.log(), PROJECT);
        expectHonest(again.report, writes, rewritten, context);
        tried++;
      }
    }
    return { tried, snapshotsMissing };
  } finally {
    template.cleanup();
  }
}

const pick = random(SEED);
const seeded = (): HeldOutcome[] => [pick() < 0.5 ? 'apply' : 'drop'];
const both = (): HeldOutcome[] => ['apply', 'drop'];

describe('a CLI killed (SIGKILL) at every Notion request, then run again', () => {
  it.each(['push', 'pull'] as const)(
    '%s of two artifacts converges with no duplicate, no lost edit, an honest report',
    async (mode) => {
      const { tried, snapshotsMissing } = await sweep(mode, SMALL_SESSIONS, LONG ? both : seeded);
      expect(tried).toBeGreaterThan(3);
      console.log(
        `${mode}: ${tried} kill points; ${snapshotsMissing} snapshot caches left unfilled`,
      );
    },
    240_000,
  );

  it.runIf(LONG).each(['push', 'pull'] as const)(
    '%s of four artifacts in two sessions, both outcomes at every request',
    async (mode) => {
      const { tried, snapshotsMissing } = await sweep(mode, SESSIONS, both);
      expect(tried).toBeGreaterThan(3);
      console.log(
        `${mode}: ${tried} kill points; ${snapshotsMissing} snapshot caches left unfilled`,
      );
    },
    900_000,
  );
});
