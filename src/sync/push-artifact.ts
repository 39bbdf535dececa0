import { gfmToNotion } from '../markdown/index.js';
import type { NotionDesignStore, RemotePage, WrittenMarkdown } from '../notion/design-store.js';
import { UNSYNCED_SOURCE, encodeLedger, shortHash, type Ledger } from '../notion/ledger.js';
import {
  missingReason,
  readWholePage,
  unloadedReason,
  unsharedReason,
} from '../notion/page-markdown.js';
import { isSavedButUnavailable } from '../notion/notion-errors.js';
import { readValue } from '../notion/schema-check.js';
import type { CheckedSchema } from '../notion/schema-check.js';
import {
  PROPERTIES,
  compactId,
  desiredValues,
  toRequestValue,
  type ArtifactFacts,
} from '../notion/schema-map.js';
import type {
  ArtifactDatabase,
  ArtifactRecord,
  RemoteSnapshot,
  SyncMetadata,
} from '../spine/index.js';
import { planCreate, planUpdate, type PropertyPlan } from './property-plan.js';
import {
  artifactWarning,
  conversionLosses,
  type ArtifactOutcome,
  type ReportWarning,
  type SyncAction,
} from './report.js';
import { nestingProblem, requestLimitProblem, sourceSizeProblem } from './request-limits.js';
import { ArtifactReferences } from './push-references.js';
import { markdownHash, sameDocument, syncBaseOf, type SyncBase } from './sync-base.js';

/** One artifact to push, with what the run already knows about it. */
export interface ArtifactJob {
  record: ArtifactRecord;
  facts: ArtifactFacts;
  /** Workspace-relative path of its file. */
  path: string;
  page: RemotePage | undefined;
  sync: SyncMetadata | undefined;
  snapshot: RemoteSnapshot | undefined;
}

/** What the push of one artifact needs from the run. */
export interface PushEnvironment {
  store: NotionDesignStore;
  db: ArtifactDatabase;
  schema: CheckedSchema;
  dataSourceId: string;
  dryRun: boolean;
  force: boolean;
  /** The commit whose copy of `path` holds `content`, when there is one (the ledger's merge base). */
  commitFor(path: string, content: string): Promise<string | null>;
  /** The artifact's images and links, read and resolved for Notion. */
  references(record: ArtifactRecord, path: string): Promise<ArtifactReferences>;
}

export interface ArtifactResult extends ArtifactOutcome {
  warnings: ReportWarning[];
  /** The page now holding the artifact (for relations and the report). */
  page?: RemotePage;
  /** Links to pages this run creates were sent as they are: a second pass writes them. */
  pendingLinks?: boolean;
}

/**
 * Pushes one artifact: creates its page, or updates body and properties when (and only when)
 * they differ from what the last sync left, never over an edit made in Notion since.
 */
