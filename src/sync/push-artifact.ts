import type { VersionLookup } from '../git/show-at.js';
import { gfmToNotion } from '../markdown/index.js';
import type { NotionDesignStore, RemotePage } from '../notion/design-store.js';
import { UNSYNCED_SOURCE, encodeLedger, shortHash, type Ledger } from '../notion/ledger.js';
import {
  missingReason,
  readWholePage,
  unloadedReason,
  unsharedReason,
} from '../notion/page-markdown.js';
import { isNotionCode } from '../notion/notion-errors.js';
import type { CheckedSchema } from '../notion/schema-check.js';
import { PROPERTIES, desiredValues, type ArtifactFacts } from '../notion/schema-map.js';
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
import {
  conflictReason,
  ledgerValue,
  remember,
  replaceBody,
  resolvedAgainst,
  updateProperties,
} from './push-writes.js';
import { markdownHash, sameDocument, syncBaseOf, type SyncBase } from './sync-base.js';
import type { RowRefresh } from './row-refresh.js';
import { editedLastByUs, holdsBase, respelled } from './push-facts.js';
import { decidePushAfterRead, decidePushBody, ledgerStaysUnread } from './sync-decisions.js';

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
  /** A committed version of a workspace file: the ledger's version, when the spine lacks it. */
  committedVersion?: VersionLookup;
  /** Keeps the rows a write trusts at most a bound old (row-refresh.ts). */
  rows?: RowRefresh;
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
    return createArtifactPage(job, env, { converted, references, values, source, outcome });
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
  // Asked only when it decides: a file that changed, or a write over an unchanged body.
  let byUs: Promise<boolean> | undefined;
  const lastEditedByUs = () => (byUs ??= editedLastByUs(env, page));
  // An image the page shows keeps its block (and its upload) only if the page is read first.
  const blind = references.sendable(undefined);
  const changed = base === undefined || base.source !== source;
  const bodyDecision = decidePushBody({
    base,
    source,
    respelled: changed && base !== undefined && (await respelled(env, job, base, blind)),
    lastEditedByUs: changed && (await lastEditedByUs()),
  });
  const decision = bodyDecision === 'write' && blind.placeholders > 0 ? 'read' : bodyDecision;
  let bodyCompared = decision === 'write';
  if (decision !== 'unchanged') {
    let send = blind;
    let unloaded: string[] = [];
    if (decision === 'read') {
      const remote = await readWholePage(env.store, page.id);
      if (remote.unshared.length > 0)
        return outcome('failed', page, unsharedReason(remote.unshared));
      if (remote.missing.length > 0) return outcome('failed', page, missingReason(remote.missing));
      const tooDeep = nestingProblem(remote.markdown);
      if (tooDeep !== undefined)
        return outcome('failed', page, `the page in Notion has ${tooDeep}`);
      unloaded = remote.unloaded;
      bodyCompared = true;
      const remoteHash = markdownHash(remote.markdown);
      send = references.sendable(remote.markdown);
      const after = decidePushAfterRead({
        sameAsFile: sameDocument(send.gfm, remote.markdown),
        untouched: bodyDecision === 'write',
        hasBase: base !== undefined,
        matchesBase:
          base !== undefined &&
          (remoteHash === base.markdown || (await holdsBase(env, job, base, remote.markdown))),
        oursWithoutLedger:
          base === undefined && env.schema.available.has('sync') && (await lastEditedByUs()),
        resolved: resolvedAgainst(env.db, record.idseId, remoteHash),
        force: env.force,
      });
      if (after === 'conflict')
        return outcome('conflict', page, conflictReason(env.db, record.idseId, base));
      if (after === 'record') {
        markdown = remoteHash;
        rendered = remote.markdown;
      } else bodyWritten = true;
      if (after === 'write-forced') {
        warnings.push(
          artifactWarning(
            record.idseId,
            '--force overwrote edits made in Notion that were never pulled',
          ),
        );
      }
    } else bodyWritten = true;
    unresolved = send.unresolved;
    pendingLinks = send.pending;
    if (bodyWritten) {
      // Notion loads about 20,000 blocks of a page; a body it could not load whole cannot be
      // replaced without removing what it did not load.
      if (unloaded.length > 0) return outcome('failed', page, unloadedReason(unloaded));
      const body = gfmToNotion(send.gfm).markdown;
      const tooLarge = requestLimitProblem(body);
      if (tooLarge !== undefined) return outcome('failed', page, tooLarge);
      if (!env.dryRun) {
        const written = await replaceBody(env, page.id, send.gfm, body).catch(
          async (error: unknown) => {
            // Written without a read: a refusal may be a page Notion cannot load whole.
            if (decision === 'write' && isNotionCode(error, 'validation_error')) {
              const whole = await readWholePage(env.store, page.id);
              if (whole.unshared.length > 0) return unsharedReason(whole.unshared);
              if (whole.unloaded.length > 0) return unloadedReason(whole.unloaded);
            }
            throw error;
          },
        );
        if (typeof written === 'string') return outcome('failed', page, written);
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
  let ledger: Ledger = {
    source: unsynced ? (base?.source ?? UNSYNCED_SOURCE) : source,
    markdown: markdown ?? '',
    commit,
    properties: plan.hashes,
  };
  const request = { ...plan.request };
  const differs = (next: Ledger) =>
    base === undefined || base.origin !== 'ledger' || encodeLedger(next) !== encodeLedger(base);
  if (Object.keys(request).length > 0 || differs(ledger)) {
    const unread = ledgerStaysUnread({
      bodyCompared,
      wasUnread: base?.unread === true,
      lastEditedByUs: !bodyCompared && (await lastEditedByUs()),
    });
    if (unread) ledger = { ...ledger, unread };
  }
  const ledgerChanged = differs(ledger);
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

/** What the create of a page needs from the artifact's preparation. */
interface CreateInputs {
  converted: ReturnType<typeof gfmToNotion>;
  references: ArtifactReferences;
  values: ReturnType<typeof desiredValues>;
  /** Short hash of the file's text. */
  source: string;
  outcome(action: string, page: RemotePage | undefined, reason?: string): ArtifactResult;
}

/**
 * Creates the artifact's page in one request: body, properties and ledger together; nothing is
 * read back. The ledger's markdown hash is the one of what was sent: it proves "unedited" only
 * when a later read finds exactly that, and any other rendering is compared block by block.
 */
async function createArtifactPage(
  job: ArtifactJob,
  env: PushEnvironment,
  { converted, references, values, source, outcome }: CreateInputs,
): Promise<ArtifactResult> {
  const { record } = job;
  const plan = planCreate(values, env.schema);
  const send = references.sendable(undefined);
  const body = send.gfm === record.content ? converted.markdown : gfmToNotion(send.gfm).markdown;
  // A link not written yet, or an image still a placeholder, leaves the page short of the
  // file: its ledger says so, and the next push (or the attach below) writes it again.
  const synced = !send.unresolved && send.placeholders === 0;
  const ledger: Ledger = {
    source: synced ? source : UNSYNCED_SOURCE,
    markdown: markdownHash(body),
    commit: synced ? await env.commitFor(job.path, record.content) : null,
    properties: plan.hashes,
  };
  const ledgered = env.schema.available.has('sync');
  const request = ledgered
    ? { ...plan.request, [PROPERTIES.sync.name]: ledgerValue(ledger) }
    : plan.request;
  const tooLarge = requestLimitProblem(body, request);
  if (tooLarge !== undefined) return outcome('failed', undefined, tooLarge);
  if (env.dryRun) return outcome('created', undefined);
  let page = await env.store.createPage(env.dataSourceId, request, body);
  let final = ledger;
  if (send.placeholders > 0) {
    await references.attach(page.id, body);
    if (!send.unresolved) {
      final = {
        ...ledger,
        source,
        markdown: '',
        commit: await env.commitFor(job.path, record.content),
      };
      if (ledgered) {
        page = await updateProperties(
          env,
          page.id,
          { [PROPERTIES.sync.name]: ledgerValue(final) },
          final,
        );
      }
    }
  }
  // The page now holds `body` (images aside): the spine keeps it as its copy of the page.
  remember(env, job, page, final, send.placeholders > 0 ? undefined : body, send.unresolved);
  return { ...outcome('created', page), ...(send.pending ? { pendingLinks: true } : {}) };
}
