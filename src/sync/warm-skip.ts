import { shortHash } from '../notion/ledger.js';
import type { CheckedSchema } from '../notion/schema-check.js';
import { PROPERTIES, valueKey, type ArtifactFacts } from '../notion/schema-map.js';
import { desiredValues } from '../notion/schema-map.js';
import { compactId } from '../notion/schema-map.js';
import type { ArtifactDatabase, ArtifactRecord } from '../spine/index.js';
import { parsePropertyHashes } from './sync-base.js';

/**
 * Spine key marking a page this machine created (or adopted) while racing runs could still
 * trash it: the next push reads the data source rather than trust the spine's page id.
 */
export function unconfirmedKey(idseId: string): string {
  return `unconfirmed-page:${idseId}`;
}

/**
 * True when this machine's spine shows the artifact was pushed as it is now, with the same
 * property values: it is skipped without a request. Only a saving: a stale or empty spine
 * never gets here, and then the page's own ledger decides.
 */
export function isWarmSkip(
  record: ArtifactRecord,
  facts: ArtifactFacts,
  db: ArtifactDatabase,
  schema: CheckedSchema,
): boolean {
  if (db.getCursor(unconfirmedKey(record.idseId)) !== undefined) return false;
  const sync = db.getSyncMetadata(record.id);
  if (sync?.lastPushHash !== record.contentHash || sync.pageId === null) return false;
  if ((sync.lastPullAt ?? '') > (sync.lastPushAt ?? '')) return false;
  const snapshot = db.getRemoteSnapshot(record.idseId);
  if (snapshot?.pageId == null || compactId(snapshot.pageId) !== compactId(sync.pageId)) {
    return false;
  }
  const recorded = parsePropertyHashes(snapshot.propertiesHash);
  for (const [key, value] of desiredValues(facts)) {
    const spec = PROPERTIES[key];
    if (spec.mode === 'create_only' || !schema.available.has(key)) continue;
    if (recorded[spec.name] !== shortHash(valueKey(value))) return false;
  }
  return true;
}
