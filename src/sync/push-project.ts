import PQueue from 'p-queue';
import type { RemotePage } from '../notion/design-store.js';
import { describeNotionError, runStoppingError } from '../notion/notion-errors.js';
import type { CheckedSchema } from '../notion/schema-check.js';
import { compactId, type ArtifactFacts } from '../notion/schema-map.js';
import { type ArtifactRecord, isSessionStatus } from '../spine/index.js';
import { archivedIndex, archivedReason, explainAbsent, type Absence } from './absent-pages.js';
import { PageIndex } from './page-resolution.js';
import type { PushCollaborators, PushSettings } from './push.js';
import {
  pushArtifact,
  type ArtifactJob,
  type ArtifactResult,
  type PushEnvironment,
} from './push-artifact.js';
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

/** One project's artifacts and the database they go to. */
export interface ProjectPush {
  records: ArtifactRecord[];
  schema: CheckedSchema;
  dataSourceId: string;
  settings: PushSettings;
  collaborators: PushCollaborators;
}

/**
 * Pushes one project: skips what the spine shows as pushed, reads the data source once for the
 * rest (⌈pages/100⌉ requests), removes duplicates this integration made, pushes each artifact,
 * reads the data source again when it created pages (a racing run may have created them too),
 * then sets the relations that point at pages created in this run.
 */
