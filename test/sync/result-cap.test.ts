// Notion's data source query pages through at most 10,000 results and then says
// `request_status: incomplete`; the emulator's limit is lowered so a few pages exceed it.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import type { Stage } from '../../src/spine/index.js';
import { makeTempDir } from '../helpers/fixtures.js';
import type { Emulator } from '../notion-emulator/index.js';
import { idseFiles, pull } from './pull-helpers.js';
import { plainPages, push, writeArtifact, writeWorkspace, writes } from './push-helpers.js';

let emulator: Emulator;
let workspace: TempDir;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));

const STAGES: Stage[] = ['intent', 'spec', 'plan'];

function files(session: string): Partial<Record<Stage, string>> {
  return Object.fromEntries(STAGES.map((stage) => [stage, `# ${stage} of ${session}\n`]));
}

/** Session/Stage of every page: a duplicate or a missing page shows here. */
function pageKeys(): string[] {
  return plainPages(emulator)
    .map((p) => `${String(p.values['Session'])}/${String(p.values['Stage'])}`)
    .sort();
}

const queryBodies = () =>
  emulator
    .log()
    .filter((e) => e.path.endsWith('/query'))
    .map((e) => JSON.stringify(e.body));

describe('a database over the query result limit', () => {
  it('created_time windows: a cold push finds every page, no duplicate, no missed page', async () => {
    // Three sessions pushed a few minutes apart: 9 pages over three created minutes.
    const sessions = ['alpha', 'beta', 'gamma'];
    const start = Date.now();
    for (const [i, session] of sessions.entries()) {
      emulator.clock.set(start + i * 180_000);
      writeWorkspace(workspace.dir, 'acme', [{ id: session, files: files(session) }]);
      expect((await push(emulator, workspace.dir)).code).toBe(0);
    }
    const expected = pageKeys();
    expect(expected).toHaveLength(9);

    emulator.setQueryResultLimit(5);
    for (const session of sessions) {
      writeArtifact(workspace.dir, 'acme', session, 'plan', `# plan of ${session}\n\nRevised.\n`);
    }
    // A fresh clone: nothing but the listing says which pages exist.
    rmSync(join(workspace.dir, '.idse', 'idse.db'));
    emulator.clearLog();
    const run = await push(emulator, workspace.dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ created: 0, updated: 3, skipped: 6, failed: 0 });
    expect(pageKeys()).toEqual(expected);
    // The listing went on from the last created_time an incomplete answer reached.
    expect(queryBodies().some((b) => b.includes('"created_time":{"on_or_after"'))).toBe(true);
    expect(queryBodies().some((b) => b.includes('"select":{"equals"'))).toBe(false);
  });

  it('one minute over the limit is split by Stage; push and pull still see every page', async () => {
    writeWorkspace(workspace.dir, 'acme', [
      { id: 'alpha', files: files('alpha') },
      { id: 'beta', files: files('beta') },
    ]);
    expect((await push(emulator, workspace.dir)).code).toBe(0);
    const expected = pageKeys();
    expect(expected).toHaveLength(6);

    emulator.setQueryResultLimit(4);
    writeArtifact(workspace.dir, 'acme', 'beta', 'spec', '# spec of beta\n\nRevised.\n');
    rmSync(join(workspace.dir, '.idse', 'idse.db'));
    emulator.clearLog();
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ created: 0, updated: 1, skipped: 5 });
    expect(pageKeys()).toEqual(expected);
    expect(queryBodies().some((b) => b.includes('"select":{"equals":"Specification"}'))).toBe(true);

    // A pull into an empty workspace makes every artifact from the capped database.
    const empty = makeTempDir();
    mkdirSync(join(empty.dir, '.idse'));
    try {
      const pulled = await pull(emulator, empty.dir, ['--project', 'acme']);
      expect(pulled.stderr).toBe('');
      expect(pulled.code).toBe(0);
      expect(pulled.report?.counts.pulled).toBe(6);
      expect(Object.keys(idseFiles(empty.dir)).filter((p) => p.endsWith('.md'))).toHaveLength(6);
    } finally {
      empty.cleanup();
    }
  });

  it('a listing that no narrowing completes stops the run with one clear error, nothing written', async () => {
    writeWorkspace(workspace.dir, 'acme', [
      { id: 'alpha', files: { intent: '# a\n' } },
      { id: 'beta', files: { intent: '# b\n' } },
    ]);
    expect((await push(emulator, workspace.dir)).code).toBe(0);
    emulator.setQueryResultLimit(1);
    writeArtifact(workspace.dir, 'acme', 'alpha', 'intent', '# a\n\nmore\n');
    rmSync(join(workspace.dir, '.idse', 'idse.db'));
    emulator.clearLog();
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Notion cut the listing of the live pages of data source');
    expect(run.stderr.match(/query result limit/g)).toHaveLength(1);
    expect(writes(emulator.log())).toEqual([]);
    expect(pageKeys()).toEqual(['alpha/Intent', 'beta/Intent']);
  });
});
