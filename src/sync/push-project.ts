import PQueue from 'p-queue';
import type { RemotePage } from '../notion/design-store.js';
import { describeNotionError, runStoppingError } from '../notion/notion-errors.js';
import { compactId, type ArtifactFacts } from '../notion/schema-map.js';
import { type ArtifactDatabase, type ArtifactRecord, isSessionStatus } from '../spine/index.js';
import { archivedIndex, archivedReason, explainAbsent, type Absence } from './absent-pages.js';
import { PageIndex } from './page-resolution.js';
import type { PushCollaborators, PushSettings } from './push.js';
import type { OpenedDatabase } from './targets.js';
import { pushArtifact, type ArtifactJob, type ArtifactResult } from './push-artifact.js';
import { markUnconfirmed, removeDuplicates, settleRaces } from './push-races.js';
import {
  CANCELLED_REASON,
  artifactWarning,
  sameWarning,
  type ArtifactOutcome,
  type ReportWarning,
} from './report.js';
import { ArtifactReferences } from './push-references.js';
import { DEFAULT_ROW_BOUND_MS, RowRefresh } from './row-refresh.js';
import { isWarmSkip, unconfirmedKey } from './warm-skip.js';

// The gateway runs 3 requests at once; a little more keeps it fed between artifacts.
const ARTIFACTS_IN_FLIGHT = 6;

/**
 * Pushes one project: skips what the spine shows as pushed, reads the data source once for the
 * rest (⌈pages/100⌉ requests), removes duplicates this integration made, pushes each artifact,
 * reads the data source again when it created pages (a racing run may have created them too),
 * then sets the relations that point at pages created in this run.
 */