export async function pushArtifact(
  job: ArtifactJob,
  env: PushEnvironment,
): Promise<ArtifactResult> {
  const { record } = job;
  const oversized = sourceSizeProblem(record.content) ?? nestingProblem(record.content);
  if (oversized !== undefined) {
    return {
      idseId: record.idseId,
      action: 'failed',
      pageId: job.page?.id ?? null,
      path: job.path,
      warnings: [],
      reason: oversized,
    };
  }
  const converted = gfmToNotion(record.content);
  const warnings = conversionLosses(record.idseId, converted.warnings, { construct: true });
  const references = await env.references(record, job.path);
  warnings.push(...references.warnings);
  const values = desiredValues(job.facts);
  const status = values.get('status');
  if (
    status?.type === 'status' &&
    env.schema.statusOptions !== undefined &&
    !env.schema.statusOptions.has(status.name)
  ) {
    // Notion cannot create a status option through its API; writing it would fail the page.
    values.delete('status');
    warnings.push(
      artifactWarning(
        record.idseId,
        `Status left out: the database has no "${status.name}" option (run \`idse-sync doctor\`)`,
      ),
    );
  }
  const source = shortHash(record.content);
  const outcome = (
    action: SyncAction,
    page: RemotePage | undefined,
    reason?: string,
  ): ArtifactResult => ({
    idseId: record.idseId,
    action,
    pageId: page?.id ?? null,
    path: job.path,
    warnings,
    ...(page !== undefined ? { page } : {}),
    ...(reason !== undefined ? { reason } : {}),
  });

  if (job.page === undefined) {
    const plan = planCreate(values, env.schema);
    const send = references.sendable(undefined);
    const body = send.gfm === record.content ? converted.markdown : gfmToNotion(send.gfm).markdown;
    const tooLarge = requestLimitProblem(body, plan.request);
    if (tooLarge !== undefined) return outcome('failed', undefined, tooLarge);
    if (env.dryRun) return outcome('created', undefined);
    const created = await env.store.createPage(env.dataSourceId, plan.request, body);
    if (send.placeholders > 0) await references.attach(created.id, body);
    const rendered = (await env.store.readMarkdown(created.id)).markdown;
    // A link not written yet leaves the page short of the file: the next push writes it again.
    const ledger: Ledger = {
      source: send.unresolved ? UNSYNCED_SOURCE : source,
      markdown: markdownHash(rendered),
      commit: send.unresolved ? null : await env.commitFor(job.path, record.content),
      properties: plan.hashes,
    };
    // The page as the ledger write left it: a relation pass later in the run starts from it.
    const page = env.schema.available.has('sync')
      ? await updateProperties(
          env,
          created.id,
          { [PROPERTIES.sync.name]: ledgerValue(ledger) },
          ledger,
        )
      : created;
    remember(env, job, page, ledger, rendered, send.unresolved);
    return { ...outcome('created', page), ...(send.pending ? { pendingLinks: true } : {}) };
  }

  let page = job.page;
  const base = syncBaseOf(page, env.schema, job.snapshot, job.sync);
  const plan = await planProperties(job, env, values, base);
  warnings.push(
    ...plan.teammateEdits.map((name) =>
      artifactWarning(
        record.idseId,
        `"${name}" was changed in Notion since the last sync; left as it is`,
      ),
    ),
    ...plan.forced.map((name) =>
      artifactWarning(
        record.idseId,
        `--force overwrote "${name}", changed in Notion since the last sync`,
      ),
    ),
  );

  let rendered: string | undefined;
  let markdown = base?.markdown;
  let bodyWritten = false;
  // Notion answered warnings: what it holds is not the file, so the file is not recorded as synced.
  let lossy = false;
  // Links to artifacts without a page yet: the page is short of the file until they are written.
  let unresolved = false;
  let pendingLinks = false;
  if (base === undefined || base.source !== source) {
    const remote = await readWholePage(env.store, page.id);
    if (remote.unshared.length > 0) return outcome('failed', page, unsharedReason(remote.unshared));
    if (remote.missing.length > 0) return outcome('failed', page, missingReason(remote.missing));
    const tooDeep = nestingProblem(remote.markdown);
    if (tooDeep !== undefined) return outcome('failed', page, `the page in Notion has ${tooDeep}`);
    const remoteHash = markdownHash(remote.markdown);
    const send = references.sendable(remote.markdown);
    unresolved = send.unresolved;
    pendingLinks = send.pending;
    if (sameDocument(send.gfm, remote.markdown)) {
      markdown = remoteHash;
      rendered = remote.markdown;
    } else if (base !== undefined && remoteHash === base.markdown) {
      bodyWritten = true;
    } else if (
      base === undefined &&
      env.schema.available.has('sync') &&
      page.lastEditedBy === (await env.store.botUserId())
    ) {
      // Every write of ours carries a ledger, so a page without one that nobody edited after
      // this integration is a run stopped between the create and the ledger write: there is
      // no human edit to lose.
      bodyWritten = true;
    } else if (resolvedAgainst(env.db, record.idseId, remoteHash)) {
      // `idse-sync resolve` closed a conflict over exactly this Notion version: the file wins.
      bodyWritten = true;
    } else if (env.force) {
      bodyWritten = true;
      warnings.push(
        artifactWarning(
          record.idseId,
          '--force overwrote edits made in Notion that were never pulled',
        ),
      );
    } else {
      return outcome('conflict', page, conflictReason(env.db, record.idseId, base));
    }
    if (bodyWritten) {
      // Notion loads about 20,000 blocks of a page; a body it could not load whole cannot be
      // replaced without removing what it did not load.
      if (remote.unloaded.length > 0)
        return outcome('failed', page, unloadedReason(remote.unloaded));
      const body = gfmToNotion(send.gfm).markdown;
      const tooLarge = requestLimitProblem(body);
      if (tooLarge !== undefined) return outcome('failed', page, tooLarge);
      if (!env.dryRun) {
        const written = await replaceBody(env, page.id, send.gfm, body);
        rendered = written.markdown;
        markdown = markdownHash(rendered);
        lossy = written.warnings.length > 0;
        warnings.push(
          ...written.warnings.map((w) =>
            artifactWarning(
              record.idseId,
              `Notion changed or ignored part of the body: ${w} (not recorded as synced: the next push writes it again)`,
            ),
          ),
        );
      }
    }
    // Images the write (or a run stopped after it) left as placeholders get their files now.
    if (!env.dryRun && rendered !== undefined && ArtifactReferences.hasPlaceholders(rendered)) {
      await references.attach(page.id, rendered);
      rendered = (await env.store.readMarkdown(page.id)).markdown;
      markdown = markdownHash(rendered);
    }
  }
  const unsynced = lossy || unresolved;

  // The ledger's commit must hold the content the page holds now, whoever wrote it there; after
  // a write Notion changed, the page holds neither the file nor a commit, so the last synced
  // source stays (or none), and the next push writes the file again.
  const commit = unsynced
    ? (base?.commit ?? null)
    : base === undefined || base.source !== source || base.commit === null
      ? await env.commitFor(job.path, record.content)
      : base.commit;
  const ledger: Ledger = {
    source: unsynced ? (base?.source ?? UNSYNCED_SOURCE) : source,
    markdown: markdown ?? '',
    commit,
    properties: plan.hashes,
  };
  const request = { ...plan.request };
  const ledgerChanged =
    base === undefined || base.origin !== 'ledger' || encodeLedger(ledger) !== encodeLedger(base);
  if (env.schema.available.has('sync') && ledgerChanged) {
    request[PROPERTIES.sync.name] = ledgerValue(ledger);
  }
  const propertiesWritten = Object.keys(plan.request).length > 0;
  if (Object.keys(request).length > 0 && !env.dryRun) {
    const sendsLedger = request[PROPERTIES.sync.name] !== undefined;
    page = await updateProperties(env, page.id, request, sendsLedger ? ledger : undefined);
  }
  if (!env.dryRun) remember(env, job, page, ledger, rendered, unsynced);
  const pending = pendingLinks ? { pendingLinks: true } : {};
  if (bodyWritten || propertiesWritten) {
    const body = lossy ? 'body (Notion changed part of it)' : 'body';
    const parts = [bodyWritten ? body : '', ...Object.keys(plan.request)].filter(Boolean);
    return { ...outcome('updated', page, parts.join(', ')), ...pending };
  }
  if (request[PROPERTIES.sync.name] !== undefined) {
    return { ...outcome('skipped', page, 'unchanged; recorded the sync ledger'), ...pending };
  }
  return { ...outcome('skipped', page, 'unchanged'), ...pending };
}

