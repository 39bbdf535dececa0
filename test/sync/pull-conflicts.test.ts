import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { makeTempDir } from '../helpers/fixtures.js';
import type { Emulator } from '../notion-emulator/index.js';
import { idseProperties } from '../notion-emulator/idse-schema.js';
import { editorUpdate, pull, resolve } from './pull-helpers.js';
import { actionOf, commitAll, pageOf, push, writes } from './push-helpers.js';
import { writeWorkspace } from './push-helpers.js';

const SPEC_ID = 'acme::search::spec';
const SPEC = '.idse/projects/acme/sessions/search/specs/spec.md';
const COPY = '.idse/conflicts/acme/search/spec.notion.md';
const DOC = [
  '# Search',
  '',
  'Results come back ranked by score.',
  '',
  'The index lives in memory.',
  '',
  'Queries time out after one second.',
  '',
].join('\n');

let emulator: Emulator;
let workspace: TempDir;
let pageId: string;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(async () => {
  writeWorkspace(workspace.dir, 'acme', [{ id: 'search', files: { spec: DOC } }]);
  await push(emulator, workspace.dir);
  commitAll(workspace.dir);
  pageId = pageOf(emulator, 'search', 'Specification').id;
});

const file = (path = SPEC) => readFileSync(join(workspace.dir, path), 'utf8');
const edit = (text: string) => writeFileSync(join(workspace.dir, SPEC), text);

describe('the same block edited on both sides', () => {
  it('is a conflict until resolved; resolve then push writes the resolution', async () => {
    const local = DOC.replace('The index lives in memory.', 'The index lives on disk.');
    edit(local);
    await editorUpdate(emulator, pageId, [
      { old_str: 'The index lives in memory.', new_str: 'The index lives in Redis.' },
    ]);
    const notionVersion = emulator.pageMarkdown(pageId);

    const first = await pull(emulator, workspace.dir);
    expect(first.code).toBe(3);
    expect(actionOf(first.report, SPEC_ID)).toBe('conflict');
    expect(first.report?.artifacts[0]?.reason).toContain(COPY);
    expect(file()).toBe(local);
    expect(file(COPY)).toContain('The index lives in Redis.');
    expect(emulator.pageMarkdown(pageId)).toBe(notionVersion);

    // Every later pull says so, whether the page is read again or not.
    const later = await pull(emulator, workspace.dir);
    expect(later.code).toBe(3);
    expect(later.report?.counts.conflicts).toBe(1);
    expect(later.report?.artifacts[0]?.reason).toContain(`idse-sync resolve ${SPEC_ID}`);
    // A push refuses too: the page holds an edit that was never pulled.
    emulator.clearLog();
    expect((await push(emulator, workspace.dir)).code).toBe(3);
    expect(writes(emulator.log())).toEqual([]);

    // Edited again in Notion: the copy follows, so the resolution starts from the latest.
    await editorUpdate(emulator, pageId, [
      { old_str: 'Queries time out after one second.', new_str: 'Queries time out after 2 s.' },
    ]);
    const again = await pull(emulator, workspace.dir);
    expect(again.code).toBe(3);
    expect(file(COPY)).toContain('Queries time out after 2 s.');
    expect(file()).toBe(local);

    const resolved = DOC.replace(
      'The index lives in memory.',
      'The index lives in Redis, on disk.',
    );
    edit(resolved);
    const closed = await resolve(workspace.dir, SPEC_ID);
    expect(closed.code).toBe(0);
    expect(existsSync(join(workspace.dir, COPY))).toBe(false);
    // A pull between resolve and push keeps the resolution (no conflict again).
    const between = await pull(emulator, workspace.dir);
    expect(between.code).toBe(0);
    expect(file()).toBe(resolved);

    const pushed = await push(emulator, workspace.dir);
    expect(pushed.code).toBe(0);
    expect(actionOf(pushed.report, SPEC_ID)).toBe('updated');
    const page = emulator.pageMarkdown(pageId);
    expect(page).toContain('The index lives in Redis, on disk.');
    expect(page).toContain('Queries time out after one second.');
    expect(page).not.toContain('2 s.');

    const quiet = await pull(emulator, workspace.dir);
    expect(quiet.code).toBe(0);
    expect(quiet.report?.counts).toMatchObject({ pulled: 0, conflicts: 0 });
    expect(file()).toBe(resolved);
  });

  it('a block deleted in Notion but edited locally is a conflict too', async () => {
    const local = DOC.replace('The index lives in memory.', 'The index lives on disk.');
    edit(local);
    await editorUpdate(emulator, pageId, [
      { old_str: 'The index lives in memory.\n\n', new_str: '' },
    ]);
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(3);
    expect(file()).toBe(local);
    expect(file(COPY)).not.toContain('The index lives');
  });

  it('a dry run reports the conflict and writes no copy', async () => {
    edit(DOC.replace('The index lives in memory.', 'The index lives on disk.'));
    await editorUpdate(emulator, pageId, [
      { old_str: 'The index lives in memory.', new_str: 'The index lives in Redis.' },
    ]);
    const run = await pull(emulator, workspace.dir, ['--dry-run']);
    expect(run.code).toBe(3);
    expect(existsSync(join(workspace.dir, COPY))).toBe(false);
    expect((await pull(emulator, workspace.dir)).code).toBe(3);
    expect(existsSync(join(workspace.dir, COPY))).toBe(true);
  });
});

