import type { NotionDesignStore } from '../notion/design-store.js';
import { checkSchema } from '../notion/schema-check.js';
import type { ArtifactDatabase, ArtifactRecord } from '../spine/index.js';
import { discoverWorkspace, type WorkspaceFilter } from '../workspace/discover.js';
import { writeSpineOnlyArtifacts } from '../workspace/export.js';
import { importWorkspace } from '../workspace/import.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import { pushProject } from './push-project.js';
import { emptyCounts, type ArtifactOutcome, type SyncReport } from './report.js';
import { resolveTargets, type NotionTargets } from './targets.js';

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
}

/** The collaborators of a push; the entries build them, tests pass their own. */
export interface PushCollaborators {
  db: ArtifactDatabase;
  layout: WorkspaceLayout;
  store: NotionDesignStore;
  /** Notion requests made so far by this run. */
  requestCount(): number;
  commitFor(path: string, content: string): Promise<string | null>;
}

/**
 * The hash-gated push: files into the spine (the file wins), then each artifact to its page,
 * writing only what changed and never over an edit made in Notion since the last sync. One
 * artifact's failure never stops the others; a bad token or database stops the run.
 */
export async function runPush(settings: PushSettings, c: PushCollaborators): Promise<SyncReport> {
  const warnings: string[] = [];
  const outcomes: ArtifactOutcome[] = [];
  const workspace = discoverWorkspace(c.layout.root, settings.filter);
  warnings.push(...workspace.problems.map((p) => `${p.path}: ${p.problem}`));
  const imported = importWorkspace(c.db, workspace);
  warnings.push(...imported.sessionProblems.map((p) => `${p.path}: ${p.problem}`));
  const unreadable = new Set<string>();
  for (const file of imported.artifacts.filter((a) => a.action === 'failed')) {
    unreadable.add(file.idseId);
    if (settings.only === undefined || settings.only.has(file.idseId)) {
      outcomes.push({
        idseId: file.idseId,
        action: 'failed',
        pageId: null,
        reason: file.reason ?? '',
      });
    }
  }
  if (!settings.dryRun) {
    for (const written of writeSpineOnlyArtifacts(c.db, c.layout, settings.filter)) {
      if (written.action === 'written')
        warnings.push(`wrote spine-only artifact ${written.idseId} to its file`);
      if (written.action === 'failed') warnings.push(`${written.idseId}: ${written.reason}`);
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
  const targets = resolveTargets([...byProject.keys()], settings.targets);

  for (const [project, projectRecords] of byProject) {
    const target = targets.get(project);
    if (target === undefined) continue;
    const { dataSourceId, properties } = await c.store.openDatabase(
      target.databaseId,
      target.dataSourceId,
    );
    const schema = checkSchema(properties, target.databaseId);
    warnings.push(...schema.warnings.map((w) => `database ${target.databaseId}: ${w}`));
    const results = await pushProject(
      { records: projectRecords, schema, dataSourceId, settings, collaborators: c },
      warnings,
    );
    outcomes.push(...results);
  }

  const counts = emptyCounts();
  for (const outcome of outcomes) {
    if (outcome.action === 'created') counts.created++;
    else if (outcome.action === 'updated') counts.updated++;
    else if (outcome.action === 'skipped') counts.skipped++;
    else if (outcome.action === 'conflict') counts.conflicts++;
    else if (outcome.action === 'failed') counts.failed++;
  }
  counts.pushed = counts.created + counts.updated;
  return {
    command: 'push',
    dryRun: settings.dryRun,
    counts,
    artifacts: outcomes.sort((a, b) => (a.idseId < b.idseId ? -1 : a.idseId > b.idseId ? 1 : 0)),
    warnings,
    requests: c.requestCount(),
  };
}
