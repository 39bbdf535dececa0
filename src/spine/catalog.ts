import { IdseError } from '../errors.js';
import {
  BLUEPRINT_SESSION,
  STAGES,
  contentHash,
  idseIdOfRow,
  isSessionStatus,
  makeIdseId,
  normalizeStage,
  pythonTimestamp,
  semanticFingerprint,
  type Stage,
} from './ids.js';
import type { ArtifactRecord, ProjectRecord, SessionInput, SessionRecord } from './records.js';
import { columnExists, statement, type Db } from './schema.js';

// Projects, sessions and artifacts: the Python tool's tables, written the way it writes them.

const STAGE_LIST = STAGES.map((stage) => `'${stage}'`).join(', ');
const STAGE_ORDER = `CASE lower(a.stage) ${STAGES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

// Rows with a stage outside the pipeline are the Python tool's business: we neither list nor
// sync them. The project comes from the session, as in the idse_id formula.
const ARTIFACT_SELECT = `
  SELECT a.id, p.name AS project, s.session_id AS session, a.session_id AS session_row_id,
         a.stage, a.content, a.content_hash, a.created_at, a.updated_at
  FROM artifacts a
  JOIN sessions s ON s.id = a.session_id
  JOIN projects p ON p.id = s.project_id
  WHERE lower(a.stage) IN (${STAGE_LIST})`;
const ARTIFACT_ORDER = `ORDER BY p.name, s.session_id, ${STAGE_ORDER}, a.id`;

interface ArtifactRow {
  id: number;
  project: string;
  session: string;
  session_row_id: number;
  stage: string;
  content: string;
  content_hash: string;
  created_at: string;
  updated_at: string;
}

/** Maps a row selected with {@link artifactQuery} to its record. */
export function toArtifactRecord(row: ArtifactRow): ArtifactRecord {
  const stage = row.stage.toLowerCase() as Stage;
  return {
    id: row.id,
    idseId: idseIdOfRow(row.project, row.session, stage),
    project: row.project,
    sessionId: row.session,
    sessionRowId: row.session_row_id,
    stage,
    content: row.content,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Artifact records matching extra SQL conditions (`AND ...`), in pipeline order. */
export function artifactQuery(db: Db, conditions: string, params: unknown[]): ArtifactRecord[] {
  const rows = statement(db, `${ARTIFACT_SELECT} ${conditions} ${ARTIFACT_ORDER}`).all(
    ...params,
  ) as ArtifactRow[];
  return rows.map(toArtifactRecord);
}

export function ensureProject(db: Db, name: string): ProjectRecord {
  requireName('project', name);
  const existing = statement(db, 'SELECT id, name FROM projects WHERE name = ?').get(name) as
    ProjectRecord | undefined;
  if (existing) return existing;
  const now = pythonTimestamp();
  // owner 'system' is what the Python tool writes when none is given.
  const result = statement(
    db,
    `INSERT INTO projects (name, stack, owner, created_at, updated_at, current_session_id)
     VALUES (?, NULL, 'system', ?, ?, NULL)`,
  ).run(name, now, now);
  return { id: Number(result.lastInsertRowid), name };
}

export function listProjects(db: Db): ProjectRecord[] {
  return statement(db, 'SELECT id, name FROM projects ORDER BY name').all() as ProjectRecord[];
}

interface SessionRow {
  id: number;
  project_id: number;
  project: string;
  session_id: string;
  name: string;
  session_type: string;
  description: string | null;
  is_blueprint: number;
  parent_session: string | null;
  owner: string | null;
  status: string;
  created_at: string;
  updated_at: string;
}

const SESSION_SELECT = `
  SELECT s.id, s.project_id, p.name AS project, s.session_id, s.name, s.session_type,
         s.description, s.is_blueprint, s.parent_session, s.owner, s.status, s.created_at,
         s.updated_at
  FROM sessions s JOIN projects p ON p.id = s.project_id`;

export function upsertSession(db: Db, project: string, input: SessionInput): SessionRecord {
  requireName('session', input.sessionId);
  if (input.status !== undefined && !isSessionStatus(input.status)) {
    throw new IdseError(
      'spine-invalid-input',
      `Unknown session status "${String(input.status)}" for session "${input.sessionId}".`,
      'Use one of: draft, in_progress, review, complete, archived.',
    );
  }
  const projectRow = ensureProject(db, project);
  const now = pythonTimestamp();
  const existing = findSessionRow(db, project, input.sessionId);
  let rowId: number;
  if (!existing) {
    const isBlueprint = input.isBlueprint ?? input.sessionId === BLUEPRINT_SESSION;
    const result = statement(
      db,
      `INSERT INTO sessions (project_id, session_id, name, session_type, description,
         is_blueprint, parent_session, owner, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      projectRow.id,
      input.sessionId,
      input.name ?? input.sessionId,
      input.sessionType ?? (isBlueprint ? 'blueprint' : 'feature'),
      input.description ?? null,
      isBlueprint ? 1 : 0,
      input.parentSession ?? null,
      input.owner === undefined ? 'system' : input.owner,
      input.status ?? 'draft',
      now,
      now,
    );
    rowId = Number(result.lastInsertRowid);
  } else {
    rowId = existing.id;
    const wanted: [string, unknown, unknown][] = [
      ['name', input.name, existing.name],
      ['session_type', input.sessionType, existing.session_type],
      ['description', input.description, existing.description],
      [
        'is_blueprint',
        input.isBlueprint === undefined ? undefined : input.isBlueprint ? 1 : 0,
        existing.is_blueprint,
      ],
      ['parent_session', input.parentSession, existing.parent_session],
      ['owner', input.owner, existing.owner],
      ['status', input.status, existing.status],
    ];
    const changes = wanted.filter(([, value, stored]) => value !== undefined && value !== stored);
    if (changes.length > 0) {
      const assignments = changes.map(([column]) => `${column} = ?`).join(', ');
      db.prepare(`UPDATE sessions SET ${assignments}, updated_at = ? WHERE id = ?`).run(
        ...changes.map(([, value]) => value),
        now,
        rowId,
      );
    }
  }
  if (input.tags !== undefined) replaceTags(db, rowId, input.tags);
  return getSessionByRowId(db, rowId) as SessionRecord;
}

