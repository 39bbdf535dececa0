import { existsSync } from 'node:fs';
import type { VersionLookup } from '../git/show-at.js';
import { applyNotionEditToGfm, gfmToNotion, notionToGfm } from '../markdown/index.js';
import type { BlockConflict } from '../markdown/index.js';
import type { NotionDesignStore, RemotePage } from '../notion/design-store.js';
import { encodeLedger, shortHash, type Ledger } from '../notion/ledger.js';
import { missingReason, readWholePage, unsharedReason } from '../notion/page-markdown.js';
import { readValue, type CheckedSchema } from '../notion/schema-check.js';
import { PROPERTIES, valueKey } from '../notion/schema-map.js';
import { contentHash, type ArtifactDatabase, type Stage } from '../spine/index.js';
import { readArtifactText, writeFileAtomic } from '../workspace/files.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import {
  conversionLosses,
  type ArtifactOutcome,
  type ReportWarning,
  type SyncAction,
} from './report.js';
import type { PullReferences } from './pull-references.js';
import { nestingProblem } from './request-limits.js';
import { markdownHash, sameDocument, syncBaseOf, type SyncBase } from './sync-base.js';
import { decidePullPage, pullNeedsRead } from './sync-decisions.js';

/** What pulling one page needs from the run. */
export interface PullEnvironment {
  store: NotionDesignStore;
  db: ArtifactDatabase;
  layout: WorkspaceLayout;
  schema: CheckedSchema;
  dryRun: boolean;
  /** A committed version of a workspace file (the merge base), or null. */
  committedVersion: VersionLookup;
  /** Reads Notion's addresses (hosted images, page links) back into the file's references. */
  references: PullReferences;
}

export interface PulledPage extends ArtifactOutcome {
  warnings: ReportWarning[];
  /** Workspace-relative paths written (the artifact file, a conflict copy), for `--commit`. */
  written: string[];
  /**
   * The ledger to write on the page once files and spine are done (the run writes it, after
   * its commit when it makes one): what the page now holds in sync terms.
   */
  ledger?: Ledger;
  /** The file now holds what the page holds: the commit of this pull is its merge base. */
  ledgerTakesCommit?: boolean;
  /** The artifact was made from the page in this pull. */
  created?: boolean;
}

/**
 * Brings one page's edits into its artifact file: only the blocks Notion changed are replaced,
 * every other byte is kept; blocks changed on both sides are a conflict (the file is left as
 * it is and Notion's version is saved beside it).
 */
