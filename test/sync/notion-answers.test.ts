// What Notion answers besides the content: PATCH warnings, truncation for unshared sub-pages,
// a blocked connection and 529 storms, each the way the reference describes it.
import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { renderComment } from '../../src/action/render.js';
import { parseLedger } from '../../src/notion/ledger.js';
import { contentHash } from '../../src/spine/index.js';
import { runWarning } from '../../src/sync/report.js';
import type { Emulator } from '../notion-emulator/index.js';
import { editorUpdate, pull } from './pull-helpers.js';
import {
  actionOf,
  openSpine,
  pageOf,
  plainPages,
  push,
  writeArtifact,
  writeWorkspace,
  writes,
} from './push-helpers.js';

const FILES = {
  intent: '# Search\n\nFind notes fast.\n',
  spec: '# Spec\n\nQueries return in rank order.\n',
  plan: '# Plan\n\n1. Index\n2. Query\n',
};
const SPEC = 'acme::search::spec';
const REVISED = '# Spec\n\nRanked by recency.\n';

let emulator: Emulator;
let workspace: TempDir;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(async () => {
  writeWorkspace(workspace.dir, 'acme', [{ id: 'search', files: FILES }]);
  expect((await push(emulator, workspace.dir)).code).toBe(0);
});

const bodyWrites = (pageId: string) =>
  writes(emulator.log()).filter((e) => e.path === `/v1/pages/${pageId}/markdown`);

/** The Sync ledger on the page, and the spine's record of the last push. */
function syncState(pageId: string): { ledgerSource?: string; spinePushHash?: string | null } {
  const page = plainPages(emulator).find((p) => p.id === pageId);
  const ledger = parseLedger(String(page?.values['Sync'] ?? ''));
  const db = openSpine(workspace.dir);
  try {
    const record = db.getArtifact('acme', 'search', 'spec');
    return {
      ...(ledger ? { ledgerSource: ledger.source } : {}),
      spinePushHash: record ? (db.getSyncMetadata(record.id)?.lastPushHash ?? null) : null,
    };
  } finally {
    db.close();
  }
}

describe('a body write Notion answers with warnings', () => {
  it('is a loss warning in the report, not recorded as synced; the next push writes it again', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    const before = syncState(spec);
    const revised = '# Spec\n\nRanked by recency.\n\nThen by votes.\n';
    const warning = { code: 'ignored', message: 'Part of the content was ignored.' };
    emulator.injectFault({
      method: 'PATCH',
      path: '/v1/pages/*/markdown',
      warnings: [warning],
      ignoredText: 'Then by votes.',
    });
    writeArtifact(workspace.dir, 'acme', 'search', 'spec', revised);
    emulator.clearLog();

    const first = await push(emulator, workspace.dir);
    expect(first.code).toBe(0);
    expect(actionOf(first.report, SPEC)).toBe('updated');
    expect(first.report?.artifacts.find((a) => a.idseId === SPEC)?.reason).toBe(
      'body (Notion changed part of it)',
    );
    expect(first.report?.warnings).toContain(
      `${SPEC}: Notion changed or ignored part of the body: Part of the content was ignored. (not recorded as synced: the next push writes it again)`,
    );
    expect(emulator.pageMarkdown(spec)).not.toContain('Then by votes.');
    // The PR comment shows it with the artifact.
    if (first.report === undefined) throw new Error('no report');
    const shown = { ...first.report, warnings: first.report.warnings.map(runWarning) };
    expect(renderComment(shown, { kind: 'push' })).toContain(
      'Notion changed or ignored part of the body',
    );
    // Neither the page's ledger nor the spine claims the revised file is what Notion holds.
    const after = syncState(spec);
    expect(after.ledgerSource).toBe(before.ledgerSource);
    expect(after.spinePushHash).toBe(before.spinePushHash);
    expect(after.spinePushHash).not.toBe(contentHash(revised));

    // The next push writes the file again; Notion keeps it whole this time, so it is recorded.
    emulator.clearLog();
    const second = await push(emulator, workspace.dir);
    expect(actionOf(second.report, SPEC)).toBe('updated');
    expect(bodyWrites(spec)).toHaveLength(1);
    expect(emulator.pageMarkdown(spec)).toContain('Then by votes.');
    expect(second.report?.warnings.some((w) => w.includes('changed or ignored'))).toBe(false);
    expect(syncState(spec).spinePushHash).toBe(contentHash(revised));

    emulator.clearLog();
    const third = await push(emulator, workspace.dir);
    expect(third.report?.counts).toMatchObject({ updated: 0, skipped: 3 });
    expect(writes(emulator.log())).toEqual([]);
  });

  it('a warning about text Notion kept as written: the next push checks the page and records it', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    const colored = '# Spec\n\nRed {color="red"}\n';
    writeArtifact(workspace.dir, 'acme', 'search', 'spec', colored);
    const first = await push(emulator, workspace.dir);
    expect(first.report?.warnings).toContainEqual(
      expect.stringMatching(
        /Notion changed or ignored part of the body: \{color="red"\} is not syntax/,
      ),
    );
    expect(syncState(spec).spinePushHash).not.toBe(contentHash(colored));
    emulator.clearLog();
    // The page holds the file (the text is literal on both sides): no second write, now synced.
    const again = await push(emulator, workspace.dir);
    expect(bodyWrites(spec)).toEqual([]);
    expect(again.report?.artifacts.find((a) => a.idseId === SPEC)?.reason).toBe(
      'unchanged; recorded the sync ledger',
    );
    expect(syncState(spec).spinePushHash).toBe(contentHash(colored));
  });
});

