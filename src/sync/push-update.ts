import { gfmToNotion } from '../markdown/index.js';
import type { RemotePage, WrittenMarkdown } from '../notion/design-store.js';
import { UNSYNCED_SOURCE, encodeLedger, type Ledger } from '../notion/ledger.js';
import {
  missingReason,
  readWholePage,
  unloadedReason,
  unsharedReason,
} from '../notion/page-markdown.js';
import { isNotionCode } from '../notion/notion-errors.js';
import { PROPERTIES, type desiredValues } from '../notion/schema-map.js';
import { planUpdate, type PropertyPlan } from './property-plan.js';
import type { ArtifactJob, ArtifactResult, PreparedArtifact } from './push-artifact.js';
import { editedLastByUs, holdsBase, respelled } from './push-facts.js';
import { ArtifactReferences } from './push-references.js';
import {
  conflictReason,
  ledgerValue,
  remember,
  replaceBody,
  resolvedAgainst,
  updateProperties,
} from './push-writes.js';
import type { PushCollaborators, PushSettings } from './push.js';
import { artifactWarning } from './report.js';
import { nestingProblem, requestLimitProblem } from './request-limits.js';
import { markdownHash, sameDocument, syncBaseOf, type SyncBase } from './sync-base.js';
import {
  decidePushAfterRead,
  decidePushBody,
  ledgerStaysUnread,
  type PushBodyDecision,
} from './sync-decisions.js';

// The update of a page that exists: the body step (decide from the ledger, read when it must,
// write) and the record step (properties and ledger in one write, the spine's copy). The
// decisions themselves are pure functions in sync-decisions.ts.

/** One update of an existing page, as its steps share it. */
interface PageUpdate {
  job: ArtifactJob;
  page: RemotePage;
  settings: PushSettings;
  c: PushCollaborators;
  prepared: PreparedArtifact;
  base: SyncBase | undefined;
  /** Asked only when it decides: a file that changed, or a write over an unchanged body. */
  lastEditedByUs(): Promise<boolean>;
}

/** Where the body stands after the body step: what the ledger and the spine record. */
interface BodyState {
  /** Hash of the page's rendering for the ledger: the last sync's when the body was left alone. */
  markdown: string | undefined;
  /** The page's rendering, when this push read or wrote it. */
  rendered: string | undefined;
  written: boolean;
  /** The page's body was compared with the file (read, or written over a body only we edited). */
  compared: boolean;
  /** Notion answered warnings: what it holds is not the file, so the file is not recorded as synced. */
  lossy: boolean;
  /** Links to artifacts without a page yet: the page is short of the file until they are written. */
  unresolved: boolean;
  pendingLinks: boolean;
}

/** Updates an existing page: the body step, then the record step (properties, ledger, spine). */
export async function updateArtifactPage(
  job: ArtifactJob,
  page: RemotePage,
  settings: PushSettings,
  c: PushCollaborators,
  prepared: PreparedArtifact,
): Promise<ArtifactResult> {
  const { idseId } = job.record;
  const base = syncBaseOf(page, job.database.schema, job.snapshot, job.sync);
  const plan = await planProperties(job, page, c, settings.force, prepared.values, base);
  prepared.warnings.push(
    ...plan.teammateEdits.map((name) =>
      artifactWarning(idseId, `"${name}" was changed in Notion since the last sync; left as it is`),
    ),
    ...plan.forced.map((name) =>
      artifactWarning(idseId, `--force overwrote "${name}", changed in Notion since the last sync`),
    ),
  );
  let byUs: Promise<boolean> | undefined;
  const update: PageUpdate = {
    job,
    page,
    settings,
    c,
    prepared,
    base,
    lastEditedByUs: () => (byUs ??= editedLastByUs(c.store, page)),
  };
  const body = await updateBody(update);
  if (!('written' in body)) return body;
  return recordUpdate(update, plan, body);
}

/**
 * The body step: decides from the ledger whether the body is unchanged, written without a read
 * (only we edited the page since our last write) or read first, then carries that out.
 */
