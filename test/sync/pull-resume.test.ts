import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator-workspace.js';
import { parseLedger, shortHash } from '../../src/notion/ledger.js';
import { markdownHash } from '../../src/sync/sync-base.js';
import { makeTempDir } from '../helpers/fixtures.js';
import type { Emulator } from '../notion-emulator/index.js';
import { editorUpdate, pull } from './pull-helpers.js';
import { commitAll, openSpine, pageOf, push, writeWorkspace, writes } from './push-helpers.js';

const SPEC_ID = 'acme::search::spec';
const SPEC = '.idse/projects/acme/sessions/search/specs/spec.md';
const DOC = '# Search\n\nResults come back ranked by score.\n\nThe index lives in memory.\n';
const PULLED = DOC.replace('in memory', 'in memory, sharded');

let emulator: Emulator;
let workspace: { dir: string; cleanup: () => void };
let pageId: string;
useEmulator((started) => (emulator = started));
beforeEach(async () => {
  emulator.reset();
  workspace = makeTempDir();
  writeWorkspace(workspace.dir, 'acme', [{ id: 'search', files: { spec: DOC } }]);
  commitAll(workspace.dir);
  await push(emulator, workspace.dir);
  pageId = pageOf(emulator, 'search', 'Specification').id;
  await editorUpdate(emulator, pageId, [
    { old_str: 'The index lives in memory.', new_str: 'The index lives in memory, sharded.' },
  ]);
});
afterEach(() => {
  emulator.clearFaults();
  workspace.cleanup();
});

const file = () => readFileSync(join(workspace.dir, SPEC), 'utf8');
const spinePath = () => join(workspace.dir, '.idse', 'idse.db');
const ledgerFault = { method: 'PATCH', path: '/v1/pages/*' } as const;

/**
 * The end state of an uninterrupted pull: the file holds Notion's edit, the spine the file,
 * the ledger says the page holds exactly that, no conflict; pulling and pushing again do
 * nothing.
 */
async function expectConverged(expected: string, ledgerSource: string): Promise<void> {
  expect(file()).toBe(expected);
  const ledger = parseLedger(String(pageOf(emulator, 'search', 'Specification').values['Sync']));
  expect(ledger?.source).toBe(ledgerSource);
  expect(ledger?.markdown).toBe(markdownHash(emulator.pageMarkdown(pageId)));
  const db = openSpine(workspace.dir);
  try {
    expect(db.getArtifact('acme', 'search', 'spec')?.content).toBe(expected);
    expect(db.listConflicts()).toEqual([]);
  } finally {
    db.close();
  }
  const again = await pull(emulator, workspace.dir);
  expect(again.code).toBe(0);
  expect(again.report?.counts).toMatchObject({ pulled: 0, conflicts: 0, failed: 0 });
  expect(file()).toBe(expected);
}

describe('a pull stopped half-way converges when run again', () => {
  it('the ledger write fails: the page is reported failed, the next run records the sync', async () => {
    emulator.injectFault({ ...ledgerFault, status: 500 });
    const stopped = await pull(emulator, workspace.dir);
    expect(stopped.code).toBe(1);
    expect(stopped.report?.artifacts.find((a) => a.idseId === SPEC_ID)).toMatchObject({
      action: 'failed',
    });
    expect(file()).toBe(PULLED);

    const resumed = await pull(emulator, workspace.dir);
    expect(resumed.code).toBe(0);
    expect(resumed.report?.counts).toMatchObject({ conflicts: 0, failed: 0 });
    await expectConverged(PULLED, shortHash(PULLED));
    emulator.clearLog();
    await push(emulator, workspace.dir);
    expect(writes(emulator.log())).toEqual([]);
  });

  it('the connection drops after the ledger write was applied', async () => {
    emulator.injectFault({ ...ledgerFault, drop: 'after' });
    const stopped = await pull(emulator, workspace.dir);
    expect(stopped.code).toBe(1);
    await expectConverged(PULLED, shortHash(PULLED));
  });

  it('killed after the file was written, before the spine and the ledger', async () => {
    const spineBefore = readFileSync(spinePath());
    emulator.injectFault({ ...ledgerFault, status: 500 });
    await pull(emulator, workspace.dir);
    // What a kill right after the file write leaves: the new file, the old spine and ledger.
    writeFileSync(spinePath(), spineBefore);
    expect(file()).toBe(PULLED);

    const resumed = await pull(emulator, workspace.dir);
    expect(resumed.code).toBe(0);
    expect(resumed.report?.counts.conflicts).toBe(0);
    await expectConverged(PULLED, shortHash(PULLED));
  });

  it('killed after merging local edits: no conflict is invented, the push sends the merge', async () => {
    const local = DOC.replace('ranked by score', 'ranked by relevance');
    writeFileSync(join(workspace.dir, SPEC), local);
    const merged = local.replace('in memory', 'in memory, sharded');
    const spineBefore = readFileSync(spinePath());
    emulator.injectFault({ ...ledgerFault, status: 500 });
    await pull(emulator, workspace.dir);
    writeFileSync(spinePath(), spineBefore);
    expect(file()).toBe(merged);

    const resumed = await pull(emulator, workspace.dir);
    expect(resumed.code).toBe(0);
    expect(resumed.report?.counts.conflicts).toBe(0);
    // The page holds Notion's version, the file is ahead of it: the ledger keeps the source
    // last synced, so the next push sends the merge.
    await expectConverged(merged, shortHash(DOC));
    const pushed = await push(emulator, workspace.dir);
    expect(pushed.report?.counts.updated).toBe(1);
    expect(emulator.pageMarkdown(pageId)).toContain('ranked by relevance');
    expect(emulator.pageMarkdown(pageId)).toContain('in memory, sharded');
  });
});
