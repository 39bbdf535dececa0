import { ExitCode } from '../errors.js';
import type { LossWarning } from '../markdown/types.js';

/** The reason of an artifact a cancelled run (SIGINT) did not start. */
export const CANCELLED_REASON = 'not started: the run was cancelled';

/** The warning a cancelled run adds, or none when nothing was left out. */
export function cancellationWarning(outcomes: readonly ArtifactOutcome[]): ReportWarning[] {
  const left = outcomes.filter((o) => o.reason === CANCELLED_REASON).length;
  return left === 0
    ? []
    : [
        runWarning(
          `cancelled: ${left} artifact(s) not started; the writes already under way finished and are recorded. Run the command again to finish.`,
        ),
      ];
}

/**
 * One warning of a run, with what it is about, so each channel can place it: the action puts a
 * loss on its line of the file as an annotation; every channel shows {@link warningText}.
 */
export type ReportWarning =
  /**
   * Something of the artifact's file that Notion cannot hold, or that the conversion to or from
   * Notion changes, at `line` of the file (an image not sent, a link sent as it is, a footnote).
   */
  | { kind: 'loss'; idseId: string; line: number; message: string }
  /** Anything else: about one artifact when `idseId` is set, else about the run. */
  | { kind: 'other'; idseId?: string; message: string };

/** A warning about the run as a whole (a setting, the spine, a database). */
export function runWarning(message: string): ReportWarning {
  return { kind: 'other', message };
}

/** A warning about one artifact, not tied to a line of its file. */
export function artifactWarning(idseId: string, message: string): ReportWarning {
  return { kind: 'other', idseId, message };
}

/** A loss at `line` of an artifact's file. */
export function lossWarning(idseId: string, line: number, message: string): ReportWarning {
  return { kind: 'loss', idseId, line, message };
}

/**
 * The markdown converter's losses for one artifact. A push names the construct (the reader
 * wrote it in GFM); a pull says only what happened, as the construct came from Notion.
 */
export function conversionLosses(
  idseId: string,
  losses: readonly LossWarning[],
  options: { construct: boolean },
): ReportWarning[] {
  return losses.map((w) =>
    lossWarning(idseId, w.line, options.construct ? `${w.construct}: ${w.message}` : w.message),
  );
}

/** A warning as one line of text: what every channel shows, and the `--json` report holds. */
export function warningText(warning: ReportWarning): string {
  if (warning.kind === 'loss') return `${warning.idseId} line ${warning.line}: ${warning.message}`;
  return warning.idseId === undefined ? warning.message : `${warning.idseId}: ${warning.message}`;
}

/** True when two warnings say the same (a retried artifact repeats its warnings). */
export function sameWarning(a: ReportWarning, b: ReportWarning): boolean {
  return warningText(a) === warningText(b);
}

/** Commands that produce a report. */
export type ReportCommand = 'push' | 'pull' | 'status' | 'migrate' | 'doctor' | 'init' | 'resolve';

/** What a push or a pull did with one artifact (or, in a dry run, would do). */
export type SyncAction =
  | 'created'
  | 'updated'
  | 'skipped'
  | 'pulled'
  | 'conflict'
  | 'failed'
  /** The page is archived in Notion: nothing is written. */
  | 'archived'
  /** The page is in Notion's trash. */
  | 'trashed'
  /** The file was deleted in the pushed range; its page is left alone. */
  | 'deleted';

/** Where one artifact stands locally; `status` makes no Notion request. */
export const ARTIFACT_STATES = [
  'in-sync',
  'changed-since-push',
  'never-pushed',
  'file-changed',
  'file-only',
  'spine-only',
  'unreadable',
] as const;
export type ArtifactState = (typeof ARTIFACT_STATES)[number];

/**
 * Every `action` a report's line can carry: a push or pull's {@link SyncAction}, a `status`
 * state, `changed` (a fork's local preview, which cannot ask Notion), `resolved` (`resolve`) and
 * `written` (`init --workflows`, which also says `skipped` for a file already there).
 */
export type OutcomeAction = SyncAction | ArtifactState | 'changed' | 'resolved' | 'written';

