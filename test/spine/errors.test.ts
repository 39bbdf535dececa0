import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  readFileSync,
  readdirSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitCode, IdseError } from '../../src/errors.js';
import { ArtifactDatabase } from '../../src/spine/index.js';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';
import { legacyDatabase, sha256 } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function legacy() {
  const made = legacyDatabase();
  cleanups.push(made.cleanup);
  return made;
}

function fileSha(path: string): string {
  return sha256(readFileSync(path).toString('base64'));
}

function caught(fn: () => unknown): IdseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IdseError) return error;
    throw error;
  }
  throw new Error('expected an IdseError');
}

/** Opens, migrates and reads: the first failure of any kind is the one reported. */
function openMigrateRead(path: string, busyTimeoutMs?: number): void {
  const db = ArtifactDatabase.open(path, { busyTimeoutMs });
  try {
    db.migrate();
    db.listArtifacts();
  } finally {
    db.close();
  }
}

function expectUserError(error: IdseError, code: string, path: string): void {
  expect(error.code).toBe(code);
  expect(error.exitCode).toBe(ExitCode.UsageOrConfig);
  expect(error.message).toContain(path);
  expect(error.fix.length).toBeGreaterThan(0);
}

function noBackups(dir: string): void {
  expect(readdirSync(dir).filter((name) => name.includes('.bak-'))).toEqual([]);
  const folder = join(dir, 'backups');
  if (existsSync(folder)) {
    expect(readdirSync(folder).filter((name) => name.includes('.bak-'))).toEqual([]);
  }
}

describe('a corrupt or truncated spine', () => {
  it.each([
    ['random bytes', (path: string) => writeFileSync(path, Buffer.alloc(8192, 0x5a))],
    ['a text file', (path: string) => writeFileSync(path, 'not a database\n')],
    [
      'a valid file cut in half',
      (path: string) => truncateSync(path, readFileSync(path).length / 2),
    ],
    ['a file cut inside its header', (path: string) => truncateSync(path, 50)],
  ])('%s is spine-corrupt, names the file, and stays as it was', (_label, damage) => {
    const { path, dir } = legacy();
    damage(path);
    const bytes = fileSha(path);
    const error = caught(() => openMigrateRead(path));
    expectUserError(error, 'spine-corrupt', path);
    expect(error.fix).toMatch(/git/);
    expect(error.fix).toMatch(/\.bak-/);
    expect(fileSha(path)).toBe(bytes);
    noBackups(dir);
  });

  it('damage inside a table page is caught before migrating, with no backup written', () => {
    const { path, dir } = legacy();
    const image = readFileSync(path);
    const pageSize = image.readUInt16BE(16);
    // Page 2 onwards hold the tables; scribble over the b-tree header of page 3.
    image.fill(0xff, pageSize * 2, pageSize * 2 + 64);
    writeFileSync(path, image);
    const bytes = fileSha(path);
    const error = caught(() => openMigrateRead(path));
    expectUserError(error, 'spine-corrupt', path);
    expect(fileSha(path)).toBe(bytes);
    noBackups(dir);
  });
});

describe('a spine locked by another writer', () => {
  it('waits, then fails with spine-locked; reads still work under a write lock', () => {
    const { path, dir } = legacy();
    const bytes = fileSha(path);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const db = ArtifactDatabase.open(path, { busyTimeoutMs: 50 });
      try {
        expect(db.pendingMigrations()).toHaveLength(5);
        expectUserError(
          caught(() => db.migrate()),
          'spine-locked',
          path,
        );
        expect(caught(() => db.ensureProject('x')).code).toBe('spine-locked');
        expect(caught(() => db.migrate()).message).toContain('50 ms');
      } finally {
        db.close();
      }
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(fileSha(path)).toBe(bytes);
    noBackups(dir);
  });

  it('an exclusive lock fails even the open', () => {
    const { path } = legacy();
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    try {
      expectUserError(
        caught(() => ArtifactDatabase.open(path, { busyTimeoutMs: 20 })),
        'spine-locked',
        path,
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});

describe('a spine that cannot be written', () => {
  it('opened read-only: reads work, a write is spine-readonly and nothing changes', () => {
    const { path, dir } = legacy();
    const bytes = fileSha(path);
    const db = ArtifactDatabase.open(path, { readonly: true });
    try {
      expect(db.listProjects().map((p) => p.name)).toEqual(['alpha']);
      expectUserError(
        caught(() => db.migrate()),
        'spine-readonly',
        path,
      );
      expect(
        caught(() => db.saveArtifact({ project: 'a', session: 's', stage: 'spec', content: '' }))
          .code,
      ).toBe('spine-readonly');
    } finally {
      db.close();
    }
    expect(fileSha(path)).toBe(bytes);
    noBackups(dir);
  });

  // Root ignores file modes, so the write runs in a child process as an unprivileged user.
  const asRoot = process.getuid?.() === 0;
  function writeAsUser(path: string, operation: 'migrate' | 'save') {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'test/spine/child-write.ts', path, operation],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      },
    );
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as { ok: boolean; code?: string; message?: string };
  }

  function unprivilegedCopy(): { path: string; dir: string } {
    const { path, dir } = legacy();
    chmodSync(dir, 0o755);
    if (asRoot) chownSync(path, 65534, 65534);
    return { path, dir };
  }

  it.each(['migrate', 'save'] as const)('a read-only file: %s is spine-readonly', (operation) => {
    const { path, dir } = unprivilegedCopy();
    chmodSync(path, 0o444);
    const bytes = fileSha(path);
    const outcome = writeAsUser(path, operation);
    expect(outcome).toMatchObject({ ok: false, code: 'spine-readonly' });
    expect(outcome.message).toContain(path);
    expect(fileSha(path)).toBe(bytes);
    noBackups(dir);
  });

  it('a read-only folder (no room for the journal or the backup) is spine-readonly', () => {
    const { path, dir } = unprivilegedCopy();
    chmodSync(dir, 0o555);
    cleanups.unshift(() => chmodSync(dir, 0o755));
    const bytes = fileSha(path);
    const outcome = writeAsUser(path, 'migrate');
    expect(outcome).toMatchObject({ ok: false, code: 'spine-readonly' });
    expect(fileSha(path)).toBe(bytes);
    noBackups(dir);
  });
});

describe('a missing spine', () => {
  it('is spine-missing unless create is set, and nothing is created', () => {
    const { dir, cleanup } = makeTempDir('idse-spine-');
    cleanups.push(cleanup);
    const path = join(dir, 'idse.db');
    expectUserError(
      caught(() => ArtifactDatabase.open(path)),
      'spine-missing',
      path,
    );
    expectUserError(
      caught(() => ArtifactDatabase.open(path, { readonly: true, create: true })),
      'spine-missing',
      path,
    );
    const nested = join(dir, 'no-such-folder', 'idse.db');
    expectUserError(
      caught(() => ArtifactDatabase.open(nested, { create: true })),
      'spine-missing',
      nested,
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(path)).toBe(false);
  });
});
