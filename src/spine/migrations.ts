import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { corruptError } from './errors.js';
import { idseIdOfRow, utcTimestamp } from './ids.js';
import {
  MIGRATIONS_TABLE,
  columnExists,
  listTables,
  tableExists,
  type Db,
  type Migration,
} from './schema.js';

/** What `migrate()` did (or, in a dry run, would do). */
export interface MigrationReport {
  applied: { version: number; name: string }[];
  /** The copy of the file taken before migrating an existing database. */
  backupPath?: string;
  /** Artifact rows whose idse_id was set or corrected to the formula. */
  backfilledIdseIds: number;
  /** True when the database had no tables: the spine was built from nothing. */
  created: boolean;
  /** Rows that could not be given their idse_id, and why. */
  warnings: string[];
}

export interface RunMigrationsOptions {
  dryRun?: boolean;
  /** Copy the file before migrating an existing database (off for in-memory copies). */
  backup?: boolean;
  /** Called inside the transaction just before COMMIT (crash tests stop the process there). */
  probe?: (point: string) => void;
}

/** The migrations of `migrations` not yet recorded in the bookkeeping table. */
export function pendingMigrations(
  db: Db,
  migrations: readonly Migration[],
): { version: number; name: string }[] {
  const applied = new Set<number>();
  if (tableExists(db, MIGRATIONS_TABLE)) {
    const rows = db.prepare(`SELECT version FROM ${MIGRATIONS_TABLE}`).all() as {
      version: number;
    }[];
    for (const row of rows) applied.add(row.version);
  }
  return migrations
    .filter((migration) => !applied.has(migration.version))
    .map(({ version, name }) => ({ version, name }));
}

/**
 * Applies the pending migrations and repairs idse_ids, all in one IMMEDIATE transaction: a
 * failure anywhere leaves the database exactly as it was. Before the first change to an
 * existing database, its content (as this connection sees it, WAL included) is written to
 * `backups/<file>.bak-<UTC timestamp>` beside it. Running it again when nothing is pending writes
 * nothing at all.
 */
