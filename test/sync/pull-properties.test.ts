import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { emulatorClient } from '../notion-emulator/client.js';
import type { Emulator } from '../notion-emulator/index.js';
import { pull } from './pull-helpers.js';
import { openSpine, pageOf, push, writeWorkspace, writes } from './push-helpers.js';

const FILES = {
  intent: '# Search\n\nFind notes fast.\n',
  spec: '# Spec\n\nQueries return in rank order.\n',
  plan: '# Plan\n\n1. Index\n2. Query\n',
};

let emulator: Emulator;
let workspace: TempDir;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(async () => {
  writeWorkspace(workspace.dir, 'acme', [{ id: 'search', status: 'draft', files: FILES }]);
  await push(emulator, workspace.dir);
});

const editor = () => emulatorClient(emulator, { as: 'editor' });

/** Upstream stages of an artifact, as the spine's artifact_dependencies say. */
function upstreamOf(stage: 'spec' | 'plan'): string[] {
  const db = openSpine(workspace.dir);
  try {
    const record = db.getArtifact('acme', 'search', stage);
    return db
      .getDependencies(record?.id ?? -1, 'upstream')
      .map((a) => a.stage)
      .sort();
  } finally {
    db.close();
  }
}

describe('property edits made in Notion', () => {
  it('Upstream Artifact becomes artifact_dependencies; the next push writes nothing', async () => {
    const intent = pageOf(emulator, 'search', 'Intent').id;
    const spec = pageOf(emulator, 'search', 'Specification').id;
    const plan = pageOf(emulator, 'search', 'Plan').id;
    await editor().pages.update({
      page_id: plan,
      properties: { 'Upstream Artifact': { relation: [{ id: intent }, { id: spec }] } },
    });
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.warnings).toContain(
      'acme::search::plan: upstream artifacts updated from Notion',
    );
    expect(upstreamOf('plan')).toEqual(['intent', 'spec']);

    emulator.clearLog();
    const pushed = await push(emulator, workspace.dir);
    expect(pushed.report?.counts).toMatchObject({ updated: 0, conflicts: 0 });
    expect(writes(emulator.log())).toEqual([]);

    // Taking one away in Notion takes it away locally too.
    await editor().pages.update({
      page_id: plan,
      properties: { 'Upstream Artifact': { relation: [{ id: spec }] } },
    });
    await pull(emulator, workspace.dir);
    expect(upstreamOf('plan')).toEqual(['spec']);
    emulator.clearLog();
    await push(emulator, workspace.dir);
    expect(writes(emulator.log())).toEqual([]);
  });

  it('a local dependency not pushed yet is never erased by a pull', async () => {
    const db = openSpine(workspace.dir);
    try {
      const spec = db.getArtifact('acme', 'search', 'spec');
      const intent = db.getArtifact('acme', 'search', 'intent');
      db.saveDependency(spec?.id ?? -1, intent?.id ?? -1);
    } finally {
      db.close();
    }
    const spec = pageOf(emulator, 'search', 'Specification').id;
    // The page is edited (body), its Upstream is still empty: that is no relation edit.
    await editor().request({
      path: `pages/${spec}/markdown`,
      method: 'patch',
      body: {
        markdown_version: 'v2',
        type: 'update_content',
        update_content: {
          content_updates: [{ old_str: 'rank order', new_str: 'score order' }],
        },
      },
    });
    const run = await pull(emulator, workspace.dir);
    expect(run.report?.counts.pulled).toBe(1);
    expect(upstreamOf('spec')).toEqual(['intent']);
  });

  it('Status changed in Notion is reported, not applied; push leaves it too', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    await editor().pages.update({
      page_id: spec,
      properties: { Status: { status: { name: 'Locked' } } },
    });
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.warnings).toContain(
      'acme::search::spec: "Status" was changed in Notion to "Locked"; not applied (change it in the workspace)',
    );
    const db = openSpine(workspace.dir);
    try {
      expect(db.getSession('acme', 'search')?.status).toBe('draft');
    } finally {
      db.close();
    }
    emulator.clearLog();
    await push(emulator, workspace.dir);
    expect(writes(emulator.log())).toEqual([]);
    expect(pageOf(emulator, 'search', 'Specification').values['Status']).toBe('Locked');
  });
});
