import { createHash } from 'node:crypto';
import { IdseError } from '../errors.js';

/** IDSE pipeline stages, in pipeline order (ARCHITECTURE.md "The workspace"). */
export const STAGES = [
  'intent',
  'context',
  'spec',
  'plan',
  'tasks',
  'implementation',
  'feedback',
] as const;
export type Stage = (typeof STAGES)[number];

/** Session statuses the Python IDSE tool writes into `sessions.status`. */
export const SESSION_STATUSES = ['draft', 'in_progress', 'review', 'complete', 'archived'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** The session id every project keeps its blueprint under. */
export const BLUEPRINT_SESSION = '__blueprint__';

/** `sync_metadata.backend` as the Python tool writes it for Notion. */
export const NOTION_BACKEND = 'notion';

const ID_SEPARATOR = '::';

/** True when `value` is one of {@link STAGES} (exact, lower case). */
export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** True when `value` is one of {@link SESSION_STATUSES}. */
export function isSessionStatus(value: string): value is SessionStatus {
  return (SESSION_STATUSES as readonly string[]).includes(value);
}

/** SHA-256 hex of the UTF-8 text: the `content_hash` the Python tool stores. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// Python's str.split() separators: JS \s minus U+FEFF, plus U+001C-U+001F and U+0085.
const PYTHON_WHITESPACE =
  // eslint-disable-next-line no-control-regex -- U+001C-U+001F are whitespace to Python.
  /[\t\n\v\f\r \u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/**
 * The Python tool's `semantic_fingerprint`: SHA-256 of the lower-cased text with whitespace
 * runs collapsed (`" ".join(content.lower().split())`). Kept in step when we change content
 * so the Python tool never sees a fingerprint of text that is gone.
 */
export function semanticFingerprint(text: string): string {
  const words = text
    .toLowerCase()
    .split(PYTHON_WHITESPACE)
    .filter((word) => word.length > 0);
  return contentHash(words.join(' '));
}

/** `<project>::<session>::<stage>`, stage lower case; refuses parts that would not parse back. */
export function makeIdseId(project: string, session: string, stage: Stage): string {
  for (const [label, part] of [
    ['project', project],
    ['session', session],
  ] as const) {
    if (part.length === 0 || part.includes(ID_SEPARATOR)) {
      throw new IdseError(
        'spine-invalid-input',
        `Cannot build an idse_id: the ${label} name "${part}" is empty or contains "${ID_SEPARATOR}".`,
        `Rename the ${label} so it is not empty and has no "${ID_SEPARATOR}".`,
      );
    }
  }
  if (!isStage(stage)) throw invalidStage(stage);
  return `${project}${ID_SEPARATOR}${session}${ID_SEPARATOR}${stage}`;
}

/** Splits an idse_id; undefined unless it has three non-empty parts and a known stage. */
export function parseIdseId(
  id: string,
): { project: string; session: string; stage: Stage } | undefined {
  const parts = id.split(ID_SEPARATOR);
  if (parts.length !== 3) return undefined;
  const [project, session, rawStage] = parts as [string, string, string];
  const stage = rawStage.toLowerCase();
  if (project.length === 0 || session.length === 0 || !isStage(stage)) return undefined;
  return { project, session, stage };
}

/** The idse_id formula applied to a row as stored, whatever its stage spelling. */
export function idseIdOfRow(project: string, session: string, storedStage: string): string {
  return `${project}${ID_SEPARATOR}${session}${ID_SEPARATOR}${storedStage.toLowerCase()}`;
}

/** Accepts a stage in any case and returns its canonical spelling, or throws. */
export function normalizeStage(stage: string): Stage {
  const lower = stage.toLowerCase();
  if (!isStage(lower)) throw invalidStage(stage);
  return lower;
}

function invalidStage(stage: string): IdseError {
  return new IdseError(
    'spine-invalid-input',
    `Unknown stage "${stage}".`,
    `Use one of: ${STAGES.join(', ')}.`,
  );
}

/**
 * Now, as the Python tool writes timestamps (`datetime.now().isoformat()`): naive local time
 * with microseconds, e.g. `2026-02-04T21:33:44.097460`. Used only for the Python tool's columns.
 */
export function pythonTimestamp(date: Date = new Date()): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `.${pad(date.getMilliseconds(), 3)}000`
  );
}

/** Now as ISO 8601 UTC, for the columns of our own `idse_sync_` tables. */
export function utcTimestamp(date: Date = new Date()): string {
  return date.toISOString();
}
