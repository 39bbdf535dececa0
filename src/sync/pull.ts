import type { VersionLookup } from '../git/show-at.js';
import type { NotionGateway } from '../notion/client.js';
import type { NotionDesignStore, RemotePage } from '../notion/design-store.js';
import { listPagesEditedSince } from '../notion/edited-pages.js';
import { encodeLedger, parseLedger } from '../notion/ledger.js';
import { describeNotionError, runStoppingError } from '../notion/notion-errors.js';
import { checkSchema, readValue, type CheckedSchema } from '../notion/schema-check.js';
import { PROPERTIES, compactId, toRequestValue } from '../notion/schema-map.js';
import { isIdseError } from '../errors.js';
import type { ArtifactDatabase } from '../spine/index.js';
import { discoverWorkspace, type WorkspaceFilter } from '../workspace/discover.js';
import { importWorkspace } from '../workspace/import.js';
import { unsafeNameReason, type WorkspaceLayout } from '../workspace/layout.js';
import { compareAge, pageIdentity } from './page-resolution.js';
import { pullPage, type PullEnvironment, type PulledPage } from './pull-page.js';
import { pullPropertyEdits, type PulledPageState } from './pull-relations.js';
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
  /** A committed version of a workspace file: the merge base when the spine has none. */
  committedVersion: VersionLookup;
  /** This machine's clock, for the pull cursor. */
  now(): Date;
}

/** Each project's database, opened and its schema checked, before anything is written. */
export interface PreparedPull {
  databases: Map<string, { dataSourceId: string; schema: CheckedSchema }>;
  warnings: string[];
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
  const warnings: string[] = [];
  const databases: PreparedPull['databases'] = new Map();
  for (const [project, target] of resolveTargets([...projects].sort(), settings.targets)) {
    const { dataSourceId, properties } = await c.store.openDatabase(
      target.databaseId,
      target.dataSourceId,
    );
    const schema = checkSchema(properties, target.databaseId);
    warnings.push(...schema.warnings.map((w) => `database ${target.databaseId}: ${w}`));
    databases.set(project, { dataSourceId, schema });
  }
  return { databases, warnings };
}

/**
 * Brings Notion's edits into the files and the spine: pages edited since the last pull are
 * read, and those whose markdown differs from their Sync ledger are merged into their files.
 * A pull never deletes a local file and never overwrites a local edit it has not pushed.
 */
export async function runPull(
  settings: PullSettings,
  c: PullCollaborators,
  prepared?: PreparedPull,
): Promise<PullResult> {
  const { databases, warnings } = prepared ?? (await preparePull(settings, c));
  const outcomes: ArtifactOutcome[] = [];
  const written: string[] = [];
  const changes: string[] = [];
  const editors = new Set<string>();
  const imported = importWorkspace(c.db, discoverWorkspace(c.layout.root, settings.filter));
  warnings.push(...imported.sessionProblems.map((p) => `${p.path}: ${p.problem}`));

  for (const [project, { dataSourceId, schema }] of databases) {
    const startedAt = c.now();
    const cursorKey = `pull:${dataSourceId}`;
    const last = c.db.getCursor(cursorKey);
    const since =
      last === undefined ? undefined : new Date(Date.parse(last) - OVERLAP_MS).toISOString();
    const live = await listPagesEditedSince(c.gateway, dataSourceId, since);
    const trashed = await listPagesEditedSince(c.gateway, dataSourceId, since, { trashed: true });
    const env: PullEnvironment = {
      store: c.store,
      db: c.db,
      layout: c.layout,
      schema,
      dryRun: settings.dryRun,
      committedVersion: c.committedVersion,
    };
    let failed = false;
    const states: PulledPageState[] = [];
    for (const { page, identity } of pagesToPull(project, live, settings, c.db, warnings)) {
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
      const { warnings: extra, written: paths, ledger, created, ...outcome } = result;
      warnings.push(...extra);
      outcomes.push(outcome);
      written.push(...paths);
      if (outcome.action === 'pulled') {
        editors.add(page.lastEditedBy);
        changes.push(outcome.idseId);
      } else if (outcome.action === 'conflict' && paths.length > 0) {
        editors.add(page.lastEditedBy);
        changes.push(`${outcome.idseId} (conflict; Notion's version in ${paths.join(', ')})`);
      }
      states.push({ page, ledger, created: created === true });
    }
    outcomes.push(...trashedOutcomes(project, trashed, settings, c.db));

    const properties = pullPropertyEdits(project, states, c.db);
    warnings.push(...properties.warnings);
    changes.push(...properties.relinked.map((idseId) => `${idseId} (upstream artifacts)`));
    for (const { page } of states) {
      if (properties.relinked.some((id) => c.db.findByRemoteId(page.id)?.idseId === id))
        editors.add(page.lastEditedBy);
    }
    if (!settings.dryRun) {
      for (const [pageId, ledger] of properties.ledgers) {
        if (!schema.available.has('sync')) continue;
        try {
          await c.store.updateProperties(pageId, {
            [PROPERTIES.sync.name]: toRequestValue({
              type: 'rich_text',
              text: encodeLedger(ledger),
            }),
          });
        } catch (error) {
          const stop = runStoppingError(error, {});
          if (stop !== undefined) throw stop;
          warnings.push(
            `page ${pageId}: the ledger could not record the pulled relation (${describeNotionError(error, settings.secrets)}); the next push records it`,
          );
        }
      }
      // A failed page must be read again next time, and so must the pages of the sessions a
      // --session run left out. A window with no page leaves the spine's bytes alone.
      const readSome = live.length + trashed.length > 0;
      if (!failed && settings.filter.session === undefined && readSome) {
        c.db.setCursor(cursorKey, startedAt.toISOString());
      }
    }
  }

  // An open conflict stays in every report (and the exit code) until `resolve` closes it.
  for (const conflict of c.db.listConflicts()) {
    const [project, session] = conflict.idseId.split('::');
    if (outcomes.some((o) => o.idseId === conflict.idseId)) continue;
    if (settings.filter.project !== undefined && project !== settings.filter.project) continue;
    if (settings.filter.session !== undefined && session !== settings.filter.session) continue;
    outcomes.push({
      idseId: conflict.idseId,
      action: 'conflict',
      pageId: null,
      reason: `unresolved since ${conflict.createdAt}; Notion's version is in ${conflict.notionCopyPath}: edit the file, then run \`idse-sync resolve ${conflict.idseId}\``,
    });
  }

  const counts = emptyCounts();
  for (const outcome of outcomes) {
    if (outcome.action === 'pulled') counts.pulled++;
    else if (outcome.action === 'skipped') counts.skipped++;
    else if (outcome.action === 'conflict') counts.conflicts++;
    else if (outcome.action === 'failed') counts.failed++;
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
    changes,
    editors: [...editors],
  };
}

