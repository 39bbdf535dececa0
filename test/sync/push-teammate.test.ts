import type { Client } from '@notionhq/client';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { markdownHash } from '../../src/sync/sync-base.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { updateContent } from '../notion-emulator/harness.js';
import type { Emulator } from '../notion-emulator/index.js';
import {
  actionOf,
  openSpine,
  pageOf,
  push,
  sentProperties,
  writeArtifact,
  writeSessionJson,
  writeWorkspace,
  writes,
} from './push-helpers.js';

const PROJECT = 'acme';
const INTENT = 'acme::search::intent';
const SPEC = 'acme::search::spec';

let emulator: Emulator;
let editor: Client;
let workspace: TempDir;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeAll(async () => {
  editor = emulatorClient(emulator, { as: 'editor' });
});
beforeEach(async () => {
  writeWorkspace(workspace.dir, PROJECT, [
    {
      id: 'search',
      status: 'draft',
      files: {
        intent: '# Search\n\nFind notes fast.\n\nKeep it simple.\n',
        spec: '# Spec\n\nQueries return in order.\n',
      },
    },
  ]);
  expect((await push(emulator, workspace.dir)).report?.counts.created).toBe(2);
});

async function teammateEditsBody(): Promise<{ pageId: string; markdown: string }> {
  const { id } = pageOf(emulator, 'search', 'Intent');
  await updateContent(editor, id, [
    { old_str: 'Keep it simple.', new_str: 'Keep it simple and fast.' },
  ]);
  return { pageId: id, markdown: emulator.pageMarkdown(id) };
}