describe('different blocks edited on both sides', () => {
  it('merge: the file gets both edits and the next push sends the merge', async () => {
    edit(
      DOC.replace('Results come back ranked by score.', 'Results come back ranked by relevance.'),
    );
    await editorUpdate(emulator, pageId, [
      { old_str: 'Queries time out after one second.', new_str: 'Queries time out after 2 s.' },
    ]);
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.artifacts[0]).toMatchObject({
      action: 'pulled',
      reason: 'merged with local edits',
    });
    const merged = DOC.replace(
      'Results come back ranked by score.',
      'Results come back ranked by relevance.',
    ).replace('Queries time out after one second.', 'Queries time out after 2 s.');
    expect(file()).toBe(merged);

    emulator.clearLog();
    const pushed = await push(emulator, workspace.dir);
    expect(actionOf(pushed.report, SPEC_ID)).toBe('updated');
    expect(writes(emulator.log()).map((e) => `${e.method} ${e.path}`)).toEqual([
      `PATCH /v1/pages/${pageId}/markdown`,
      `PATCH /v1/pages/${pageId}`,
    ]);
    const page = emulator.pageMarkdown(pageId);
    expect(page).toContain('ranked by relevance');
    expect(page).toContain('after 2 s.');

    // Closed loop: nothing left to pull or push.
    expect((await pull(emulator, workspace.dir)).report?.counts.pulled).toBe(0);
    emulator.clearLog();
    expect((await push(emulator, workspace.dir)).report?.counts.updated).toBe(0);
    expect(writes(emulator.log())).toEqual([]);
    expect(file()).toBe(merged);
  });

  it('the same edit made on both sides is no conflict', async () => {
    const both = DOC.replace('The index lives in memory.', 'The index lives on disk.');
    edit(both);
    await editorUpdate(emulator, pageId, [
      { old_str: 'The index lives in memory.', new_str: 'The index lives on disk.' },
    ]);
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(file()).toBe(both);
    emulator.clearLog();
    await push(emulator, workspace.dir);
    expect(writes(emulator.log()).filter((e) => e.path.endsWith('/markdown'))).toEqual([]);
  });
});

describe('a database without the Sync property (one machine, the spine remembers)', () => {
  it('merges, pushes the merge, and then has nothing to pull or push', async () => {
    const properties = Object.fromEntries(
      Object.entries(idseProperties()).filter(([name]) => name !== 'Sync'),
    );
    const { databaseId } = emulator.createDatabase({ properties });
    const env = { IDSE_NOTION_DATABASE_ID: databaseId };
    const solo = makeTempDir();
    try {
      writeWorkspace(solo.dir, 'acme', [{ id: 'search', files: { spec: DOC } }]);
      expect((await push(emulator, solo.dir, [], env)).code).toBe(0);
      const spec = (await push(emulator, solo.dir, [], env)).report?.artifacts[0]?.pageId ?? '';
      const path = join(solo.dir, SPEC);
      writeFileSync(path, DOC.replace('ranked by score', 'ranked by relevance'));
      await editorUpdate(emulator, spec, [
        { old_str: 'Queries time out after one second.', new_str: 'Queries time out after 2 s.' },
      ]);
      const run = await pull(emulator, solo.dir, [], env);
      expect(run.code).toBe(0);
      const merged = DOC.replace('ranked by score', 'ranked by relevance').replace(
        'after one second.',
        'after 2 s.',
      );
      expect(readFileSync(path, 'utf8')).toBe(merged);
      const pushed = await push(emulator, solo.dir, [], env);
      expect(actionOf(pushed.report, SPEC_ID)).toBe('updated');
      expect(emulator.pageMarkdown(spec)).toContain('ranked by relevance');
      expect((await pull(emulator, solo.dir, [], env)).report?.counts.pulled).toBe(0);
      emulator.clearLog();
      expect((await push(emulator, solo.dir, [], env)).report?.counts.updated).toBe(0);
      expect(writes(emulator.log())).toEqual([]);
    } finally {
      solo.cleanup();
    }
  });
});
