import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { pageIdentity } from '../../src/sync/page-resolution.js';
import type { RemotePage } from '../../src/notion/design-store.js';
import { copySharedFixture, itWithSharedFixtures } from '../helpers/fixtures.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { describe as requestsOf, push, writes } from './push-helpers.js';

// 49 spine rows (7 sessions × 7 stages) plus the 7 file-only artifacts of
// blueprint-bootstrap-lifecycle, which has files but no spine rows.
const HEAD_ARTIFACTS = 56;

let emulator: Emulator;
let fixture: { root: string; cleanup: () => void } | undefined;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  fixture?.cleanup();
  await emulator.close();
});

function spinePath(): string {
  if (fixture === undefined) throw new Error('no fixture copy');
  return join(fixture.root, '.idse', 'idse.db');
}

function remoteIds(): string[] {
  const db = new Database(spinePath(), { readonly: true });
  try {
    const rows = db.prepare('SELECT remote_id FROM sync_metadata ORDER BY artifact_id').all();
    return (rows as { remote_id: string | null }[]).flatMap((r) =>
      r.remote_id ? [r.remote_id] : [],
    );
  } finally {
    db.close();
  }
}

/** Session + Stage of every page in the database, to prove there is one page per artifact. */
function identities(): string[] {
  return emulator
    .listPages()
    .map((raw) => pageIdentity({ properties: raw.properties } as unknown as RemotePage))
    .map((identity) => `${identity?.session}/${identity?.stage}`);
}

describe('push of the head fixture (a real, messy workspace)', () => {
  itWithSharedFixtures(
    'first push creates one page per artifact despite the dead remote ids',
    async () => {
      fixture = copySharedFixture('head');
      const dead = remoteIds();
      expect(dead.length).toBeGreaterThan(0);

      const first = await push(emulator, fixture.root);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.report?.counts).toMatchObject({
        created: HEAD_ARTIFACTS,
        failed: 0,
        conflicts: 0,
      });
      expect(identities()).toHaveLength(HEAD_ARTIFACTS);
      expect(new Set(identities()).size).toBe(HEAD_ARTIFACTS);

      // The cached ids are hints: no request went to them, and they were replaced.
      const compact = (id: string) => id.replace(/-/g, '');
      const requested = emulator.log().map((e) => e.path.replace(/-/g, ''));
      for (const id of dead) expect(requested.some((p) => p.includes(compact(id)))).toBe(false);
      const pageIds = new Set(emulator.listPages().map((p) => compact(p.id)));
      const now = remoteIds();
      expect(now).toHaveLength(HEAD_ARTIFACTS);
      for (const id of now) expect(pageIds.has(compact(id))).toBe(true);

      // Per created page one request: the create carries body, properties and ledger, and
      // nothing is read back. Plus the two schema reads and one data source query for the run,
      // one of its archive partition (no page of an artifact may be archived), and one more
      // query after the creates (a race with another run may have made the same pages).
      expect(requestsOf(emulator.log()).filter((r) => r.startsWith('POST /v1/pages'))).toHaveLength(
        HEAD_ARTIFACTS,
      );
      // One spec links to its intent and context, pages this push creates: its second pass
      // writes the links and the ledger, with no read (only this integration edited the page).
      expect(first.report?.requests).toBe(5 + HEAD_ARTIFACTS + 2);
      // The bound: at most 1.1 requests per created page, the run's reads aside.
      const perPage = ((first.report?.requests ?? Infinity) - 5) / HEAD_ARTIFACTS;
      expect(perPage).toBeLessThanOrEqual(1.1);
      const reads = requestsOf(emulator.log()).filter((r) => r.startsWith('GET /v1/pages'));
      expect(reads).toEqual([]);
    },
  );

  itWithSharedFixtures(
    'a second push writes nothing and confirms its new pages once; a third reads only the schema',
    async () => {
      if (fixture === undefined) throw new Error('needs the first push');
      emulator.clearLog();
      const second = await push(emulator, fixture.root);
      expect(second.code).toBe(0);
      expect(second.report?.counts).toMatchObject({
        skipped: HEAD_ARTIFACTS,
        created: 0,
        updated: 0,
      });
      expect(writes(emulator.log())).toEqual([]);
      // Pages created last run may since have lost a race with another run: one data source
      // read (56 pages < 100) confirms they are still the ones kept.
      expect(second.report?.requests).toBe(3);
      emulator.clearLog();
      const third = await push(emulator, fixture.root);
      expect(third.report?.counts.skipped).toBe(HEAD_ARTIFACTS);
      expect(third.report?.requests).toBe(2);
    },
  );

  itWithSharedFixtures(
    'a fresh clone (no sync state) creates nothing and writes nothing',
    async () => {
      if (fixture === undefined) throw new Error('needs the first push');
      const db = new Database(spinePath());
      db.exec('DELETE FROM sync_metadata; DELETE FROM idse_sync_remote_snapshots;');
      db.close();
      emulator.clearLog();
      const third = await push(emulator, fixture.root);
      expect(third.code).toBe(0);
      expect(third.report?.counts).toMatchObject({
        skipped: HEAD_ARTIFACTS,
        created: 0,
        updated: 0,
      });
      expect(requestsOf(writes(emulator.log()))).toEqual([]);
      // The page ledgers decide; the only extra cost is one data source read (56 pages < 100).
      expect(third.report?.requests).toBe(3);
      expect(identities()).toHaveLength(HEAD_ARTIFACTS);
      expect(new Set(remoteIds()).size).toBe(HEAD_ARTIFACTS);
    },
  );
});
