import type { RemotePage } from '../notion/design-store.js';
import { shortHash } from '../notion/ledger.js';
import { readValue, type CheckedSchema } from '../notion/schema-check.js';
import { PROPERTIES, toRequestValue, valueKey, type PropertyValue } from '../notion/schema-map.js';
import type { SyncBase } from './sync-base.js';

type PropertyKey = keyof typeof PROPERTIES;

/** The properties one write sends, and what the ledger records for each afterwards. */
export interface PropertyPlan {
  request: Record<string, unknown>;
  /** Property name → hash of the value the page holds after the write, as we own it. */
  hashes: Record<string, string>;
  /** Properties a teammate changed in Notion since the last sync: reported, left alone. */
  teammateEdits: string[];
  /** Teammate edits overwritten because of `--force`. */
  forced: string[];
}

/** Everything for a new page: create-only properties included. */
export function planCreate(
  values: Map<PropertyKey, PropertyValue>,
  schema: CheckedSchema,
): PropertyPlan {
  const request: Record<string, unknown> = {};
  const hashes: Record<string, string> = {};
  for (const [key, value] of values) {
    if (!schema.available.has(key)) continue;
    const name = key === 'title' ? schema.titleName : PROPERTIES[key].name;
    request[name] = toRequestValue(value);
    if (PROPERTIES[key].mode !== 'create_only') hashes[name] = shortHash(valueKey(value));
  }
  return { request, hashes, teammateEdits: [], forced: [] };
}

/**
 * For an existing page: always_sync and optional properties whose value differs from the
 * page's, unless a teammate changed that property since the last sync (its hash then differs
 * from the ledger's, and it is left as the teammate set it). Create-only ones are never sent.
 * With `force` such a value is overwritten all the same (and listed in `forced`).
 * `current` overrides what the page object shows (relations beyond the first 25).
 */
export function planUpdate(
  values: Map<PropertyKey, PropertyValue>,
  page: RemotePage,
  base: SyncBase | undefined,
  schema: CheckedSchema,
  options: {
    force?: boolean;
    current?: Partial<Record<PropertyKey, PropertyValue | undefined>>;
  } = {},
): PropertyPlan {
  const current = options.current ?? {};
  const request: Record<string, unknown> = {};
  const hashes: Record<string, string> = {};
  const teammateEdits: string[] = [];
  const forced: string[] = [];
  for (const [key, value] of values) {
    const spec = PROPERTIES[key];
    if (spec.mode === 'create_only' || spec.mode === 'ledger' || !schema.available.has(key))
      continue;
    const onPage = key in current ? current[key] : readValue(page.properties[spec.name], spec.type);
    const pageHash = shortHash(onPage === undefined ? '' : valueKey(onPage));
    const wanted = valueKey(value);
    if (onPage !== undefined && valueKey(onPage) === wanted) {
      hashes[spec.name] = pageHash;
      continue;
    }
    const recorded = base?.properties[spec.name];
    if (recorded !== undefined && recorded !== pageHash) {
      if (options.force !== true) {
        teammateEdits.push(spec.name);
        hashes[spec.name] = recorded;
        continue;
      }
      forced.push(spec.name);
    }
    request[spec.name] = toRequestValue(value);
    hashes[spec.name] = shortHash(wanted);
  }
  return { request, hashes, teammateEdits, forced };
}
