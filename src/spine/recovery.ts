import { existsSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { IdseError } from '../errors.js';
import { toSpineError } from './errors.js';
import { sqliteBindingOptions } from './native-binding.js';

/**
 * What a crash can leave beside the spine: a rollback journal (a write killed between its first
 * page and its commit) or a write-ahead log not yet checkpointed. Both are only safe to read
 * through a connection that may write, because SQLite repairs them on the first read.
 */
export function crashLeftovers(path: string): string[] {
  const found: string[] = [];
  for (const suffix of ['-journal', '-wal']) {
    const side = `${path}${suffix}`;
    try {
      if (statSync(side).size > 0) found.push(side);
    } catch {
      // Absent: nothing to recover.
    }
  }
  return found;
}

/**
 * Lets SQLite repair a spine left by a crash before anyone opens it read-only: a hot journal is
 * rolled back by the first read of a read-write connection, and a WAL is checkpointed when the
 * last connection closes. A journal still in use by a live writer is not hot, so this then
 * only waits for that writer's lock (bounded) like any other reader.
 */
export function recoverSpine(path: string, busyTimeoutMs: number): void {
  const leftovers = crashLeftovers(path);
  if (leftovers.length === 0) return;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, {
      fileMustExist: true,
      timeout: busyTimeoutMs,
      ...sqliteBindingOptions(),
    });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (leftovers.some((file) => file.endsWith('-wal'))) db.pragma('wal_checkpoint(TRUNCATE)');
    // A journal killed before its header was synced is not hot: SQLite ignores it and leaves
    // it in place, where `git add -A` would pick it up. Under our write lock no live writer
    // can own it, so it is only litter.
    const journal = `${path}-journal`;
    if (existsSync(journal)) {
      db.exec('BEGIN IMMEDIATE');
      try {
        rmSync(journal, { force: true });
      } finally {
        db.exec('ROLLBACK');
      }
    }
  } catch (error) {
    const spineError = toSpineError(error, path, 'write', busyTimeoutMs);
    if (spineError instanceof IdseError && spineError.code === 'spine-readonly') {
      throw new IdseError(
        'spine-readonly',
        `The spine database ${path} holds an interrupted write (${leftovers.map((f) => basename(f)).join(', ')}), and rolling it back needs write access: the file or its folder is read-only.`,
        `Make ${basename(path)} and the folder holding it writable for this user and run any idse-sync command once; SQLite then restores the last committed state.`,
        { cause: error },
      );
    }
    throw spineError;
  } finally {
    db?.close();
  }
}
