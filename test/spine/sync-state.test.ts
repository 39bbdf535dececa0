import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IdseError } from '../../src/errors.js';
import { ArtifactDatabase, STAGES, contentHash, type Stage } from '../../src/spine/index.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { sha256, withRaw } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A migrated spine with one session holding all seven stages; returns ids by stage. */
function spineWithStages(): { db: ArtifactDatabase; path: string; id: Record<Stage, number> } {
  const { dir, cleanup } = makeTempDir('idse-spine-');
  const path = join(dir, 'idse.db');
  const db = ArtifactDatabase.open(path, { create: true });
  cleanups.push(() => {
    db.close();
    cleanup();
  });
  db.migrate();
  const id = {} as Record<Stage, number>;
  for (const stage of STAGES) {
    id[stage] = db.saveArtifact({ project: 'p', session: 's', stage, content: stage }).record.id;
  }
  return { db, path, id };
}

function fileSha(path: string): string {
  return sha256(readFileSync(path).toString('base64'));
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof IdseError) return error.code;
    throw error;
  }
  return undefined;
}

describe('dependencies', () => {
  it('saveDependency and getDependencies in both directions', () => {
    const { db, id } = spineWithStages();
    db.saveDependency(id.spec, id.intent);
    db.saveDependency(id.spec, id.context);
    db.saveDependency(id.plan, id.spec);
    db.saveDependency(id.spec, id.intent); // again: no duplicate
    expect(db.getDependencies(id.spec).map((a) => a.stage)).toEqual(['intent', 'context']);
    expect(db.getDependencies(id.spec, 'upstream').map((a) => a.stage)).toEqual([
      'intent',
      'context',
    ]);
    expect(db.getDependencies(id.spec, 'downstream').map((a) => a.stage)).toEqual(['plan']);
    expect(db.getDependencies(id.intent, 'downstream').map((a) => a.stage)).toEqual(['spec']);
    expect(db.getDependencies(id.feedback)).toEqual([]);
  });

  it('refuses self-dependencies and unknown artifacts', () => {
    const { db, id } = spineWithStages();
    expect(codeOf(() => db.saveDependency(id.spec, id.spec))).toBe('spine-invalid-input');
    expect(codeOf(() => db.saveDependency(id.spec, 9999))).toBe('spine-invalid-input');
    expect(codeOf(() => db.replaceDependencies(id.spec, [id.intent, 9999]))).toBe(
      'spine-invalid-input',
    );
    // The failed replace changed nothing.
    expect(db.getDependencies(id.spec)).toEqual([]);
  });

  it('replaceDependencies swaps the set, keeps unchanged rows and other types', () => {
    const { db, path, id } = spineWithStages();
    db.replaceDependencies(id.tasks, [id.intent, id.spec]);
    db.saveDependency(id.tasks, id.feedback, 'informs');
    const rowOf = (target: number) =>
      withRaw(path, (raw) =>
        raw
          .prepare(
            'SELECT id, created_at FROM artifact_dependencies WHERE artifact_id = ? AND depends_on_artifact_id = ?',
          )
          .get(id.tasks, target),
      );
    const specRow = rowOf(id.spec);
    db.replaceDependencies(id.tasks, [id.spec, id.plan]);
    expect(db.getDependencies(id.tasks).map((a) => a.stage)).toEqual(['spec', 'plan', 'feedback']);
    expect(rowOf(id.spec)).toEqual(specRow);
    expect(rowOf(id.intent)).toBeUndefined();
    db.replaceDependencies(id.tasks, []);
    expect(db.getDependencies(id.tasks).map((a) => a.stage)).toEqual(['feedback']);
  });
});

