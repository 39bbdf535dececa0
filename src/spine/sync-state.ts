import { getArtifactById, requireArtifacts } from './catalog.js';
import { NOTION_BACKEND, contentHash, pythonTimestamp, utcTimestamp } from './ids.js';
import type {
  ArtifactRecord,
  ConflictInput,
  ConflictRecord,
  RemoteSnapshot,
  RemoteSnapshotInput,
  SyncMetadata,
} from './records.js';
import { statement, type Db } from './schema.js';

// sync_metadata (the Python IDSE tool's table), then our own idse_sync_ tables.

interface SyncMetadataRow {
  artifact_id: number;
  backend: string;
  last_push_hash: string | null;
  last_push_at: string | null;
  last_pull_hash: string | null;
  last_pull_at: string | null;
  remote_id: string | null;
}

export function getSyncMetadata(
  db: Db,
  artifactId: number,
  backend = NOTION_BACKEND,
): SyncMetadata | undefined {
  const row = statement(
    db,
    `SELECT artifact_id, backend, last_push_hash, last_push_at, last_pull_hash, last_pull_at,
            remote_id
     FROM sync_metadata WHERE artifact_id = ? AND backend = ? ORDER BY id LIMIT 1`,
  ).get(artifactId, backend) as SyncMetadataRow | undefined;
  if (!row) return undefined;
  return {
    artifactId: row.artifact_id,
    backend: row.backend,
    lastPushHash: row.last_push_hash,
    lastPushAt: row.last_push_at,
    lastPullHash: row.last_pull_hash,
    lastPullAt: row.last_pull_at,
    pageId: row.remote_id,
  };
}

type SyncColumns = Partial<
  Record<
    'last_push_hash' | 'last_push_at' | 'last_pull_hash' | 'last_pull_at' | 'remote_id',
    string | null
  >
>;