async function planProperties(
  job: ArtifactJob,
  env: PushEnvironment,
  values: ReturnType<typeof desiredValues>,
  base: SyncBase | undefined,
): Promise<PropertyPlan> {
  const page = job.page as RemotePage;
  const relation = page.properties[PROPERTIES.upstream.name];
  // The page object lists 25 related pages at most; the property endpoint has them all.
  if (values.has('upstream') && relation?.has_more === true && relation.id !== undefined) {
    const ids = await env.store.relationIds(page.id, relation.id);
    return planUpdate(values, page, base, env.schema, {
      force: env.force,
      current: { upstream: { type: 'relation', ids } },
    });
  }
  return planUpdate(values, page, base, env.schema, { force: env.force });
}

/**
 * Replaces the body and returns Notion's rendering and warnings. A 503 may mean "saved, but no
 * answer": the page is read again, and if it holds the document the write counts as done.
 */
async function replaceBody(
  env: PushEnvironment,
  pageId: string,
  gfm: string,
  v2: string,
): Promise<WrittenMarkdown> {
  try {
    return await env.store.replaceMarkdown(pageId, v2);
  } catch (error) {
    if (!isSavedButUnavailable(error)) throw error;
    const now = await env.store.readMarkdown(pageId);
    if (!now.truncated && sameDocument(gfm, now.markdown))
      return { markdown: now.markdown, warnings: [] };
    throw error;
  }
}

