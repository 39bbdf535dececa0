import { IdseError } from '../errors.js';
import { SESSION_STATUSES, isSessionStatus, type SessionStatus } from '../spine/index.js';
import { readRegularFile } from './files.js';
import { unsafePathReason } from './safe-path.js';

/** What `metadata/session.json` says about a session, with only the fields it really has. */
export interface SessionMetadata {
  sessionId?: string;
  name?: string;
  sessionType?: string;
  description?: string | null;
  status?: SessionStatus;
  parentSession?: string | null;
  owner?: string;
  isBlueprint?: boolean;
  tags?: string[];
}

export type SessionMetadataResult =
  { ok: true; metadata: SessionMetadata } | { ok: false; problem: string };

/**
 * Reads and checks a session.json inside the workspace `root`. A malformed file, or one reached
 * through a symbolic link, is returned as a problem rather than thrown, so one broken session
 * does not stop the others.
 */
export function readSessionMetadata(path: string, root: string): SessionMetadataResult {
  const unsafe = unsafePathReason(root, path);
  if (unsafe !== undefined) return { ok: false, problem: `refused: ${unsafe}` };
  let raw: string;
  try {
    raw = readRegularFile(path).toString('utf8');
  } catch (error) {
    if (error instanceof IdseError) return { ok: false, problem: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true, metadata: {} };
    return { ok: false, problem: `cannot read ${path}: ${code ?? String(error)}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: `${path} is not valid JSON: ${(error as Error).message}` };
  }
  return parseSessionMetadata(data, path);
}

/** Validates parsed session.json content; exported for tests and for callers with the text. */
export function parseSessionMetadata(data: unknown, path: string): SessionMetadataResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problem: `${path} must hold a JSON object` };
  }
  const record = data as Record<string, unknown>;
  const metadata: SessionMetadata = {};
  const problems: string[] = [];

  const text = (key: string, nullable: boolean): string | null | undefined => {
    const value = record[key];
    if (value === undefined) return undefined;
    if (value === null && nullable) return null;
    if (typeof value === 'string') return value;
    problems.push(`"${key}" must be a string${nullable ? ' or null' : ''}`);
    return undefined;
  };

  const sessionId = text('session_id', false);
  if (typeof sessionId === 'string') metadata.sessionId = sessionId;
  const name = text('name', false);
  if (typeof name === 'string') metadata.name = name;
  const sessionType = text('session_type', false);
  if (typeof sessionType === 'string') metadata.sessionType = sessionType;
  const owner = text('owner', false);
  if (typeof owner === 'string') metadata.owner = owner;
  const description = text('description', true);
  if (description !== undefined) metadata.description = description;
  const parent = text('parent_session', true);
  if (parent !== undefined) metadata.parentSession = parent;

  const status = record['status'];
  if (status !== undefined) {
    if (typeof status === 'string' && isSessionStatus(status)) {
      metadata.status = status;
    } else {
      problems.push(`"status" must be one of ${SESSION_STATUSES.join(', ')}`);
    }
  }
  const blueprint = record['is_blueprint'];
  if (blueprint !== undefined) {
    if (typeof blueprint === 'boolean') metadata.isBlueprint = blueprint;
    else problems.push('"is_blueprint" must be true or false');
  }
  const tags = record['tags'];
  if (tags !== undefined) {
    if (Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')) {
      metadata.tags = [...new Set(tags as string[])];
    } else {
      problems.push('"tags" must be a list of strings');
    }
  }

  if (problems.length > 0) return { ok: false, problem: `${path}: ${problems.join('; ')}` };
  return { ok: true, metadata };
}
