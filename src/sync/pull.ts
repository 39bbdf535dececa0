import type { NotionGateway } from '../notion/client.js';
import type { NotionDesignStore, RemotePage } from '../notion/design-store.js';
import { listPagesEditedSince } from '../notion/edited-pages.js';
import { describeNotionError, runStoppingError } from '../notion/notion-errors.js';
import { checkSchema } from '../notion/schema-check.js';
import { isIdseError } from '../errors.js';
import type { ArtifactDatabase } from '../spine/index.js';
import { discoverWorkspace, type WorkspaceFilter } from '../workspace/discover.js';
import { importWorkspace } from '../workspace/import.js';
import { unsafeNameReason, type WorkspaceLayout } from '../workspace/layout.js';
import { pageIdentity } from './page-resolution.js';
import { pullPage, type PullEnvironment, type PulledPage } from './pull-page.js';
import { pullPropertyEdits } from './pull-relations.js';
import { emptyCounts, type ArtifactOutcome, type SyncReport } from './report.js';
import { resolveTargets, type NotionTargets } from './targets.js';

/** What to pull, as the entries parse it. */
export interface PullSettings {
  filter: WorkspaceFilter;
  dryRun: boolean;
  targets: NotionTargets;
  secrets: readonly string[];
}

export interface PullCollaborators {
  db: ArtifactDatabase;
  layout: WorkspaceLayout;
  store: NotionDesignStore;
  gateway: NotionGateway;
  showAt(commit: string, path: string): Promise<string | null>;
  now(): Date;
}

/** The result of a pull, with the files it wrote (for `--commit`). */
export interface PullResult {
  report: SyncReport;
  written: string[];
  /** Notion users who last edited the pulled pages. */
  editors: string[];
}

// last_edited_time is rounded down to the minute, and clocks differ: read a little before the
// last pull so an edit in the same minute is never missed.
const OVERLAP_MS = 5 * 60_000;

/**
 * Brings Notion's edits into the files and the spine: pages edited since the last pull are
 * read, and those whose markdown differs from their Sync ledger are merged into their files.
 * A pull never deletes a local file and never overwrites a local edit it has not pushed.
 */
export async function runPull(settings: PullSettings, c: PullCollaborators): Promise<PullResult> {
  const warnings: string[] = [];
  const outcomes: ArtifactOutcome[] = [];
  const written: string[] = [];
  const editors = new Set<string>();
  const workspace = discoverWorkspace(c.layout.root, settings.filter);
  const imported = importWorkspace(c.db, workspace);
  warnings.push(...imported.sessionProblems.map((p) => `${p.path}: ${p.problem}`));

  const projects =
    settings.filter.project !== undefined
      ? [settings.filter.project]
      : [
          ...new Set([
            ...c.db.listProjects().map((p) => p.name),
            ...Object.keys(settings.targets.databases),
          ]),
        ].filter(
          (project) =>
            c.db.listArtifacts({ project }).length > 0 || project in settings.targets.databases,
        );
  const targets = resolveTargets(projects, settings.targets);

  for (const [project, target] of targets) {
    const startedAt = c.now();
    const { dataSourceId, properties } = await c.store.openDatabase(
      target.databaseId,
      target.dataSourceId,
    );
    const schema = checkSchema(properties, target.databaseId);
    warnings.push(...schema.warnings.map((w) => `database ${target.databaseId}: ${w}`));
    const cursorKey = `pull:${dataSourceId}`;
    const last = c.db.getCursor(cursorKey);
    const since =
      last === undefined ? undefined : new Date(Date.parse(last) - OVERLAP_MS).toISOString();
    const pages = await listPagesEditedSince(c.gateway, dataSourceId, since);
    const env: PullEnvironment = {
      store: c.store,
      db: c.db,
      layout: c.layout,
      schema,
      dryRun: settings.dryRun,
      showAt: c.showAt,
    };
    let failed = false;
    const pulled: { page: RemotePage; result: PulledPage }[] = [];
    for (const page of pages) {
      const identity = pageIdentity(page);
      if (identity === undefined) continue;
      if (settings.filter.session !== undefined && identity.session !== settings.filter.session)
        continue;
      const unsafe = unsafeNameReason(identity.session);
      if (unsafe !== undefined) {
        warnings.push(
          `page ${page.id}: Session ${JSON.stringify(identity.session)} refused: ${unsafe}`,
        );
        continue;
      }
      let result: PulledPage;
      try {
        result = await pullPage(project, identity, page, env);
      } catch (error) {
        const stop = runStoppingError(error, {});
        if (stop !== undefined) throw stop;
        failed = true;
        const reason = isIdseError(error)
          ? error.message
          : describeNotionError(error, settings.secrets);
        result = {
          idseId: `${project}::${identity.session}::${identity.stage}`,
          action: 'failed',
          pageId: page.id,
          reason,
          warnings: [],
        };
      }
      pulled.push({ page, result });
    }
    for (const { page, result } of pulled) {
      const { warnings: extra, written: path, ...outcome } = result;
      warnings.push(...extra);
      outcomes.push(outcome);
      if (path !== undefined) {
        written.push(path);
        editors.add(page.lastEditedBy);
      }
    }
    if (!settings.dryRun) {
      warnings.push(
        ...pullPropertyEdits(
          project,
          pulled.map((p) => p.page),
          c.db,
        ),
      );
      // A failed page must be read again next time: keep the cursor where it was.
      if (!failed) c.db.setCursor(cursorKey, startedAt.toISOString());
    }
  }

  const counts = emptyCounts();
  for (const outcome of outcomes) {
    if (outcome.action === 'pulled') counts.pulled++;
    else if (outcome.action === 'skipped') counts.skipped++;
    else if (outcome.action === 'conflict') counts.conflicts++;
    else if (outcome.action === 'failed') counts.failed++;
  }
  for (const conflict of c.db.listConflicts()) {
    if (!outcomes.some((o) => o.idseId === conflict.idseId)) {
      warnings.push(
        `${conflict.idseId}: unresolved conflict (Notion's version in ${conflict.notionCopyPath}); run \`idse-sync resolve ${conflict.idseId}\` once the file is right`,
      );
    }
  }
  return {
    report: {
      command: 'pull',
      dryRun: settings.dryRun,
      counts,
      artifacts: outcomes.sort((a, b) => (a.idseId < b.idseId ? -1 : a.idseId > b.idseId ? 1 : 0)),
      warnings,
      requests: c.gateway.requestCount,
    },
    written,
    editors: [...editors],
  };
}
