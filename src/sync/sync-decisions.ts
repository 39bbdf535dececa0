/**
 * What a push or a pull does with a page, decided from facts alone (the page's ledger, its
 * query row, hashes, the file), so every rule is one line of a table and carried out elsewhere.
 * The argument for each rule is in the README's "How a push decides".
 */

/** What a push knows of a page before reading its body. */
export interface PushBodyFacts {
  /** The ledger the page holds (or, without a Sync property, the spine's record of it). */
  base: { source: string; origin: 'ledger' | 'spine'; unread?: boolean } | undefined;
  /** Short hash of the file's text. */
  source: string;
  /**
   * The file differs from the ledger's version in bytes only: the same document block by block
   * in the canonical form (list markers, escapes, comments, which are never sent).
   */
  respelled: boolean;
  /** The query row names this integration as the page's last editor. */
  lastEditedByUs: boolean;
}

/**
 * - `unchanged`: the page holds the file's version (or the same document); no body request.
 * - `write`: only this integration edited the page since its ledger was written, so the page
 *   holds what a tool wrote and there is no human edit to lose: written without a read.
 * - `read`: someone else edited the page (or it has no ledger): read and compare first.
 */
export type PushBodyDecision = 'unchanged' | 'write' | 'read';

export function decidePushBody(facts: PushBodyFacts): PushBodyDecision {
  const { base } = facts;
  if (base !== undefined && (base.source === facts.source || facts.respelled)) return 'unchanged';
  // Only a ledger on the page speaks for every machine; the spine's record is one machine's.
  if (base?.origin === 'ledger' && base.unread !== true && facts.lastEditedByUs) return 'write';
  return 'read';
}

/** What a push learnt by reading the page's body. */
export interface PushReadFacts {
  /** The page holds the file's document, block by block in the canonical form. */
  sameAsFile: boolean;
  /**
   * Only this integration edited the page since its ledger was written: the read was made
   * for the images the page shows (their blocks are kept), not to look for an edit.
   */
  untouched: boolean;
  /** The page has a sync history (a ledger, or the spine's record). */
  hasBase: boolean;
  /** The page holds the version its ledger records (by hash, or block by block). */
  matchesBase: boolean;
  /** No history, the database keeps ledgers, and this integration edited the page last. */
  oursWithoutLedger: boolean;
  /** `idse-sync resolve` closed a conflict over exactly this Notion version. */
  resolved: boolean;
  force: boolean;
}

/**
 * - `record`: the page already holds the file; only the ledger is brought up to date.
 * - `write`: no edit made in Notion would be lost; `write-resolved` / `write-forced` say why
 *   an edit may be overwritten (the user resolved it, or asked with --force).
 * - `conflict`: an edit made in Notion that was never pulled; nothing is written.
 */
export type PushReadDecision = 'record' | 'write' | 'write-resolved' | 'write-forced' | 'conflict';

export function decidePushAfterRead(facts: PushReadFacts): PushReadDecision {
  if (facts.sameAsFile) return 'record';
  if (facts.untouched) return 'write';
  if (facts.hasBase && facts.matchesBase) return 'write';
  // Every write of ours carries a ledger, so a page without one that nobody edited after this
  // integration is a run stopped between an old two-step create and its ledger write.
  if (!facts.hasBase && facts.oursWithoutLedger) return 'write';
  if (facts.resolved) return 'write-resolved';
  if (facts.force) return 'write-forced';
  return 'conflict';
}

/** What a pull knows of a page from its query row and this machine. */
export interface PullReadFacts {
  /** The page holds a ledger of ours. */
  hasLedger: boolean;
  /** That ledger was written over someone else's edit without comparing the body. */
  ledgerUnread: boolean;
  lastEditedByUs: boolean;
  /** The artifact exists here (a file, or a spine row). */
  localExists: boolean;
  /** An unresolved conflict is open for the artifact. */
  openConflict: boolean;
}

/**
 * True when the pull must read the page's body. A page that only this integration edited since
 * its ledger was written holds what a tool wrote there: no Notion edit to bring in, so it is
 * not read (with or without a cursor). A new artifact, or an open conflict, is always read.
 */
export function pullNeedsRead(facts: PullReadFacts): boolean {
  if (!facts.localExists || facts.openConflict || facts.ledgerUnread) return true;
  return !(facts.hasLedger && facts.lastEditedByUs);
}

/**
 * Whether a push's write that leaves the body as it is (properties, the ledger) must mark the
 * ledger `unread`: it makes this integration the page's last editor, so an edit someone else
 * made before it, and that nobody compared, would no longer show in the query row.
 */
export function ledgerStaysUnread(facts: {
  /** The body was read and compared in this run. */
  bodyCompared: boolean;
  /** The ledger being replaced was already unread. */
  wasUnread: boolean;
  lastEditedByUs: boolean;
}): boolean {
  if (facts.bodyCompared) return false;
  return facts.wasUnread || !facts.lastEditedByUs;
}

/** What a pull knows of a page once it has read its body, before comparing it with the file. */
export interface PullPageFacts {
  /** An unresolved conflict is open; `sameVersion`: over exactly this Notion version. */
  openConflict: { sameVersion: boolean } | undefined;
  localExists: boolean;
  /** The page holds the version its ledger (or the spine's record) records, by hash. */
  holdsBase: boolean;
  /** That ledger is marked `unread`. */
  ledgerUnread: boolean;
  /** `idse-sync resolve` closed a conflict over exactly this Notion version. */
  resolved: boolean;
}

/**
 * - `conflict-open`: still the version the open conflict saved; reported again.
 * - `conflict-refresh`: edited again in Notion: the saved copy is replaced with this version.
 * - `new-artifact`: no file or row here: the page becomes the artifact.
 * - `no-edit` / `no-edit-record`: the page holds its ledger's version (`-record`: the ledger
 *   was unread, and is written again now that the body was compared).
 * - `resolved`: the file is the resolution of this version; the next push writes it.
 * - `compare`: compared block by block with the file, merged or a conflict.
 */
export type PullPageDecision =
  | 'conflict-open'
  | 'conflict-refresh'
  | 'new-artifact'
  | 'no-edit'
  | 'no-edit-record'
  | 'resolved'
  | 'compare';

export function decidePullPage(facts: PullPageFacts): PullPageDecision {
  if (facts.openConflict !== undefined) {
    return facts.openConflict.sameVersion ? 'conflict-open' : 'conflict-refresh';
  }
  if (!facts.localExists) return 'new-artifact';
  if (facts.holdsBase) return facts.ledgerUnread ? 'no-edit-record' : 'no-edit';
  if (facts.resolved) return 'resolved';
  return 'compare';
}
