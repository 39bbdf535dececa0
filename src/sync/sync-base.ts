import { gfmBlocks, normalizeForHash, notionBlocks } from '../markdown/index.js';
import type { RemotePage } from '../notion/design-store.js';
import { parseLedger, shortHash, type Ledger } from '../notion/ledger.js';
import type { CheckedSchema } from '../notion/schema-check.js';
import { readValue } from '../notion/schema-check.js';
import { PROPERTIES, compactId } from '../notion/schema-map.js';
import type { RemoteSnapshot, SyncMetadata } from '../spine/index.js';

/** What a page held right after the last sync, by whichever record we have of it. */
export interface SyncBase extends Ledger {
  /** From the page's own Sync ledger (shared by every machine) or only from our spine. */
  origin: 'ledger' | 'spine';
}

/** Hash of Notion's rendering as the ledger keeps it. */
export function markdownHash(v2: string): string {
  return shortHash(normalizeForHash(v2));
}

/**
 * The ledger on the page when the database has the Sync property; otherwise what this
 * machine's spine remembers of the same page (single-machine mode). Undefined: no history.
 */
export function syncBaseOf(
  page: RemotePage,
  schema: CheckedSchema,
  snapshot: RemoteSnapshot | undefined,
  sync: SyncMetadata | undefined,
): SyncBase | undefined {
  if (schema.available.has('sync')) {
    const text = readValue(page.properties[PROPERTIES.sync.name], 'rich_text');
    const ledger = parseLedger(text?.type === 'rich_text' ? text.text : undefined);
    if (ledger !== undefined) return { ...ledger, origin: 'ledger' };
  }
  if (
    snapshot === undefined ||
    sync === undefined ||
    snapshot.pageId === null ||
    compactId(snapshot.pageId) !== compactId(page.id)
  ) {
    return undefined;
  }
  const pulledLast = (sync.lastPullAt ?? '') > (sync.lastPushAt ?? '');
  const synced = pulledLast ? sync.lastPullHash : sync.lastPushHash;
  if (synced === null) return undefined;
  return {
    // The ledger's short hash is the first 16 hex digits of the spine's SHA-256.
    source: synced.slice(0, 16),
    markdown: markdownHash(snapshot.markdown),
    commit: snapshot.ledgerCommit,
    properties: parsePropertyHashes(snapshot.propertiesHash),
    origin: 'spine',
  };
}

/** The spine keeps the per-property hashes of the last sync as JSON in `properties_hash`. */
export function parsePropertyHashes(text: string | null): Record<string, string> {
  if (text === null) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}

/** True when Notion's markdown holds the same document as the GFM text, block for block. */
export function sameDocument(gfm: string, v2: string): boolean {
  const local = gfmBlocks(gfm).map((block) => block.key);
  const remote = notionBlocks(v2).map((block) => block.key);
  return local.length === remote.length && local.every((key, i) => key === remote[i]);
}

/** True when two renderings of Notion's hold the same document, block by block. */
export function sameNotionDocument(a: string, b: string): boolean {
  const left = notionBlocks(a).map((block) => block.key);
  const right = notionBlocks(b).map((block) => block.key);
  return left.length === right.length && left.every((key, i) => key === right[i]);
}
