// Archived and trashed pages, as Notion's query reference has them: a query returns the live
// partition, `is_archived: true` the archived one, and `in_trash` is no query parameter.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { emulatorClient } from '../notion-emulator/client.js';
import type { Emulator } from '../notion-emulator/index.js';
import { pull } from './pull-helpers.js';
import {
  actionOf,
  openSpine,
  pageOf,
  plainPages,
  push,
  writeArtifact,
  writeWorkspace,
  writes,
} from './push-helpers.js';

const FILES = {
  intent: '# Search\n\nFind notes fast.\n',
  spec: '# Spec\n\nQueries return in rank order.\n',
  plan: '# Plan\n\n1. Index\n2. Query\n',
};
const SPEC = 'acme::search::spec';

let emulator: Emulator;
let workspace: TempDir;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(async () => {
  writeWorkspace(workspace.dir, 'acme', [{ id: 'search', files: FILES }]);
  expect((await push(emulator, workspace.dir)).code).toBe(0);
});

const editor = () => emulatorClient(emulator, { as: 'editor' });
const queries = () => emulator.log().filter((e) => e.path.endsWith('/query'));

describe('a page a teammate archives', () => {
  it('push creates nothing and reports it with how to restore; restored, push updates it', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    await editor().pages.update({ page_id: spec, is_archived: true } as never);
    writeArtifact(workspace.dir, 'acme', 'search', 'spec', '# Spec\n\nRanked by recency.\n');
    emulator.clearLog();

    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    const outcome = run.report?.artifacts.find((a) => a.idseId === SPEC);
    expect(outcome).toMatchObject({ action: 'archived', pageId: spec });
    expect(outcome?.reason).toMatch(/is archived in Notion; nothing was written.*restore the page/);
    expect(run.report?.counts).toMatchObject({ created: 0, updated: 0, failed: 0 });
    expect(writes(emulator.log())).toEqual([]);
    expect(plainPages(emulator)).toHaveLength(3);
    // Found through the archive partition; no query ever carried in_trash.
    expect(queries().some((e) => (e.body as { is_archived?: boolean }).is_archived === true)).toBe(
      true,
    );
    expect(queries().every((e) => !('in_trash' in (e.body as object)))).toBe(true);

    await editor().pages.update({ page_id: spec, is_archived: false } as never);
    const restored = await push(emulator, workspace.dir);
    expect(restored.code).toBe(0);
    expect(actionOf(restored.report, SPEC)).toBe('updated');
    expect(emulator.pageMarkdown(spec)).toContain('Ranked by recency.');
    expect(plainPages(emulator)).toHaveLength(3);
  });

  it('a fresh clone without the spine finds the archived page too: no second page', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    await editor().pages.update({ page_id: spec, is_archived: true } as never);
    rmSync(join(workspace.dir, '.idse', 'idse.db'));
    emulator.clearLog();
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(actionOf(run.report, SPEC)).toBe('archived');
    expect(emulator.log().some((e) => e.method === 'POST' && e.path === '/v1/pages')).toBe(false);
    expect(plainPages(emulator)).toHaveLength(3);
  });

  it('pull reports it and leaves the file; the pull cursor does not move for it', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    expect((await pull(emulator, workspace.dir)).code).toBe(0);
    await editor().pages.update({ page_id: spec, is_archived: true } as never);
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.artifacts.find((a) => a.idseId === SPEC)).toMatchObject({
      action: 'archived',
      pageId: spec,
    });
    expect(run.report?.artifacts.find((a) => a.idseId === SPEC)?.reason).toMatch(
      /the local file stays as it is/,
    );
  });
});

describe('a page in the trash', () => {
  it('push retrieves the known page once, says it is in the trash, and makes a new one', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    await editor().pages.update({ page_id: spec, in_trash: true });
    writeArtifact(workspace.dir, 'acme', 'search', 'spec', '# Spec\n\nRanked by recency.\n');
    emulator.clearLog();
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(actionOf(run.report, SPEC)).toBe('created');
    expect(run.report?.warnings).toContainEqual(
      expect.stringContaining(`its page ${spec} is in Notion's trash; a new page is created`),
    );
    expect(
      emulator.log().filter((e) => e.method === 'GET' && e.path === `/v1/pages/${spec}`),
    ).toHaveLength(1);
    expect(pageOf(emulator, 'search', 'Specification').id).not.toBe(spec);
  });

  it('a first pull retrieves the known page missing from the live listing and reports it trashed', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    await editor().pages.update({ page_id: spec, in_trash: true });
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.artifacts.find((a) => a.idseId === SPEC)).toMatchObject({
      action: 'trashed',
      pageId: spec,
    });
    const db = openSpine(workspace.dir);
    try {
      expect(db.getArtifact('acme', 'search', 'spec')?.content).toBe(FILES.spec);
    } finally {
      db.close();
    }
  });

  it('a page no longer shared is named as such, not as a deletion the tool did', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    const db = openSpine(workspace.dir);
    try {
      // The spine's copy names a page this integration cannot see (another workspace's id).
      const record = db.getArtifact('acme', 'search', 'spec');
      if (record === undefined) throw new Error('no spec');
      const gone = '0123456789abcdef0123456789abcdef';
      db.recordPush(record.id, { hash: record.contentHash, pageId: gone });
      const snapshot = db.getRemoteSnapshot(SPEC);
      if (snapshot === undefined) throw new Error('no snapshot');
      db.saveRemoteSnapshot(SPEC, { ...snapshot, pageId: gone });
    } finally {
      db.close();
    }
    await editor().pages.update({ page_id: spec, in_trash: true });
    writeArtifact(workspace.dir, 'acme', 'search', 'spec', '# Spec\n\nRanked by recency.\n');
    const run = await push(emulator, workspace.dir);
    expect(run.report?.warnings).toContainEqual(
      expect.stringMatching(
        /is not in the database for this integration \(deleted for good, moved, or no longer shared/,
      ),
    );
  });
});