export function runMigrations(
  db: Db,
  path: string,
  migrations: readonly Migration[],
  options: RunMigrationsOptions = {},
): MigrationReport {
  const pending = pendingMigrations(db, migrations);
  const plan = planIdseIdRepairs(db);
  if (options.dryRun) {
    return {
      applied: pending,
      backfilledIdseIds: plan.updates.length,
      created: listTables(db).length === 0,
      warnings: plan.warnings,
    };
  }
  if (pending.length === 0 && plan.updates.length === 0) {
    return { applied: [], backfilledIdseIds: 0, created: false, warnings: plan.warnings };
  }

  let backupPath: string | undefined;
  let committing = false;
  db.exec('BEGIN IMMEDIATE');
  try {
    // Re-read under the write lock: another process may have migrated in between.
    const toApply = pendingMigrations(db, migrations);
    const created = listTables(db).length === 0;
    const snapshot =
      toApply.length > 0 && !created && options.backup !== false
        ? checkedSnapshot(db, path)
        : undefined;
    // The first write doubles as a probe: a read-only file or folder fails here, before the
    // backup file exists.
    db.exec(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      )`,
    );
    if (snapshot) backupPath = writeBackup(path, snapshot);
    const record = db.prepare(
      `INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`,
    );
    for (const { version, name } of toApply) {
      const migration = migrations.find((candidate) => candidate.version === version);
      migration?.up(db);
      record.run(version, name, utcTimestamp());
    }
    const repairs = applyIdseIdRepairs(db);
    options.probe?.('migrate');
    committing = true;
    db.exec('COMMIT');
    const report: MigrationReport = {
      applied: toApply,
      backfilledIdseIds: repairs.updates.length,
      created,
      warnings: repairs.warnings,
    };
    if (backupPath !== undefined) report.backupPath = backupPath;
    return report;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    // Rolled back before COMMIT: the file is unchanged, so the copy would only be litter.
    if (backupPath !== undefined && !committing) removeQuietly(backupPath);
    throw error;
  }
}

interface IdseIdPlan {
  updates: { id: number; idseId: string }[];
  warnings: string[];
}

/**
 * Rows whose idse_id is missing or differs from `<project>::<session>::<stage>` (the session's
 * project, stage lower case). A value already held by a correct row is never taken from it:
 * such a row is reported instead.
 */
function planIdseIdRepairs(db: Db): IdseIdPlan {
  if (!tableExists(db, 'artifacts') || !tableExists(db, 'sessions')) {
    return { updates: [], warnings: [] };
  }
  const hasColumn = columnExists(db, 'artifacts', 'idse_id');
  const current = hasColumn ? 'a.idse_id' : 'NULL';
  const rows = db
    .prepare(
      `SELECT a.id, ${current} AS current, p.name AS project, s.session_id AS session, a.stage
       FROM artifacts a
       LEFT JOIN sessions s ON s.id = a.session_id
       LEFT JOIN projects p ON p.id = s.project_id
       ORDER BY a.id`,
    )
    .all() as {
    id: number;
    current: string | null;
    project: string | null;
    session: string | null;
    stage: string;
  }[];

  const candidates = rows.map((row) => ({
    ...row,
    wanted:
      row.project === null || row.session === null
        ? null
        : idseIdOfRow(row.project, row.session, row.stage),
  }));
  const holders = new Map<string, number>();
  for (const row of candidates) {
    const keeps = row.wanted === null || row.wanted === row.current;
    if (keeps && row.current !== null) holders.set(row.current, row.id);
  }

  const plan: IdseIdPlan = { updates: [], warnings: [] };
  for (const { id, current, wanted } of candidates) {
    if (wanted === null || wanted === current) continue;
    const holder = holders.get(wanted);
    if (holder !== undefined) {
      plan.warnings.push(
        `artifact row ${id} should have idse_id "${wanted}", but row ${holder} already holds it; left unchanged`,
      );
      continue;
    }
    holders.set(wanted, id);
    plan.updates.push({ id, idseId: wanted });
  }
  return plan;
}

function applyIdseIdRepairs(db: Db): IdseIdPlan {
  if (!columnExists(db, 'artifacts', 'idse_id')) return { updates: [], warnings: [] };
  const plan = planIdseIdRepairs(db);
  // Two passes, so a value can move from a wrong row to the right one under the unique index.
  const clear = db.prepare('UPDATE artifacts SET idse_id = NULL WHERE id = ?');
  const assign = db.prepare('UPDATE artifacts SET idse_id = ? WHERE id = ?');
  for (const { id } of plan.updates) clear.run(id);
  for (const { id, idseId } of plan.updates) assign.run(idseId, id);
  return plan;
}

function checkedSnapshot(db: Db, path: string): Buffer {
  const problems = db.pragma('quick_check') as { quick_check: string }[];
  const first = problems[0]?.quick_check;
  if (first !== 'ok') throw corruptError(path, `integrity check: ${first ?? 'no answer'}`);
  return db.serialize();
}

/**
 * Backups go to `backups/` beside the spine, a folder whose own `.gitignore` ignores it whole:
 * the spine is usually committed, and `git add -A` must not commit a copy of it with it.
 */
export function backupFolder(path: string): string {
  return join(dirname(path), BACKUP_FOLDER);
}

const BACKUP_FOLDER = 'backups';

function writeBackup(path: string, data: Buffer): string {
  const folder = backupFolder(path);
  mkdirSync(folder, { recursive: true });
  const ignore = join(folder, '.gitignore');
  if (!existsSync(ignore)) {
    writeFileSync(
      ignore,
      '# Copies of the spine made before a migration (idse-sync): not for git.\n*\n',
    );
  }
  const stamp = utcTimestamp()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  for (let attempt = 1; ; attempt++) {
    const candidate = join(
      folder,
      `${basename(path)}.bak-${stamp}${attempt === 1 ? '' : `-${attempt}`}`,
    );
    let fd: number;
    try {
      fd = openSync(candidate, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      removeQuietly(candidate);
      throw error;
    }
    closeSync(fd);
    return candidate;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Best effort: a leftover copy of an unchanged database harms nothing.
  }
}
