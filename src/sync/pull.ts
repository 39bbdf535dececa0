import type { RepositoryInfo } from '../git/remote.js';
import type { VersionLookup } from '../git/show-at.js';
import type { NotionGateway } from '../notion/client.js';
import type { NotionDesignStore } from '../notion/design-store.js';
import { encodeLedger, type Ledger } from '../notion/ledger.js';
import { describeNotionError, runStoppingError } from '../notion/notion-errors.js';
import { PROPERTIES, toRequestValue } from '../notion/schema-map.js';
import { isIdseError } from '../errors.js';
import type { ArtifactDatabase } from '../spine/index.js';
import { discoverWorkspace, type WorkspaceFilter } from '../workspace/discover.js';
import { importWorkspace } from '../workspace/import.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import { pullPage, type PullEnvironment, type PulledPage } from './pull-page.js';
import { PullReferences } from './pull-references.js';
import { pullPropertyEdits, type PulledPageState } from './pull-relations.js';
import { absentOutcomes, openConflicts, pagesToPull } from './pull-selection.js';
import { DEFAULT_ROW_BOUND_MS, RowRefresh } from './row-refresh.js';
import {
  CANCELLED_REASON,
  byIdseId,
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

/** What to pull, as the entries parse it. */
export interface PullSettings {
  filter: WorkspaceFilter;
  dryRun: boolean;
  targets: NotionTargets;
  secrets: readonly string[];
  /** Aborted (SIGINT): no further page is pulled and no ledger written; the cursor stays. */
  signal?: AbortSignal;
  /** The git repository of the workspace: what links to its files on the repository host become. */
  repository?: RepositoryInfo;
  /** The largest image a pull downloads from Notion (default 20 MiB). */
  maxImageBytes?: number;
  /**
   * How old (run's clock, ms) the data source rows may be when the pull writes the pages'
   * ledgers; older rows are refreshed first. Default 30 s.
   */
  rowBoundMs?: number;
}

export interface PullCollaborators {
  db: ArtifactDatabase;
  layout: WorkspaceLayout;
  store: NotionDesignStore;
  gateway: NotionGateway;
  /** A committed version of a workspace file: the merge base when the spine has none. */
  committedVersion: VersionLookup;
  /** This machine's clock, for the pull cursor. */
  now(): Date;
  /** How images are downloaded from Notion's file host (global fetch by default; tests pass theirs). */
  fetch?: typeof fetch;
  /**
   * Commits what the pull wrote (`--commit`): called once files and spine are written and
   * before the pages' ledgers, which then name the commit. Returns its sha, or null.
   */
  commit?: (pulled: {
    written: string[];
    changes: string[];
    editors: string[];
  }) => Promise<string | null>;
}

/** Each project's database, opened and its schema checked, before anything is written. */
export interface PreparedPull {
  databases: Map<string, OpenedDatabase>;
  warnings: ReportWarning[];
}

/** The result of a pull, with the files it wrote (for `--commit`). */
export interface PullResult {
  report: SyncReport;
  /** Workspace-relative files written: artifacts and conflict copies. */
  written: string[];
  /**
   * What a `--commit` records, one line per artifact: pulled edits, new conflicts (their
   * Notion copy is written) and dependencies updated from Notion. Empty: nothing to commit.
   */
  changes: string[];
  /** Notion users who last edited the pulled pages. */
  editors: string[];
  /** The commit `c.commit` made, if any. */
  commitSha: string | null;
}

// last_edited_time is rounded down to the minute, and clocks differ: read a little before the
// last pull so an edit in the same minute is never missed.
const OVERLAP_MS = 5 * 60_000;

/**
 * Reads only: resolves each project's database, opens it and checks its schema, so a bad
 * token, database or schema stops the run before the spine or a file is touched. `db` may be
 * an in-memory copy of the spine.
 */
export async function preparePull(
  settings: PullSettings,
  c: Pick<PullCollaborators, 'db' | 'layout' | 'store'>,
): Promise<PreparedPull> {
  const projects = new Set<string>();
  for (const session of discoverWorkspace(c.layout.root, settings.filter).sessions) {
    if (session.artifacts.length > 0) projects.add(session.project);
  }
  for (const record of c.db.listArtifacts(settings.filter)) projects.add(record.project);
  for (const project of Object.keys(settings.targets.databases)) {
    if (settings.filter.project === undefined || settings.filter.project === project)
      projects.add(project);
  }
  // `--project` names the project a workspace without its files yet pulls into.
  if (settings.filter.project !== undefined) projects.add(settings.filter.project);
  const warnings: ReportWarning[] = [];
  if (projects.size === 0 && settings.targets.databaseId !== undefined) {
    warnings.push(
      runWarning(
        'no project to pull into: the workspace has no artifacts yet; run `idse-sync pull --project <name>`',
      ),
    );
  }
  const targets = resolveTargets([...projects].sort(), settings.targets);
  const databases = await openDatabases(targets, c.store, warnings);
  return { databases, warnings };
}

/**
 * Brings Notion's edits into the files and the spine: pages edited since the last pull are
 * read, and those whose markdown differs from their Sync ledger are merged into their files.
 * A pull never deletes a local file and never overwrites a local edit it has not pushed.
 * Order: files and spine, then the commit (when `c.commit` is given), then the pages' ledgers,
 * which name that commit; a run stopped anywhere converges when run again.
 */
export async function runPull(
  settings: PullSettings,
  c: PullCollaborators,
  prepared?: PreparedPull,
): Promise<PullResult> {
  const { databases, warnings } = prepared ?? (await preparePull(settings, c));
  const run: RunState = {
    outcomes: [],
    written: [],
    changes: [],
    editors: new Set(),
    ledgers: [],
    cursors: new Map(),
    rows: new Map(),
  };
  const imported = importWorkspace(c.db, discoverWorkspace(c.layout.root, settings.filter));
  warnings.push(...imported.sessionProblems.map((p) => runWarning(`${p.path}: ${p.problem}`)));
  for (const [project, database] of databases) {
    await pullProject(project, database, settings, c, run, warnings);
  }
  run.outcomes.push(...openConflicts(c.db, settings.filter, run.outcomes));
  warnings.push(...cancellationWarning(run.outcomes));

  let commitSha: string | null = null;
  // Cancelled: what was pulled stays in the files and the spine, uncommitted and without
  // ledgers; the cursor did not move, so the next pull reads those pages again and finds them
  // already pulled.
  const going = settings.signal?.aborted !== true;
  if (going && !settings.dryRun && c.commit !== undefined && run.changes.length > 0) {
    try {
      commitSha = await c.commit({
        written: run.written,
        changes: run.changes,
        editors: [...run.editors],
      });
    } catch (error) {
      // The pages keep their old ledgers: the next pull must read them again.
      for (const [key, value] of run.cursors) c.db.setCursor(key, value ?? null);
      throw error;
    }
  }
  if (going && !settings.dryRun) await writeLedgers(run, commitSha, settings, c, warnings);

  return {
    report: {
      command: 'pull',
      dryRun: settings.dryRun,
      counts: countOutcomes(run.outcomes),
      artifacts: byIdseId(run.outcomes),
      warnings,
      requests: c.gateway.requestCount,
    },
    written: run.written,
    changes: run.changes,
    editors: [...run.editors],
    commitSha,
  };
}

/** What a run has done so far, across its projects. */
interface RunState {
  outcomes: ArtifactOutcome[];
  written: string[];
  changes: string[];
  editors: Set<string>;
  ledgers: PendingLedger[];
  /** Cursor key → its value before this run (to put back if a page's ledger is not written). */
  cursors: Map<string, string | undefined>;
  /** Cursor key → the rows of its data source, kept at most a bound old for the ledger writes. */
  rows: Map<string, RowRefresh>;
}

interface PendingLedger {
  pageId: string;
  idseId: string;
  ledger: Ledger;
  takesCommit: boolean;
  cursorKey: string;
}

async function pullProject(
  project: string,
  { dataSourceId, schema }: OpenedDatabase,
  settings: PullSettings,
  c: PullCollaborators,
  run: RunState,
  warnings: ReportWarning[],
): Promise<void> {
  const startedAt = c.now();
  const cursorKey = `pull:${dataSourceId}`;
  const last = c.db.getCursor(cursorKey);
  const since =
    last === undefined ? undefined : new Date(Date.parse(last) - OVERLAP_MS).toISOString();
  const window = since === undefined ? {} : { editedSince: since };
  const split = schema.stageOptions ? { stageOptions: schema.stageOptions } : {};
  run.rows.set(
    cursorKey,
    new RowRefresh(c.store, dataSourceId, {
      now: () => c.now(),
      listedAt: startedAt,
      boundMs: settings.rowBoundMs ?? DEFAULT_ROW_BOUND_MS,
      ...split,
    }),
  );
  const live = await c.store.listPages(dataSourceId, { ...window, ...split });
  // Archiving may not count as an edit, and the archive partition is small: listed whole.
  const archived = await c.store.listPages(dataSourceId, { archived: true, ...split });
  const repository = settings.repository;
  const env: PullEnvironment = {
    store: c.store,
    db: c.db,
    layout: c.layout,
    schema,
    dryRun: settings.dryRun,
    committedVersion: c.committedVersion,
    references: PullReferences.forRun(c.layout, c.db, repository, {
      dryRun: settings.dryRun,
      fetch: c.fetch ?? fetch,
      apiBaseUrl: c.gateway.baseUrl,
      ...(settings.maxImageBytes !== undefined ? { maxImageBytes: settings.maxImageBytes } : {}),
    }),
  };
  let failed = false;
  const states: PulledPageState[] = [];
  const pending = new Map<string, PendingLedger>();
  for (const { page, identity } of pagesToPull(project, live, settings.filter, c.db, warnings)) {
    if (settings.signal?.aborted === true) {
      failed = true;
      run.outcomes.push({
        idseId: `${project}::${identity.session}::${identity.stage}`,
        action: 'failed',
        pageId: page.id,
        reason: CANCELLED_REASON,
      });
      continue;
    }
    let result: PulledPage;
    try {
      result = await pullPage(project, identity, page, env);
    } catch (error) {
      const stop = runStoppingError(error, {});
      if (stop !== undefined) throw stop;
      result = {
        idseId: `${project}::${identity.session}::${identity.stage}`,
        action: 'failed',
        pageId: page.id,
        reason: isIdseError(error) ? error.message : describeNotionError(error, settings.secrets),
        warnings: [],
        written: [],
      };
    }
    if (result.action === 'failed') failed = true;
    const { warnings: extra, written, ledger, ledgerTakesCommit, created, ...outcome } = result;
    const media = env.references.drain();
    warnings.push(...extra, ...media.warnings);
    run.outcomes.push(outcome);
    run.written.push(...media.written, ...written);
    if (outcome.action === 'pulled') {
      run.editors.add(page.lastEditedBy);
      run.changes.push(outcome.idseId);
    } else if (outcome.action === 'conflict' && written.length > 0) {
      run.editors.add(page.lastEditedBy);
      run.changes.push(`${outcome.idseId} (conflict; Notion's version in ${written.join(', ')})`);
    }
    if (ledger !== undefined) {
      const takesCommit = ledgerTakesCommit === true;
      pending.set(page.id, {
        pageId: page.id,
        idseId: outcome.idseId,
        ledger,
        takesCommit,
        cursorKey,
      });
    }
    states.push({ page, ledger, created: created === true });
  }
  const listing = { live, archived, complete: since === undefined };
  run.outcomes.push(
    ...(await absentOutcomes(project, listing, settings.filter, c.db, c.store, warnings)),
  );

  const properties = pullPropertyEdits(project, states, c.db);
  warnings.push(...properties.warnings);
  for (const { idseId, page } of properties.relinked) {
    run.changes.push(`${idseId} (upstream artifacts)`);
    run.editors.add(page.lastEditedBy);
  }
  if (schema.available.has('sync')) {
    for (const [pageId, ledger] of properties.ledgers) {
      const known = pending.get(pageId);
      const idseId = c.db.findByPageId(pageId)?.idseId ?? pageId;
      pending.set(pageId, {
        pageId,
        idseId,
        ledger,
        takesCommit: known?.takesCommit ?? false,
        cursorKey,
      });
    }
  }
  run.ledgers.push(...pending.values());
  // A failed page must be read again next time, and so must the pages of the sessions a
  // --session run left out. A window with no page leaves the spine's bytes alone.
  const readSome = live.length > 0;
  if (!settings.dryRun && !failed && settings.filter.session === undefined && readSome) {
    run.cursors.set(cursorKey, last);
    c.db.setCursor(cursorKey, startedAt.toISOString());
  }
}

/**
 * Writes each pulled page's ledger. One that fails leaves file and spine ahead of the page:
 * the page is reported failed and the cursor put back, so the next pull reads it again and
 * records the sync without a conflict.
 */
async function writeLedgers(
  run: RunState,
  commitSha: string | null,
  settings: PullSettings,
  c: PullCollaborators,
  warnings: ReportWarning[],
): Promise<void> {
  for (const pending of run.ledgers) {
    let ledger: Ledger =
      pending.takesCommit && commitSha !== null
        ? { ...pending.ledger, commit: commitSha }
        : pending.ledger;
    try {
      // The ledger write makes this integration the page's last editor: an edit someone made
      // since the pull looked would then be skipped by the next pull, unless the ledger says
      // the body must be read again.
      const rows = run.rows.get(pending.cursorKey);
      if (rows !== undefined && (await rows.editedByOthers(pending.pageId))) {
        ledger = { ...ledger, unread: true };
      }
      await c.store.updateProperties(pending.pageId, {
        [PROPERTIES.sync.name]: toRequestValue({ type: 'rich_text', text: encodeLedger(ledger) }),
      });
    } catch (error) {
      const stop = runStoppingError(error, {});
      if (stop !== undefined) throw stop;
      const reason = `the file and spine hold the pull, but the page's Sync ledger could not be written (${describeNotionError(error, settings.secrets)}); the next pull records it`;
      const outcome = run.outcomes.find((o) => o.idseId === pending.idseId);
      if (outcome !== undefined) {
        outcome.action = 'failed';
        outcome.reason = reason;
      } else {
        run.outcomes.push({
          idseId: pending.idseId,
          action: 'failed',
          pageId: pending.pageId,
          reason,
        });
      }
      if (run.cursors.has(pending.cursorKey)) {
        c.db.setCursor(pending.cursorKey, run.cursors.get(pending.cursorKey) ?? null);
        run.cursors.delete(pending.cursorKey);
        warnings.push(
          runWarning(
            'the pull cursor was kept where it was: the next pull reads these pages again',
          ),
        );
      }
    }
  }
}
