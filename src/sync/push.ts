import type { RepositoryInfo } from '../git/remote.js';
import type { VersionLookup } from '../git/show-at.js';
import type { NotionDesignStore } from '../notion/design-store.js';

import type { ArtifactDatabase, ArtifactRecord, WriteProbe } from '../spine/index.js';
import {
  discoverWorkspace,
  type DiscoveredWorkspace,
  type WorkspaceFilter,
} from '../workspace/discover.js';
import { writeSpineOnlyArtifacts } from '../workspace/export.js';
import { importWorkspace } from '../workspace/import.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import { pushProject } from './push-project.js';
import {
  byIdseId,
  artifactWarning,
  cancellationWarning,
  countOutcomes,
  runWarning,
  type ArtifactOutcome,
  type ReportWarning,
  type SyncReport,
} from './report.js';
import {
  openDatabases,
  resolveTargets,
  type NotionTargets,
  type OpenedDatabase,
} from './targets.js';

/** What to push, as the entries parse it from flags, environment and config. */
export interface PushSettings {
  filter: WorkspaceFilter;
  dryRun: boolean;
  force: boolean;
  targets: NotionTargets;
  /** Only these idse_ids (from `--since` / `--changed`); all when absent. */
  only?: ReadonlySet<string>;
  /** Secrets to keep out of every message (the token). */
  secrets: readonly string[];
  /** Aborted (SIGINT): no further artifact starts its writes; the ones in flight finish. */
  signal?: AbortSignal;
  /** The git repository of the workspace: where relative links and images may point. */
  repository?: RepositoryInfo;
  /**
   * How old (run's clock, ms) the data source rows may be when a write trusts them instead of
   * reading the page; older rows are refreshed first. Default 30 s.
   */
  rowBoundMs?: number;
}

/**
 * Who does a push: the entries build them, tests pass their own; {@link PushSettings} says
 * what to push.
 */
export interface PushCollaborators {
  /** The spine; `checkedPush` opens it itself (after its checks), so its callers leave it out. */
  db: ArtifactDatabase;
  layout: WorkspaceLayout;
  store: NotionDesignStore;
  /** Notion requests made so far by this run. */
  requestCount(): number;
  commitFor(path: string, content: string): Promise<string | null>;
  /** Crash tests only: called inside every spine transaction and file write of the run. */
  probe?: WriteProbe;
  /** A committed version of a workspace file (the ledger's version when the spine lacks it). */
  committedVersion?: VersionLookup;
  /** The run's clock, for the age of the data source rows (the machine's clock by default). */
  now?(): Date;
}

/** What a push checked before writing anything: the workspace scan and each project's database. */
export interface PreparedPush {
  workspace: DiscoveredWorkspace;
  databases: Map<string, OpenedDatabase>;
  warnings: ReportWarning[];
}

/**
 * Reads only: resolves each project's database, opens it and checks its schema. Configuration,
 * token and schema errors stop the run here, before anything is written to disk or to Notion.
 * `db` may be an in-memory copy of the spine: it is only read.
 */
export async function preparePush(
  settings: PushSettings,
  c: Pick<PushCollaborators, 'db' | 'layout' | 'store'>,
): Promise<PreparedPush> {
  const workspace = discoverWorkspace(c.layout.root, settings.filter);
  const warnings: ReportWarning[] = [];
  const targets = resolveTargets(projectsToPush(workspace, c.db, settings), settings.targets);
  const databases = await openDatabases(targets, c.store, warnings);
  return { workspace, databases, warnings };
}

/**
 * The hash-gated push: files into the spine (the file wins), then each artifact to its page,
 * writing only what changed and never over an edit made in Notion since the last sync. One
 * artifact's failure never stops the others; a bad token or database stops the run before
 * any write. `prepared` is {@link preparePush}'s result when the caller ran it already.
 */
export async function runPush(
  settings: PushSettings,
  c: PushCollaborators,
  prepared?: PreparedPush,
): Promise<SyncReport> {
  const { workspace, databases, warnings } = prepared ?? (await preparePush(settings, c));
  const outcomes: ArtifactOutcome[] = [];
  warnings.push(...workspace.problems.map((p) => runWarning(`${p.path}: ${p.problem}`)));
  const imported = importWorkspace(c.db, workspace);
  warnings.push(...imported.sessionProblems.map((p) => runWarning(`${p.path}: ${p.problem}`)));
  const unreadable = new Set<string>();
  for (const file of imported.artifacts.filter((a) => a.action === 'failed')) {
    unreadable.add(file.idseId);
    if (settings.only === undefined || settings.only.has(file.idseId)) {
      outcomes.push({
        idseId: file.idseId,
        action: 'failed',
        pageId: null,
        path: c.layout.relativePath(file.path),
        reason: file.reason ?? '',
      });
    }
  }
  if (!settings.dryRun) {
    const exported = writeSpineOnlyArtifacts(c.db, c.layout, settings.filter, {
      ...(settings.only !== undefined ? { only: settings.only } : {}),
    });
    for (const written of exported) {
      if (written.action === 'written')
        warnings.push(runWarning(`wrote spine-only artifact ${written.idseId} to its file`));
      if (written.action === 'failed')
        warnings.push(artifactWarning(written.idseId, written.reason ?? ''));
    }
  }

  const records = c.db
    .listArtifacts(settings.filter)
    .filter((r) => !unreadable.has(r.idseId))
    .filter((r) => settings.only === undefined || settings.only.has(r.idseId));
  const byProject = new Map<string, ArtifactRecord[]>();
  for (const record of records) {
    byProject.set(record.project, [...(byProject.get(record.project) ?? []), record]);
  }
  for (const [project, projectRecords] of byProject) {
    const database = databases.get(project);
    if (database === undefined) continue;
    const results = await pushProject(projectRecords, database, settings, c, warnings);
    outcomes.push(...results);
  }
  warnings.push(...cancellationWarning(outcomes));

  return {
    command: 'push',
    dryRun: settings.dryRun,
    counts: countOutcomes(outcomes),
    artifacts: byIdseId(outcomes),
    warnings,
    requests: c.requestCount(),
  };
}

/** Projects with artifacts to push, on disk or in the spine, before either is changed. */
function projectsToPush(
  workspace: DiscoveredWorkspace,
  db: ArtifactDatabase,
  settings: PushSettings,
): string[] {
  const projects = new Set<string>();
  for (const session of workspace.sessions) {
    if (session.artifacts.length > 0) projects.add(session.project);
  }
  for (const record of db.listArtifacts(settings.filter)) projects.add(record.project);
  const only = settings.only;
  if (only === undefined) return [...projects];
  return [...projects].filter((project) =>
    [...only].some((idseId) => idseId.startsWith(`${project}::`)),
  );
}
