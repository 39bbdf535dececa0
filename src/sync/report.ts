/** Commands that produce a report. */
export type ReportCommand = 'push' | 'pull' | 'status' | 'migrate' | 'doctor' | 'init' | 'resolve';

/** One artifact's line in a report. */
export interface ArtifactOutcome {
  idseId: string;
  /** What happened (push/pull) or the artifact's state (status). */
  action: string;
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
  warnings: string[];
  /** Notion HTTP requests made, retries included. */
  requests: number;
  /** Per-state totals, for `status`. */
  states?: Record<string, number>;
  /** What a migration did, for `migrate`. */
  migration?: {
    applied: string[];
    created: boolean;
    backupPath: string | null;
    backfilledIdseIds: number;
  };
}

export function emptyCounts(): ReportCounts {
  return { pushed: 0, created: 0, updated: 0, skipped: 0, pulled: 0, failed: 0, conflicts: 0 };
}