export async function pullPage(
  project: string,
  identity: { session: string; stage: Stage },
  page: RemotePage,
  env: PullEnvironment,
): Promise<PulledPage> {
  const { db, layout } = env;
  const idseId = `${project}::${identity.session}::${identity.stage}`;
  const path = layout.artifactPath(project, identity.session, identity.stage);
  const relative = layout.relative(project, identity.session, identity.stage);
  const result = (
    action: SyncAction,
    reason?: string,
    extra: Partial<PulledPage> = {},
  ): PulledPage => ({
    idseId,
    action,
    pageId: page.id,
    path: relative,
    warnings: [],
    written: [],
    ...(reason !== undefined ? { reason } : {}),
    ...extra,
  });

  const record = db.getArtifact(project, identity.session, identity.stage);
  const sync = record ? db.getSyncMetadata(record.id) : undefined;
  const snapshot = db.getRemoteSnapshot(idseId);
  const base = syncBaseOf(page, env.schema, snapshot, sync);
  const local = existsSync(path) ? readArtifactText(path, layout.root) : record?.content;
  const facts = {
    hasLedger: base?.origin === 'ledger',
    ledgerUnread: base?.unread === true,
    localExists: local !== undefined,
    openConflict: db.getOpenConflict(idseId) !== undefined,
  };
  // The bot user is asked for only when it is the last fact left to decide on.
  const maybeQuiet = !pullNeedsRead({ ...facts, lastEditedByUs: true });
  if (maybeQuiet && !pullNeedsRead({ ...facts, lastEditedByUs: await editedLastByUs(env, page) })) {
    return result('skipped', 'no edit in Notion');
  }
  const remote = await readWholePage(env.store, page.id);
  if (remote.unshared.length > 0) return result('failed', unsharedReason(remote.unshared));
  if (remote.missing.length > 0) return result('failed', missingReason(remote.missing));
  const tooDeep = nestingProblem(remote.markdown);
  if (tooDeep !== undefined) return result('failed', `the page has ${tooDeep}`);
  const localTooDeep = local === undefined ? undefined : nestingProblem(local);
  if (localTooDeep !== undefined) return result('failed', `the file has ${localTooDeep}`);
  const remoteHash = markdownHash(remote.markdown);
  // The page in the file's terms: its images and links as the file refers to them.
  const localizer = env.references.forArtifact({ ...identity, project, path: relative, local });
  let viewed: Promise<string> | undefined;
  const remoteView = () => (viewed ??= localizer.localize(remote.markdown));
  const open = db.getOpenConflict(idseId);
  const decision = decidePullPage({
    openConflict: open === undefined ? undefined : { sameVersion: open.remoteHash === remoteHash },
    localExists: local !== undefined,
    holdsBase: base !== undefined && remoteHash === base.markdown,
    ledgerUnread: base?.origin === 'ledger' && base.unread === true,
    resolved: resolvedAgainst(db, idseId, remoteHash),
  });
  const unresolved = `unresolved since ${open?.createdAt}: edit the file, then run \`idse-sync resolve ${idseId}\``;
  switch (decision) {
    case 'conflict-open':
      return result('conflict', `${unresolved}; Notion's version is in ${open?.notionCopyPath}`);
    case 'conflict-refresh':
      // Edited again in Notion: the copy to resolve from must be the latest version.
      return conflict(`${unresolved}; Notion's version changed again`);
    case 'new-artifact':
      return newArtifact();
    case 'no-edit':
      return result('skipped', 'no edit in Notion');
    case 'no-edit-record': {
      // A ledger written over an edit nobody compared: compared now, it is made whole again.
      const { origin: _origin, unread: _unread, ...compared } = base as SyncBase;
      return result('skipped', 'no edit in Notion', { ledger: compared, ledgerTakesCommit: false });
    }
    case 'resolved':
      // `resolve` closed a conflict over exactly this Notion version: the file is the answer.
      return result(
        'skipped',
        'conflict resolved over this Notion version; the next push writes the file',
      );
    case 'compare':
      break;
  }
  if (local === undefined) return newArtifact();
  if (sameDocument(local, await remoteView())) {
    // Same document, other rendering (or a sync whose ledger write was lost): record it only.
    return write(local, 'Notion holds the local document; recorded the sync', baseHashes(), {
      keepSource: false,
    });
  }
  const bytesChanged = base === undefined ? !matchesSpine(local) : shortHash(local) !== base.source;
  const baseV2 = await baseMarkdown(base);
  // In the canonical form: a file that differs from the base in presentation only (or in its
  // comments, which are never sent) holds no local edit.
  const localChanged = bytesChanged && (baseV2 === undefined || !sameDocument(local, baseV2));
  if (baseV2 === undefined && localChanged) {
    return conflict('no common version to merge from (the page has no sync history here)');
  }
  // Without a base, the file is what was last synced: every block that differs is Notion's edit.
  const merged = applyNotionEditToGfm(
    local,
    baseV2 === undefined ? gfmToNotion(local).markdown : await localizer.localize(baseV2),
    await remoteView(),
  );
  // The same edit made on both sides is no conflict: the merge lands it once.
  if (merged.conflicts.length > 0) {
    const lines = merged.conflicts.map((c) => `${c.line} ${OVERLAP[c.reason]}`).join(', ');
    return conflict(`the same blocks were edited locally and in Notion (local lines ${lines})`);
  }
  const pulled = write(
    merged.gfm,
    localChanged ? 'merged with local edits' : undefined,
    baseHashes(),
    { keepSource: localChanged },
  );
  pulled.warnings.push(...conversionLosses(idseId, merged.warnings, { construct: false }));
  return pulled;

  /** No file and no spine row here: the page becomes the artifact. */
  async function newArtifact(): Promise<PulledPage> {
    if (base !== undefined) {
      // The page holds a synced version: its committed text keeps the other machine's bytes.
      const committed = await env.committedVersion(
        relative,
        (text) => shortHash(text) === base.source,
        base.commit,
      );
      const holds =
        committed !== null &&
        (remoteHash === base.markdown || sameDocument(committed, await remoteView()));
      if (committed !== null && holds) {
        const made = write(committed, 'written from git: the page holds it', base.properties, {
          keepSource: false,
          commit: base.commit,
        });
        return { ...made, created: true };
      }
    }
    const converted = notionToGfm(await remoteView());
    const made = write(
      converted.markdown,
      'new artifact from Notion',
      base?.properties ?? newPageHashes(),
      { keepSource: false },
    );
    made.warnings.push(...conversionLosses(idseId, converted.warnings, { construct: false }));
    return { ...made, created: true };
  }

  function matchesSpine(text: string): boolean {
    const hash = contentHash(text);
    return sync?.lastPushHash === hash || sync?.lastPullHash === hash;
  }

  /** What Notion held after the last sync, as v2: the spine's copy, else the committed file. */
  async function baseMarkdown(at: SyncBase | undefined): Promise<string | undefined> {
    if (at === undefined) return undefined;
    if (snapshot !== undefined && markdownHash(snapshot.markdown) === at.markdown) {
      return snapshot.markdown;
    }
    const committed = await env.committedVersion(
      relative,
      (text) => shortHash(text) === at.source,
      at.commit,
    );
    return committed === null ? undefined : gfmToNotion(committed).markdown;
  }

  function baseHashes(): Record<string, string> {
    return base?.properties ?? {};
  }

  /**
   * A page made in Notion: its Stage and Upstream are the artifact's own; any other value on
   * it was set by a person, never by us, so a push leaves it as it is and says so.
   */
  function newPageHashes(): Record<string, string> {
    const hashes: Record<string, string> = {};
    for (const [key, spec] of Object.entries(PROPERTIES) as [
      keyof typeof PROPERTIES,
      (typeof PROPERTIES)[keyof typeof PROPERTIES],
    ][]) {
      if (spec.mode === 'create_only' || spec.mode === 'ledger') continue;
      if (!env.schema.available.has(key)) continue;
      const value = readValue(page.properties[spec.name], spec.type);
      if (value === undefined || (value.type === 'relation' && value.ids.length === 0)) continue;
      const own = key === 'stage' || key === 'upstream';
      hashes[spec.name] = shortHash(own ? valueKey(value) : '');
    }
    return hashes;
  }

  async function conflict(reason: string): Promise<PulledPage> {
    const copy = layout.conflictPath(project, identity.session, identity.stage);
    const copyPath = layout.relativePath(copy);
    if (env.dryRun) return result('conflict', `${reason}; Notion's version would be saved`);
    writeFileAtomic(copy, notionToGfm(await remoteView()).markdown, layout.root, db.probe);
    db.recordConflict({
      idseId,
      notionCopyPath: copyPath,
      localHash: contentHash(local ?? ''),
      remoteHash,
    });
    return result('conflict', `${reason}; Notion's version is in ${copyPath}`, {
      written: [copyPath],
    });
  }

  function write(
    content: string,
    reason: string | undefined,
    properties: Record<string, string>,
    options: { keepSource: boolean; commit?: string | null },
  ): PulledPage {
    const changed = content !== local;
    if (env.dryRun) return result(changed ? 'pulled' : 'skipped', reason);
    if (changed) writeFileAtomic(path, content, layout.root, db.probe);
    db.transaction(() => {
      const { record: saved } = db.saveArtifact({
        project,
        session: identity.session,
        stage: identity.stage,
        content,
      });
      // With local edits merged in, the page does not hold the file: the pull fields keep the
      // version last synced, which is the base a spine without a ledger pushes the merge from.
      if (!options.keepSource) {
        db.recordPull(saved.id, { hash: contentHash(content), pageId: page.id });
      }
      db.saveRemoteSnapshot(idseId, {
        markdown: remote.markdown,
        pageId: page.id,
        propertiesHash: JSON.stringify(properties),
        lastEditedTime: page.lastEditedTime,
        ledgerCommit: options.keepSource ? (base?.commit ?? null) : (options.commit ?? null),
      });
    });
    const extra: Partial<PulledPage> = changed ? { written: [relative] } : {};
    if (env.schema.available.has('sync')) {
      // The page holds Notion's version. With local edits merged in, the file is ahead of it:
      // the ledger keeps the last synced source (and its commit), so the next push sends the
      // merge. Otherwise the file is what the page holds: the run fills in the commit of the
      // pull when it makes one, else the next pull finds the version in the file's history.
      const keep = options.keepSource && base !== undefined;
      const ledger: Ledger = {
        source: keep ? base.source : shortHash(content),
        markdown: remoteHash,
        commit: keep ? base.commit : (options.commit ?? null),
        properties,
      };
      const unchanged = base?.origin === 'ledger' && encodeLedger(ledger) === encodeLedger(base);
      if (!unchanged) {
        extra.ledger = ledger;
        extra.ledgerTakesCommit = !options.keepSource && options.commit === undefined;
      }
    }
    return result(changed ? 'pulled' : 'skipped', reason, extra);
  }
}

/** The query row names this integration as the page's last editor. */
async function editedLastByUs(env: PullEnvironment, page: RemotePage): Promise<boolean> {
  return page.lastEditedBy !== '' && page.lastEditedBy === (await env.store.botUserId());
}

function resolvedAgainst(db: ArtifactDatabase, idseId: string, remoteHash: string): boolean {
  return db
    .listConflicts({ includeResolved: true })
    .some((c) => c.idseId === idseId && c.resolvedAt !== null && c.remoteHash === remoteHash);
}

/** How each kind of overlap reads in a conflict's reason. */
const OVERLAP: Record<BlockConflict['reason'], string> = {
  'both-edited': 'edited on both sides',
  'edited-locally-deleted-in-notion': 'edited locally, deleted in Notion',
  'deleted-locally-edited-in-notion': 'deleted locally, edited in Notion',
  'both-inserted': 'different blocks added at the same place',
  'inserted-elsewhere': 'added in Notion where the file added it elsewhere',
};