// Sets only the given columns: unlike the Python tool, a push never nulls the pull fields and a
// pull never nulls the push fields.
function upsertSyncColumns(
  db: Db,
  artifactId: number,
  backend: string,
  columns: SyncColumns,
): void {
  requireArtifacts(db, [artifactId]);
  let entries = Object.entries(columns) as [keyof SyncColumns, string | null][];
  const existing = statement(
    db,
    'SELECT * FROM sync_metadata WHERE artifact_id = ? AND backend = ? ORDER BY id LIMIT 1',
  ).get(artifactId, backend) as (SyncMetadataRow & { id: number }) | undefined;
  if (existing) {
    entries = entries.filter(([column, value]) => existing[column] !== value);
    if (entries.length === 0) return;
    const assignments = entries.map(([column]) => `${column} = ?`).join(', ');
    db.prepare(`UPDATE sync_metadata SET ${assignments} WHERE id = ?`).run(
      ...entries.map(([, value]) => value),
      existing.id,
    );
    return;
  }
  const names = ['artifact_id', 'backend', ...entries.map(([column]) => column)];
  db.prepare(
    `INSERT INTO sync_metadata (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
  ).run(artifactId, backend, ...entries.map(([, value]) => value));
}

export function recordPush(
  db: Db,
  artifactId: number,
  push: { hash: string; pageId: string; at?: string; backend?: string },
): void {
  upsertSyncColumns(db, artifactId, push.backend ?? NOTION_BACKEND, {
    last_push_hash: push.hash,
    last_push_at: push.at ?? pythonTimestamp(),
    remote_id: push.pageId,
  });
}

export function recordPull(
  db: Db,
  artifactId: number,
  pull: { hash: string; pageId?: string; at?: string; backend?: string },
): void {
  const columns: SyncColumns = {
    last_pull_hash: pull.hash,
    last_pull_at: pull.at ?? pythonTimestamp(),
  };
  if (pull.pageId !== undefined) columns.remote_id = pull.pageId;
  upsertSyncColumns(db, artifactId, pull.backend ?? NOTION_BACKEND, columns);
}

export function setPageId(
  db: Db,
  artifactId: number,
  pageId: string | null,
  backend = NOTION_BACKEND,
): void {
  if (pageId === null && getSyncMetadata(db, artifactId, backend) === undefined) return;
  upsertSyncColumns(db, artifactId, backend, { remote_id: pageId });
}

/** Notion ids come hyphenated or not, in any case: compare them without either difference. */
export function normalizePageId(pageId: string): string {
  return pageId.replace(/-/g, '').toLowerCase();
}

export function findByPageId(
  db: Db,
  pageId: string,
  backend = NOTION_BACKEND,
): ArtifactRecord | undefined {
  const rows = statement(
    db,
    `SELECT artifact_id FROM sync_metadata
     WHERE backend = ? AND lower(replace(remote_id, '-', '')) = ? ORDER BY id`,
  ).all(backend, normalizePageId(pageId)) as { artifact_id: number }[];
  for (const row of rows) {
    const record = getArtifactById(db, row.artifact_id);
    if (record) return record;
  }
  return undefined;
}

interface SnapshotRow {
  idse_id: string;
  backend: string;
  remote_id: string | null;
  markdown: string;
  markdown_hash: string;
  properties_hash: string | null;
  last_edited_time: string | null;
  ledger_commit: string | null;
  updated_at: string;
}

export function saveRemoteSnapshot(
  db: Db,
  idseId: string,
  snapshot: RemoteSnapshotInput,
): RemoteSnapshot {
  const backend = snapshot.backend ?? NOTION_BACKEND;
  const next = {
    pageId: snapshot.pageId ?? null,
    markdown: snapshot.markdown,
    markdownHash: contentHash(snapshot.markdown),
    propertiesHash: snapshot.propertiesHash ?? null,
    lastEditedTime: snapshot.lastEditedTime ?? null,
    ledgerCommit: snapshot.ledgerCommit ?? null,
  };
  // The spine is committed to git: an identical snapshot must not touch the file.
  const stored = getRemoteSnapshot(db, idseId, backend);
  if (stored && (Object.keys(next) as (keyof typeof next)[]).every((k) => stored[k] === next[k])) {
    return stored;
  }
  statement(
    db,
    `INSERT INTO idse_sync_remote_snapshots (idse_id, backend, remote_id, markdown, markdown_hash,
       properties_hash, last_edited_time, ledger_commit, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (idse_id, backend) DO UPDATE SET
       remote_id = excluded.remote_id, markdown = excluded.markdown,
       markdown_hash = excluded.markdown_hash, properties_hash = excluded.properties_hash,
       last_edited_time = excluded.last_edited_time, ledger_commit = excluded.ledger_commit,
       updated_at = excluded.updated_at`,
  ).run(
    idseId,
    backend,
    next.pageId,
    next.markdown,
    next.markdownHash,
    next.propertiesHash,
    next.lastEditedTime,
    next.ledgerCommit,
    utcTimestamp(),
  );
  return getRemoteSnapshot(db, idseId, backend) as RemoteSnapshot;
}

export function getRemoteSnapshot(
  db: Db,
  idseId: string,
  backend = NOTION_BACKEND,
): RemoteSnapshot | undefined {
  const row = statement(
    db,
    'SELECT * FROM idse_sync_remote_snapshots WHERE idse_id = ? AND backend = ?',
  ).get(idseId, backend) as SnapshotRow | undefined;
  if (!row) return undefined;
  return {
    idseId: row.idse_id,
    backend: row.backend,
    pageId: row.remote_id,
    markdown: row.markdown,
    markdownHash: row.markdown_hash,
    propertiesHash: row.properties_hash,
    lastEditedTime: row.last_edited_time,
    ledgerCommit: row.ledger_commit,
    updatedAt: row.updated_at,
  };
}

export function deleteRemoteSnapshot(db: Db, idseId: string, backend = NOTION_BACKEND): boolean {
  const result = statement(
    db,
    'DELETE FROM idse_sync_remote_snapshots WHERE idse_id = ? AND backend = ?',
  ).run(idseId, backend);
  return result.changes > 0;
}

export function getCursor(db: Db, key: string): string | undefined {
  const row = statement(db, 'SELECT value FROM idse_sync_cursors WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function setCursor(db: Db, key: string, value: string | null): void {
  if (value === null) {
    statement(db, 'DELETE FROM idse_sync_cursors WHERE key = ?').run(key);
    return;
  }
  if (getCursor(db, key) === value) return;
  statement(
    db,
    `INSERT INTO idse_sync_cursors (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, value, utcTimestamp());
}

export function listCursors(db: Db): Record<string, string> {
  const rows = statement(db, 'SELECT key, value FROM idse_sync_cursors ORDER BY key').all() as {
    key: string;
    value: string;
  }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

interface ConflictRow {
  id: number;
  idse_id: string;
  notion_copy_path: string;
  local_hash: string | null;
  remote_hash: string | null;
  created_at: string;
  resolved_at: string | null;
}

function toConflict(row: ConflictRow): ConflictRecord {
  return {
    id: row.id,
    idseId: row.idse_id,
    notionCopyPath: row.notion_copy_path,
    localHash: row.local_hash,
    remoteHash: row.remote_hash,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
  };
}

/** Records a conflict, or refreshes the artifact's open one: at most one is open per idse_id. */
export function recordConflict(db: Db, conflict: ConflictInput): ConflictRecord {
  const open = getOpenConflict(db, conflict.idseId);
  if (
    open &&
    open.notionCopyPath === conflict.notionCopyPath &&
    open.localHash === conflict.localHash &&
    open.remoteHash === conflict.remoteHash
  ) {
    return open;
  }
  if (open) {
    statement(
      db,
      `UPDATE idse_sync_conflicts SET notion_copy_path = ?, local_hash = ?, remote_hash = ?
       WHERE id = ?`,
    ).run(conflict.notionCopyPath, conflict.localHash, conflict.remoteHash, open.id);
  } else {
    statement(
      db,
      `INSERT INTO idse_sync_conflicts (idse_id, notion_copy_path, local_hash, remote_hash,
         created_at, resolved_at) VALUES (?, ?, ?, ?, ?, NULL)`,
    ).run(
      conflict.idseId,
      conflict.notionCopyPath,
      conflict.localHash,
      conflict.remoteHash,
      utcTimestamp(),
    );
  }
  return getOpenConflict(db, conflict.idseId) as ConflictRecord;
}

export function getOpenConflict(db: Db, idseId: string): ConflictRecord | undefined {
  const row = statement(
    db,
    'SELECT * FROM idse_sync_conflicts WHERE idse_id = ? AND resolved_at IS NULL',
  ).get(idseId) as ConflictRow | undefined;
  return row && toConflict(row);
}

export function listConflicts(
  db: Db,
  options: { includeResolved?: boolean } = {},
): ConflictRecord[] {
  const where = options.includeResolved ? '' : 'WHERE resolved_at IS NULL';
  const rows = statement(
    db,
    `SELECT * FROM idse_sync_conflicts ${where} ORDER BY created_at, id`,
  ).all() as ConflictRow[];
  return rows.map(toConflict);
}

/** Marks the artifact's open conflict resolved; false when it had none. */
export function resolveConflict(db: Db, idseId: string, at?: string): boolean {
  const result = statement(
    db,
    'UPDATE idse_sync_conflicts SET resolved_at = ? WHERE idse_id = ? AND resolved_at IS NULL',
  ).run(at ?? utcTimestamp(), idseId);
  return result.changes > 0;
}
