import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { emulatorClient } from '../notion-emulator/client.js';
import type { Emulator } from '../notion-emulator/index.js';
import {
  describe as requestsOf,
  openSpine,
  pageOf,
  push,
  sentProperties,
  writeArtifact,
  writeSessionJson,
  writeWorkspace,
  writes,
  type SessionSpec,
} from './push-helpers.js';

const PROJECT = 'acme';
const SESSIONS: SessionSpec[] = [
  {
    id: '__blueprint__',
    status: 'in_progress',
    tags: ['platform', 'full'],
    description: 'Acme blueprint',
    files: { intent: '# Intent\n\nWhy Acme.\n', spec: '# Spec\n\nWhat Acme does.\n' },
  },
  {
    id: 'search-v2',
    status: 'review',
    tags: ['ui', 'hotfix', 'application'],
    description: 'Full-text search',
    files: { intent: '# Search\n\nFind notes.\n', plan: '# Plan\n\n1. Index\n2. Query\n' },
  },
  { id: 'plain', files: { intent: '# Plain\n\nNo tags here.\n' } },
];

let emulator: Emulator;
let workspace: TempDir;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(async () => {
  writeWorkspace(workspace.dir, PROJECT, SESSIONS);
  const first = await push(emulator, workspace.dir);
  expect(first.report?.counts.created).toBe(5);
  emulator.clearLog();
});