async function updateBody(u: PageUpdate): Promise<BodyState | ArtifactResult> {
  const { job, page, base, prepared, settings } = u;
  // An image the page shows keeps its block (and its upload) only if the page is read first.
  const blind = prepared.references.sendable(undefined);
  const changed = base === undefined || base.source !== prepared.source;
  const bodyDecision = decidePushBody({
    base,
    source: prepared.source,
    respelled: changed && base !== undefined && (await respelled(u.c, job, base, blind)),
    lastEditedByUs: changed && (await u.lastEditedByUs()),
  });
  const decision = bodyDecision === 'write' && blind.placeholders > 0 ? 'read' : bodyDecision;
  const state: BodyState = {
    markdown: base?.markdown,
    rendered: undefined,
    written: false,
    compared: decision === 'write',
    lossy: false,
    unresolved: false,
    pendingLinks: false,
  };
  if (decision === 'unchanged') return state;
  let send = blind;
  let unloaded: string[] = [];
  if (decision === 'read') {
    const read = await readAndCompare(u, bodyDecision);
    if (!('send' in read)) return read;
    ({ send, unloaded } = read);
    state.compared = true;
    if (read.holds !== undefined) {
      state.markdown = markdownHash(read.holds);
      state.rendered = read.holds;
    } else state.written = true;
  } else state.written = true;
  state.unresolved = send.unresolved;
  state.pendingLinks = send.pending;
  if (state.written) {
    const written = await writeBody(u, send.gfm, unloaded, decision);
    if (written !== undefined && 'action' in written) return written;
    if (written !== undefined) {
      state.rendered = written.markdown;
      state.markdown = markdownHash(written.markdown);
      state.lossy = written.warnings.length > 0;
      prepared.warnings.push(
        ...written.warnings.map((w) =>
          artifactWarning(
            job.record.idseId,
            `Notion changed or ignored part of the body: ${w} (not recorded as synced: the next push writes it again)`,
          ),
        ),
      );
    }
  }
  // Images the write (or a run stopped after it) left as placeholders get their files now.
  const rendered = state.rendered;
  if (!settings.dryRun && rendered !== undefined && ArtifactReferences.hasPlaceholders(rendered)) {
    await prepared.references.attach(page.id, rendered);
    state.rendered = (await u.c.store.readMarkdown(page.id)).markdown;
    state.markdown = markdownHash(state.rendered);
  }
  return state;
}

/**
 * Reads the page whole and decides from what it holds: the file already (record it), our last
 * write or an edit resolved or forced over (write), or someone else's edit (a conflict).
 */
async function readAndCompare(
  u: PageUpdate,
  bodyDecision: PushBodyDecision,
): Promise<
  | ArtifactResult
  | { send: ReturnType<ArtifactReferences['sendable']>; unloaded: string[]; holds?: string }
> {
  const { job, page, base, prepared, c } = u;
  const { outcome } = prepared;
  const remote = await readWholePage(c.store, page.id);
  if (remote.unshared.length > 0) return outcome('failed', page, unsharedReason(remote.unshared));
  if (remote.missing.length > 0) return outcome('failed', page, missingReason(remote.missing));
  const tooDeep = nestingProblem(remote.markdown);
  if (tooDeep !== undefined) return outcome('failed', page, `the page in Notion has ${tooDeep}`);
  const remoteHash = markdownHash(remote.markdown);
  const send = prepared.references.sendable(remote.markdown);
  const after = decidePushAfterRead({
    sameAsFile: sameDocument(send.gfm, remote.markdown),
    untouched: bodyDecision === 'write',
    hasBase: base !== undefined,
    matchesBase:
      base !== undefined &&
      (remoteHash === base.markdown || (await holdsBase(c, job, base, remote.markdown))),
    oursWithoutLedger:
      base === undefined && job.database.schema.available.has('sync') && (await u.lastEditedByUs()),
    resolved: resolvedAgainst(c.db, job.record.idseId, remoteHash),
    force: u.settings.force,
  });
  if (after === 'conflict')
    return outcome('conflict', page, conflictReason(c.db, job.record.idseId, base));
  if (after === 'write-forced') {
    prepared.warnings.push(
      artifactWarning(
        job.record.idseId,
        '--force overwrote edits made in Notion that were never pulled',
      ),
    );
  }
  return {
    send,
    unloaded: remote.unloaded,
    ...(after === 'record' ? { holds: remote.markdown } : {}),
  };
}