describe('sync metadata', () => {
  it('recordPush keeps the pull fields and recordPull keeps the push fields', () => {
    const { db, id } = spineWithStages();
    db.recordPull(id.spec, {
      hash: 'pull-1',
      pageId: 'page-1',
      at: '2026-02-10T00:00:00.000000',
    });
    db.recordPush(id.spec, {
      hash: 'push-1',
      pageId: 'page-1',
      at: '2026-02-11T00:00:00.000000',
    });
    expect(db.getSyncMetadata(id.spec)).toEqual({
      artifactId: id.spec,
      backend: 'notion',
      lastPushHash: 'push-1',
      lastPushAt: '2026-02-11T00:00:00.000000',
      lastPullHash: 'pull-1',
      lastPullAt: '2026-02-10T00:00:00.000000',
      pageId: 'page-1',
    });
    db.recordPull(id.spec, { hash: 'pull-2' });
    const after = db.getSyncMetadata(id.spec);
    expect(after).toMatchObject({
      lastPushHash: 'push-1',
      lastPushAt: '2026-02-11T00:00:00.000000',
      lastPullHash: 'pull-2',
      pageId: 'page-1',
    });
    expect(after?.lastPullAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    expect(db.getSyncMetadata(id.spec, 'other-backend')).toBeUndefined();
    expect(db.getSyncMetadata(id.plan)).toBeUndefined();
  });

  it('setPageId sets and clears the page id without a stray row', () => {
    const { db, path, id } = spineWithStages();
    db.setPageId(id.plan, null);
    expect(db.getSyncMetadata(id.plan)).toBeUndefined();
    db.setPageId(id.plan, 'page-9');
    expect(db.getSyncMetadata(id.plan)).toMatchObject({ pageId: 'page-9', lastPushHash: null });
    const bytes = fileSha(path);
    db.setPageId(id.plan, 'page-9');
    expect(fileSha(path)).toBe(bytes);
    db.setPageId(id.plan, null);
    expect(db.getSyncMetadata(id.plan)?.pageId).toBeNull();
    expect(codeOf(() => db.setPageId(9999, 'x'))).toBe('spine-invalid-input');
  });

  it('findByPageId matches dashed and undashed ids in any case', () => {
    const { db, id } = spineWithStages();
    const dashed = '303ffcca-b9d6-8188-b944-d519a0e335b0';
    const undashed = '303ffccab9d68118bb5de6d879d20e15';
    db.recordPush(id.intent, { hash: 'h', pageId: dashed });
    db.recordPush(id.context, { hash: 'h', pageId: undashed });
    expect(db.findByPageId(dashed)?.id).toBe(id.intent);
    expect(db.findByPageId(dashed.replace(/-/g, '').toUpperCase())?.id).toBe(id.intent);
    expect(db.findByPageId('303ffcca-b9d6-8118-bb5d-e6d879d20e15')?.id).toBe(id.context);
    expect(db.findByPageId(undashed)?.id).toBe(id.context);
    expect(db.findByPageId(dashed, 'other-backend')).toBeUndefined();
    expect(db.findByPageId('00000000000000000000000000000000')).toBeUndefined();
  });
});

describe('remote snapshots', () => {
  it('saves, replaces, skips identical saves and deletes', () => {
    const { db, path } = spineWithStages();
    expect(db.getRemoteSnapshot('p::s::spec')).toBeUndefined();
    const saved = db.saveRemoteSnapshot('p::s::spec', {
      markdown: '# Spec\n',
      pageId: 'page-1',
      propertiesHash: 'props',
      lastEditedTime: '2026-02-10T04:02:00.000Z',
      ledgerCommit: 'abc123',
    });
    expect(saved).toMatchObject({
      idseId: 'p::s::spec',
      backend: 'notion',
      markdownHash: contentHash('# Spec\n'),
      ledgerCommit: 'abc123',
    });
    const bytes = fileSha(path);
    expect(
      db.saveRemoteSnapshot('p::s::spec', {
        markdown: '# Spec\n',
        pageId: 'page-1',
        propertiesHash: 'props',
        lastEditedTime: '2026-02-10T04:02:00.000Z',
        ledgerCommit: 'abc123',
      }),
    ).toEqual(saved);
    expect(fileSha(path)).toBe(bytes);
    // A save replaces every field: what is not given is cleared.
    const replaced = db.saveRemoteSnapshot('p::s::spec', { markdown: 'v2' });
    expect(replaced).toMatchObject({ markdown: 'v2', pageId: null, ledgerCommit: null });
    expect(db.getRemoteSnapshot('p::s::spec')).toEqual(replaced);
    expect(db.deleteRemoteSnapshot('p::s::spec')).toBe(true);
    expect(db.deleteRemoteSnapshot('p::s::spec')).toBe(false);
    expect(db.getRemoteSnapshot('p::s::spec')).toBeUndefined();
  });
});

describe('cursors', () => {
  it('set, get, list and remove', () => {
    const { db, path } = spineWithStages();
    expect(db.getCursor('notion.last_pull')).toBeUndefined();
    db.setCursor('notion.last_pull', '2026-02-10T04:02:00.000Z');
    db.setCursor('git.last_synced_commit', 'abc');
    const bytes = fileSha(path);
    db.setCursor('git.last_synced_commit', 'abc');
    expect(fileSha(path)).toBe(bytes);
    expect(db.listCursors()).toEqual({
      'git.last_synced_commit': 'abc',
      'notion.last_pull': '2026-02-10T04:02:00.000Z',
    });
    db.setCursor('git.last_synced_commit', 'def');
    expect(db.getCursor('git.last_synced_commit')).toBe('def');
    db.setCursor('git.last_synced_commit', null);
    expect(db.getCursor('git.last_synced_commit')).toBeUndefined();
  });
});

describe('conflicts', () => {
  it('keeps one open conflict per artifact, resolves it, keeps the history', () => {
    const { db } = spineWithStages();
    const first = db.recordConflict({
      idseId: 'p::s::spec',
      notionCopyPath: '.idse/conflicts/p/s/spec.notion.md',
      localHash: 'l1',
      remoteHash: 'r1',
    });
    expect(first).toMatchObject({ idseId: 'p::s::spec', resolvedAt: null, localHash: 'l1' });
    const refreshed = db.recordConflict({
      idseId: 'p::s::spec',
      notionCopyPath: '.idse/conflicts/p/s/spec.notion.md',
      localHash: 'l2',
      remoteHash: 'r2',
    });
    expect(refreshed.id).toBe(first.id);
    expect(refreshed.createdAt).toBe(first.createdAt);
    expect(refreshed.remoteHash).toBe('r2');
    db.recordConflict({
      idseId: 'p::s::plan',
      notionCopyPath: 'x',
      localHash: null,
      remoteHash: 'r',
    });
    expect(db.listConflicts().map((c) => c.idseId)).toEqual(['p::s::spec', 'p::s::plan']);

    expect(db.resolveConflict('p::s::spec', '2026-02-12T00:00:00.000Z')).toBe(true);
    expect(db.resolveConflict('p::s::spec')).toBe(false);
    expect(db.getOpenConflict('p::s::spec')).toBeUndefined();
    expect(db.listConflicts().map((c) => c.idseId)).toEqual(['p::s::plan']);

    const again = db.recordConflict({
      idseId: 'p::s::spec',
      notionCopyPath: 'y',
      localHash: 'l3',
      remoteHash: 'r3',
    });
    expect(again.id).not.toBe(first.id);
    const all = db.listConflicts({ includeResolved: true });
    expect(all).toHaveLength(3);
    expect(all.find((c) => c.id === first.id)?.resolvedAt).toBe('2026-02-12T00:00:00.000Z');
  });
});
