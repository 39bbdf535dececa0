import { describe, expect, it } from 'vitest';
import {
  decidePushAfterRead,
  decidePullPage,
  decidePushBody,
  ledgerStaysUnread,
  pullNeedsRead,
  type PushBodyDecision,
  type PushBodyFacts,
  type PushReadDecision,
  type PushReadFacts,
  type PullPageDecision,
  type PullPageFacts,
  type PullReadFacts,
} from '../../src/sync/sync-decisions.js';

const ledger = (source: string) => ({ source, origin: 'ledger' as const });
const unread = (source: string) => ({ source, origin: 'ledger' as const, unread: true });
const spine = (source: string) => ({ source, origin: 'spine' as const });

describe('decidePushBody: whether a push reads the page before writing its body', () => {
  const facts = (
    base: PushBodyFacts['base'],
    source: string,
    more: Partial<PushBodyFacts> = {},
  ): PushBodyFacts => ({ base, source, respelled: false, lastEditedByUs: false, ...more });
  const cases: [string, PushBodyFacts, PushBodyDecision][] = [
    ['ledger holds the file', facts(ledger('a'), 'a'), 'unchanged'],
    ['ledger holds the file, ours', facts(ledger('a'), 'a', { lastEditedByUs: true }), 'unchanged'],
    ['spine record holds the file', facts(spine('a'), 'a'), 'unchanged'],
    ['file respelled, same document', facts(ledger('a'), 'b', { respelled: true }), 'unchanged'],
    [
      'file changed, only we edited since',
      facts(ledger('a'), 'b', { lastEditedByUs: true }),
      'write',
    ],
    ['file changed, someone else edited', facts(ledger('a'), 'b'), 'read'],
    [
      'file changed, ours, but the ledger covered an edit unread',
      facts(unread('a'), 'b', { lastEditedByUs: true }),
      'read',
    ],
    [
      'file changed, spine record only (one machine)',
      facts(spine('a'), 'b', { lastEditedByUs: true }),
      'read',
    ],
    ['no history, ours', facts(undefined, 'b', { lastEditedByUs: true }), 'read'],
    ['no history, someone else', facts(undefined, 'b'), 'read'],
    ['no history, respelled means nothing', facts(undefined, 'b', { respelled: true }), 'read'],
    [
      'lossy last write (unsynced), ours',
      facts(ledger('unsynced'), 'b', { lastEditedByUs: true }),
      'write',
    ],
  ];
  it.each(cases)('%s', (_name, given, expected) => {
    expect(decidePushBody(given)).toBe(expected);
  });
});

describe('ledgerStaysUnread: a write over an unread body keeps saying so', () => {
  const cases: [string, Parameters<typeof ledgerStaysUnread>[0], boolean][] = [
    [
      'body compared this run',
      { bodyCompared: true, wasUnread: true, lastEditedByUs: false },
      false,
    ],
    [
      'ours since, clean ledger',
      { bodyCompared: false, wasUnread: false, lastEditedByUs: true },
      false,
    ],
    ['someone else edited', { bodyCompared: false, wasUnread: false, lastEditedByUs: false }, true],
    [
      'already unread, ours since',
      { bodyCompared: false, wasUnread: true, lastEditedByUs: true },
      true,
    ],
  ];
  it.each(cases)('%s', (_name, given, expected) => {
    expect(ledgerStaysUnread(given)).toBe(expected);
  });
});

describe('decidePushAfterRead: what a push does once it has read the page', () => {
  const none: PushReadFacts = {
    sameAsFile: false,
    untouched: false,
    hasBase: true,
    matchesBase: false,
    oursWithoutLedger: false,
    resolved: false,
    force: false,
  };
  const cases: [string, Partial<PushReadFacts>, PushReadDecision][] = [
    ['page already holds the file', { sameAsFile: true }, 'record'],
    ['page holds the file even with a Notion edit', { sameAsFile: true, force: true }, 'record'],
    ['page holds the ledger version', { matchesBase: true }, 'write'],
    ['read only for its images, only we edited since', { untouched: true }, 'write'],
    ['read only for its images, holds the file', { untouched: true, sameAsFile: true }, 'record'],
    ['Notion edit, never pulled', {}, 'conflict'],
    ['Notion edit, resolved over this version', { resolved: true }, 'write-resolved'],
    ['Notion edit, --force', { force: true }, 'write-forced'],
    ['no history, our page without a ledger', { hasBase: false, oursWithoutLedger: true }, 'write'],
    ['no history, a teammate page', { hasBase: false }, 'conflict'],
    ['no history, teammate page, --force', { hasBase: false, force: true }, 'write-forced'],
    [
      'a stale match flag without history is ignored',
      { hasBase: false, matchesBase: true },
      'conflict',
    ],
  ];
  it.each(cases)('%s', (_name, facts, expected) => {
    expect(decidePushAfterRead({ ...none, ...facts })).toBe(expected);
  });
});

describe('pullNeedsRead: a pull reads only pages someone else edited', () => {
  const quiet: PullReadFacts = {
    hasLedger: true,
    ledgerUnread: false,
    lastEditedByUs: true,
    localExists: true,
    openConflict: false,
  };
  const cases: [string, Partial<PullReadFacts>, boolean][] = [
    ['ours since our ledger', {}, false],
    ['edited by someone else', { lastEditedByUs: false }, true],
    ['ours but without a ledger', { hasLedger: false }, true],
    ['ours, but our ledger covered an unread edit', { ledgerUnread: true }, true],
    ['no artifact here yet', { localExists: false }, true],
    ['an open conflict to refresh', { openConflict: true }, true],
  ];
  it.each(cases)('%s', (_name, facts, expected) => {
    expect(pullNeedsRead({ ...quiet, ...facts })).toBe(expected);
  });
});

describe('decidePullPage: what a pull does with a page it read', () => {
  const plain: PullPageFacts = {
    openConflict: undefined,
    localExists: true,
    holdsBase: false,
    ledgerUnread: false,
    resolved: false,
  };
  const cases: [string, Partial<PullPageFacts>, PullPageDecision][] = [
    [
      'an open conflict, same Notion version',
      { openConflict: { sameVersion: true } },
      'conflict-open',
    ],
    [
      'an open conflict, edited again',
      { openConflict: { sameVersion: false } },
      'conflict-refresh',
    ],
    [
      'open conflict first, even with no file',
      { openConflict: { sameVersion: true }, localExists: false },
      'conflict-open',
    ],
    ['no artifact here', { localExists: false, holdsBase: true }, 'new-artifact'],
    ['the ledger version', { holdsBase: true }, 'no-edit'],
    [
      'the ledger version, ledger unread',
      { holdsBase: true, ledgerUnread: true },
      'no-edit-record',
    ],
    ['the version a resolve closed', { resolved: true }, 'resolved'],
    ['the ledger version beats a resolve', { holdsBase: true, resolved: true }, 'no-edit'],
    ['anything else', {}, 'compare'],
  ];
  it.each(cases)('%s', (_name, facts, expected) => {
    expect(decidePullPage({ ...plain, ...facts })).toBe(expected);
  });
});
