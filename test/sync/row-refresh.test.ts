// A write that trusts the data source row (no read of the page first) trusts one at most a
// bound old: a teammate's edit landing after the run's query and before its write is read and
// compared, not overwritten; a run shorter than the bound makes no extra request; a pull's
// ledger written after such an edit leaves it to the next pull. No sleeps: the run's clock is
// injected, and the teammate edits while a request of the run is held.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { NotionGateway } from '../../src/notion/client.js';
import { NotionDesignStore } from '../../src/notion/design-store.js';
import { ArtifactDatabase } from '../../src/spine/index.js';
import { runPull } from '../../src/sync/pull.js';
import { runPush } from '../../src/sync/push.js';
import { WorkspaceLayout } from '../../src/workspace/layout.js';
import { useEmulator } from '../helpers/emulator-workspace.js';
import { makeTempDir } from '../helpers/fixtures.js';
import type { Emulator } from '../notion-emulator/index.js';
import { editorUpdate, pull } from './pull-helpers.js';
import { commitAll, pageOf, push, writeWorkspace } from './push-helpers.js';

let emulator: Emulator;
useEmulator((started) => (emulator = started));
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const INTENT = '# Intent\n\nFirst paragraph.\n\nSecond paragraph.\n';

async function pushedWorkspace(): Promise<{ root: string; path: string; pageId: string }> {
  const { dir: root, cleanup } = makeTempDir('idse-row-refresh-');
  cleanups.push(cleanup);
  writeWorkspace(root, 'p', [{ id: 's1', files: { intent: INTENT } }]);
  commitAll(root);
  const pushed = await push(emulator, root);
  expect(pushed.report?.counts.created).toBe(1);
  const path = new WorkspaceLayout(root).artifactPath('p', 's1', 'intent');
  return { root, path, pageId: pageOf(emulator, 's1', 'Intent').id };
}

/**
 * The run's clock: the emulator's time at the run's first look (its query), then `laterMs`
 * more at every later reading, as if the run had spent that long on other pages.
 */
function runClock(laterMs: number): () => Date {
  let calls = 0;
  return () => new Date(emulator.clock.now() + (calls++ === 0 ? 0 : laterMs));
}

function collaborators(root: string, now: () => Date) {
  const layout = new WorkspaceLayout(root);
  const db = ArtifactDatabase.open(layout.spinePath);
  const gateway = new NotionGateway({ token: emulator.token, baseUrl: emulator.url });
  const store = new NotionDesignStore(gateway);
  return { db, layout, store, gateway, now };
}

async function pushNow(root: string, laterMs: number) {
  const c = collaborators(root, runClock(laterMs));
  try {
    return await runPush(
      {
        filter: {},
        dryRun: false,
        force: false,
        targets: { databases: {}, databaseId: emulator.databaseId },
        secrets: [emulator.token],
      },
      { ...c, requestCount: () => c.gateway.requestCount, commitFor: async () => null },
    );
  } finally {
    c.db.close();
  }
}

const queries = () => emulator.log().filter((e) => e.path.endsWith('/query')).length;

it('a teammate edit made after the query of a run older than the bound is not overwritten', async () => {
  const { root, path, pageId } = await pushedWorkspace();
  writeFileSync(path, INTENT.replace('Second paragraph.', 'Second paragraph, edited here.'));
  // The run asks who it is after its query and before it trusts the row: the teammate edits then.
  emulator.injectFault({ method: 'GET', path: '/v1/users/me', hold: true });
  emulator.clearLog();
  const run = pushNow(root, 45_000);
  const [held] = await emulator.waitForHeld(1);
  await editorUpdate(emulator, pageId, [
    { old_str: 'Second paragraph.', new_str: 'Second paragraph, edited in Notion.' },
  ]);
  emulator.releaseHeld(held?.seq ?? -1, 'apply');
  const report = await run;
  expect(report.artifacts.map((a) => a.action)).toEqual(['conflict']);
  expect(emulator.pageMarkdown(pageId)).toContain('edited in Notion');
  // The refresh: one query of the pages edited since the first.
  expect(queries()).toBe(2);
});

it('a run shorter than the bound trusts its query: no refresh request', async () => {
  const { root, path } = await pushedWorkspace();
  writeFileSync(path, INTENT.replace('Second paragraph.', 'Second paragraph, edited here.'));
  emulator.clearLog();
  const report = await pushNow(root, 1_000);
  expect(report.artifacts.map((a) => a.action)).toEqual(['updated']);
  expect(queries()).toBe(1);
});

it("a pull's ledger written after a teammate's edit leaves that edit to the next pull", async () => {
  const { root, path, pageId } = await pushedWorkspace();
  await editorUpdate(emulator, pageId, [
    { old_str: 'First paragraph.', new_str: 'First paragraph, edited in Notion.' },
  ]);
  const c = collaborators(root, runClock(45_000));
  let edited = false;
  try {
    const result = await runPull(
      {
        filter: {},
        dryRun: false,
        targets: { databases: {}, databaseId: emulator.databaseId },
        secrets: [emulator.token],
      },
      {
        ...c,
        committedVersion: async () => null,
        // Between the files and the ledgers: the teammate edits the page again.
        commit: async () => {
          await editorUpdate(emulator, pageId, [
            { old_str: 'Second paragraph.', new_str: 'Second paragraph, edited again.' },
          ]);
          edited = true;
          return null;
        },
      },
    );
    expect(result.report.counts.pulled).toBe(1);
  } finally {
    c.db.close();
  }
  expect(edited).toBe(true);
  expect(readFileSync(path, 'utf8')).not.toContain('edited again');

  const next = await pull(emulator, root);
  expect(next.code).toBe(0);
  expect(readFileSync(path, 'utf8')).toContain('Second paragraph, edited again.');
  expect(readFileSync(path, 'utf8')).toContain('First paragraph, edited in Notion.');
});
