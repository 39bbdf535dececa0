import { existsSync } from 'node:fs';
import { ExitCode, IdseError } from '../../errors.js';
import { WorkspaceHistory, type ArtifactChange } from '../../git/changed.js';
import { createCommitLookup } from '../../git/commit-lookup.js';
import { createVersionLookup } from '../../git/show-at.js';
import { repositoryOf } from '../../git/remote.js';
import {
  PUSH_COMMIT_CURSOR,
  nextPushCursor,
  selectChanges,
  type CommitSelection,
  type SelectedChanges,
} from '../../git/push-range.js';
import { NotionDesignStore } from '../../notion/design-store.js';
import { ArtifactDatabase } from '../../spine/index.js';
import { checkedPush } from '../../sync/checked-run.js';
import { byIdseId, emptyCounts, type ArtifactOutcome, type SyncReport } from '../../sync/report.js';
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
    const only = selected && onlyChanged(selected.changes);
    const deletions = selected ? deletedOutcomes(selected.changes, copy) : [];

    if (only !== undefined && only.size === 0) {
      // Nothing to push: no token or Notion needed, only the report (and the cursor moved on).
      const report = rangeReport(dryRun, deletions, selected);
      if (!dryRun && history !== null && existsSync(layout.spinePath)) {
        copy.close();
        db = ArtifactDatabase.open(layout.spinePath, probeOption(io));
        // A spine the Python tool left unmigrated stays untouched by a run that pushes nothing.
        if (db.pendingMigrations().length === 0) {
          await recordCursor(db, history, selected?.range ?? null, cursor);
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
        gateway,
        commitFor: createCommitLookup(layout.root),
        committedVersion: createVersionLookup(layout.root),
        ...probeOption(io),
      },
      {
        copy,
        afterRun: async (spine, pushed) => {
          if (!dryRun && clean(pushed) && complete && history !== null) {
            await recordCursor(spine, history, selected?.range ?? null, cursor);
          }
        },
      },
    );
    report.artifacts = byIdseId([...report.artifacts, ...deletions]);
    if (selected?.widenedFrom !== undefined) {
      const { commit, commits } = selected.widenedFrom;
      report.warnings.unshift(
        `--changed also covered ${commits - 1} earlier commit${commits === 2 ? '' : 's'} since the last recorded push (${commit.slice(0, 12)})`,
      );
    }
    if (options.force === true)
      report.warnings.unshift('--force: edits made in Notion may be overwritten');
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

/** 3 when anything was left unwritten because of a conflict, 1 when something failed. */
export function exitCodeOf(report: SyncReport): number {
  if (report.counts.conflicts > 0) return ExitCode.Conflicts;
  if (report.counts.failed > 0) return ExitCode.ArtifactsFailed;
  return ExitCode.Ok;
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

function onlyChanged(changes: readonly ArtifactChange[]): Set<string> {
  return new Set(changes.filter((c) => c.kind === 'changed').map((c) => c.idseId));
}

/** Deleted artifact files: reported, never deleted in Notion. */
function deletedOutcomes(
  changes: readonly ArtifactChange[],
  spine: ArtifactDatabase,
): ArtifactOutcome[] {
  return changes
    .filter((c) => c.kind === 'deleted')
    .map((c) => {
      const record = spine.findByIdseId(c.idseId);
      const pageId = record ? (spine.getSyncMetadata(record.id)?.remoteId ?? null) : null;
      const what = c.renamedTo !== undefined ? `renamed to ${c.renamedTo}` : 'deleted in git';
      return {
        idseId: c.idseId,
        action: 'deleted',
        pageId,
        path: c.path,
        reason: `file ${what}; its Notion page is left as it is`,
      };
    });
}

function rangeReport(
  dryRun: boolean,
  deletions: ArtifactOutcome[],
  selected: SelectedChanges | undefined,
): SyncReport {
  const warnings: string[] = [];
  if (selected !== undefined) {
    const { from, to } = selected.range;
    const span = from === null ? to.slice(0, 12) : `${from.slice(0, 12)}..${to.slice(0, 12)}`;
    warnings.push(`nothing to push: no artifact file was added or changed in ${span}`);
  }
  return {
    command: 'push',
    dryRun,
    counts: emptyCounts(),
    artifacts: byIdseId(deletions),
    warnings,
    requests: 0,
  };
}

async function recordCursor(
  db: ArtifactDatabase,
  history: WorkspaceHistory,
  range: SelectedChanges['range'] | null,
  previous: string | undefined,
): Promise<void> {
  const next = await nextPushCursor(history, range, previous);
  if (next !== null && next !== previous) db.setCursor(PUSH_COMMIT_CURSOR, next);
}
