import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ArtifactDatabase, MIGRATIONS_TABLE } from '../../src/spine/index.js';
import { runMigrations } from '../../src/spine/migrations.js';
import { MIGRATIONS } from '../../src/spine/schema.js';
import { makeTempDir } from '../helpers/fixtures.js';
import {
  columnsOf,
  databaseDigest,
  legacyDatabase,
  sha256,
  tableDigests,
  withRaw,
} from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function legacy() {
  const made = legacyDatabase();
  cleanups.push(made.cleanup);
  return made;
}

/** The spine's backups: in `backups/` beside it, never beside the spine itself. */
function backupsIn(dir: string): string[] {
  const pattern = /^idse\.db\.bak-\d{8}T\d{6}Z(-\d+)?$/;
  expect(readdirSync(dir).filter((name) => pattern.test(name))).toEqual([]);
  const folder = join(dir, 'backups');
  return existsSync(folder) ? readdirSync(folder).filter((name) => pattern.test(name)) : [];
}

function fileSha(path: string): string {
  return sha256(readFileSync(path).toString('base64'));
}

function migrateFile(path: string) {
  const db = ArtifactDatabase.open(path);
  try {
    return db.migrate();
  } finally {
    db.close();
  }
}

const ALL_APPLIED = MIGRATIONS.map(({ version, name }) => ({ version, name }));