export async function pushProject(
  records: ArtifactRecord[],
  database: OpenedDatabase,
  settings: PushSettings,
  c: PushCollaborators,
  warnings: ReportWarning[],
): Promise<ArtifactOutcome[]> {
  const { schema, dataSourceId } = database;
  // Set once the data source is read: the page each artifact link goes to.
  let pageOf: (idseId: string) => string | null | 'pending' = () => null;
  // Keeps the rows a write trusts at most a bound old; started before the data source is read,
  // so its age is never understated.
  const rows = rowRefresh(database, settings, c, c.now?.() ?? new Date());
  const references = ArtifactReferences.factory(c, settings.repository, (id) => pageOf(id));
  const pushOnto = (record: ArtifactRecord, facts: ArtifactFacts, page: RemotePage | undefined) => {
    const path = c.layout.relative(record.project, record.sessionId, record.stage);
    const job: ArtifactJob = {
      record,
      facts,
      path,
      page,
      sync: c.db.getSyncMetadata(record.id),
      snapshot: c.db.getRemoteSnapshot(record.idseId),
      database,
      references: () => references(record, path),
    };
    return runJob(job, settings, c, rows);
  };
  const cachedId = (record: ArtifactRecord) => c.db.getSyncMetadata(record.id)?.pageId ?? null;
  const outcomes: ArtifactOutcome[] = [];
  const skipped = (record: ArtifactRecord): ArtifactOutcome => ({
    idseId: record.idseId,
    action: 'skipped',
    pageId: cachedId(record),
    reason: 'unchanged',
  });
  const warm = new Set<string>();
  for (const record of records) {
    const upstream = upstreamIds(record, c.db, cachedId);
    const facts = withUpstream(baseFacts(record, c.db), upstream);
    if (!settings.force && upstream !== null && isWarmSkip(record, facts, c.db, schema)) {
      warm.add(record.idseId);
    }
  }
  if (warm.size === records.length) return records.map(skipped);

  const listing = { ...(schema.stageOptions ? { stageOptions: schema.stageOptions } : {}) };
  const index = new PageIndex(await c.store.listPages(dataSourceId, listing));
  const unmatched = records.filter(
    (record) => index.resolve(record.sessionId, record.stage, cachedId(record)) === undefined,
  );
  const absent =
    unmatched.length === 0
      ? new Map<string, Absence>()
      : await explainAbsent(
          unmatched,
          { known: cachedId, synced: (r) => c.db.getRemoteSnapshot(r.idseId)?.pageId ?? null },
          archivedIndex(await c.store.listPages(dataSourceId, { ...listing, archived: true })),
          c.store,
        );
  const pages = new Map<string, RemotePage>();
  const pending: ArtifactRecord[] = [];
  for (const record of records) {
    const resolved = index.resolve(record.sessionId, record.stage, cachedId(record));
    if (resolved !== undefined) {
      pages.set(record.idseId, resolved.page);
      await removeDuplicates(record, resolved.duplicates, c.store, settings.dryRun, warnings);
    }
    const absence = absent.get(record.idseId);
    if (absence?.kind === 'archived') {
      // Never a second page for an archived one: the artifact waits for its page to be restored.
      outcomes.push({
        idseId: record.idseId,
        action: 'archived',
        pageId: absence.page.id,
        reason: archivedReason(absence.page.id, 'push'),
      });
      continue;
    }
    if (absence?.kind === 'trashed') {
      warnings.push(
        artifactWarning(
          record.idseId,
          `its page ${absence.pageId} is in Notion's trash; a new page is created (to keep the old one instead, restore it from the trash and trash the new one)`,
        ),
      );
    } else if (absence?.kind === 'gone') {
      warnings.push(
        artifactWarning(
          record.idseId,
          `its page ${absence.pageId} is not in the database for this integration (deleted for good, moved, or no longer shared with it); a new page is created`,
        ),
      );
    }
    const cached = cachedId(record);
    // Once the data source is read anyway, a warm skip holds only while the cached page is the
    // one kept: a page trashed as a duplicate, or deleted, gets the artifact pushed again.
    const stillWarm =
      warm.has(record.idseId) &&
      cached !== null &&
      resolved !== undefined &&
      compactId(resolved.page.id) === compactId(cached);
    if (stillWarm) outcomes.push(skipped(record));
    else pending.push(record);
    // A page created in a race window is confirmed once a later listing still shows it kept.
    const unconfirmed = c.db.getCursor(unconfirmedKey(record.idseId));
    if (unconfirmed !== undefined && !settings.dryRun && resolved !== undefined) {
      if (compactId(resolved.page.id) === compactId(unconfirmed)) {
        c.db.setCursor(unconfirmedKey(record.idseId), null);
      }
    }
  }
  const pageIdOf = (dep: ArtifactRecord) =>
    pages.get(dep.idseId)?.id ??
    index.resolve(dep.sessionId, dep.stage, cachedId(dep))?.page.id ??
    null;

  const creating = new Set(pending.filter((r) => !pages.has(r.idseId)).map((r) => r.idseId));
  pageOf = (idseId) => {
    const known = pages.get(idseId);
    if (known !== undefined) return known.id;
    if (creating.has(idseId)) return 'pending';
    const record = c.db.findByIdseId(idseId);
    if (record === undefined) return null;
    if (record.project !== records[0]?.project) return cachedId(record);
    return index.resolve(record.sessionId, record.stage, cachedId(record))?.page.id ?? null;
  };

  // Upstream page ids as known before anything is created: null when some are not known yet.
  const knownUpstream = pending.map((record) => upstreamIds(record, c.db, pageIdOf));
  // A few artifacts at a time: each is converted right before its requests, so memory stays
  // bounded and no connection idles through minutes of conversion before its first write.
  const jobs = new PQueue({ concurrency: ARTIFACTS_IN_FLIGHT });
  const first = await Promise.all(
    pending.map((record, i) =>
      jobs.add(() => {
        if (settings.signal?.aborted === true) return Promise.resolve(cancelled(record, c));
        const facts = withUpstream(baseFacts(record, c.db), knownUpstream[i]);
        return pushOnto(record, facts, pages.get(record.idseId));
      }),
    ),
  );
  if (!settings.dryRun && settings.signal?.aborted !== true) {
    const hadPage = pending.map((record) => pages.has(record.idseId));
    const adopted = await settleRaces(pending, first, hadPage, {
      database,
      store: c.store,
      pushOnto: (record, page) =>
        pushOnto(
          record,
          withUpstream(
            baseFacts(record, c.db),
            upstreamIds(record, c.db, () => null),
          ),
          page,
        ),
      warnings,
    });
    markUnconfirmed(pending, first, adopted, c.db);
  }
  for (const result of first) if (result.page) pages.set(result.idseId, result.page);

  // A relation or a link to a page this run created can only be set once that page exists.
  for (const [i, record] of pending.entries()) {
    const result = first[i];
    const links = result?.pendingLinks === true;
    if (result?.page === undefined || settings.dryRun) continue;
    if (knownUpstream[i] !== null && !links) continue;
    if (settings.signal?.aborted === true) break;
    const upstream =
      knownUpstream[i] !== null
        ? knownUpstream[i]
        : upstreamIds(record, c.db, (dep) => pages.get(dep.idseId)?.id ?? null);
    if ((upstream === null || upstream === undefined) && !links) continue;
    const again = await pushOnto(
      record,
      withUpstream(baseFacts(record, c.db), upstream),
      result.page,
    );
    const merged = [
      ...result.warnings,
      ...again.warnings.filter((w) => !result.warnings.some((r) => sameWarning(r, w))),
    ];
    if (again.action === 'failed' || (result.action === 'skipped' && again.action === 'updated')) {
      first[i] = { ...again, warnings: merged };
    } else first[i] = { ...result, warnings: merged };
  }
  for (const result of first) {
    warnings.push(...result.warnings);
    outcomes.push(strip(result));
  }
  return outcomes;
}

