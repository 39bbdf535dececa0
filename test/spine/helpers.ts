import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeTempDir } from '../helpers/fixtures.js';

/** The Python tool's pre-refactor DDL (no idse_id, no sync tables), as in its old databases. */
const LEGACY_DDL = `
CREATE TABLE projects (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, stack TEXT, owner TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, current_session_id TEXT);
CREATE TABLE sessions (
  id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL, session_id TEXT NOT NULL, name TEXT NOT NULL,
  session_type TEXT NOT NULL, description TEXT, is_blueprint INTEGER NOT NULL DEFAULT 0,
  parent_session TEXT, owner TEXT, status TEXT NOT NULL, created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL, UNIQUE(project_id, session_id),
  FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE);
CREATE TABLE artifacts (
  id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL, session_id INTEGER NOT NULL,
  stage TEXT NOT NULL, content TEXT NOT NULL, content_hash TEXT NOT NULL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE(session_id, stage),
  FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
  FOREIGN KEY(session_id) REFERENCES sessions(id) ON DELETE CASCADE);
CREATE TABLE session_tags (
  id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL, tag TEXT NOT NULL,
  UNIQUE(session_id, tag), FOREIGN KEY(session_id) REFERENCES sessions(id) ON DELETE CASCADE);
CREATE TABLE project_state (
  project_id INTEGER PRIMARY KEY, state_json TEXT NOT NULL, current_session_id TEXT,
  updated_at TEXT NOT NULL, FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE);
CREATE TABLE agents (
  id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL, agent_id TEXT NOT NULL, role TEXT,
  mode TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE(project_id, agent_id));
`;

const T0 = '2026-02-04T21:33:44.097460';

/** Text with the shapes real artifacts have: unicode, CRLF, trailing spaces, no final newline. */
export const LEGACY_CONTENT = {
  intent: '# Intent\n\nShip the spine — safely. ✓\n',
  context: 'Line one\r\nLine two  \r\n',
  spec: '',
  plan: '## Plan\n\n- a\n- b',
};

/**
 * Writes a database shaped like the Python tool's pre-refactor spine: project `alpha` with
 * `__blueprint__` and `feature-x` (tagged), four artifacts in `feature-x` and one in the
 * blueprint, plus an agent row and project state that we must leave alone.
 */
export function writeLegacyDatabase(path: string): void {
  const db = new Database(path);
  db.exec(LEGACY_DDL);
  db.prepare(
    'INSERT INTO projects (id, name, stack, owner, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)',
  ).run('alpha', 'python', 'system', T0, T0);
  const session = db.prepare(
    `INSERT INTO sessions (id, project_id, session_id, name, session_type, is_blueprint,
       parent_session, owner, status, created_at, updated_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, 'system', ?, ?, ?)`,
  );
  session.run(1, '__blueprint__', '__blueprint__', 'blueprint', 1, null, 'draft', T0, T0);
  session.run(2, 'feature-x', 'feature-x', 'feature', 0, '__blueprint__', 'review', T0, T0);
  db.prepare(
    "INSERT INTO session_tags (session_id, tag) VALUES (2, 'domain'), (2, 'feature')",
  ).run();
  const artifact = db.prepare(
    `INSERT INTO artifacts (project_id, session_id, stage, content, content_hash, created_at, updated_at)
     VALUES (1, ?, ?, ?, ?, ?, ?)`,
  );
  artifact.run(1, 'intent', '# Blueprint intent\n', sha256('# Blueprint intent\n'), T0, T0);
  for (const [stage, content] of Object.entries(LEGACY_CONTENT)) {
    artifact.run(2, stage, content, sha256(content), T0, T0);
  }
  db.prepare("INSERT INTO project_state VALUES (1, '{\"x\":1}', 'feature-x', ?)").run(T0);
  db.prepare("INSERT INTO agents VALUES (1, 1, 'claude', 'builder', 'auto', ?, ?)").run(T0, T0);
  db.close();
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A temp dir with a fresh legacy database in it; returns the db path. */
export function legacyDatabase(): { path: string; dir: string; cleanup: () => void } {
  const { dir, cleanup } = makeTempDir('idse-spine-');
  const path = join(dir, 'idse.db');
  writeLegacyDatabase(path);
  return { path, dir, cleanup };
}

/**
 * Row count and SHA-256 of every table and the schema, read on a separate connection. For
 * `artifacts`, only `columns` (when given) are hashed, so an added column does not count.
 */
export function tableDigests(
  path: string,
  options: { artifactColumns?: string[]; includeOwn?: boolean } = {},
): Record<string, { rows: number; sha: string }> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    )
      .map((row) => row.name)
      .filter((name) => options.includeOwn || !name.startsWith('idse_sync_'));
    const digests: Record<string, { rows: number; sha: string }> = {};
    for (const table of tables) {
      const columns =
        table === 'artifacts' && options.artifactColumns ? options.artifactColumns.join(', ') : '*';
      const rows = db.prepare(`SELECT ${columns} FROM "${table}" ORDER BY rowid`).all();
      digests[table] = { rows: rows.length, sha: sha256(JSON.stringify(rows)) };
    }
    return digests;
  } finally {
    db.close();
  }
}

/** Everything in the file that a reader could see: schema text plus every table's rows. */
export function databaseDigest(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const schema = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    return sha256(JSON.stringify([schema, tableDigests(path, { includeOwn: true })]));
  } finally {
    db.close();
  }
}

/** Column names of a table, in order. */
export function columnsOf(path: string, table: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (
      db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]
    ).map((row) => row.name);
  } finally {
    db.close();
  }
}

/** Runs `fn` with a raw connection to the file (for setting up odd states). */
export function withRaw<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