/** Replaces the body (not on a dry run); a failure the page explains is the artifact's outcome. */
async function writeBody(
  u: PageUpdate,
  gfm: string,
  unloaded: string[],
  decision: PushBodyDecision,
): Promise<ArtifactResult | WrittenMarkdown | undefined> {
  const { page, prepared, c } = u;
  // Notion loads about 20,000 blocks of a page; a body it could not load whole cannot be
  // replaced without removing what it did not load.
  if (unloaded.length > 0) return prepared.outcome('failed', page, unloadedReason(unloaded));
  const body = gfmToNotion(gfm).markdown;
  const tooLarge = requestLimitProblem(body);
  if (tooLarge !== undefined) return prepared.outcome('failed', page, tooLarge);
  if (u.settings.dryRun) return undefined;
  const written = await replaceBody(c.store, page.id, gfm, body).catch(async (error: unknown) => {
    // Written without a read: a refusal may be a page Notion cannot load whole.
    if (decision === 'write' && isNotionCode(error, 'validation_error')) {
      const whole = await readWholePage(c.store, page.id);
      if (whole.unshared.length > 0) return unsharedReason(whole.unshared);
      if (whole.unloaded.length > 0) return unloadedReason(whole.unloaded);
    }
    throw error;
  });
  return typeof written === 'string' ? prepared.outcome('failed', page, written) : written;
}

/**
 * The record step: the new ledger goes in the one properties write (with any changed
 * property), and the spine remembers the page.
 */
async function recordUpdate(
  u: PageUpdate,
  plan: PropertyPlan,
  body: BodyState,
): Promise<ArtifactResult> {
  const { job, base, settings, c, prepared } = u;
  const { record } = job;
  const unsynced = body.lossy || body.unresolved;
  // The ledger's commit must hold the content the page holds now, whoever wrote it there; after
  // a write Notion changed, the page holds neither the file nor a commit, so the last synced
  // source stays (or none), and the next push writes the file again.
  const commit = unsynced
    ? (base?.commit ?? null)
    : base === undefined || base.source !== prepared.source || base.commit === null
      ? await c.commitFor(job.path, record.content)
      : base.commit;
  let ledger: Ledger = {
    source: unsynced ? (base?.source ?? UNSYNCED_SOURCE) : prepared.source,
    markdown: body.markdown ?? '',
    commit,
    properties: plan.hashes,
  };
  const request = { ...plan.request };
  const differs = (next: Ledger) =>
    base === undefined || base.origin !== 'ledger' || encodeLedger(next) !== encodeLedger(base);
  if (Object.keys(request).length > 0 || differs(ledger)) {
    const unread = ledgerStaysUnread({
      bodyCompared: body.compared,
      wasUnread: base?.unread === true,
      lastEditedByUs: !body.compared && (await u.lastEditedByUs()),
    });
    if (unread) ledger = { ...ledger, unread };
  }
  if (job.database.schema.available.has('sync') && differs(ledger)) {
    request[PROPERTIES.sync.name] = ledgerValue(ledger);
  }
  let page = u.page;
  if (Object.keys(request).length > 0 && !settings.dryRun) {
    const sendsLedger = request[PROPERTIES.sync.name] !== undefined;
    page = await updateProperties(c.store, page.id, request, sendsLedger ? ledger : undefined);
  }
  if (!settings.dryRun) remember(c.db, job, page, ledger, body.rendered, unsynced);
  const pending = body.pendingLinks ? { pendingLinks: true } : {};
  if (body.written || Object.keys(plan.request).length > 0) {
    const written = body.lossy ? 'body (Notion changed part of it)' : 'body';
    const parts = [body.written ? written : '', ...Object.keys(plan.request)].filter(Boolean);
    return { ...prepared.outcome('updated', page, parts.join(', ')), ...pending };
  }
  if (request[PROPERTIES.sync.name] !== undefined) {
    return {
      ...prepared.outcome('skipped', page, 'unchanged; recorded the sync ledger'),
      ...pending,
    };
  }
  return { ...prepared.outcome('skipped', page, 'unchanged'), ...pending };
}

async function planProperties(
  job: ArtifactJob,
  page: RemotePage,
  c: PushCollaborators,
  force: boolean,
  values: ReturnType<typeof desiredValues>,
  base: SyncBase | undefined,
): Promise<PropertyPlan> {
  const { schema } = job.database;
  const relation = page.properties[PROPERTIES.upstream.name];
  // The page object lists 25 related pages at most; the property endpoint has them all.
  if (values.has('upstream') && relation?.has_more === true && relation.id !== undefined) {
    const ids = await c.store.relationIds(page.id, relation.id);
    return planUpdate(values, page, base, schema, {
      force,
      current: { upstream: { type: 'relation', ids } },
    });
  }
  return planUpdate(values, page, base, schema, { force });
}