/** One artifact's line in a report. */
export interface ArtifactOutcome {
  idseId: string;
  /** What happened (push/pull) or the artifact's state (status). */
  action: OutcomeAction;
  pageId: string | null;
  reason?: string;
  /** Workspace-relative file path, when the artifact has a file. */
  path?: string;
}

export interface ReportCounts {
  /** created + updated */
  pushed: number;
  created: number;
  updated: number;
  skipped: number;
  pulled: number;
  failed: number;
  conflicts: number;
}

/** The one result every command returns, rendered as text, JSON, a PR comment or a summary. */
export interface SyncReport {
  command: ReportCommand;
  dryRun: boolean;
  counts: ReportCounts;
  artifacts: ArtifactOutcome[];
  warnings: ReportWarning[];
  /** Notion HTTP requests made, retries included. */
  requests: number;
  /** Set when Notion's API was reached anywhere but https://api.notion.com: where, and why. */
  notionApi?: string;
  /** The commit `pull --commit` made of the pulled files and the spine. */
  commit?: string;
  /** Per-state totals, for `status`. */
  states?: Record<string, number>;
  /** What a migration did, for `migrate`. */
  migration?: {
    applied: string[];
    created: boolean;
    backupPath: string | null;
    backfilledIdseIds: number;
  };
  /** The checklist, for `doctor`. */
  checks?: DoctorCheck[];
  /** What Notion's API cannot do and a person must, for `init` (printed on every run). */
  manualSteps?: string[];
  /** Each database `init` created or checked, and what it added. */
  databases?: DatabaseSetup[];
}

/**
 * One line of `doctor`'s checklist. `fail` makes the run exit 2; `warn` is allowed; `skip`
 * means a check it depends on failed.
 */
export interface DoctorCheck {
  name: string;
  status: 'ok' | 'warn' | 'fail' | 'skip';
  message: string;
  /** What to do, for `warn` and `fail`. */
  fix?: string;
}

/** What `init` did (or, in a dry run, would do) to one database. */
export interface DatabaseSetup {
  databaseId: string | null;
  /** The project it serves, when it is one of `notion.databases`. */
  project?: string;
  /** True when `init` created the database. */
  created: boolean;
  title: string | null;
  /** Columns added (or to be added, in a dry run). */
  addedProperties: string[];
  /** The key written in `.idse/.idseconfig.json`, e.g. `notion.database_id`. */
  configWritten: string | null;
  url: string | null;
}

export function emptyCounts(): ReportCounts {
  return { pushed: 0, created: 0, updated: 0, skipped: 0, pulled: 0, failed: 0, conflicts: 0 };
}

/** Totals of a run's outcomes by action; `pushed` = created + updated. */
export function countOutcomes(outcomes: readonly ArtifactOutcome[]): ReportCounts {
  const counts = emptyCounts();
  for (const { action } of outcomes) {
    if (action === 'created') counts.created++;
    else if (action === 'updated') counts.updated++;
    else if (action === 'pulled') counts.pulled++;
    else if (action === 'skipped') counts.skipped++;
    else if (action === 'conflict') counts.conflicts++;
    else if (action === 'failed') counts.failed++;
  }
  counts.pushed = counts.created + counts.updated;
  return counts;
}

/** Artifacts in idse_id order, so reports read the same on every machine. */
export function byIdseId(outcomes: ArtifactOutcome[]): ArtifactOutcome[] {
  return outcomes.sort((a, b) => (a.idseId < b.idseId ? -1 : a.idseId > b.idseId ? 1 : 0));
}

/**
 * The report as `--json` prints it and the action's report file holds it: each warning as its
 * one line of text, the form scripts have read since the first release.
 */
export type SyncReportJson = Omit<SyncReport, 'warnings'> & { warnings: string[] };

/** The report in its JSON form ({@link SyncReportJson}). */
export function reportJson(report: SyncReport): SyncReportJson {
  return { ...report, warnings: report.warnings.map(warningText) };
}

/** 3 when anything was left unwritten because of a conflict, 1 when something failed. */
export function exitCodeOf(report: SyncReport): ExitCode {
  if (report.counts.conflicts > 0) return ExitCode.Conflicts;
  if (report.counts.failed > 0) return ExitCode.ArtifactsFailed;
  return ExitCode.Ok;
}