function rowRefresh(
  database: OpenedDatabase,
  settings: PushSettings,
  c: PushCollaborators,
  listedAt: Date,
): RowRefresh {
  const now = c.now ?? (() => new Date());
  return new RowRefresh(c.store, database.dataSourceId, {
    now,
    listedAt,
    boundMs: settings.rowBoundMs ?? DEFAULT_ROW_BOUND_MS,
    ...(database.schema.stageOptions ? { stageOptions: database.schema.stageOptions } : {}),
  });
}

/**
 * Page ids of the artifact's upstream artifacts: undefined when it has none (the relation is
 * then left alone), null when some upstream page is not known yet.
 */
function upstreamIds(
  record: ArtifactRecord,
  db: ArtifactDatabase,
  pageIdOf: (dep: ArtifactRecord) => string | null,
): string[] | null | undefined {
  const deps = db.getDependencies(record.id, 'upstream');
  if (deps.length === 0) return undefined;
  const ids = deps.map(pageIdOf);
  return ids.every((id): id is string => id !== null) ? ids : null;
}

function withUpstream(facts: ArtifactFacts, upstream: string[] | null | undefined): ArtifactFacts {
  return upstream ? { ...facts, upstreamPageIds: upstream } : facts;
}

function baseFacts(record: ArtifactRecord, db: ArtifactDatabase): ArtifactFacts {
  const session = db.getSession(record.project, record.sessionId);
  const status = session?.status ?? 'draft';
  return {
    stage: record.stage,
    session: record.sessionId,
    status: isSessionStatus(status) ? status : 'draft',
    tags: session?.tags ?? [],
    description: session?.description ?? null,
  };
}

async function runJob(
  job: ArtifactJob,
  settings: PushSettings,
  c: PushCollaborators,
  rows: RowRefresh,
): Promise<ArtifactResult> {
  try {
    // A write that trusts the row (no read of the page first) trusts one at most a bound old.
    const page = job.page ? await rows.current(job.page) : job.page;
    return await pushArtifact({ ...job, page }, settings, c);
  } catch (error) {
    const stop = runStoppingError(error, {});
    if (stop !== undefined) throw stop;
    return {
      idseId: job.record.idseId,
      action: 'failed',
      pageId: job.page?.id ?? null,
      path: job.path,
      reason: describeNotionError(error, settings.secrets),
      warnings: [],
    };
  }
}

/** An artifact the run did not start because it was cancelled: the next run pushes it. */
function cancelled(record: ArtifactRecord, c: PushCollaborators): ArtifactResult {
  return {
    idseId: record.idseId,
    action: 'failed',
    pageId: c.db.getSyncMetadata(record.id)?.pageId ?? null,
    path: c.layout.relative(record.project, record.sessionId, record.stage),
    reason: CANCELLED_REASON,
    warnings: [],
  };
}

function strip(result: ArtifactResult): ArtifactOutcome {
  const { warnings: _warnings, page: _page, pendingLinks: _links, ...outcome } = result;
  return outcome;
}
