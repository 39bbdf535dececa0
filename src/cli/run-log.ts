import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { isIdseError } from '../errors.js';
import type { CommitRange } from '../git/changed.js';
import { SecretSet } from '../notion/redact.js';
import { guardLineStarts, presentableLine } from '../output/inert.js';
import type { SyncReport } from '../sync/report.js';
import { NO_FOLLOW, unsafePathReason } from '../workspace/safe-path.js';
import type { CliIo } from './io.js';

/**
 * Appends one line to a run log (`--log-file`, the hook's `.idse/sync.log`). Its folder must
 * exist (creating `.idse/` would make a workspace where there is none). A log that is a
 * symbolic link, or lies below one inside the working folder (a committed `.idse/sync.log` can
 * be one), is refused. A log that cannot be written is said on stderr and never fails the run.
 */
export function appendRunLog(io: CliIo, file: string, line: string): void {
  const path = resolve(io.cwd, file);
  const inside = relative(io.cwd, path);
  const linked =
    inside.startsWith('..') || isAbsolute(inside) ? undefined : unsafePathReason(io.cwd, path);
  if (linked !== undefined) {
    io.stderr.write(`idse-sync: warning: not writing the log: ${linked}\n`);
    return;
  }
  const secrets = io.secrets ?? new SecretSet([io.env['NOTION_TOKEN']]);
  const text = `${guardLineStarts(presentableLine(line, secrets))}\n`;
  let fd: number | undefined;
  try {
    fd = openSync(
      path,
      constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NO_FOLLOW,
      0o644,
    );
    writeSync(fd, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const why = code === 'ELOOP' ? 'it is a symbolic link, which is never followed' : code;
    io.stderr.write(`idse-sync: warning: cannot write the log ${path} (${why})\n`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `<time> push <range>: <counts>; <requests>; <what failed>`, for a push that ran. */
export function pushLogLine(report: SyncReport, range: CommitRange | undefined): string {
  const c = report.counts;
  const span =
    range === undefined
      ? ''
      : range.from === null
        ? ` ${range.to.slice(0, 12)}`
        : ` ${range.from.slice(0, 12)}..${range.to.slice(0, 12)}`;
  const deleted = report.artifacts.filter((a) => a.action === 'deleted');
  const parts = [
    `${stamp()} push${span}${report.dryRun ? ' (dry run)' : ''}: pushed ${c.pushed} (created ${c.created}, updated ${c.updated}), skipped ${c.skipped}, failed ${c.failed}, conflicts ${c.conflicts}` +
      (deleted.length > 0 ? `, deleted files ${deleted.length}` : ''),
    `${report.requests} Notion requests`,
  ];
  for (const artifact of report.artifacts) {
    if (artifact.action === 'failed' || artifact.action === 'conflict') {
      parts.push(
        `${artifact.action} ${artifact.idseId}${artifact.reason ? ` (${artifact.reason})` : ''}`,
      );
    }
  }
  for (const artifact of deleted)
    parts.push(`deleted ${artifact.idseId} (${artifact.reason ?? ''})`);
  return parts.join('; ');
}

/** `<time> push stopped: <problem> Fix: <fix>`, for a run that stopped. */
export function errorLogLine(error: unknown): string {
  if (isIdseError(error)) return `${stamp()} push stopped: ${error.message} Fix: ${error.fix}`;
  const message = error instanceof Error ? error.message : String(error);
  return `${stamp()} push stopped: internal error: ${message}`;
}

function stamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
