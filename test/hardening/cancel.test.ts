import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncReportJson } from '../../src/sync/report.js';
import { assertBuiltCli } from '../hook/hook-helpers.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { editorUpdate } from '../sync/pull-helpers.js';
import { pageOf, push, type SessionSpec } from '../sync/push-helpers.js';
import { runCliProcess, startCli } from './subprocess.js';
import { syncState, differingArtifacts, workspaceTemplate } from './sync-state.js';

// A cancelled GitHub job gets SIGINT, then SIGKILL after a grace period; a user presses Ctrl-C.
// More artifacts than a push runs at once, so some are still waiting when the signal comes.
const PROJECT = 'acme';
const STAGES = ['intent', 'context', 'spec', 'plan', 'tasks'] as const;
const LABELS = ['Intent', 'Context', 'Specification', 'Plan', 'Tasks'] as const;
const SESSIONS: SessionSpec[] = ['search', 'billing'].map((id) => ({
  id,
  files: Object.fromEntries(STAGES.map((stage) => [stage, `# ${id} ${stage}\n\nFirst text.\n`])),
}));

let emulator: Emulator;
let home: { dir: string; cleanup: () => void };
beforeAll(async () => {
  assertBuiltCli();
  emulator = await startEmulator();
  home = makeTempDir('idse-cancel-home-');
});
afterAll(async () => {
  await emulator.close();
  home.cleanup();
});

/** Runs the CLI, holds its `at`-th request, sends SIGINT, then lets everything through. */
async function interrupted(mode: 'push' | 'pull', root: string, at: number) {
  emulator.injectFault({ hold: true, skip: at - 1 });
  const cli = startCli(emulator, mode, root, home.dir);
  await emulator.waitForHeld(1);
  let stderr = '';
  cli.child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  cli.child.kill('SIGINT');
  // The held request answers only once the CLI has taken the signal in.
  await expect.poll(() => stderr, { timeout: 20_000 }).toContain('SIGINT received');
  emulator.clearFaults();
  for (const held of emulator.heldRequests()) emulator.releaseHeld(held.seq, 'apply');
  const ended = await cli.done;
  return {
    ...ended,
    report: ended.stdout.trim() ? (JSON.parse(ended.stdout) as SyncReportJson) : undefined,
  };
}

describe('SIGINT during a run (a cancelled job, Ctrl-C)', () => {
  it('push: stops starting writes, reports honestly, exits non-zero; the next push converges', async () => {
    const template = workspaceTemplate(PROJECT, SESSIONS);
    try {
      emulator.reset();
      const cleanRoot = template.copy();
      expect((await runCliProcess(emulator, 'push', cleanRoot, home.dir)).code).toBe(0);
      const expected = syncState(emulator, cleanRoot, PROJECT);

      emulator.reset();
      const root = template.copy();
      // Request 4 is the first create (after the database, data source and query reads).
      const run = await interrupted('push', root, 4);
      expect(run.signal).toBeNull();
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('SIGINT received');
      const report = run.report;
      expect(report).toBeDefined();
      const cancelled = report?.artifacts.filter((a) => a.reason?.includes('cancelled')) ?? [];
      expect(cancelled.length).toBeGreaterThan(0);
      expect(report?.warnings.some((w) => w.startsWith('cancelled:'))).toBe(true);
      // Every page that exists was reported created; none was created for a cancelled one.
      const created = report?.artifacts.filter((a) => a.action === 'created') ?? [];
      expect(emulator.listPages()).toHaveLength(created.length);
      expect(created.length + cancelled.length).toBe(STAGES.length * SESSIONS.length);

      const again = await runCliProcess(emulator, 'push', root, home.dir);
      expect(again.code, again.stderr).toBe(0);
      expect(again.report?.counts.created).toBe(cancelled.length);
      const state = syncState(emulator, root, PROJECT);
      expect(differingArtifacts(state, expected, { snapshotsMayBeMissing: true })).toEqual([]);
      for (const artifact of Object.values(state.artifacts)) expect(artifact.livePages).toBe(1);
    } finally {
      template.cleanup();
    }
  });

  it('pull: pulls no further page, writes no ledger, exits non-zero; the next pull converges', async () => {
    const template = workspaceTemplate(PROJECT, SESSIONS);
    try {
      emulator.reset();
      const root = template.copy();
      expect((await push(emulator, root)).code).toBe(0);
      for (const session of ['search', 'billing']) {
        for (const label of LABELS) {
          await editorUpdate(emulator, pageOf(emulator, session, label).id, [
            { old_str: 'First text.', new_str: `Edited in Notion (${label}).` },
          ]);
        }
      }
      emulator.clearLog();
      // Requests 1-4 are the checks and the two listings; 5 is the first page read.
      const run = await interrupted('pull', root, 5);
      expect(run.code).not.toBe(0);
      const cancelled = run.report?.artifacts.filter((a) => a.reason?.includes('cancelled')) ?? [];
      expect(cancelled.length).toBeGreaterThan(0);
      const writes = emulator.log().filter((e) => e.method === 'PATCH');
      expect(writes).toEqual([]);

      const again = await runCliProcess(emulator, 'pull', root, home.dir);
      expect(again.code, again.stderr).toBe(0);
      const state = syncState(emulator, root, PROJECT);
      for (const [idseId, artifact] of Object.entries(state.artifacts)) {
        expect(artifact.file, idseId).toContain('Edited in Notion');
        expect(artifact.livePages).toBe(1);
      }
      // Converged: a further pull has nothing to do.
      const quiet = await runCliProcess(emulator, 'pull', root, home.dir);
      expect(quiet.report?.counts).toMatchObject({ pulled: 0, conflicts: 0, failed: 0 });
    } finally {
      template.cleanup();
    }
  });
});
