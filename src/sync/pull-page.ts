import { existsSync } from 'node:fs';
import { applyNotionEditToGfm, gfmToNotion, notionToGfm } from '../markdown/index.js';
import type { NotionDesignStore, RemotePage } from '../notion/design-store.js';
import { encodeLedger, shortHash, type Ledger } from '../notion/ledger.js';
import type { CheckedSchema } from '../notion/schema-check.js';
import { PROPERTIES, toRequestValue } from '../notion/schema-map.js';
import { contentHash, type ArtifactDatabase, type Stage } from '../spine/index.js';
import { readArtifactText, writeFileAtomic } from '../workspace/files.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import type { ArtifactOutcome } from './report.js';
import { markdownHash, sameDocument, syncBaseOf } from './sync-base.js';

/** What pulling one page needs from the run. */
export interface PullEnvironment {
  store: NotionDesignStore;
  db: ArtifactDatabase;
  layout: WorkspaceLayout;
  schema: CheckedSchema;
  dryRun: boolean;
  /** `git show <commit>:<path>`, or null when that version is not available. */
  showAt(commit: string, path: string): Promise<string | null>;
}

export interface PulledPage extends ArtifactOutcome {
  warnings: string[];
  /** Workspace-relative path written, for `--commit`. */
  written?: string;
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
    action: string,
    reason?: string,
    extra: Partial<PulledPage> = {},
  ): PulledPage => ({
    idseId,
    action,
    pageId: page.id,
    path: relative,
    warnings: [],
    ...(reason !== undefined ? { reason } : {}),
    ...extra,
  });

  const open = db.getOpenConflict(idseId);
  if (open !== undefined) {
    return result(
      'conflict',
      `unresolved since ${open.createdAt}: edit the file, then run \`idse-sync resolve ${idseId}\``,
    );
  }
  const record = db.getArtifact(project, identity.session, identity.stage);
  const sync = record ? db.getSyncMetadata(record.id) : undefined;
  const snapshot = db.getRemoteSnapshot(idseId);
  const base = syncBaseOf(page, env.schema, snapshot, sync);
  const remote = await env.store.readMarkdown(page.id);
  if (remote.truncated) {
    return result(
      'failed',
      `the page is too large to read completely (${remote.unknownBlockIds.length} blocks not loaded)`,
    );
  }
  const remoteHash = markdownHash(remote.markdown);
  const local = existsSync(path) ? readArtifactText(path) : record?.content;

  if (base !== undefined && remoteHash === base.markdown)
    return result('skipped', 'no edit in Notion');

  if (local === undefined) {
    const converted = notionToGfm(remote.markdown);
    return write(converted.markdown, 'new artifact from Notion', base?.properties ?? {}, false);
  }
  if (sameDocument(local, remote.markdown)) {
    // Same document, other rendering (or a sync whose ledger write was lost): record it only.
    return write(
      local,
      'Notion holds the local document; recorded the sync',
      base?.properties ?? {},
      false,
    );
  }
  const localChanged = base === undefined ? !matchesSpine(local) : shortHash(local) !== base.source;
  const baseV2 = await baseMarkdown();
  if (baseV2 === undefined) {
    if (localChanged)
      return conflict('no common version to merge from (the page has no sync history)');
    // The file is what was last synced: every block that differs is Notion's edit.
  }
  const merged = applyNotionEditToGfm(
    local,
    baseV2 ?? gfmToNotion(local).markdown,
    remote.markdown,
  );
  if (merged.conflicts.length > 0) {
    const lines = merged.conflicts.map((c) => c.line).join(', ');
    return conflict(`the same blocks were edited locally and in Notion (local lines ${lines})`);
  }
  const pulled = await write(
    merged.gfm,
    localChanged ? 'merged with local edits' : undefined,
    base?.properties ?? {},
    localChanged,
  );
  pulled.warnings.push(...merged.warnings.map((w) => `${idseId} line ${w.line}: ${w.message}`));
  return pulled;

  function matchesSpine(text: string): boolean {
    const hash = contentHash(text);
    return sync?.lastPushHash === hash || sync?.lastPullHash === hash;
  }

  async function baseMarkdown(): Promise<string | undefined> {
    if (
      snapshot !== undefined &&
      base !== undefined &&
      markdownHash(snapshot.markdown) === base.markdown
    ) {
      return snapshot.markdown;
    }
    if (base?.commit) {
      const committed = await env.showAt(base.commit, relative);
      if (committed !== null && shortHash(committed) === base.source)
        return gfmToNotion(committed).markdown;
    }
    return undefined;
  }

  async function conflict(reason: string): Promise<PulledPage> {
    const copy = layout.conflictPath(project, identity.session, identity.stage);
    if (!env.dryRun) {
      writeFileAtomic(copy, notionToGfm(remote.markdown).markdown);
      db.recordConflict({
        idseId,
        notionCopyPath: layout.relativePath(copy),
        localHash: contentHash(local ?? ''),
        remoteHash,
      });
    }
    return result('conflict', `${reason}; Notion's version is in ${layout.relativePath(copy)}`);
  }

  async function write(
    content: string,
    reason: string | undefined,
    properties: Record<string, string>,
    keepSource: boolean,
  ): Promise<PulledPage> {
    const changed = content !== local;
    if (env.dryRun) return result(changed ? 'pulled' : 'skipped', reason);
    if (changed) writeFileAtomic(path, content);
    const { record: saved } = db.saveArtifact({
      project,
      session: identity.session,
      stage: identity.stage,
      content,
    });
    db.recordPull(saved.id, { hash: contentHash(content), remoteId: page.id });
    db.saveRemoteSnapshot(idseId, {
      markdown: remote.markdown,
      remoteId: page.id,
      propertiesHash: JSON.stringify(properties),
      lastEditedTime: page.lastEditedTime,
      ledgerCommit: null,
    });
    if (env.schema.available.has('sync')) {
      // The page holds Notion's version; with local edits merged in, the file is ahead of it
      // and the next push sends the merge.
      const ledger: Ledger = {
        source: keepSource && base !== undefined ? base.source : shortHash(content),
        markdown: remoteHash,
        commit: null,
        properties,
      };
      await env.store.updateProperties(page.id, {
        [PROPERTIES.sync.name]: toRequestValue({ type: 'rich_text', text: encodeLedger(ledger) }),
      });
    }
    return result(changed ? 'pulled' : 'skipped', reason, changed ? { written: relative } : {});
  }
}
