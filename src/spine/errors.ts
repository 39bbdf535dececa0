import { basename } from 'node:path';
import { IdseError, isIdseError } from '../errors.js';
import { processesHolding } from './lock-holders.js';

/** What the failing operation needed, so a generic SQLite code can be named precisely. */
export type SpineAccess = 'open' | 'read' | 'write';

const FS_READONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Turns a better-sqlite3 `SqliteError` or a file-system error met while using the spine into
 * an {@link IdseError} that names the file and the fix. IdseErrors pass through unchanged;
 * anything else that is not a SQLite or file-system error (a bug) is returned as it is.
 */
export function toSpineError(
  error: unknown,
  path: string,
  access: SpineAccess,
  busyTimeoutMs: number,
): unknown {
  if (isIdseError(error)) return error;
  const code = errorCode(error);
  if (code === undefined) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const cause = { cause: error };

  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return corruptError(path, detail, error);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    const holders = processesHolding(path);
    const who =
      holders.length > 0
        ? `held open by ${holders.map((h) => `pid ${h.pid} (${h.command})`).join(', ')}`
        : 'held by another process';
    return new IdseError(
      'spine-locked',
      `The spine database ${path} is locked, ${who} (waited ${busyTimeoutMs} ms).`,
      'Let the other idse or idse-sync command finish (or close the program holding the file open), then run this command again.',
      cause,
    );
  }
  if (
    code.startsWith('SQLITE_READONLY') ||
    (access === 'write' && (code.startsWith('SQLITE_CANTOPEN') || FS_READONLY_CODES.has(code)))
  ) {
    return new IdseError(
      'spine-readonly',
      `Cannot write the spine database ${path}: the file or its folder is read-only (${detail}).`,
      `Make ${basename(path)} and the folder holding it writable for this user, or run a command that only reads.`,
      cause,
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN') || FS_READONLY_CODES.has(code)) {
    return new IdseError(
      'spine-unreadable',
      `Cannot open the spine database ${path} (${detail}).`,
      `Check that ${basename(path)} and its folder exist and are readable for this user.`,
      cause,
    );
  }
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return new IdseError(
      'spine-disk-full',
      `The disk holding the spine database ${path} is full.`,
      'Free some space, then run the command again; nothing was changed.',
      cause,
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new IdseError(
      'spine-io',
      `Reading or writing the spine database ${path} failed with an I/O error (${detail}).`,
      'Check the disk and the file system, then run the command again.',
      cause,
    );
  }
  if (code === 'SQLITE_ERROR' && /no such (table|column)/.test(detail)) {
    return new IdseError(
      'spine-schema',
      `The spine database ${path} lacks part of the expected schema (${detail}).`,
      'Run `idse-sync migrate` to bring it up to date.',
      cause,
    );
  }
  if (code.startsWith('SQLITE_')) {
    return new IdseError(
      'spine-error',
      `The spine database ${path} refused an operation (${code}: ${detail}).`,
      'If the file was edited by another tool, restore it from git or from its copy in backups/ beside it; otherwise report this as a bug.',
      cause,
    );
  }
  return error;
}

/** The database file (or its header) is not a valid SQLite database. */
export function corruptError(path: string, detail: string, cause?: unknown): IdseError {
  return new IdseError(
    'spine-corrupt',
    `The spine database ${path} is corrupt or truncated (${detail}).`,
    `Restore it from git (git checkout -- ${basename(path)} in its folder) or from a backup copy in backups/ beside it (${basename(path)}.bak-*), then run the command again.`,
    cause === undefined ? {} : { cause },
  );
}

/** The database file is absent and the caller did not ask to create it. */
export function missingError(path: string, reason: 'file' | 'folder'): IdseError {
  return new IdseError(
    'spine-missing',
    reason === 'file'
      ? `The spine database ${path} does not exist.`
      : `The folder for the spine database ${path} does not exist.`,
    'Run `idse-sync migrate` in the workspace to create it, or pass --workspace pointing at the folder that holds .idse/.',
  );
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
