import { chmodSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArtifactDatabase } from '../../src/spine/index.js';
import { HAS_SHARED_FIXTURES, SHARED_SKIP_REASON, copySharedFixture } from '../helpers/fixtures.js';
import { columnsOf, databaseDigest, sha256, tableDigests, withRaw } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

// The shared fixture files are read-only and the copy keeps their mode: make the copy writable
// so the tests also pass for a non-root user.
function copyFixture(name: 'head' | 'pre-refactor'): string {
  const { root, cleanup } = copySharedFixture(name);
  cleanups.push(cleanup);
  const path = join(root, '.idse/idse.db');
  chmodSync(path, 0o644);
  return path;
}

const EXPECTED = {
  'pre-refactor': { artifacts: 28, backfilled: 28 },
  head: { artifacts: 49, backfilled: 0 },
} as const;

interface OriginalArtifact {
  id: number;
  content: string;
  content_hash: string;
  stage: string;
  created_at: string;
  updated_at: string;
}

describe.skipIf(!HAS_SHARED_FIXTURES)(
  HAS_SHARED_FIXTURES ? 'the real IDSE databases' : SHARED_SKIP_REASON,
  () => {
    for (const name of ['pre-refactor', 'head'] as const) {
      it(`migrates a copy of ${name} without losing or changing anything`, () => {
        const path = copyFixture(name);
        const originalColumns = columnsOf(path, 'artifacts');
        const before = tableDigests(path);
        const beforeDigest = databaseDigest(path);
        const originals = withRaw(
          path,
          (db) =>
            db
              .prepare(
                'SELECT id, content, content_hash, stage, created_at, updated_at FROM artifacts',
              )
              .all() as OriginalArtifact[],
        );
        expect(originals).toHaveLength(EXPECTED[name].artifacts);

        const db = ArtifactDatabase.open(path);
        const report = db.migrate();
        expect(report.applied.length).toBeGreaterThan(0);
        expect(report.backfilledIdseIds).toBe(EXPECTED[name].backfilled);
        expect(report.created).toBe(false);
        expect(report.warnings).toEqual([]);
        expect(databaseDigest(report.backupPath as string)).toBe(beforeDigest);
        expect(
          readdirSync(join(dirname(path), 'backups')).filter((f) => f.startsWith('idse.db.bak-')),
        ).toHaveLength(1);

        // Every artifact keeps its content byte for byte.
        for (const original of originals) {
          const record = db.getArtifactById(original.id);
          expect(record?.content).toBe(original.content);
          expect(Buffer.from(record?.content ?? '', 'utf8')).toEqual(
            Buffer.from(original.content, 'utf8'),
          );
          expect(record?.contentHash).toBe(original.content_hash);
          expect(record?.updatedAt).toBe(original.updated_at);
        }
        expect(db.listArtifacts()).toHaveLength(EXPECTED[name].artifacts);

        // Every other table keeps its rows; artifacts keep every original column.
        const after = tableDigests(path, { artifactColumns: originalColumns });
        for (const [table, digest] of Object.entries(before)) {
          expect({ table, ...after[table] }).toEqual({ table, ...digest });
        }

        // Every idse_id equals the formula.
        withRaw(path, (raw) => {
          const rows = raw
            .prepare(
              `SELECT a.idse_id, p.name || '::' || s.session_id || '::' || lower(a.stage) AS formula
               FROM artifacts a JOIN sessions s ON s.id = a.session_id
               JOIN projects p ON p.id = s.project_id`,
            )
            .all() as { idse_id: string; formula: string }[];
          expect(rows).toHaveLength(EXPECTED[name].artifacts);
          for (const row of rows) expect(row.idse_id).toBe(row.formula);
        });

        // A second migrate changes nothing.
        const bytes = sha256(readFileSync(path).toString('base64'));
        expect(db.migrate()).toEqual({
          applied: [],
          backfilledIdseIds: 0,
          created: false,
          warnings: [],
        });
        db.close();
        expect(sha256(readFileSync(path).toString('base64'))).toBe(bytes);
      });
    }

    it('finds head artifacts by their Notion page ids, dashed or not', () => {
      const db = ArtifactDatabase.open(copyFixture('head'));
      db.migrate();
      const dashed = '303ffcca-b9d6-8188-b944-d519a0e335b0';
      expect(db.findByPageId(dashed)?.idseId).toBe(
        'idse-orchestrator::notion-designstore-refactor::context',
      );
      expect(db.findByPageId(dashed.replace(/-/g, ''))?.id).toBe(23);
      const sync = db.getSyncMetadata(23);
      expect(sync).toMatchObject({ backend: 'notion', pageId: dashed, lastPullAt: null });
      db.close();
    });

    it('reads the pre-refactor spine through an in-memory snapshot without touching it', () => {
      const path = copyFixture('pre-refactor');
      const bytes = sha256(readFileSync(path).toString('base64'));
      const db = ArtifactDatabase.openSnapshot(path);
      expect(db.snapshot).toBe(true);
      expect(db.pendingMigrations()).toEqual([]);
      expect(db.findByIdseId('idse-orchestrator::__blueprint__::spec')?.id).toBe(3);
      db.close();
      expect(sha256(readFileSync(path).toString('base64'))).toBe(bytes);
    });
  },
);
