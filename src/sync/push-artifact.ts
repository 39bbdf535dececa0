import { gfmToNotion } from '../markdown/index.js';
import type { RemotePage } from '../notion/design-store.js';
import { UNSYNCED_SOURCE, shortHash, type Ledger } from '../notion/ledger.js';
import { PROPERTIES, desiredValues, type ArtifactFacts } from '../notion/schema-map.js';
import type { ArtifactRecord, RemoteSnapshot, SyncMetadata } from '../spine/index.js';
import { planCreate } from './property-plan.js';
import type { PushCollaborators, PushSettings } from './push.js';
import type { ArtifactReferences } from './push-references.js';
import { updateArtifactPage } from './push-update.js';
import { ledgerValue, remember, updateProperties } from './push-writes.js';
import {
  artifactWarning,
  conversionLosses,
  type ArtifactOutcome,
  type ReportWarning,
  type SyncAction,
} from './report.js';
import { nestingProblem, requestLimitProblem, sourceSizeProblem } from './request-limits.js';
import { markdownHash } from './sync-base.js';
import type { OpenedDatabase } from './targets.js';

/** One artifact to push, with what the run already knows about it. */
export interface ArtifactJob {
  record: ArtifactRecord;
  facts: ArtifactFacts;
  /** Workspace-relative path of its file. */
  path: string;
  page: RemotePage | undefined;
  sync: SyncMetadata | undefined;
  snapshot: RemoteSnapshot | undefined;
  /** The database of the artifact's project. */
  database: OpenedDatabase;
  /** The artifact's images and links, read and resolved for Notion. */
  references(): Promise<ArtifactReferences>;
}

export interface ArtifactResult extends ArtifactOutcome {
  warnings: ReportWarning[];
  /** The page now holding the artifact (for relations and the report). */
  page?: RemotePage;
  /** Links to pages this run creates were sent as they are: a second pass writes them. */
  pendingLinks?: boolean;
}

/** What every step of one artifact's push starts from: the file converted, its values, its report. */
export interface PreparedArtifact {
  converted: ReturnType<typeof gfmToNotion>;
  references: ArtifactReferences;
  values: ReturnType<typeof desiredValues>;
  /** Short hash of the file's text. */
  source: string;
  warnings: ReportWarning[];
  outcome(action: SyncAction, page: RemotePage | undefined, reason?: string): ArtifactResult;
}

/**
 * Pushes one artifact: creates its page, or updates body and properties when (and only when)
 * they differ from what the last sync left, never over an edit made in Notion since.
 */
export async function pushArtifact(
  job: ArtifactJob,
  settings: PushSettings,
  c: PushCollaborators,
): Promise<ArtifactResult> {
  const prepared = await prepareArtifact(job);
  if (!('converted' in prepared)) return prepared;
  if (job.page === undefined) return createArtifactPage(job, settings, c, prepared);
  return updateArtifactPage(job, job.page, settings, c, prepared);
}

/** Refuses what Notion could not take, converts the file and settles the values to send. */
async function prepareArtifact(job: ArtifactJob): Promise<PreparedArtifact | ArtifactResult> {
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
  const references = await job.references();
  warnings.push(...references.warnings);
  const values = desiredValues(job.facts);
  const status = values.get('status');
  const { statusOptions } = job.database.schema;
  if (status?.type === 'status' && statusOptions !== undefined && !statusOptions.has(status.name)) {
    // Notion cannot create a status option through its API; writing it would fail the page.
    values.delete('status');
    warnings.push(
      artifactWarning(
        record.idseId,
        `Status left out: the database has no "${status.name}" option (run \`idse-sync doctor\`)`,
      ),
    );
  }
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
  return { converted, references, values, source: shortHash(record.content), warnings, outcome };
}

/**
 * The create step: the artifact's page in one request, body, properties and ledger together;
 * nothing is read back. The ledger's markdown hash is the one of what was sent: it proves
 * "unedited" only when a later read finds exactly that, and any other rendering is compared
 * block by block.
 */
async function createArtifactPage(
  job: ArtifactJob,
  settings: PushSettings,
  c: PushCollaborators,
  { converted, references, values, source, outcome }: PreparedArtifact,
): Promise<ArtifactResult> {
  const { record } = job;
  const { schema, dataSourceId } = job.database;
  const plan = planCreate(values, schema);
  const send = references.sendable(undefined);
  const body = send.gfm === record.content ? converted.markdown : gfmToNotion(send.gfm).markdown;
  // A link not written yet, or an image still a placeholder, leaves the page short of the
  // file: its ledger says so, and the next push (or the attach below) writes it again.
  const synced = !send.unresolved && send.placeholders === 0;
  const ledger: Ledger = {
    source: synced ? source : UNSYNCED_SOURCE,
    markdown: markdownHash(body),
    commit: synced ? await c.commitFor(job.path, record.content) : null,
    properties: plan.hashes,
  };
  const ledgered = schema.available.has('sync');
  const request = ledgered
    ? { ...plan.request, [PROPERTIES.sync.name]: ledgerValue(ledger) }
    : plan.request;
  const tooLarge = requestLimitProblem(body, request);
  if (tooLarge !== undefined) return outcome('failed', undefined, tooLarge);
  if (settings.dryRun) return outcome('created', undefined);
  let page = await c.store.createPage(dataSourceId, request, body);
  let final = ledger;
  if (send.placeholders > 0) {
    await references.attach(page.id, body);
    if (!send.unresolved) {
      final = {
        ...ledger,
        source,
        markdown: '',
        commit: await c.commitFor(job.path, record.content),
      };
      if (ledgered) {
        page = await updateProperties(
          c.store,
          page.id,
          { [PROPERTIES.sync.name]: ledgerValue(final) },
          final,
        );
      }
    }
  }
  // The page now holds `body` (images aside): the spine keeps it as its copy of the page.
  remember(c.db, job, page, final, send.placeholders > 0 ? undefined : body, send.unresolved);
  return { ...outcome('created', page), ...(send.pending ? { pendingLinks: true } : {}) };
}