/** Writes properties; after a 503 the page is read again, and a saved write counts as done. */
async function updateProperties(
  env: PushEnvironment,
  pageId: string,
  request: Record<string, unknown>,
  ledger: Ledger | undefined,
): Promise<RemotePage> {
  try {
    return await env.store.updateProperties(pageId, request);
  } catch (error) {
    if (!isSavedButUnavailable(error) || ledger === undefined) throw error;
    // The ledger text is unique to this write: finding it on the page proves it was applied.
    const page = await env.store.getPage(pageId);
    const onPage = readValue(page?.properties[PROPERTIES.sync.name], 'rich_text');
    if (
      page !== undefined &&
      onPage?.type === 'rich_text' &&
      onPage.text === encodeLedger(ledger)
    ) {
      return page;
    }
    throw error;
  }
}

/** True when a conflict over exactly this Notion rendering was resolved by the user. */
function resolvedAgainst(db: ArtifactDatabase, idseId: string, remoteHash: string): boolean {
  return db
    .listConflicts({ includeResolved: true })
    .some((c) => c.idseId === idseId && c.resolvedAt !== null && c.remoteHash === remoteHash);
}

function conflictReason(db: ArtifactDatabase, idseId: string, base: SyncBase | undefined): string {
  const open = db.getOpenConflict(idseId);
  if (open !== undefined) {
    return (
      `unresolved conflict since ${open.createdAt}; Notion's version is in ${open.notionCopyPath}: ` +
      `edit the file, then run \`idse-sync resolve ${idseId}\``
    );
  }
  const why =
    base === undefined
      ? 'the page has no sync history and its content differs'
      : 'the page was edited in Notion since the last sync';
  return `${why}; run \`idse-sync pull\` first (or push --force)`;
}

function ledgerValue(ledger: Ledger): Record<string, unknown> {
  return toRequestValue({ type: 'rich_text', text: encodeLedger(ledger) });
}

/** The spine's cache of the page: it saves requests next time, it never decides correctness. */
function remember(
  env: PushEnvironment,
  job: ArtifactJob,
  page: RemotePage,
  ledger: Ledger,
  rendered: string | undefined,
  lossy: boolean,
): void {
  const { db } = env;
  db.transaction(() => {
    // An unchanged artifact leaves the spine's bytes alone: no new timestamp, no git noise.
    const known = job.sync;
    const samePage = known?.pageId != null && compactId(known.pageId) === compactId(page.id);
    if (lossy) {
      // The page is known, but the file's content is not what it holds.
      if (!samePage) db.setPageId(job.record.id, page.id);
    } else if (known?.lastPushHash !== job.record.contentHash || !samePage) {
      db.recordPush(job.record.id, { hash: job.record.contentHash, pageId: page.id });
    }
    const markdown = rendered ?? job.snapshot?.markdown;
    if (markdown !== undefined && markdownHash(markdown) === ledger.markdown) {
      db.saveRemoteSnapshot(job.record.idseId, {
        markdown,
        pageId: page.id,
        propertiesHash: JSON.stringify(ledger.properties),
        lastEditedTime: page.lastEditedTime,
        ledgerCommit: ledger.commit,
      });
    } else if (job.snapshot !== undefined && env.schema.available.has('sync')) {
      // A run killed after its write left the copy of the page before it: the ledger now
      // says the page holds something else, so the stale copy goes rather than linger.
      db.deleteRemoteSnapshot(job.record.idseId);
    }
  });
}