type Identity = NonNullable<ReturnType<typeof pageIdentity>>;

/**
 * The edited pages that stand for an artifact of this run, one per artifact: pages without a
 * Session and Stage are not artifacts; unsafe Session names are refused; a page whose
 * Session or Stage changed in Notion (moved) and a second page claiming the same artifact are
 * reported and left alone.
 */
function pagesToPull(
  project: string,
  pages: readonly RemotePage[],
  settings: PullSettings,
  db: ArtifactDatabase,
  warnings: string[],
): { page: RemotePage; identity: Identity }[] {
  const byArtifact = new Map<string, { page: RemotePage; identity: Identity }[]>();
  for (const page of pages) {
    if (page.inTrash) continue;
    const identity = pageIdentity(page);
    if (identity === undefined) continue;
    if (settings.filter.session !== undefined && identity.session !== settings.filter.session)
      continue;
    const unsafe = unsafeNameReason(identity.session);
    if (unsafe !== undefined) {
      warnings.push(
        `page ${page.id}: Session ${JSON.stringify(identity.session)} refused: ${unsafe}; nothing written`,
      );
      continue;
    }
    const owner = db.findByRemoteId(page.id);
    if (
      owner !== undefined &&
      owner.project === project &&
      (owner.sessionId !== identity.session || owner.stage !== identity.stage)
    ) {
      warnings.push(
        `${owner.idseId}: its page ${page.id} now says Session "${identity.session}", Stage "${identity.stage}" in Notion; not pulled (rename the artifact in the workspace, or change the page back)`,
      );
      continue;
    }
    const key = `${identity.session}\u0000${identity.stage}`;
    byArtifact.set(key, [...(byArtifact.get(key) ?? []), { page, identity }]);
  }
  const chosen: { page: RemotePage; identity: Identity }[] = [];
  for (const claims of byArtifact.values()) {
    // The page the spine syncs with wins; else the oldest, as push keeps the oldest.
    const known = claims.filter(
      (claim) => syncedPageOf(project, claim.identity, db) === compactId(claim.page.id),
    );
    const ranked = [...(known.length > 0 ? known : claims)].sort((a, b) =>
      compareAge(a.page, b.page),
    );
    const first = ranked[0];
    if (first === undefined) continue;
    const idseId = `${project}::${first.identity.session}::${first.identity.stage}`;
    const synced = syncedPageOf(project, first.identity, db);
    if (synced !== null && synced !== compactId(first.page.id) && !hasLedger(first.page)) {
      // Another page is the artifact's, and no sync of ours ever wrote this one.
      warnings.push(
        `${idseId}: page ${first.page.id} claims this artifact, which is synced with page ${synced}; left alone`,
      );
      continue;
    }
    chosen.push(first);
    for (const other of claims) {
      if (other === first) continue;
      warnings.push(
        `${idseId}: page ${other.page.id} also claims this artifact; left alone (page ${first.page.id} is pulled)`,
      );
    }
  }
  return chosen;
}

/** The compact id of the page the spine syncs the artifact with, or null. */
function syncedPageOf(project: string, identity: Identity, db: ArtifactDatabase): string | null {
  const record = db.getArtifact(project, identity.session, identity.stage);
  const remoteId = record ? db.getSyncMetadata(record.id)?.remoteId : undefined;
  return remoteId === undefined || remoteId === null ? null : compactId(remoteId);
}

function hasLedger(page: RemotePage): boolean {
  const text = readValue(page.properties[PROPERTIES.sync.name], 'rich_text');
  return parseLedger(text?.type === 'rich_text' ? text.text : undefined) !== undefined;
}

/** Pages of known artifacts moved to the trash: reported; the local file stays. */
function trashedOutcomes(
  project: string,
  trashed: readonly RemotePage[],
  settings: PullSettings,
  db: ArtifactDatabase,
): ArtifactOutcome[] {
  const outcomes: ArtifactOutcome[] = [];
  for (const page of trashed) {
    const owner = db.findByRemoteId(page.id);
    if (owner === undefined || owner.project !== project) continue;
    if (settings.filter.session !== undefined && owner.sessionId !== settings.filter.session)
      continue;
    outcomes.push({
      idseId: owner.idseId,
      action: 'trashed',
      pageId: page.id,
      reason:
        'its page was moved to the trash in Notion; the local file stays (restore the page in Notion to keep it, or the next push makes a new one)',
    });
  }
  return outcomes;
}
