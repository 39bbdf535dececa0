import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IdseError } from '../../src/errors.js';
import { ArtifactDatabase, contentHash, semanticFingerprint } from '../../src/spine/index.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { LEGACY_CONTENT, legacyDatabase, sha256, withRaw } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function freshSpine(): { db: ArtifactDatabase; path: string } {
  const { dir, cleanup } = makeTempDir('idse-spine-');
  const path = join(dir, 'idse.db');
  const db = ArtifactDatabase.open(path, { create: true });
  cleanups.push(() => {
    db.close();
    cleanup();
  });
  db.migrate();
  return { db, path };
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

describe('projects', () => {
  it('ensureProject creates once and listProjects sorts by name', () => {
    const { db } = freshSpine();
    const beta = db.ensureProject('beta');
    expect(db.ensureProject('beta')).toEqual(beta);
    db.ensureProject('alpha');
    expect(db.listProjects().map((p) => p.name)).toEqual(['alpha', 'beta']);
    expect(codeOf(() => db.ensureProject(''))).toBe('spine-invalid-input');
  });
});

describe('sessions', () => {
  it('creates a session with the Python tool’s defaults', () => {
    const { db } = freshSpine();
    const feature = db.upsertSession('p', { sessionId: 'feat-1' });
    expect(feature).toMatchObject({
      project: 'p',
      sessionId: 'feat-1',
      name: 'feat-1',
      sessionType: 'feature',
      status: 'draft',
      owner: 'system',
      isBlueprint: false,
      description: null,
      parentSession: null,
      tags: [],
    });
    expect(feature.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    expect(db.upsertSession('p', { sessionId: '__blueprint__' })).toMatchObject({
      sessionType: 'blueprint',
      isBlueprint: true,
    });
  });

  it('changes only the fields given, and tags replace session_tags', () => {
    const { db } = freshSpine();
    db.upsertSession('p', {
      sessionId: 's',
      description: 'first',
      owner: 'ana',
      tags: ['domain', 'feature'],
    });
    const updated = db.upsertSession('p', { sessionId: 's', status: 'review', tags: ['ui'] });
    expect(updated).toMatchObject({
      status: 'review',
      description: 'first',
      owner: 'ana',
      tags: ['ui'],
    });
    expect(db.upsertSession('p', { sessionId: 's', description: null }).description).toBeNull();
    expect(db.getSession('p', 's')?.tags).toEqual(['ui']);
  });

  it('writes nothing when nothing changes', () => {
    const { db, path } = freshSpine();
    const input = { sessionId: 's', status: 'complete' as const, tags: ['a', 'b'] };
    const first = db.upsertSession('p', input);
    const bytes = fileSha(path);
    expect(db.upsertSession('p', input)).toEqual(first);
    expect(fileSha(path)).toBe(bytes);
  });

  it('refuses an unknown status', () => {
    const { db } = freshSpine();
    expect(codeOf(() => db.upsertSession('p', { sessionId: 's', status: 'done' as 'draft' }))).toBe(
      'spine-invalid-input',
    );
    expect(db.getSession('p', 's')).toBeUndefined();
  });

  it('getSession and listSessions, per project or all', () => {
    const { db } = freshSpine();
    db.upsertSession('b', { sessionId: 'x' });
    db.upsertSession('a', { sessionId: 'z', tags: ['t'] });
    db.upsertSession('a', { sessionId: 'y' });
    expect(db.getSession('a', 'z')?.tags).toEqual(['t']);
    expect(db.getSession('a', 'x')).toBeUndefined();
    expect(db.listSessions('a').map((s) => s.sessionId)).toEqual(['y', 'z']);
    expect(db.listSessions().map((s) => `${s.project}/${s.sessionId}`)).toEqual([
      'a/y',
      'a/z',
      'b/x',
    ]);
  });
});

describe('artifacts', () => {
  it('saveArtifact creates project and session rows, sets idse_id and hash', () => {
    const { db, path } = freshSpine();
    const { record, changed } = db.saveArtifact({
      project: 'p',
      session: 's',
      stage: 'spec',
      content: 'Spec ✓\r\n',
    });
    expect(changed).toBe(true);
    expect(record).toMatchObject({
      idseId: 'p::s::spec',
      project: 'p',
      sessionId: 's',
      stage: 'spec',
      content: 'Spec ✓\r\n',
      contentHash: contentHash('Spec ✓\r\n'),
    });
    expect(db.getSession('p', 's')).toMatchObject({ id: record.sessionRowId, status: 'draft' });
    withRaw(path, (raw) => {
      expect(raw.prepare('SELECT idse_id FROM artifacts WHERE id = ?').pluck().get(record.id)).toBe(
        'p::s::spec',
      );
    });
  });

  it('saveArtifact with an unchanged hash writes nothing', () => {
    const { db, path } = freshSpine();
    const first = db.saveArtifact({ project: 'p', session: 's', stage: 'plan', content: 'x' });
    const bytes = fileSha(path);
    const again = db.saveArtifact({ project: 'p', session: 's', stage: 'plan', content: 'x' });
    expect(again.changed).toBe(false);
    expect(again.record.updatedAt).toBe(first.record.updatedAt);
    expect(fileSha(path)).toBe(bytes);
  });

  it('saveArtifact updates content, hash and the Python tool’s fingerprint in place', () => {
    const { path, cleanup } = legacyDatabase();
    cleanups.push(cleanup);
    withRaw(path, (raw) => raw.exec('ALTER TABLE artifacts ADD COLUMN semantic_fingerprint TEXT'));
    const db = ArtifactDatabase.open(path);
    cleanups.unshift(() => db.close());
    db.migrate();
    const before = db.getArtifact('alpha', 'feature-x', 'intent');
    const { record, changed } = db.saveArtifact({
      project: 'alpha',
      session: 'feature-x',
      stage: 'intent',
      content: 'New  Intent\n',
    });
    expect(changed).toBe(true);
    expect(record.id).toBe(before?.id);
    expect(record.createdAt).toBe(before?.createdAt);
    expect(record.contentHash).toBe(contentHash('New  Intent\n'));
    withRaw(path, (raw) => {
      expect(
        raw
          .prepare('SELECT semantic_fingerprint FROM artifacts WHERE id = ?')
          .pluck()
          .get(record.id),
      ).toBe(semanticFingerprint('New  Intent\n'));
    });
  });

  it('normalizes the stage and refuses unknown ones', () => {
    const { db } = freshSpine();
    const { record } = db.saveArtifact({
      project: 'p',
      session: 's',
      stage: 'Tasks' as 'tasks',
      content: '',
    });
    expect(record.stage).toBe('tasks');
    expect(
      codeOf(() =>
        db.saveArtifact({ project: 'p', session: 's', stage: 'design' as 'spec', content: '' }),
      ),
    ).toBe('spine-invalid-input');
    expect(
      codeOf(() => db.saveArtifact({ project: 'p', session: 'a::b', stage: 'spec', content: '' })),
    ).toBe('spine-invalid-input');
  });

  it('finds artifacts by idse_id, by parts and by id; lists in pipeline order', () => {
    const { path, cleanup } = legacyDatabase();
    cleanups.push(cleanup);
    const db = ArtifactDatabase.open(path);
    cleanups.unshift(() => db.close());
    db.migrate();
    const intent = db.findByIdseId('alpha::feature-x::intent');
    expect(intent?.content).toBe(LEGACY_CONTENT.intent);
    expect(db.getArtifact('alpha', 'feature-x', 'intent')).toEqual(intent);
    expect(db.getArtifactById(intent?.id ?? -1)).toEqual(intent);
    expect(db.findByIdseId('alpha::feature-x::tasks')).toBeUndefined();
    expect(db.findByIdseId('nonsense')).toBeUndefined();

    // A row the Python tool wrote without idse_id is still found by its parts.
    withRaw(path, (raw) => raw.exec('UPDATE artifacts SET idse_id = NULL'));
    expect(db.findByIdseId('alpha::feature-x::intent')?.id).toBe(intent?.id);

    expect(db.listArtifacts().map((a) => a.idseId)).toEqual([
      'alpha::__blueprint__::intent',
      'alpha::feature-x::intent',
      'alpha::feature-x::context',
      'alpha::feature-x::spec',
      'alpha::feature-x::plan',
    ]);
    expect(db.listArtifacts({ project: 'alpha', session: '__blueprint__' })).toHaveLength(1);
    expect(db.listArtifacts({ project: 'other' })).toEqual([]);
  });

  it('leaves rows with a stage outside the pipeline out of every listing', () => {
    const { path, cleanup } = legacyDatabase();
    cleanups.push(cleanup);
    withRaw(path, (raw) =>
      raw.exec(
        "INSERT INTO artifacts (project_id, session_id, stage, content, content_hash, created_at, updated_at) VALUES (1, 2, 'notes', 'n', 'h', 't', 't')",
      ),
    );
    const db = ArtifactDatabase.open(path);
    cleanups.unshift(() => db.close());
    db.migrate();
    expect(db.listArtifacts()).toHaveLength(5);
  });
});

describe('transactions', () => {
  it('rolls back every write when the function throws, nested or not', () => {
    const { db } = freshSpine();
    expect(() =>
      db.transaction(() => {
        db.saveArtifact({ project: 'p', session: 's', stage: 'intent', content: 'a' });
        db.transaction(() =>
          db.saveArtifact({ project: 'p', session: 's', stage: 'spec', content: 'b' }),
        );
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(db.listArtifacts()).toEqual([]);
    expect(db.listProjects()).toEqual([]);

    const value = db.transaction(() => {
      db.saveArtifact({ project: 'p', session: 's', stage: 'intent', content: 'a' });
      try {
        db.transaction(() => {
          db.saveArtifact({ project: 'p', session: 's', stage: 'spec', content: 'b' });
          throw new Error('inner');
        });
      } catch {
        // The inner savepoint is undone; the outer transaction goes on.
      }
      return 42;
    });
    expect(value).toBe(42);
    expect(db.listArtifacts().map((a) => a.stage)).toEqual(['intent']);
  });
});

describe('in-memory snapshots', () => {
  it('migrate a legacy file in memory; writes never reach the disk', () => {
    const { path, cleanup } = legacyDatabase();
    cleanups.push(cleanup);
    const bytes = fileSha(path);
    const snapshot = ArtifactDatabase.openSnapshot(path);
    expect(snapshot.listArtifacts().map((a) => a.idseId)).toContain('alpha::feature-x::plan');
    snapshot.saveArtifact({ project: 'alpha', session: 'feature-x', stage: 'tasks', content: 't' });
    expect(snapshot.listArtifacts()).toHaveLength(6);
    snapshot.close();
    expect(fileSha(path)).toBe(bytes);
  });

  it('stand in for a missing spine as an empty, current one', () => {
    const db = ArtifactDatabase.openSnapshot(null);
    expect(db.pendingMigrations()).toEqual([]);
    expect(db.listArtifacts()).toEqual([]);
    db.close();
  });
});
