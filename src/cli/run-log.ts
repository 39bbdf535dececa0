import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isIdseError } from '../errors.js';
import type { CommitRange } from '../git/changed.js';
import { redactSecrets } from '../notion/redact.js';
import type { SyncReport } from '../sync/report.js';
import type { CliIo } from './io.js';

/**
 * Appends one line to a run log (`--log-file`, the hook's `.idse/sync.log`). Its folder must
 * exist (creating `.idse/` would make a workspace where there is none). A log that cannot be
 * written is said on stderr and never fails the run.
 */
export function appendRunLog(io: CliIo, file: string, line: string): void {
  const path = resolve(io.cwd, file);
  try {
    appendFileSync(path, `${redactSecrets(oneLine(line), [io.env['NOTION_TOKEN'] ?? ''])}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    io.stderr.write(`idse-sync: warning: cannot write the log ${path} (${code})\n`);
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

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
