import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator-workspace.js';
import { STAGES } from '../../src/spine/index.js';
import {
  REPO_ROOT,
  copySharedFixture,
  itWithSharedFixtures,
  makeTempDir,
} from '../helpers/fixtures.js';
import type { Emulator } from '../notion-emulator/index.js';
import { idseFiles, pull, spineDump } from './pull-helpers.js';
import { commitAll, push, writeWorkspace, writes } from './push-helpers.js';

const DAY = 86_400_000;
const CORPUS = join(REPO_ROOT, 'test/markdown-corpus');

let emulator: Emulator;
const cleanups: (() => void)[] = [];
useEmulator((started) => (emulator = started));
beforeEach(() => {
  // The push happened yesterday: tonight's pull is the first, the next one sees no edit.
  emulator.clock.set(Date.now() - DAY);
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/**
 * Push, then pull twice with nobody editing in Notion: the first pull reads every page (no
 * cursor yet) and changes nothing; the second reads no page and leaves the spine's bytes as
 * they were.
 */
async function expectPullChangesNothing(root: string, artifacts: number): Promise<void> {
  const pushed = await push(emulator, root);
  expect(pushed.code).toBe(0);
  expect(pushed.report?.counts.created).toBe(artifacts);
  emulator.clock.set(Date.now());
  const files = idseFiles(root);
  const spine = spineDump(root);

  emulator.clearLog();
  const first = await pull(emulator, root);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  expect(first.report?.counts).toMatchObject({ pulled: 0, failed: 0, conflicts: 0 });
  expect(first.report?.counts.skipped).toBe(artifacts);
  expect(idseFiles(root)).toEqual(files);
  expect(spineDump(root)).toBe(spine);
  expect(writes(emulator.log())).toEqual([]);

  const bytes = readFileSync(join(root, '.idse', 'idse.db'));
  emulator.clearLog();
  const second = await pull(emulator, root);
  expect(second.code).toBe(0);
  expect(second.report?.artifacts).toEqual([]);
  expect(readFileSync(join(root, '.idse', 'idse.db')).equals(bytes)).toBe(true);
  expect(idseFiles(root)).toEqual(files);
  // Two schema reads, the edited-since query of live pages and the archive partition: no page
  // read.
  expect(
    emulator.log().map((e) => `${e.method} ${e.path.replace(/[0-9a-f-]{32,36}/g, ':id')}`),
  ).toEqual([
    'GET /v1/databases/:id',
    'GET /v1/data_sources/:id',
    'POST /v1/data_sources/:id/query',
    'POST /v1/data_sources/:id/query',
  ]);
}

describe('push then pull with no edit in Notion changes nothing', () => {
  itWithSharedFixtures('the head fixture (56 artifacts, messy spine) in a git repo', async () => {
    const fixture = copySharedFixture('head');
    cleanups.push(fixture.cleanup);
    commitAll(fixture.root);
    await expectPullChangesNothing(fixture.root, 56);
  });

  it.skipIf(!existsSync(CORPUS))('the markdown corpus, one artifact per document', async () => {
    const workspace = makeTempDir();
    cleanups.push(workspace.cleanup);
    // A local file cannot make Notion blocks that only Notion has (`<unknown>` names an
    // existing block of the page): such a document is a pull-side round trip, not a push.
    const docs = readdirSync(CORPUS)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => readFileSync(join(CORPUS, name), 'utf8'))
      .filter((doc) => !doc.includes('<unknown'));
    const sessions = [];
    for (let s = 0; s * STAGES.length < docs.length; s++) {
      const files: Record<string, string> = {};
      STAGES.forEach((stage, i) => {
        const doc = docs[s * STAGES.length + i];
        if (doc !== undefined) files[stage] = doc;
      });
      sessions.push({ id: `corpus-${s}`, files });
    }
    writeWorkspace(workspace.dir, 'corpus', sessions);
    commitAll(workspace.dir);
    await expectPullChangesNothing(workspace.dir, docs.length);
  });
});