describe('a page with a sub-page not shared with the integration', () => {
  it('pull and push fail that artifact and name the sub-page; nothing is written', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    const hidden = emulator.addChildPage(spec, 'Private notes', { shared: false });

    const pulled = await pull(emulator, workspace.dir);
    expect(pulled.code).toBe(1);
    const pullReason = pulled.report?.artifacts.find((a) => a.idseId === SPEC)?.reason ?? '';
    expect(pullReason).toContain('the page holds content not shared with this integration');
    expect(pullReason).toContain(hidden);
    expect(pullReason).toContain('Share that sub-page with the integration');

    writeArtifact(workspace.dir, 'acme', 'search', 'spec', REVISED);
    emulator.clearLog();
    const pushed = await push(emulator, workspace.dir);
    expect(pushed.code).toBe(1);
    expect(actionOf(pushed.report, SPEC)).toBe('failed');
    expect(pushed.report?.artifacts.find((a) => a.idseId === SPEC)?.reason).toContain(hidden);
    expect(bodyWrites(spec)).toEqual([]);
    // The sub-page was asked for once, as the reference says: its 404 is the cause.
    const subtreeReads = emulator
      .log()
      .filter((e) => e.method === 'GET' && e.path === `/v1/pages/${hidden}/markdown`);
    expect(subtreeReads.map((e) => e.status)).toEqual([404]);
  });
});

describe('a page past the record limit of a markdown read', () => {
  it('push does not replace a body Notion cannot load: fails naming why, nothing written', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    const before = emulator.pageMarkdown(spec);
    emulator.setMarkdownRecordLimit(1);
    writeArtifact(workspace.dir, 'acme', 'search', 'spec', REVISED);
    emulator.clearLog();
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(1);
    expect(run.report?.artifacts.find((a) => a.idseId === SPEC)?.reason).toMatch(
      /the page is too large for Notion to load whole \(1 block past its record limit\), so its body cannot be replaced/,
    );
    // Only our integration edited the page, so the push writes without a read first; Notion
    // refuses a replace it cannot load whole, and the page then is read to say why.
    expect(bodyWrites(spec).map((e) => e.status)).toEqual([400]);
    emulator.setMarkdownRecordLimit(20_000);
    expect(emulator.pageMarkdown(spec)).toBe(before);
  });
});

describe('the dialect and version of every request', () => {
  it('every markdown request says markdown_version v2', async () => {
    writeArtifact(workspace.dir, 'acme', 'search', 'spec', REVISED);
    writeArtifact(workspace.dir, 'acme', 'search', 'tasks', '# Tasks\n\n- [ ] index\n');
    emulator.clearLog();
    expect((await push(emulator, workspace.dir)).code).toBe(0);
    // A teammate's edit: the pull reads that page (pages only we edited are not read).
    const tasks = pageOf(emulator, 'search', 'Tasks').id;
    await editorUpdate(emulator, tasks, [{ old_str: 'index', new_str: 'index it' }]);
    expect((await pull(emulator, workspace.dir)).code).toBe(0);
    const markdown = emulator
      .log()
      .filter(
        (e) => e.path.endsWith('/markdown') || (e.method === 'POST' && e.path === '/v1/pages'),
      );
    expect(markdown.map((e) => e.method).sort()).toEqual(
      expect.arrayContaining(['GET', 'PATCH', 'POST']),
    );
    for (const entry of markdown) {
      if (entry.method === 'GET') expect(entry.query).toContain('markdown_version=v2');
      else expect(entry.body).toMatchObject({ markdown_version: 'v2' });
    }
  });
});

describe('retries', () => {
  it('a blocked connection: one clear error, no retry storm', async () => {
    writeArtifact(workspace.dir, 'acme', 'search', 'spec', REVISED);
    writeArtifact(workspace.dir, 'acme', 'search', 'plan', '# Plan\n\n1. Rank\n');
    writeArtifact(workspace.dir, 'acme', 'search', 'intent', '# Search\n\nFind it.\n');
    // Blocked after the schema reads and the listing: in the middle of the artifacts' requests.
    emulator.injectFault({ blocked: true, skip: 4, count: 1000 });
    emulator.clearLog();
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.match(/public_api_request_blocked/g)).toHaveLength(1);
    expect(run.stderr).toContain("Notion is blocking this integration's requests");
    const blocked = emulator.log().filter((e) => e.status === 429);
    // The requests already in flight when the first answer came (3 at once), and nothing after.
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.length).toBeLessThanOrEqual(3);
    expect(emulator.log()).toHaveLength(4 + blocked.length);
  });

  it('a 529 storm pauses the run, then every artifact goes through; nothing fails', async () => {
    writeArtifact(workspace.dir, 'acme', 'search', 'spec', REVISED);
    writeArtifact(workspace.dir, 'acme', 'search', 'plan', '# Plan\n\n1. Rank\n');
    emulator.injectFault({ status: 529, skip: 3, count: 3 });
    emulator.clearLog();
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ updated: 2, failed: 0 });
    const statuses = emulator.log().map((e) => e.status);
    expect(statuses.filter((s) => s === 529)).toHaveLength(3);
    expect(run.report?.requests).toBe(emulator.log().length);
  });
});
