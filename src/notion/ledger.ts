import { createHash } from 'node:crypto';

/**
 * The Sync ledger kept on each page (ARCHITECTURE.md "The Sync ledger"): what the last tool write
 * or pull left there, so any machine, whatever its spine, can tell a teammate's edit from a sync.
 */
export interface Ledger {
  /** Hash of the GFM artifact text the page holds (the content last pushed or pulled). */
  source: string;
  /** Hash of the page's normalized markdown as Notion rendered it right after that sync. */
  markdown: string;
  /** The git commit whose artifact file holds `source`, when known: the merge base for pull. */
  commit: string | null;
  /** Hash of each property value we last wrote or read, by property name. */
  properties: Record<string, string>;
  /**
   * Someone else had edited the page when this ledger was written, and its body was not
   * compared then: the ledger's write made this integration the last editor, so the row no
   * longer shows that edit, and every tool reads the body before trusting the ledger.
   */
  unread?: boolean;
}

const PREFIX = 'idse-sync/1 ';

/**
 * The `source` of a ledger whose page holds no version of the file: Notion changed or ignored
 * part of the only write (its `warnings`). It matches no file, so every tool writes the file again.
 */
export const UNSYNCED_SOURCE = 'unsynced';

/** 16 hex digits of SHA-256: collisions are out of reach for one page's history. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** The ledger as the Sync property's text (well under Notion's 2000-character limit). */
export function encodeLedger(ledger: Ledger): string {
  const properties = Object.fromEntries(
    Object.entries(ledger.properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const data = { s: ledger.source, m: ledger.markdown, c: ledger.commit, p: properties };
  return PREFIX + JSON.stringify(ledger.unread === true ? { ...data, u: true } : data);
}

/**
 * Reads a Sync property's text. Anything else (empty, edited by hand, another tool's) is no
 * ledger: the page is then treated as never synced by a ledger-aware tool.
 */
export function parseLedger(text: string | undefined): Ledger | undefined {
  if (text === undefined || !text.startsWith(PREFIX)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text.slice(PREFIX.length));
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { s, m, c, p, u } = data as Record<string, unknown>;
  if (typeof s !== 'string' || typeof m !== 'string') return undefined;
  if (c !== null && typeof c !== 'string') return undefined;
  // Any editor of the page can change this text: a commit is only ever a full commit id.
  const commit = typeof c === 'string' && /^[0-9a-f]{40}$/.test(c) ? c : null;
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return undefined;
  const properties: Record<string, string> = {};
  for (const [name, hash] of Object.entries(p)) {
    if (typeof hash !== 'string') return undefined;
    properties[name] = hash;
  }
  return { source: s, markdown: m, commit, properties, ...(u === true ? { unread: true } : {}) };
}