export async function pushProject(
  p: ProjectPush,
  warnings: ReportWarning[],
): Promise<ArtifactOutcome[]> {
  const c = p.collaborators;
  // Set once the data source is read: the page each artifact link goes to.
  let pageOf: (idseId: string) => string | null | 'pending' = () => null;
  const env: PushEnvironment = {
    store: c.store,
    db: c.db,
    schema: p.schema,
    dataSourceId: p.dataSourceId,
    dryRun: p.settings.dryRun,
    force: p.settings.force,
    commitFor: (path, content) => c.commitFor(path, content),
    ...(c.committedVersion !== undefined ? { committedVersion: c.committedVersion } : {}),
    references: ArtifactReferences.factory(c, p.settings.repository, (id) => pageOf(id)),
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
  for (const record of p.records) {
    const upstream = upstreamIds(record, p, cachedId);
    const facts = withUpstream(baseFacts(record, p), upstream);
    if (!p.settings.force && upstream !== null && isWarmSkip(record, facts, c.db, p.schema)) {
      warm.add(record.idseId);
    }
  }
  if (warm.size === p.records.length) return p.records.map(skipped);

  const listing = { ...(p.schema.stageOptions ? { stageOptions: p.schema.stageOptions } : {}) };
  env.rows = rowRefresh(p, c.now?.() ?? new Date());
  const index = new PageIndex(await c.store.listPages(p.dataSourceId, listing));
  const unmatched = p.records.filter(
    (record) => index.resolve(record.sessionId, record.stage, cachedId(record)) === undefined,
  );
  const absent =
    unmatched.length === 0
      ? new Map<string, Absence>()
      : await explainAbsent(
          unmatched,
          { known: cachedId, synced: (r) => c.db.getRemoteSnapshot(r.idseId)?.pageId ?? null },
          archivedIndex(await c.store.listPages(p.dataSourceId, { ...listing, archived: true })),
          c.store,
        );
  const pages = new Map<string, RemotePage>();
  const pending: ArtifactRecord[] = [];
  for (const record of p.records) {
    const resolved = index.resolve(record.sessionId, record.stage, cachedId(record));
    if (resolved !== undefined) {
      pages.set(record.idseId, resolved.page);
      await removeDuplicates(record, resolved.duplicates, p, warnings);
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
    if (unconfirmed !== undefined && !p.settings.dryRun && resolved !== undefined) {
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
    if (record.project !== p.records[0]?.project) return cachedId(record);
    return index.resolve(record.sessionId, record.stage, cachedId(record))?.page.id ?? null;
  };

  // Upstream page ids as known before anything is created: null when some are not known yet.
  const knownUpstream = pending.map((record) => upstreamIds(record, p, pageIdOf));
  // A few artifacts at a time: each is converted right before its requests, so memory stays
  // bounded and no connection idles through minutes of conversion before its first write.
  const jobs = new PQueue({ concurrency: ARTIFACTS_IN_FLIGHT });
  const first = await Promise.all(
    pending.map((record, i) =>
      jobs.add(() => {
        if (p.settings.signal?.aborted === true) return Promise.resolve(cancelled(record, p));
        const facts = withUpstream(baseFacts(record, p), knownUpstream[i]);
        return runJob(jobFor(record, facts, pages.get(record.idseId), p), env, p);
      }),
    ),
  );
  if (!p.settings.dryRun && p.settings.signal?.aborted !== true) {
    const hadPage = pending.map((record) => pages.has(record.idseId));
    const adopted = await settleRaces(pending, first, hadPage, p, env, warnings);
    markUnconfirmed(pending, first, adopted, p);
  }
  for (const result of first) if (result.page) pages.set(result.idseId, result.page);

  // A relation or a link to a page this run created can only be set once that page exists.
  for (const [i, record] of pending.entries()) {
    const result = first[i];
    const links = result?.pendingLinks === true;
    if (result?.page === undefined || p.settings.dryRun) continue;
    if (knownUpstream[i] !== null && !links) continue;
    if (p.settings.signal?.aborted === true) break;
    const upstream =
      knownUpstream[i] !== null
        ? knownUpstream[i]
        : upstreamIds(record, p, (dep) => pages.get(dep.idseId)?.id ?? null);
    if ((upstream === null || upstream === undefined) && !links) continue;
    const again = await runJob(
      jobFor(record, withUpstream(baseFacts(record, p), upstream), result.page, p),
      env,
      p,
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

function rowRefresh(p: ProjectPush, listedAt: Date): RowRefresh {
  const now = p.collaborators.now ?? (() => new Date());
  return new RowRefresh(p.collaborators.store, p.dataSourceId, {
    now,
    listedAt,
    boundMs: p.settings.rowBoundMs ?? DEFAULT_ROW_BOUND_MS,
    ...(p.schema.stageOptions ? { stageOptions: p.schema.stageOptions } : {}),
  });
}

/**
 * Page ids of the artifact's upstream artifacts: undefined when it has none (the relation is
 * then left alone), null when some upstream page is not known yet.
 */
function upstreamIds(
  record: ArtifactRecord,
  p: ProjectPush,
  pageIdOf: (dep: ArtifactRecord) => string | null,
): string[] | null | undefined {
  const deps = p.collaborators.db.getDependencies(record.id, 'upstream');
  if (deps.length === 0) return undefined;
  const ids = deps.map(pageIdOf);
  return ids.every((id): id is string => id !== null) ? ids : null;
}

function withUpstream(facts: ArtifactFacts, upstream: string[] | null | undefined): ArtifactFacts {
  return upstream ? { ...facts, upstreamPageIds: upstream } : facts;
}

function baseFacts(record: ArtifactRecord, p: ProjectPush): ArtifactFacts {
  const session = p.collaborators.db.getSession(record.project, record.sessionId);
  const status = session?.status ?? 'draft';
  return {
    stage: record.stage,
    session: record.sessionId,
    status: isSessionStatus(status) ? status : 'draft',
    tags: session?.tags ?? [],
    description: session?.description ?? null,
  };
}

function jobFor(
  record: ArtifactRecord,
  facts: ArtifactFacts,
  page: RemotePage | undefined,
  p: ProjectPush,
): ArtifactJob {
  const { db, layout } = p.collaborators;
  return {
    record,
    facts,
    path: layout.relative(record.project, record.sessionId, record.stage),
    page,
    sync: db.getSyncMetadata(record.id),
    snapshot: db.getRemoteSnapshot(record.idseId),
  };
}

async function runJob(
  job: ArtifactJob,
  env: PushEnvironment,
  p: ProjectPush,
): Promise<ArtifactResult> {
  try {
    // A write that trusts the row (no read of the page first) trusts one at most a bound old.
    const page = job.page && env.rows ? await env.rows.current(job.page) : job.page;
    return await pushArtifact({ ...job, page }, env);
  } catch (error) {
    const stop = runStoppingError(error, {});
    if (stop !== undefined) throw stop;
    return {
      idseId: job.record.idseId,
      action: 'failed',
      pageId: job.page?.id ?? null,
      path: job.path,
      reason: describeNotionError(error, p.settings.secrets),
      warnings: [],
    };
  }
}

/**
 * Notion cannot create-if-absent: another run (a hook push and a CI push of one commit) may have
 * created the same artifact's page between our read of the data source and our create. Once
 * this run's creates are done, the data source is read again for them, and where several pages
 * claim an artifact the rule every machine applies is kept: the oldest by created_time then id
 * survives, our integration's newer ones go to the trash, and the artifact is pushed onto the
 * survivor (a no-op when it already holds the same content). The run that created later always
 * sees the earlier page, so one of the racers settles every pair; a racer that missed the other's
 * page adopts the survivor on its next run.
 */
async function settleRaces(
  pending: ArtifactRecord[],
  results: ArtifactResult[],
  hadPage: readonly boolean[],
  p: ProjectPush,
  env: PushEnvironment,
  warnings: ReportWarning[],
): Promise<Set<number>> {
  const adoptedAt = new Set<number>();
  // A create that failed may have lost a race too: another run trashed the page it had just
  // made (as this run would theirs), so its next write was refused.
  const created = pending
    .map((record, i) => ({ record, i, result: results[i] }))
    .filter(
      ({ result, i }) =>
        (result?.action === 'created' && result.page !== undefined) ||
        (result?.action === 'failed' && hadPage[i] === false),
    );
  if (created.length === 0) return adoptedAt;
  const index = new PageIndex(
    await p.collaborators.store.listPages(p.dataSourceId, {
      ...(p.schema.stageOptions ? { stageOptions: p.schema.stageOptions } : {}),
    }),
  );
  for (const { record, i, result } of created) {
    const ours = result?.page;
    const resolved = index.resolve(record.sessionId, record.stage, null);
    if (resolved === undefined) continue;
    await removeDuplicates(record, resolved.duplicates, p, warnings);
    if (ours !== undefined && compactId(resolved.page.id) === compactId(ours.id)) continue;
    const facts = withUpstream(
      baseFacts(record, p),
      upstreamIds(record, p, () => null),
    );
    const adopted = await runJob(jobFor(record, facts, resolved.page, p), env, p);
    adoptedAt.add(i);
    // A page that was not there when the run began and that our integration made: this run's
    // own create whose answer was lost (or a racer's), so the artifact's page was created now.
    const madeNow =
      ours === undefined &&
      adopted.action !== 'failed' &&
      adopted.action !== 'conflict' &&
      resolved.page.createdBy === (await p.collaborators.store.botUserId());
    const reason =
      ours === undefined
        ? `the page was made during this run but its first write failed; written again on ${resolved.page.id}`
        : `another run created its page at the same time; kept that older page ${resolved.page.id}`;
    results[i] = {
      ...adopted,
      ...(madeNow ? { action: 'created' } : {}),
      reason:
        adopted.reason === 'unchanged' || madeNow ? reason : `${adopted.reason ?? ''}; ${reason}`,
      warnings: [
        ...(result?.warnings ?? []),
        ...adopted.warnings.filter((w) => !result?.warnings.some((r) => sameWarning(r, w))),
      ],
    };
  }
  return adoptedAt;
}

/**
 * A racer that created its page after our re-read never shows up in it, and may later trash
 * the page this run kept (a tie within created_time's minute goes to the smaller id). Until a
 * later listing shows the page still kept, the next push reads the data source instead of
 * trusting the spine, so every clone ends pointing at the survivor.
 */
function markUnconfirmed(
  pending: ArtifactRecord[],
  results: ArtifactResult[],
  adopted: ReadonlySet<number>,
  p: ProjectPush,
): void {
  const { db } = p.collaborators;
  for (const [i, record] of pending.entries()) {
    const result = results[i];
    if ((result?.action === 'created' || adopted.has(i)) && result?.page !== undefined) {
      db.setCursor(unconfirmedKey(record.idseId), result.page.id);
    }
  }
}

/** Trashes the duplicates our integration created; others are reported and left alone. */
async function removeDuplicates(
  record: ArtifactRecord,
  duplicates: RemotePage[],
  p: ProjectPush,
  warnings: ReportWarning[],
): Promise<void> {
  if (duplicates.length === 0) return;
  const bot = await p.collaborators.store.botUserId();
  for (const duplicate of duplicates) {
    if (duplicate.createdBy !== bot) {
      warnings.push(
        artifactWarning(
          record.idseId,
          `page ${duplicate.id} duplicates the older page and was not created by this integration; left alone`,
        ),
      );
    } else if (p.settings.dryRun) {
      warnings.push(artifactWarning(record.idseId, `would trash duplicate page ${duplicate.id}`));
    } else {
      await p.collaborators.store.trashPage(duplicate.id);
      warnings.push(
        artifactWarning(record.idseId, `trashed duplicate page ${duplicate.id} (kept the oldest)`),
      );
    }
  }
}

/** An artifact the run did not start because it was cancelled: the next run pushes it. */
function cancelled(record: ArtifactRecord, p: ProjectPush): ArtifactResult {
  return {
    idseId: record.idseId,
    action: 'failed',
    pageId: p.collaborators.db.getSyncMetadata(record.id)?.pageId ?? null,
    path: p.collaborators.layout.relative(record.project, record.sessionId, record.stage),
    reason: CANCELLED_REASON,
    warnings: [],
  };
}

function strip(result: ArtifactResult): ArtifactOutcome {
  const { warnings: _warnings, page: _page, pendingLinks: _links, ...outcome } = result;
  return outcome;
}
