import { existsSync } from 'node:fs';
import { ExitCode, IdseError } from '../../errors.js';
import { WorkspaceHistory } from '../../git/changed.js';
import { createCommitLookup } from '../../git/commit-lookup.js';
import { createVersionLookup } from '../../git/show-at.js';
import { repositoryOf } from '../../git/remote.js';
import {
  PUSH_COMMIT_CURSOR,
  selectChanges,
  type CommitSelection,
  type SelectedChanges,
} from '../../git/push-range.js';
import { NotionDesignStore } from '../../notion/design-store.js';
import { ArtifactDatabase } from '../../spine/index.js';
import {
  deletedOutcomes,
  nothingToPushReport,
  recordPushCursor,
  scopeOf,
  widenedWarning,
  withDeletions,
} from '../../sync/changed-push.js';
import { checkedPush } from '../../sync/checked-run.js';
import { exitCodeOf, runWarning, type SyncReport } from '../../sync/report.js';
import { probeOption, type CliIo } from '../io.js';
import { appendRunLog, errorLogLine, pushLogLine } from '../run-log.js';
import type { CommonOptions } from '../program.js';
import { noteSettings, resolveNotionSettings } from '../settings.js';
import { toUserError } from '../../user-errors.js';
import { openGateway } from './notion-connection.js';
import { filterOf, resolveLayout } from './workspace.js';

export interface PushOptions extends CommonOptions {
  force?: boolean;
  rate?: string;
  /** Only artifacts changed in git since this commit-ish. */
  since?: string;
  /** Only artifacts the last commit changed (and commits since the last recorded push). */
  changed?: boolean;
  /** Append a one-line summary of the run (or its error) to this file. */
  logFile?: string;
}

/**
 * `idse-sync push`: the hash-gated push of every (or the selected) artifact. With `--since` or
 * `--changed` only the artifacts whose files changed in git are pushed; deleted ones are
 * reported and their pages left alone.
 */
export async function pushCommand(
  options: PushOptions,
  io: CliIo,
): Promise<{ report: SyncReport; exitCode: number }> {
  try {
    const result = await push(options, io);
    if (options.logFile !== undefined) {
      appendRunLog(io, options.logFile, pushLogLine(result.report, result.range));
    }
    return result;
  } catch (error) {
    const reported = toUserError(error) ?? error;
    if (options.logFile !== undefined) appendRunLog(io, options.logFile, errorLogLine(reported));
    throw reported;
  }
}

async function push(
  options: PushOptions,
  io: CliIo,
): Promise<{ report: SyncReport; exitCode: number; range?: SelectedChanges['range'] }> {
  const layout = resolveLayout(options, io);
  const selection = commitSelection(options);
  const dryRun = options.dryRun === true;
  // The checks before any write read an in-memory copy of the spine, so a run stopped by a bad
  // token, database or schema leaves the spine as it was (not even migrated). A dry run keeps
  // working on that copy, so it writes nothing anywhere.
  const copy = ArtifactDatabase.openSnapshot(
    existsSync(layout.spinePath) ? layout.spinePath : null,
  );
  let db = copy;
  try {
    const cursor = copy.getCursor(PUSH_COMMIT_CURSOR);
    const history =
      selection !== undefined
        ? await WorkspaceHistory.open(layout.root)
        : await WorkspaceHistory.openIfCommitted(layout.root);
    const selected =
      selection !== undefined && history !== null
        ? await selectChanges(history, selection, cursor)
        : undefined;
    const scope = selected && scopeOf(selected.changes);
    const only = scope?.only;
    const deletions = scope ? deletedOutcomes(scope.deleted, copy) : [];

    if (only !== undefined && only.size === 0) {
      // Nothing to push: no token or Notion needed, only the report (and the cursor moved on).
      const report = nothingToPushReport(dryRun, deletions, selected?.range);
      if (!dryRun && history !== null && existsSync(layout.spinePath)) {
        copy.close();
        db = ArtifactDatabase.open(layout.spinePath, probeOption(io));
        // A spine the Python tool left unmigrated stays untouched by a run that pushes nothing.
        if (db.pendingMigrations().length === 0) {
          await recordPushCursor(db, history, selected?.range ?? null, cursor);
        }
      }
      return { report, exitCode: ExitCode.Ok, ...(selected ? { range: selected.range } : {}) };
    }

    const notion = resolveNotionSettings(layout, io);
    const gateway = openGateway(notion, options.rate, io);
    const repository = await repositoryOf(layout.root);
    const settings = {
      filter: filterOf(options),
      dryRun,
      force: options.force === true,
      targets: notion.targets,
      secrets: [notion.token, ...(io.secrets ?? [])],
      ...(only !== undefined ? { only } : {}),
      ...(io.signal !== undefined ? { signal: io.signal } : {}),
      ...(repository !== undefined ? { repository } : {}),
    };
    const clean = (r: SyncReport) => r.counts.failed === 0 && r.counts.conflicts === 0;
    const complete = options.project === undefined && options.session === undefined;
    const report = await checkedPush(
      settings,
      {
        layout,
        store: new NotionDesignStore(gateway),
        requestCount: () => gateway.requestCount,
        commitFor: createCommitLookup(layout.root),
        committedVersion: createVersionLookup(layout.root),
        ...probeOption(io),
      },
      {
        copy,
        afterRun: async (spine, pushed) => {
          if (!dryRun && clean(pushed) && complete && history !== null) {
            await recordPushCursor(spine, history, selected?.range ?? null, cursor);
          }
        },
      },
    );
    withDeletions(report, deletions);
    if (selected?.widenedFrom !== undefined) {
      report.warnings.unshift(widenedWarning(selected.widenedFrom));
    }
    if (options.force === true)
      report.warnings.unshift(runWarning('--force: edits made in Notion may be overwritten'));
    noteSettings(report, notion);
    return {
      report,
      exitCode: exitCodeOf(report),
      ...(selected ? { range: selected.range } : {}),
    };
  } finally {
    copy.close();
    db.close();
  }
}

function commitSelection(options: PushOptions): CommitSelection | undefined {
  if (options.since !== undefined && options.changed === true) {
    throw new IdseError(
      'usage',
      '--since and --changed cannot be used together.',
      'Use --changed for the last commit, or --since REF for everything after REF.',
    );
  }
  if (options.since !== undefined) return { since: options.since };
  return options.changed === true ? { lastCommit: true } : undefined;
}