describe('a teammate edit in Notion', () => {
  it('of the body is never overwritten: conflict, exit 3, the other artifacts still pushed', async () => {
    const edited = await teammateEditsBody();
    writeArtifact(
      workspace.dir,
      PROJECT,
      'search',
      'intent',
      '# Search\n\nFind notes quickly.\n\nKeep it simple.\n',
    );
    writeArtifact(
      workspace.dir,
      PROJECT,
      'search',
      'spec',
      '# Spec\n\nQueries return in rank order.\n',
    );
    emulator.clearLog();

    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(3);
    expect(actionOf(run.report, INTENT)).toBe('conflict');
    expect(run.report?.artifacts.find((a) => a.idseId === INTENT)?.reason).toMatch(
      /edited in Notion since the last sync.*idse-sync pull/,
    );
    expect(actionOf(run.report, SPEC)).toBe('updated');
    expect(emulator.pageMarkdown(edited.pageId)).toBe(edited.markdown);
    expect(writes(emulator.log()).filter((e) => e.path.includes(edited.pageId))).toEqual([]);
    expect(emulator.pageMarkdown(pageOf(emulator, 'search', 'Specification').id)).toContain(
      'rank order',
    );
  });

  it('of the body with no local change is left for pull: nothing written', async () => {
    await teammateEditsBody();
    emulator.clearLog();
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ skipped: 2, conflicts: 0 });
    expect(writes(emulator.log())).toEqual([]);
  });

  it('of the body is overwritten with --force, and the report says so', async () => {
    const edited = await teammateEditsBody();
    writeArtifact(workspace.dir, PROJECT, 'search', 'intent', '# Search\n\nFind notes quickly.\n');
    const run = await push(emulator, workspace.dir, ['--force']);
    expect(run.code).toBe(0);
    expect(actionOf(run.report, INTENT)).toBe('updated');
    expect(run.report?.warnings.join('\n')).toMatch(
      /acme::search::intent: --force overwrote edits made in Notion/,
    );
    expect(emulator.pageMarkdown(edited.pageId)).toContain('Find notes quickly.');
    expect(emulator.pageMarkdown(edited.pageId)).not.toContain('simple and fast');

    // The ledger now matches the page: the next push has nothing to do.
    emulator.clearLog();
    const again = await push(emulator, workspace.dir);
    expect(again.report?.counts).toMatchObject({ skipped: 2 });
    expect(writes(emulator.log())).toEqual([]);
  });

  it('of the body is overwritten once the user resolved the conflict over that version', async () => {
    const edited = await teammateEditsBody();
    writeArtifact(workspace.dir, PROJECT, 'search', 'intent', '# Search\n\nMy merged text.\n');
    // What `idse-sync pull` records when it cannot merge, then what `resolve` does.
    const db = openSpine(workspace.dir);
    db.recordConflict({
      idseId: INTENT,
      notionCopyPath: '.idse/conflicts/acme/search/intent.notion.md',
      localHash: null,
      remoteHash: markdownHash(edited.markdown),
    });
    db.close();
    const open = await push(emulator, workspace.dir);
    expect(open.code).toBe(3);
    expect(open.report?.artifacts.find((a) => a.idseId === INTENT)?.reason).toMatch(
      /unresolved conflict since .*\.idse\/conflicts\/acme\/search\/intent\.notion\.md: edit the file, then run `idse-sync resolve acme::search::intent`/,
    );

    const spine = openSpine(workspace.dir);
    spine.resolveConflict(INTENT);
    spine.close();
    const resolved = await push(emulator, workspace.dir);
    expect(resolved.code).toBe(0);
    expect(actionOf(resolved.report, INTENT)).toBe('updated');
    expect(emulator.pageMarkdown(edited.pageId)).toContain('My merged text.');
  });

  it('of the body made after the resolved version is still a conflict', async () => {
    const edited = await teammateEditsBody();
    writeArtifact(workspace.dir, PROJECT, 'search', 'intent', '# Search\n\nMy merged text.\n');
    const db = openSpine(workspace.dir);
    db.recordConflict({
      idseId: INTENT,
      notionCopyPath: '.idse/conflicts/acme/search/intent.notion.md',
      localHash: null,
      remoteHash: markdownHash(edited.markdown),
    });
    db.resolveConflict(INTENT);
    db.close();
    await updateContent(editor, edited.pageId, [
      { old_str: 'Find notes fast.', new_str: 'Find it.' },
    ]);
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(3);
    expect(emulator.pageMarkdown(edited.pageId)).toContain('Find it.');
  });

  it('of Status is reported and left alone while the other changes go through', async () => {
    const intent = pageOf(emulator, 'search', 'Intent');
    await editor.pages.update({
      page_id: intent.id,
      properties: { Status: { status: { name: 'Locked' } } },
    });
    writeSessionJson(workspace.dir, PROJECT, { id: 'search', status: 'review' });
    writeArtifact(
      workspace.dir,
      PROJECT,
      'search',
      'intent',
      '# Search\n\nFind notes quickly.\n\nKeep it simple.\n',
    );
    emulator.clearLog();

    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(actionOf(run.report, INTENT)).toBe('updated');
    expect(run.report?.warnings).toContain(
      'acme::search::intent: "Status" was changed in Notion since the last sync; left as it is',
    );
    const patches = writes(emulator.log()).filter((e) => e.path === `/v1/pages/${intent.id}`);
    expect(patches.map(sentProperties)).toEqual([['Sync']]);
    expect(pageOf(emulator, 'search', 'Intent').values['Status']).toBe('Locked');
    expect(emulator.pageMarkdown(intent.id)).toContain('Find notes quickly.');
    // The spec page had no Notion edit: its Status follows the session.
    expect(pageOf(emulator, 'search', 'Specification').values['Status']).toBe('In Review');

    // Still reported, still not written, on the next push.
    emulator.clearLog();
    const again = await push(emulator, workspace.dir);
    expect(again.report?.warnings.join('\n')).toMatch(/"Status" was changed in Notion/);
    expect(writes(emulator.log())).toEqual([]);
  });

  it('of Status is overwritten with --force, and the report says so', async () => {
    const intent = pageOf(emulator, 'search', 'Intent');
    await editor.pages.update({
      page_id: intent.id,
      properties: { Status: { status: { name: 'Locked' } } },
    });
    writeSessionJson(workspace.dir, PROJECT, { id: 'search', status: 'review' });
    const run = await push(emulator, workspace.dir, ['--force']);
    expect(run.code).toBe(0);
    expect(run.report?.warnings.join('\n')).toMatch(
      /acme::search::intent: --force overwrote "Status", changed in Notion since the last sync/,
    );
    expect(pageOf(emulator, 'search', 'Intent').values['Status']).toBe('In Review');
  });
});
