import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator-workspace.js';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';
import { runIdseSync } from '../helpers/cli.js';
import type { Emulator } from '../notion-emulator/index.js';
import { pull } from '../sync/pull-helpers.js';
import { push, writeWorkspace } from '../sync/push-helpers.js';

const MARK = 'HALF-WRITTEN by a killed run';

let emulator: Emulator;
let temp: { dir: string; cleanup: () => void };
useEmulator((started) => (emulator = started));
beforeEach(() => {
  temp = makeTempDir('idse-hot-journal-');
});
afterEach(() => temp.cleanup());

const spineOf = (root: string) => join(root, '.idse', 'idse.db');

/**
 * Leaves the spine as a process killed inside a write transaction does: the file already holds
 * some new pages and `idse.db-journal` the old ones, with no process holding a lock (a hot
 * journal). Made by copying both files while a real transaction is open, big enough that SQLite
 * spills pages into the database file before the commit.
 */
function leaveHotJournal(root: string): void {
  const path = spineOf(root);
  const side = join(temp.dir, `side-${Date.now()}`);
  mkdirSync(side);
  const db = new Database(path);
  db.pragma('cache_size = 10');
  db.exec('BEGIN IMMEDIATE');
  const insert = db.prepare(
    `INSERT INTO projects (name, created_at, updated_at) VALUES (?, '2026-01-01', '2026-01-01')`,
  );
  for (let i = 0; i < 2000; i++) insert.run(`${MARK} ${i} ${'x'.repeat(400)}`);
  copyFileSync(path, join(side, 'idse.db'));
  copyFileSync(`${path}-journal`, join(side, 'idse.db-journal'));
  db.exec('ROLLBACK');
  db.close();
  copyFileSync(join(side, 'idse.db'), path);
  copyFileSync(join(side, 'idse.db-journal'), `${path}-journal`);
  expect(statSync(`${path}-journal`).size).toBeGreaterThan(0);
}

function halfWrittenRows(root: string): number {
  const db = new Database(spineOf(root), { readonly: true });
  try {
    const row = db
      .prepare(`SELECT count(*) AS n FROM projects WHERE name LIKE ?`)
      .get(`${MARK}%`) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

async function pushedWorkspace(): Promise<string> {
  const root = join(temp.dir, 'ws');
  writeWorkspace(root, 'acme', [
    { id: 'search', files: { intent: '# Search\n\nWhy.\n', spec: '# Spec\n\n- one\n' } },
  ]);
  expect((await push(emulator, root)).code).toBe(0);
  return root;
}

describe('a spine left with a hot journal by a killed write', () => {
  it('the journal really is hot: a plain read-only open refuses it', async () => {
    const root = await pushedWorkspace();
    leaveHotJournal(root);
    expect(() => {
      const db = new Database(spineOf(root), { readonly: true });
      try {
        db.prepare('SELECT count(*) FROM projects').get();
      } finally {
        db.close();
      }
    }).toThrow();
  });

  it.each([
    ['status', (root: string) => runIdseSync(['status', '--json', '--workspace', root])],
    ['push', (root: string) => push(emulator, root)],
    ['pull', (root: string) => pull(emulator, root)],
    ['migrate', (root: string) => runIdseSync(['migrate', '--json', '--workspace', root])],
  ] as const)('%s rolls it back and succeeds; no half-written row survives', async (_, run) => {
    const root = await pushedWorkspace();
    leaveHotJournal(root);
    const result = await run(root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(`${spineOf(root)}-journal`)).toBe(false);
    expect(halfWrittenRows(root)).toBe(0);
    // And the spine is whole: the next push finds everything pushed already.
    const again = await push(emulator, root);
    expect(again.code).toBe(0);
    expect(again.report?.counts.skipped).toBe(2);
  });

  // Root ignores file modes, so the command runs as an unprivileged user in a child process.
  const asRoot = process.getuid?.() === 0;
  it('a spine that cannot be written still gets the read-only message, naming the journal', async () => {
    const root = await pushedWorkspace();
    leaveHotJournal(root);
    const folder = join(root, '.idse');
    for (const dir of [temp.dir, root]) chmodSync(dir, 0o755);
    if (asRoot) {
      for (const file of ['', '-journal']) chownSync(`${spineOf(root)}${file}`, 65534, 65534);
    }
    chmodSync(spineOf(root), 0o444);
    chmodSync(folder, 0o555);
    try {
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'test/spine/child-write.ts', spineOf(root), 'read'],
        { cwd: REPO_ROOT, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) },
      );
      expect(result.stderr).toBe('');
      const outcome = JSON.parse(result.stdout) as { ok: boolean; code: string; message: string };
      expect(outcome).toMatchObject({ ok: false, code: 'spine-readonly' });
      expect(outcome.message).toContain('idse.db-journal');
      expect(outcome.message).toContain('interrupted write');
    } finally {
      chmodSync(folder, 0o755);
      chmodSync(spineOf(root), 0o644);
    }
  });

  it('a spine locked by a live writer waits, then names the process holding it', async () => {
    const root = await pushedWorkspace();
    // Another process takes the write lock and keeps it until the test ends it.
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import D from 'better-sqlite3';
         const db = new D(${JSON.stringify(spineOf(root))});
         db.exec('BEGIN EXCLUSIVE');
         process.stdout.write('locked');
         setInterval(() => {}, 1000);`,
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((ready, fail) => {
        holder.stdout.on('data', () => ready());
        holder.on('exit', () => fail(new Error('the lock holder ended early')));
      });
      const result = await runIdseSync(['status', '--workspace', root]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('is locked, held open by pid');
      expect(result.stderr).toContain(String(holder.pid));
    } finally {
      holder.kill('SIGKILL');
    }
  });
});