describe('page properties', () => {
  it('creates pages with every mode, optional values only where the session has them', () => {
    expect(pageOf(emulator, '__blueprint__', 'Intent').values).toMatchObject({
      Title: 'Intent – __blueprint__',
      Status: 'In Review',
      Layer: 'Platform',
      'Run Scope': 'Full',
      'Feature / Capability': 'Acme blueprint',
      Version: '',
    });
    // The first tag of each set wins, title-cased (UI stays upper case).
    expect(pageOf(emulator, 'search-v2', 'Plan').values).toMatchObject({
      Title: 'Plan – search-v2',
      Status: 'In Review',
      Layer: 'UI',
      'Run Scope': 'Hotfix',
      Version: 'v2',
    });
    expect(pageOf(emulator, 'plain', 'Intent').values).toMatchObject({
      Status: 'Draft',
      Layer: null,
      'Run Scope': null,
      'Feature / Capability': '',
    });
  });

  it('never sends Title or Session on update, so a renamed page keeps its name', async () => {
    const page = pageOf(emulator, 'plain', 'Intent');
    await emulatorClient(emulator, { as: 'editor' }).pages.update({
      page_id: page.id,
      properties: { Title: { title: [{ text: { content: 'Why we keep it plain' } }] } },
    });
    writeArtifact(workspace.dir, PROJECT, 'plain', 'intent', '# Plain\n\nStill no tags.\n');
    writeSessionJson(workspace.dir, PROJECT, { id: 'plain', status: 'complete' });
    emulator.clearLog();

    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ updated: 1, skipped: 4 });
    const patches = writes(emulator.log()).filter((e) => e.path === `/v1/pages/${page.id}`);
    expect(patches).toHaveLength(1);
    expect(sentProperties(patches[0] as never)).toEqual(['Status', 'Sync']);
    expect(pageOf(emulator, 'plain', 'Intent').values).toMatchObject({
      Title: 'Why we keep it plain',
      Status: 'Locked',
    });
  });

  it('follows a session status change with one properties write per page and nothing else', async () => {
    writeSessionJson(workspace.dir, PROJECT, {
      ...SESSIONS[1],
      id: 'search-v2',
      status: 'archived',
    });
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ updated: 2, skipped: 3, created: 0 });
    const sent = writes(emulator.log());
    expect(requestsOf(sent).every((r) => /^PATCH \/v1\/pages\/[0-9a-f-]+$/.test(r))).toBe(true);
    expect(sent.map((e) => e.path).sort()).toEqual(
      [pageOf(emulator, 'search-v2', 'Intent').id, pageOf(emulator, 'search-v2', 'Plan').id]
        .map((id) => `/v1/pages/${id}`)
        .sort(),
    );
    for (const entry of sent) expect(sentProperties(entry)).toEqual(['Status', 'Sync']);
    expect(pageOf(emulator, 'search-v2', 'Plan').values['Status']).toBe('Superseded');
  });

  it('sets Layer and Run Scope only once the session gets a matching tag', async () => {
    writeSessionJson(workspace.dir, PROJECT, { id: 'plain', tags: ['notes', 'Data', 'module'] });
    const run = await push(emulator, workspace.dir);
    expect(run.report?.counts).toMatchObject({ updated: 1, skipped: 4 });
    const [entry] = writes(emulator.log());
    expect(entry && sentProperties(entry)).toEqual(['Layer', 'Run Scope', 'Sync']);
    expect(pageOf(emulator, 'plain', 'Intent').values).toMatchObject({
      Layer: 'Data',
      'Run Scope': 'Module',
    });
  });

  it('writes Upstream Artifact as page ids once, Notion shows the dual, unchanged is not rewritten', async () => {
    const db = openSpine(workspace.dir);
    const id = (session: string, stage: 'intent' | 'spec' | 'plan') => {
      const record = db.getArtifact(PROJECT, session, stage);
      if (record === undefined) throw new Error(`no ${session}/${stage}`);
      return record.id;
    };
    db.saveDependency(id('search-v2', 'plan'), id('search-v2', 'intent'));
    db.saveDependency(id('search-v2', 'plan'), id('__blueprint__', 'spec'));
    db.close();

    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ updated: 1, skipped: 4 });
    const plan = pageOf(emulator, 'search-v2', 'Plan');
    const sent = writes(emulator.log());
    expect(requestsOf(sent)).toEqual([`PATCH /v1/pages/${plan.id}`]);
    expect(sentProperties(sent[0] as never)).toEqual(['Sync', 'Upstream Artifact']);
    const upstream = [
      pageOf(emulator, 'search-v2', 'Intent').id,
      pageOf(emulator, '__blueprint__', 'Specification').id,
    ];
    expect([...(plan.values['Upstream Artifact'] as string[])].sort()).toEqual(upstream.sort());
    expect(pageOf(emulator, 'search-v2', 'Intent').values['Downstream Artifact(s)']).toEqual([
      plan.id,
    ]);

    emulator.clearLog();
    const again = await push(emulator, workspace.dir);
    expect(again.report?.counts).toMatchObject({ skipped: 5 });
    expect(writes(emulator.log())).toEqual([]);
  });

  it('relates pages created in the same run in a second pass', async () => {
    writeWorkspace(workspace.dir, PROJECT, [
      { id: 'export', files: { intent: '# Export\n', spec: '# Export spec\n' } },
    ]);
    const db = openSpine(workspace.dir);
    const intent = db.saveArtifact({
      project: PROJECT,
      session: 'export',
      stage: 'intent',
      content: '# Export\n',
    });
    const spec = db.saveArtifact({
      project: PROJECT,
      session: 'export',
      stage: 'spec',
      content: '# Export spec\n',
    });
    db.saveDependency(spec.record.id, intent.record.id);
    db.close();

    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ created: 2, skipped: 5 });
    const specPage = pageOf(emulator, 'export', 'Specification');
    expect(specPage.values['Upstream Artifact']).toEqual([pageOf(emulator, 'export', 'Intent').id]);
    // Two schema reads, one query, one of the archive partition (the new artifacts have no live
    // page), one create per page (its ledger in it), the query that checks the creates against
    // a racing run, one relation write.
    expect(run.report?.requests).toBe(8);
    const patches = writes(emulator.log()).filter((e) => e.path === `/v1/pages/${specPage.id}`);
    expect(patches.map(sentProperties)).toEqual([['Sync', 'Upstream Artifact']]);

    emulator.clearLog();
    const again = await push(emulator, workspace.dir);
    expect(again.report?.counts).toMatchObject({ skipped: 7 });
    expect(writes(emulator.log())).toEqual([]);
  });
});