function replaceTags(db: Db, sessionRowId: number, tags: string[]): void {
  const wanted = [...new Set(tags.filter((tag) => tag.length > 0))];
  const stored = tagsOf(db, sessionRowId);
  if (wanted.length === stored.length && wanted.every((tag, i) => tag === stored[i])) return;
  statement(db, 'DELETE FROM session_tags WHERE session_id = ?').run(sessionRowId);
  const insert = statement(db, 'INSERT INTO session_tags (session_id, tag) VALUES (?, ?)');
  for (const tag of wanted) insert.run(sessionRowId, tag);
}

function tagsOf(db: Db, sessionRowId: number): string[] {
  const rows = statement(db, 'SELECT tag FROM session_tags WHERE session_id = ? ORDER BY id').all(
    sessionRowId,
  ) as { tag: string }[];
  return rows.map((row) => row.tag);
}

function findSessionRow(db: Db, project: string, sessionId: string): SessionRow | undefined {
  return statement(db, `${SESSION_SELECT} WHERE p.name = ? AND s.session_id = ?`).get(
    project,
    sessionId,
  ) as SessionRow | undefined;
}

function toSessionRecord(db: Db, row: SessionRow): SessionRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    project: row.project,
    sessionId: row.session_id,
    name: row.name,
    sessionType: row.session_type,
    description: row.description,
    status: row.status,
    parentSession: row.parent_session,
    owner: row.owner,
    isBlueprint: row.is_blueprint !== 0,
    tags: tagsOf(db, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function getSessionByRowId(db: Db, rowId: number): SessionRecord | undefined {
  const row = statement(db, `${SESSION_SELECT} WHERE s.id = ?`).get(rowId) as
    SessionRow | undefined;
  return row && toSessionRecord(db, row);
}

export function getSession(db: Db, project: string, sessionId: string): SessionRecord | undefined {
  const row = findSessionRow(db, project, sessionId);
  return row && toSessionRecord(db, row);
}

export function listSessions(db: Db, project?: string): SessionRecord[] {
  const rows = (
    project === undefined
      ? statement(db, `${SESSION_SELECT} ORDER BY p.name, s.session_id`).all()
      : statement(db, `${SESSION_SELECT} WHERE p.name = ? ORDER BY s.session_id`).all(project)
  ) as SessionRow[];
  return rows.map((row) => toSessionRecord(db, row));
}

/**
 * Creates or updates the artifact row, creating its project and session rows when missing.
 * Unchanged content writes nothing (not even `updated_at`), so an unchanged import leaves the
 * file's bytes alone.
 */
export function saveArtifact(
  db: Db,
  input: { project: string; session: string; stage: string; content: string },
): { record: ArtifactRecord; changed: boolean } {
  const stage = normalizeStage(input.stage);
  const idseId = makeIdseId(input.project, input.session, stage);
  const session = ensureSessionRow(db, input.project, input.session);
  const hash = contentHash(input.content);
  const existing = statement(
    db,
    `SELECT id, content, content_hash, idse_id, created_at, updated_at FROM artifacts
     WHERE session_id = ? AND lower(stage) = ? ORDER BY stage = ? DESC, id LIMIT 1`,
  ).get(session.id, stage, stage) as
    | {
        id: number;
        content: string;
        content_hash: string;
        idse_id: string | null;
        created_at: string;
        updated_at: string;
      }
    | undefined;

  if (existing) {
    if (existing.idse_id !== idseId) {
      releaseIdseId(db, idseId, existing.id);
      statement(db, 'UPDATE artifacts SET idse_id = ? WHERE id = ?').run(idseId, existing.id);
    }
    const changed = existing.content !== input.content || existing.content_hash !== hash;
    if (!changed) {
      // The common case of an unchanged import: answer from the row already read.
      const record: ArtifactRecord = {
        id: existing.id,
        idseId,
        project: input.project,
        sessionId: input.session,
        sessionRowId: session.id,
        stage,
        content: existing.content,
        contentHash: existing.content_hash,
        createdAt: existing.created_at,
        updatedAt: existing.updated_at,
      };
      return { record, changed };
    }
    statement(
      db,
      'UPDATE artifacts SET content = ?, content_hash = ?, updated_at = ? WHERE id = ?',
    ).run(input.content, hash, pythonTimestamp(), existing.id);
    setFingerprint(db, existing.id, input.content);
    return { record: getArtifactById(db, existing.id) as ArtifactRecord, changed };
  }

  releaseIdseId(db, idseId, undefined);
  const now = pythonTimestamp();
  const result = statement(
    db,
    `INSERT INTO artifacts (project_id, session_id, stage, content, content_hash, created_at,
       updated_at, idse_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(session.projectId, session.id, stage, input.content, hash, now, now, idseId);
  const id = Number(result.lastInsertRowid);
  setFingerprint(db, id, input.content);
  return { record: getArtifactById(db, id) as ArtifactRecord, changed: true };
}

/** The session's row ids, creating project and session with defaults when missing. */
function ensureSessionRow(
  db: Db,
  project: string,
  sessionId: string,
): { id: number; projectId: number } {
  const row = statement(
    db,
    `SELECT s.id, s.project_id AS projectId FROM sessions s JOIN projects p ON p.id = s.project_id
     WHERE p.name = ? AND s.session_id = ?`,
  ).get(project, sessionId) as { id: number; projectId: number } | undefined;
  if (row) return row;
  const created = upsertSession(db, project, { sessionId });
  return { id: created.id, projectId: created.projectId };
}

// The Python tool's column, present in its newer databases only.
function setFingerprint(db: Db, id: number, content: string): void {
  if (!columnExists(db, 'artifacts', 'semantic_fingerprint')) return;
  statement(db, 'UPDATE artifacts SET semantic_fingerprint = ? WHERE id = ?').run(
    semanticFingerprint(content),
    id,
  );
}

// A stale holder (a row whose session was renamed or re-parented) would block the unique index;
// the id belongs to the row that the formula names now.
function releaseIdseId(db: Db, idseId: string, keepId: number | undefined): void {
  statement(db, 'UPDATE artifacts SET idse_id = NULL WHERE idse_id = ? AND id IS NOT ?').run(
    idseId,
    keepId ?? null,
  );
}

export function getArtifactById(db: Db, id: number): ArtifactRecord | undefined {
  return artifactQuery(db, 'AND a.id = ?', [id])[0];
}

export function getArtifact(
  db: Db,
  project: string,
  session: string,
  stage: string,
): ArtifactRecord | undefined {
  const lower = stage.toLowerCase();
  return artifactQuery(db, 'AND p.name = ? AND s.session_id = ? AND lower(a.stage) = ?', [
    project,
    session,
    lower,
  ])[0];
}

/** By the stored idse_id column first (indexed), then by the formula's parts. */
export function findByIdseId(db: Db, idseId: string): ArtifactRecord | undefined {
  const stored = artifactQuery(db, 'AND a.idse_id = ?', [idseId])[0];
  if (stored && stored.idseId === idseId) return stored;
  const parts = idseId.split('::');
  if (parts.length !== 3) return undefined;
  const [project, session, stage] = parts as [string, string, string];
  return getArtifact(db, project, session, stage);
}

export function listArtifacts(
  db: Db,
  filter: { project?: string; session?: string } = {},
): ArtifactRecord[] {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.project !== undefined) {
    conditions.push('AND p.name = ?');
    params.push(filter.project);
  }
  if (filter.session !== undefined) {
    conditions.push('AND s.session_id = ?');
    params.push(filter.session);
  }
  return artifactQuery(db, conditions.join(' '), params);
}

function requireName(kind: 'project' | 'session', name: string): void {
  if (typeof name !== 'string' || name.length === 0) {
    throw new IdseError(
      'spine-invalid-input',
      `A ${kind} name is required, but an empty one was given.`,
      `Give the ${kind} a non-empty name.`,
    );
  }
}

/** Throws `spine-invalid-input` unless every id names an artifact row. */
export function requireArtifacts(db: Db, ids: number[]): void {
  const exists = statement(db, 'SELECT 1 FROM artifacts WHERE id = ?');
  for (const id of ids) {
    if (exists.get(id) === undefined) {
      throw new IdseError(
        'spine-invalid-input',
        `There is no artifact with id ${id} in the spine.`,
        'Import the workspace (or pull) first, then use the id of an existing artifact.',
      );
    }
  }
}