describe('migrating a legacy (pre-refactor) database', () => {
  it('adds the schema, keeps every row, backfills idse_id and keeps a backup', () => {
    const { path, dir } = legacy();
    const originalColumns = columnsOf(path, 'artifacts');
    const before = tableDigests(path);
    const beforeDigest = databaseDigest(path);

    const report = migrateFile(path);

    expect(report.applied).toEqual(ALL_APPLIED);
    expect(report.created).toBe(false);
    expect(report.backfilledIdseIds).toBe(5);
    expect(report.warnings).toEqual([]);
    expect(report.backupPath).toBeDefined();
    expect(backupsIn(dir)).toEqual([report.backupPath?.slice(join(dir, 'backups').length + 1)]);
    expect(readFileSync(join(dir, 'backups', '.gitignore'), 'utf8')).toContain('*');
    // The backup is the database as it was.
    expect(databaseDigest(report.backupPath as string)).toBe(beforeDigest);

    const after = tableDigests(path, { artifactColumns: originalColumns });
    for (const [table, digest] of Object.entries(before)) expect(after[table]).toEqual(digest);
    expect(columnsOf(path, 'artifacts')).toEqual([...originalColumns, 'idse_id']);

    withRaw(path, (db) => {
      const ids = db
        .prepare(
          `SELECT a.idse_id, p.name || '::' || s.session_id || '::' || lower(a.stage) AS formula
           FROM artifacts a JOIN sessions s ON s.id = a.session_id
           JOIN projects p ON p.id = s.project_id`,
        )
        .all() as { idse_id: string; formula: string }[];
      expect(ids).toHaveLength(5);
      for (const row of ids) expect(row.idse_id).toBe(row.formula);
      const index = db.prepare("PRAGMA index_list('artifacts')").all() as {
        name: string;
        unique: number;
      }[];
      expect(index.find((i) => i.name === 'idx_artifacts_idse_id')?.unique).toBe(1);
      const tables = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((t) => t.name);
      expect(tables).toEqual(
        expect.arrayContaining([
          'artifact_dependencies',
          'sync_metadata',
          MIGRATIONS_TABLE,
          'idse_sync_remote_snapshots',
          'idse_sync_cursors',
          'idse_sync_conflicts',
          'idse_sync_uploads',
          'idse_sync_hosted_files',
        ]),
      );
      const versions = db.prepare(`SELECT version, name FROM ${MIGRATIONS_TABLE}`).all();
      expect(versions).toEqual(ALL_APPLIED);
      // PRAGMA user_version belongs to the Python tool.
      expect(db.pragma('user_version', { simple: true })).toBe(0);
    });
  });

  it('does nothing the second time: empty report, same bytes, no new backup', () => {
    const { path, dir } = legacy();
    migrateFile(path);
    const bytes = fileSha(path);
    const db = ArtifactDatabase.open(path);
    expect(db.pendingMigrations()).toEqual([]);
    const second = db.migrate();
    db.close();
    expect(second).toEqual({ applied: [], backfilledIdseIds: 0, created: false, warnings: [] });
    expect(fileSha(path)).toBe(bytes);
    expect(backupsIn(dir)).toHaveLength(1);
  });

  it('reports in a dry run what it would do, and changes nothing', () => {
    const { path, dir } = legacy();
    const bytes = fileSha(path);
    const db = ArtifactDatabase.open(path, { readonly: true });
    const report = db.migrate({ dryRun: true });
    db.close();
    expect(report.applied).toEqual(ALL_APPLIED);
    expect(report.backfilledIdseIds).toBe(5);
    expect(report.backupPath).toBeUndefined();
    expect(fileSha(path)).toBe(bytes);
    expect(backupsIn(dir)).toEqual([]);
  });

  it('backs up what a WAL-mode database holds, including pages not yet checkpointed', () => {
    const { path } = legacy();
    const writer = new Database(path);
    try {
      writer.pragma('journal_mode = WAL');
      writer.pragma('wal_autocheckpoint = 0');
      writer.exec(
        "INSERT INTO projects (name, created_at, updated_at) VALUES ('only-in-wal', 't', 't')",
      );
      const report = migrateFile(path);
      const names = withRaw(report.backupPath as string, (db) =>
        db.prepare('SELECT name FROM projects ORDER BY name').pluck().all(),
      );
      expect(names).toEqual(['alpha', 'only-in-wal']);
    } finally {
      writer.close();
    }
  });

  it('applies only what is pending, with a backup, on a partly migrated database', () => {
    const { path, dir } = legacy();
    withRaw(path, (db) => runMigrations(db, path, MIGRATIONS.slice(0, 3), { backup: false }));
    expect(backupsIn(dir)).toEqual([]);
    const report = migrateFile(path);
    expect(report.applied).toEqual([
      { version: 4, name: 'sync-state' },
      { version: 5, name: 'uploads' },
    ]);
    expect(report.backfilledIdseIds).toBe(0);
    expect(backupsIn(dir)).toHaveLength(1);
  });

  it('skips the idse_id column and index when the Python tool already made them', () => {
    const { path } = legacy();
    withRaw(path, (db) => {
      db.exec('ALTER TABLE artifacts ADD COLUMN idse_id TEXT');
      db.exec('CREATE UNIQUE INDEX idx_artifacts_idse_id ON artifacts(idse_id)');
      db.exec("UPDATE artifacts SET idse_id = 'alpha::feature-x::intent' WHERE id = 1");
    });
    const report = migrateFile(path);
    expect(report.applied).toHaveLength(MIGRATIONS.length);
    // Row 1 (the blueprint intent) held feature-x's id: both rows are corrected.
    expect(report.backfilledIdseIds).toBe(5);
    withRaw(path, (db) => {
      const indexes = db.prepare("PRAGMA index_list('artifacts')").all() as { name: string }[];
      expect(indexes.filter((i) => i.name === 'idx_artifacts_idse_id')).toHaveLength(1);
      expect(db.prepare('SELECT idse_id FROM artifacts WHERE id = 1').pluck().get()).toBe(
        'alpha::__blueprint__::intent',
      );
    });
  });

  it('repairs idse_ids later written wrong or left NULL, without a backup', () => {
    const { path, dir } = legacy();
    migrateFile(path);
    withRaw(path, (db) => {
      db.exec('UPDATE artifacts SET idse_id = NULL WHERE id = 2');
      db.exec("UPDATE artifacts SET idse_id = 'stale' WHERE id = 3");
    });
    const report = migrateFile(path);
    expect(report).toMatchObject({ applied: [], backfilledIdseIds: 2 });
    expect(report.backupPath).toBeUndefined();
    expect(backupsIn(dir)).toHaveLength(1);
    withRaw(path, (db) => {
      expect(
        db.prepare('SELECT idse_id FROM artifacts WHERE id IN (2, 3) ORDER BY id').pluck().all(),
      ).toEqual(['alpha::feature-x::intent', 'alpha::feature-x::context']);
    });
  });

  it('reports, and leaves alone, a row whose idse_id another row already holds', () => {
    const { path } = legacy();
    // The Python tool stores stages as given: 'Intent' and 'intent' both map to one idse_id.
    withRaw(path, (db) =>
      db.exec(
        "INSERT INTO artifacts (project_id, session_id, stage, content, content_hash, created_at, updated_at) VALUES (1, 2, 'Intent', 'dup', 'x', 't', 't')",
      ),
    );
    const report = migrateFile(path);
    expect(report.backfilledIdseIds).toBe(5);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toContain('alpha::feature-x::intent');
    withRaw(path, (db) => {
      expect(
        db.prepare("SELECT idse_id FROM artifacts WHERE stage = 'Intent'").pluck().get(),
      ).toBeNull();
    });
  });
});

