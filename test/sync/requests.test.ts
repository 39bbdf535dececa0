import Database from 'better-sqlite3';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/notion/ledger.js';
import { WorkspaceLayout } from '../../src/workspace/layout.js';
import { copySharedFixture, itWithSharedFixtures, makeTempDir } from '../helpers/fixtures.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { updateContent } from '../notion-emulator/harness.js';
import { startEmulator, type Emulator, type LogEntry } from '../notion-emulator/index.js';
import { pull } from './pull-helpers.js';
import {
  actionOf,
  describe as requestsOf,
  pageOf,
  plainPages,
  push,
  writeArtifact,
  writeSessionJson,
  writeWorkspace,
  writes,
} from './push-helpers.js';

// What each request saving of issue 17 is worth, counted at the emulator: every figure here
// fails if a request comes back (a read before a write, a read-back after a create).

const HEAD_ARTIFACTS = 56;

/** The run's own reads: the schema (database, data source) and the bot user lookup. */
const isRunRead = (r: string) =>
  /^GET \/v1\/(databases|data_sources)\/[^/]+$/.test(r) || r === 'GET /v1/users/me';
const isQuery = (r: string) => /^POST \/v1\/data_sources\/[^/]+\/query$/.test(r);
const perArtifact = (log: readonly LogEntry[]) =>
  requestsOf(log).filter((r) => !isRunRead(r) && !isQuery(r));

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => emulator.close());

describe('requests on the head fixture (56 artifacts)', () => {
  let fixture: { root: string; cleanup: () => void } | undefined;
  afterAll(() => fixture?.cleanup());

  /** The artifact files of the fixture, in a stable order. */
  function artifactFiles(root: string): string[] {
    const sessions = join(root, '.idse', 'projects');
    return readdirSync(sessions, { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('.md') && !p.includes('metadata'))
      .sort()
      .map((p) => join(sessions, p));
  }

  itWithSharedFixtures('a first push: one request per created page', async () => {
    emulator.reset();
    fixture = copySharedFixture('head');
    const run = await push(emulator, fixture.root);
    expect(run.code).toBe(0);
    expect(run.report?.counts.created).toBe(HEAD_ARTIFACTS);
    const own = perArtifact(emulator.log());
    // 56 creates and the second pass of the one spec that links pages this push creates.
    expect(own.filter((r) => r === 'POST /v1/pages')).toHaveLength(HEAD_ARTIFACTS);
    expect(own.length / HEAD_ARTIFACTS).toBeLessThanOrEqual(1.1);
    expect(own.filter((r) => r.startsWith('GET '))).toEqual([]);
  });

  itWithSharedFixtures('a re-push of 5 changed bodies: two requests each, no read', async () => {
    if (fixture === undefined) throw new Error('needs the first push');
    const root = fixture.root;
    await push(emulator, root); // confirms the new pages (one listing), writes nothing
    const changed = artifactFiles(root).slice(0, 5);
    for (const file of changed)
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nOne more line.\n`);
    emulator.clearLog();
    const run = await push(emulator, root);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ updated: 5, failed: 0, conflicts: 0 });
    const own = perArtifact(emulator.log());
    expect(own).toHaveLength(2 * 5);
    expect(own.filter((r) => r.startsWith('GET '))).toEqual([]);
    expect(own.filter((r) => r.endsWith('/markdown'))).toHaveLength(5);
  });

  itWithSharedFixtures(
    "a fresh clone's first pull with nothing edited reads no page body",
    async () => {
      if (fixture === undefined) throw new Error('needs the pushes');
      const db = new Database(join(fixture.root, '.idse', 'idse.db'));
      db.exec(
        'DELETE FROM sync_metadata; DELETE FROM idse_sync_remote_snapshots; DELETE FROM idse_sync_cursors;',
      );
      db.close();
      emulator.clearLog();
      const run = await pull(emulator, fixture.root);
      expect(run.code).toBe(0);
      expect(run.report?.counts).toMatchObject({ pulled: 0, failed: 0, conflicts: 0 });
      // ⌈pages/100⌉ × 2 + 4: two schema reads, the live and the archived listing, the bot user.
      const bound = Math.ceil(HEAD_ARTIFACTS / 100) * 2 + 4;
      expect(run.report?.requests).toBeLessThanOrEqual(bound);
      expect(requestsOf(emulator.log()).filter((r) => r.includes('/markdown'))).toEqual([]);
    },
  );
});

describe('a write over an edit nobody compared keeps it visible (the unread ledger)', () => {
  let workspace: { dir: string; cleanup: () => void };
  beforeEach(async () => {
    emulator.reset();
    workspace = makeTempDir();
    writeWorkspace(workspace.dir, 'acme', [
      {
        id: 'search',
        status: 'draft',
        files: { intent: '# Search\n\nFind notes fast.\n\nKeep it simple.\n' },
      },
    ]);
    expect((await push(emulator, workspace.dir)).report?.counts.created).toBe(1);
  });
  afterEach(() => workspace.cleanup());

  it('a property write after a teammate edit: the pull still reads and pulls it, a push never overwrites it', async () => {
    const { id } = pageOf(emulator, 'search', 'Intent');
    const editor = emulatorClient(emulator, { as: 'editor' });
    await updateContent(editor, id, [
      { old_str: 'Keep it simple.', new_str: 'Keep it simple and fast.' },
    ]);
    // The file is unchanged; the session's status changes: a properties write, no body read.
    writeSessionJson(workspace.dir, 'acme', { id: 'search', status: 'review' });
    emulator.clearLog();
    const statusPush = await push(emulator, workspace.dir);
    expect(statusPush.code).toBe(0);
    expect(requestsOf(emulator.log()).filter((r) => r.includes('/markdown'))).toEqual([]);
    const raw = emulator.listPages().find((p) => p.id === id) as {
      last_edited_by?: { id: string };
    };
    expect(raw.last_edited_by?.id).toBe(emulator.botUserId);
    const page = plainPages(emulator).find((p) => p.id === id);
    expect(parseLedger(String(page?.values['Sync'] ?? ''))?.unread).toBe(true);

    // Our write is the last edit now, but the ledger says the body was not compared.
    const local = new WorkspaceLayout(workspace.dir).artifactPath('acme', 'search', 'intent');
    writeArtifact(
      workspace.dir,
      'acme',
      'search',
      'intent',
      '# Search\n\nFind notes fast.\n\nKeep it simple.\n\nA local line.\n',
    );
    const conflicting = await push(emulator, workspace.dir);
    expect(actionOf(conflicting.report, 'acme::search::intent')).toBe('conflict');
    expect(emulator.pageMarkdown(id)).toContain('Keep it simple and fast.');
    writeFileSync(local, '# Search\n\nFind notes fast.\n\nKeep it simple.\n');

    const pulled = await pull(emulator, workspace.dir);
    expect(actionOf(pulled.report, 'acme::search::intent')).toBe('pulled');
    expect(readFileSync(local, 'utf8')).toContain('Keep it simple and fast.');
    const after = plainPages(emulator).find((p) => p.id === id);
    expect(parseLedger(String(after?.values['Sync'] ?? ''))?.unread).toBeUndefined();
    emulator.clearLog();
    const quiet = await pull(emulator, workspace.dir);
    expect(quiet.report?.counts.pulled).toBe(0);
    expect(requestsOf(emulator.log()).filter((r) => r.includes('/markdown'))).toEqual([]);
    expect(writes(emulator.log())).toEqual([]);
  });
});
