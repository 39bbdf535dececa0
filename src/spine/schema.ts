import type Database from 'better-sqlite3';

/** A better-sqlite3 connection, as the spine's internals receive it. */
export type Db = Database.Database;

/** One versioned, additive schema step. `up` runs inside the migration transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

/** Our bookkeeping table; `PRAGMA user_version` belongs to the Python tool. */
export const MIGRATIONS_TABLE = 'idse_sync_migrations';

/** Prefix of every table this tool owns; all other tables belong to the Python IDSE tool. */
export const OWN_TABLE_PREFIX = 'idse_sync_';

// The Python tool's base tables, copied from its databases (pre-refactor fixture) so that a
// spine we create is one it can open. It adds its other tables and columns itself on open.
const PYTHON_BASE_TABLES = [
  `CREATE TABLE IF NOT EXISTS projects (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            stack TEXT,
            owner TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            current_session_id TEXT
        )`,
  `CREATE TABLE IF NOT EXISTS sessions (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL,
            session_id TEXT NOT NULL,
            name TEXT NOT NULL,
            session_type TEXT NOT NULL,
            description TEXT,
            is_blueprint INTEGER NOT NULL DEFAULT 0,
            parent_session TEXT,
            owner TEXT,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE(project_id, session_id),
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE
        )`,
  `CREATE TABLE IF NOT EXISTS artifacts (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL,
            session_id INTEGER NOT NULL,
            stage TEXT NOT NULL,
            content TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE(session_id, stage),
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
            FOREIGN KEY(session_id) REFERENCES sessions(id) ON DELETE CASCADE
        )`,
  `CREATE TABLE IF NOT EXISTS session_tags (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL,
            tag TEXT NOT NULL,
            UNIQUE(session_id, tag),
            FOREIGN KEY(session_id) REFERENCES sessions(id) ON DELETE CASCADE
        )`,
];

// The Python IDSE tool's own definitions, verbatim (the head fixture already has them this way).
const SEED_PLAN_TABLES = [
  `CREATE TABLE IF NOT EXISTS artifact_dependencies (
            id INTEGER PRIMARY KEY,
            artifact_id INTEGER NOT NULL,
            depends_on_artifact_id INTEGER NOT NULL,
            dependency_type TEXT NOT NULL DEFAULT 'upstream',
            created_at TEXT NOT NULL,
            UNIQUE(artifact_id, depends_on_artifact_id),
            FOREIGN KEY(artifact_id) REFERENCES artifacts(id) ON DELETE CASCADE,
            FOREIGN KEY(depends_on_artifact_id) REFERENCES artifacts(id) ON DELETE CASCADE
        )`,
  `CREATE TABLE IF NOT EXISTS sync_metadata (
            id INTEGER PRIMARY KEY,
            artifact_id INTEGER NOT NULL,
            backend TEXT NOT NULL,
            last_push_hash TEXT,
            last_push_at TEXT,
            last_pull_hash TEXT,
            last_pull_at TEXT,
            remote_id TEXT,
            UNIQUE(artifact_id, backend),
            FOREIGN KEY(artifact_id) REFERENCES artifacts(id) ON DELETE CASCADE
        )`,
];

// Our own state. Keyed by idse_id rather than artifacts.id: the Python tool may delete and
// re-create rows (ids can be reused), while the idse_id names the artifact everywhere.
const SYNC_STATE_TABLES = [
  `CREATE TABLE IF NOT EXISTS idse_sync_remote_snapshots (
    idse_id TEXT NOT NULL,
    backend TEXT NOT NULL,
    remote_id TEXT,
    markdown TEXT NOT NULL,
    markdown_hash TEXT NOT NULL,
    properties_hash TEXT,
    last_edited_time TEXT,
    ledger_commit TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (idse_id, backend)
  )`,
  `CREATE TABLE IF NOT EXISTS idse_sync_cursors (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS idse_sync_conflicts (
    id INTEGER PRIMARY KEY,
    idse_id TEXT NOT NULL,
    notion_copy_path TEXT NOT NULL,
    local_hash TEXT,
    remote_hash TEXT,
    created_at TEXT NOT NULL,
    resolved_at TEXT
  )`,
  // At most one open conflict per artifact, so re-running a sync converges instead of piling up.
  `CREATE UNIQUE INDEX IF NOT EXISTS idx_idse_sync_conflicts_open
    ON idse_sync_conflicts(idse_id) WHERE resolved_at IS NULL`,
];

// Files pushed to Notion, by content: a file is uploaded once, whichever artifact, page or
// machine (with this spine) needs it again; and the Notion-hosted addresses whose content we
// know, so a pull or push recognises a file on a page without downloading it.
const MEDIA_TABLES = [
  `CREATE TABLE IF NOT EXISTS idse_sync_uploads (
    content_hash TEXT PRIMARY KEY,
    file_upload_id TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    uploaded_at TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS idse_sync_hosted_files (
    url TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  )`,
];

/** The spine's migrations, in order. Each only adds, and skips what already exists. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'python-base-tables',
    up: (db) => PYTHON_BASE_TABLES.forEach((sql) => db.exec(sql)),
  },
  {
    version: 2,
    name: 'artifacts-idse-id',
    up: (db) => {
      // The Python tool's plan says `ADD COLUMN idse_id TEXT UNIQUE`, which SQLite refuses:
      // the column first, then a unique index.
      if (!columnExists(db, 'artifacts', 'idse_id')) {
        db.exec('ALTER TABLE artifacts ADD COLUMN idse_id TEXT');
      }
      db.exec('CREATE UNIQUE INDEX IF NOT EXISTS idx_artifacts_idse_id ON artifacts(idse_id)');
    },
  },
  {
    version: 3,
    name: 'dependencies-and-sync-metadata',
    up: (db) => SEED_PLAN_TABLES.forEach((sql) => db.exec(sql)),
  },
  {
    version: 4,
    name: 'sync-state',
    up: (db) => SYNC_STATE_TABLES.forEach((sql) => db.exec(sql)),
  },
  {
    version: 5,
    name: 'uploads',
    up: (db) => MEDIA_TABLES.forEach((sql) => db.exec(sql)),
  },
];

/** Names of the user tables (SQLite's internal `sqlite_` tables excluded). */
export function listTables(db: Db): string[] {
  const rows = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

export function tableExists(db: Db, table: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !==
    undefined
  );
}

export function columnExists(db: Db, table: string, column: string): boolean {
  const columns = db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as {
    name: string;
  }[];
  return columns.some((row) => row.name === column);
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection (bulk imports call the same SQL often). */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (cache === undefined) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (prepared === undefined) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