describe('a migration failing half way', () => {
  it.each([2, 3, 4])(
    'leaves the database exactly as before (failure in migration %i)',
    (failAt) => {
      const { path, dir } = legacy();
      const bytes = fileSha(path);
      const digest = databaseDigest(path);
      const failing = MIGRATIONS.map((migration) =>
        migration.version === failAt
          ? {
              ...migration,
              up: (db: Database.Database) => {
                migration.up(db);
                throw new Error('injected failure');
              },
            }
          : migration,
      );
      withRaw(path, (db) => {
        expect(() => runMigrations(db, path, failing)).toThrow('injected failure');
        expect(db.inTransaction).toBe(false);
      });
      expect(databaseDigest(path)).toBe(digest);
      expect(fileSha(path)).toBe(bytes);
      // The copy of an unchanged file is removed rather than left behind.
      expect(backupsIn(dir)).toEqual([]);
      // And the real migrations still run afterwards.
      expect(migrateFile(path).applied).toEqual(ALL_APPLIED);
    },
  );
});

describe('a brand-new spine', () => {
  it('is created with the Python tool’s tables and needs no backup', () => {
    const { dir, cleanup } = makeTempDir('idse-spine-');
    cleanups.push(cleanup);
    const path = join(dir, 'idse.db');
    const db = ArtifactDatabase.open(path, { create: true });
    const report = db.migrate();
    expect(report).toEqual({
      applied: ALL_APPLIED,
      backfilledIdseIds: 0,
      created: true,
      warnings: [],
    });
    const { record } = db.saveArtifact({
      project: 'p',
      session: 's',
      stage: 'intent',
      content: 'x',
    });
    expect(record.idseId).toBe('p::s::intent');
    db.close();
    expect(backupsIn(dir)).toEqual([]);
    withRaw(path, (raw) => {
      const sql = raw
        .prepare("SELECT sql FROM sqlite_master WHERE name = 'sessions'")
        .pluck()
        .get() as string;
      expect(sql).toContain('UNIQUE(project_id, session_id)');
      expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    });
  });

  it('treats an empty (0-byte) file as new', () => {
    const { dir, cleanup } = makeTempDir('idse-spine-');
    cleanups.push(cleanup);
    const path = join(dir, 'idse.db');
    writeFileSync(path, '');
    const report = migrateFile(path);
    expect(report.created).toBe(true);
    expect(report.backupPath).toBeUndefined();
    expect(backupsIn(dir)).toEqual([]);
  });
});
