import { cpSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator-workspace.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { createPage, updateContent } from '../notion-emulator/harness.js';
import type { Emulator } from '../notion-emulator/index.js';
import {
  actionOf,
  describe as requestsOf,
  openSpine,
  pageOf,
  plainPages,
  push,
  sentProperties,
  writeArtifact,
  writeSessionJson,
  writeWorkspace,
  writes,
} from './push-helpers.js';

const PROJECT = 'acme';
const INTENT = 'acme::search::intent';
const FILES = {
  intent: '# Search\n\nFind notes fast.\n',
  spec: '# Spec\n\nQueries return in rank order.\n',
  plan: '# Plan\n\n1. Index\n2. Query\n',
};

let emulator: Emulator;
let workspace: { dir: string; cleanup: () => void };
const cleanups: (() => void)[] = [];
useEmulator((started) => (emulator = started));
beforeEach(() => {
  emulator.reset();
  workspace = makeTempDir();
  cleanups.push(workspace.cleanup);
  writeWorkspace(workspace.dir, PROJECT, [{ id: 'search', status: 'draft', files: FILES }]);
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A copy of the workspace as another machine would have it (spine and files). */
function cloneWorkspace(): string {
  const other = makeTempDir();
  cleanups.push(other.cleanup);
  cpSync(workspace.dir, other.dir, { recursive: true });
  return other.dir;
}

/** Session/Stage of every page: one page per artifact means no duplicates. */
function pageKeys(): string[] {
  return plainPages(emulator)
    .map((p) => `${String(p.values['Session']).trim()}/${String(p.values['Stage'])}`)
    .sort();
}
const ONE_PAGE_EACH = ['search/Intent', 'search/Plan', 'search/Specification'];

describe('invariant 1: correct without local state', () => {
  it('a stale spine from another machine writes nothing the page already holds', async () => {
    await push(emulator, workspace.dir);
    const laptop = cloneWorkspace();
    // CI pushes a change; the laptop gets the file through git, its spine stays behind.
    writeArtifact(workspace.dir, PROJECT, 'search', 'intent', '# Search\n\nFind notes faster.\n');
    await push(emulator, workspace.dir);
    writeArtifact(laptop, PROJECT, 'search', 'intent', '# Search\n\nFind notes faster.\n');
    emulator.clearLog();

    const run = await push(emulator, laptop);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ created: 0, updated: 0, skipped: 3 });
    expect(writes(emulator.log())).toEqual([]);
    expect(pageKeys()).toEqual(ONE_PAGE_EACH);
  });

  it('a fresh clone (no sync state) still never overwrites a teammate edit', async () => {
    await push(emulator, workspace.dir);
    const intent = pageOf(emulator, 'search', 'Intent').id;
    await updateContent(emulatorClient(emulator, { as: 'editor' }), intent, [
      { old_str: 'Find notes fast.', new_str: 'Find notes, fast and well.' },
    ]);
    const edited = emulator.pageMarkdown(intent);
    const ci = makeTempDir();
    cleanups.push(ci.cleanup);
    writeWorkspace(ci.dir, PROJECT, [
      { id: 'search', status: 'draft', files: { ...FILES, intent: '# Search\n\nFind it.\n' } },
    ]);
    const run = await push(emulator, ci.dir);
    expect(run.code).toBe(3);
    expect(actionOf(run.report, INTENT)).toBe('conflict');
    expect(emulator.pageMarkdown(intent)).toBe(edited);
    expect(pageKeys()).toEqual(ONE_PAGE_EACH);
  });

  it('duplicates our integration made are trashed (oldest kept); a teammate page is left alone', async () => {
    await push(emulator, workspace.dir);
    const intent = pageOf(emulator, 'search', 'Intent').id;
    const spec = pageOf(emulator, 'search', 'Specification').id;
    // Later than the originals, whatever the minute rounding of created_time.
    emulator.clock.advance(5 * 60_000);
    const identity = (stage: string) => ({
      Title: { title: [{ text: { content: `${stage} – search` } }] },
      Stage: { select: { name: stage } },
      Session: { rich_text: [{ text: { content: 'search' } }] },
    });
    // Another sync raced this one and created the intent again (Stage in another case)...
    const raced = await createPage(emulatorClient(emulator), emulator.dataSourceId, {
      properties: identity('intent'),
      markdown: FILES.intent,
    });
    // ...and a teammate made a page that claims to be the spec (an alias of its Stage).
    const teammate = await createPage(
      emulatorClient(emulator, { as: 'editor' }),
      emulator.dataSourceId,
      { properties: identity('Spec') },
    );
    // Nothing changed locally: the spine would skip everything without a look at Notion.
    writeArtifact(workspace.dir, PROJECT, 'search', 'plan', '# Plan\n\n1. Index\n2. Rank\n');

    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.warnings).toEqual([
      `${INTENT}: trashed duplicate page ${raced.id} (kept the oldest)`,
      `acme::search::spec: page ${teammate.id} duplicates the older page and was not created by this integration; left alone`,
    ]);
    const live = plainPages(emulator).map((p) => p.id);
    expect(live).toEqual(expect.arrayContaining([intent, spec, teammate.id]));
    expect(live).not.toContain(raced.id);
    const trashed = emulator.listPages(undefined, { includeTrashed: true });
    expect(trashed.find((p) => p.id === raced.id)?.['in_trash']).toBe(true);
    expect(writes(emulator.log()).filter((e) => e.path.includes(teammate.id))).toEqual([]);
  });

  it('a page deleted in Notion is made again once the data source is read', async () => {
    await push(emulator, workspace.dir);
    const old = pageOf(emulator, 'search', 'Intent').id;
    await emulatorClient(emulator, { as: 'editor' }).pages.update({ page_id: old, in_trash: true });
    writeArtifact(workspace.dir, PROJECT, 'search', 'plan', '# Plan\n\n1. Index\n2. Rank\n');
    const run = await push(emulator, workspace.dir);
    expect(run.report?.counts).toMatchObject({ created: 1, updated: 1, skipped: 1 });
    expect(pageKeys()).toEqual(ONE_PAGE_EACH);
    expect(pageOf(emulator, 'search', 'Intent').id).not.toBe(old);
    expect(run.report?.warnings).toEqual([
      `${INTENT}: its page ${old} is in Notion's trash; a new page is created (to keep the old one instead, restore it from the trash and trash the new one)`,
    ]);
  });
});

describe('pages that exist before the first push', () => {
  it('are adopted by Session and Stage (aliases, any case), not duplicated', async () => {
    const teammate = emulatorClient(emulator, { as: 'editor' });
    const identity = (stage: string) => ({
      Title: { title: [{ text: { content: `old ${stage}` } }] },
      Stage: { select: { name: stage } },
      Session: { rich_text: [{ text: { content: 'search ' } }] },
    });
    // As the old Python tool left them: its own Stage names, the same documents.
    const spec = await createPage(teammate, emulator.dataSourceId, {
      properties: identity('SPEC'),
      markdown: FILES.spec,
    });
    const intent = await createPage(teammate, emulator.dataSourceId, {
      properties: identity('intents'),
      markdown: FILES.intent,
    });
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ created: 1, updated: 2, conflicts: 0 });
    expect(pageKeys()).toEqual(ONE_PAGE_EACH);
    expect(pageOf(emulator, 'search', 'Specification').id).toBe(spec.id);
    expect(pageOf(emulator, 'search', 'Intent').id).toBe(intent.id);
    // Title is create-only: the adopted pages keep theirs.
    expect(pageOf(emulator, 'search', 'Intent').values['Title']).toBe('old intents');
  });
});

describe('--project and --session', () => {
  it('push only the artifacts they select', async () => {
    writeWorkspace(workspace.dir, PROJECT, [{ id: 'other', files: { intent: '# Other\n' } }]);
    const run = await push(emulator, workspace.dir, ['--project', PROJECT, '--session', 'other']);
    expect(run.report?.artifacts.map((a) => a.idseId)).toEqual(['acme::other::intent']);
    expect(plainPages(emulator).map((p) => p.values['Session'])).toEqual(['other']);
  });
});

describe('invariant 3: minimal writes', () => {
  beforeEach(async () => {
    await push(emulator, workspace.dir);
    emulator.clearLog();
  });

  it('unchanged: zero writes', async () => {
    const run = await push(emulator, workspace.dir);
    expect(run.report?.counts.skipped).toBe(3);
    expect(writes(emulator.log())).toEqual([]);
    // The first push after the creates reads the data source once to confirm its pages still
    // stand (a racing run may have trashed them); after that, the schema only.
    emulator.clearLog();
    await push(emulator, workspace.dir);
    expect(emulator.log().filter((e) => e.method !== 'GET')).toEqual([]);
  });

  it('a body change: exactly one markdown PATCH and one properties PATCH', async () => {
    writeArtifact(
      workspace.dir,
      PROJECT,
      'search',
      'spec',
      '# Spec\n\nQueries return in rank order.\n\nTies by date.\n',
    );
    const run = await push(emulator, workspace.dir);
    expect(run.report?.counts).toMatchObject({ updated: 1, skipped: 2 });
    const spec = pageOf(emulator, 'search', 'Specification').id;
    expect(requestsOf(writes(emulator.log()))).toEqual([
      `PATCH /v1/pages/${spec}/markdown`,
      `PATCH /v1/pages/${spec}`,
    ]);
    expect(sentProperties(writes(emulator.log())[1] as never)).toEqual(['Sync']);
    // Reads: two schema reads, one data source query, the markdown before overwriting it.
    expect(run.report?.requests).toBe(6);
  });

  it('a property change only: exactly one properties PATCH', async () => {
    writeSessionJson(workspace.dir, PROJECT, {
      id: 'search',
      status: 'draft',
      description: 'Search notes',
    });
    const run = await push(emulator, workspace.dir);
    expect(run.report?.counts).toMatchObject({ updated: 3 });
    const sent = writes(emulator.log());
    expect(sent).toHaveLength(3);
    for (const entry of sent) {
      expect(entry.method).toBe('PATCH');
      expect(sentProperties(entry)).toEqual(['Feature / Capability', 'Sync']);
    }
    expect(emulator.log().filter((e) => e.path.endsWith('/markdown'))).toEqual([]);
  });
});

describe('invariant 5: resumable', () => {
  it('a run stopped between a body write and its ledger write converges with no duplicate', async () => {
    // A create carries its ledger, so it cannot be stopped half-way; an update is two writes.
    expect((await push(emulator, workspace.dir)).code).toBe(0);
    expect(pageKeys()).toEqual(ONE_PAGE_EACH);
    writeArtifact(workspace.dir, PROJECT, 'search', 'plan', '# Plan\n\n1. Index\n2. Rank\n');
    // Every ledger write fails (the body write, on /markdown, goes through).
    emulator.injectFault({ method: 'PATCH', path: '/v1/pages/*', drop: 'before', count: 6 });
    const broken = await push(emulator, workspace.dir);
    expect(broken.code).toBe(1);
    expect(broken.report?.counts.failed).toBe(1);
    const plan = pageOf(emulator, 'search', 'Plan').id;
    expect(emulator.pageMarkdown(plan)).toContain('2. Rank');
    emulator.clearFaults();

    // The page holds the file under an old ledger, and only this integration edited it since.
    emulator.clearLog();
    const next = await push(emulator, workspace.dir);
    expect(next.code).toBe(0);
    expect(next.report?.counts).toMatchObject({ created: 0, updated: 1, failed: 0, conflicts: 0 });
    expect(pageKeys()).toEqual(ONE_PAGE_EACH);
    expect(emulator.pageMarkdown(plan)).toContain('2. Rank');
    // Two requests: the body again (no read first: nobody else edited it) and the ledger.
    expect(writes(emulator.log()).map((e) => `${e.method} ${e.path}`)).toEqual([
      `PATCH /v1/pages/${plan}/markdown`,
      `PATCH /v1/pages/${plan}`,
    ]);

    emulator.clearLog();
    const last = await push(emulator, workspace.dir);
    expect(last.report?.counts.skipped).toBe(3);
    expect(writes(emulator.log())).toEqual([]);
  });

  it('a connection lost after the create was applied: the run finds its page, no duplicate', async () => {
    emulator.injectFault({ method: 'POST', path: '/v1/pages', drop: 'after' });
    // The run reads the data source again after the failed create, finds the page it made and
    // writes its ledger there: it converges by itself.
    const broken = await push(emulator, workspace.dir);
    expect(broken.code).toBe(0);
    expect(broken.report?.counts).toMatchObject({ created: 3, failed: 0 });
    expect(broken.report?.artifacts.some((a) => a.reason?.includes('its first write failed'))).toBe(
      true,
    );
    expect(pageKeys()).toEqual(ONE_PAGE_EACH);
    const next = await push(emulator, workspace.dir);
    expect(next.code).toBe(0);
    expect(next.report?.counts).toMatchObject({ created: 0, failed: 0 });
    expect(pageKeys()).toEqual(ONE_PAGE_EACH);
  });

  it('a create saved but answered 503 is not created twice', async () => {
    emulator.injectFault({ method: 'POST', path: '/v1/pages', savedButUnavailable: true });
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ created: 3, failed: 0 });
    expect(
      emulator.log().filter((e) => e.method === 'POST' && e.path === '/v1/pages'),
    ).toHaveLength(3);
    expect(pageKeys()).toEqual(ONE_PAGE_EACH);
  });

  it('body and ledger writes saved but answered 503 count as done after a look', async () => {
    await push(emulator, workspace.dir);
    writeArtifact(workspace.dir, PROJECT, 'search', 'intent', '# Search\n\nFind notes faster.\n');
    emulator.injectFault({
      method: 'PATCH',
      path: '/v1/pages/*/markdown',
      savedButUnavailable: true,
    });
    emulator.injectFault({ method: 'PATCH', path: '/v1/pages/*', savedButUnavailable: true });
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(actionOf(run.report, INTENT)).toBe('updated');
    const patches = writes(emulator.log()).filter((e) => e.method === 'PATCH');
    expect(patches.filter((e) => e.path.endsWith('/markdown'))).toHaveLength(1);
    emulator.clearLog();
    const again = await push(emulator, workspace.dir);
    expect(again.report?.counts.skipped).toBe(3);
    expect(writes(emulator.log())).toEqual([]);
  });
});

describe('the spine is only a cache', () => {
  it('a spine whose cached page ids are all wrong still pushes to the right pages', async () => {
    await push(emulator, workspace.dir);
    const db = openSpine(workspace.dir);
    for (const record of db.listArtifacts()) {
      db.setPageId(record.id, '11111111-2222-4333-8444-555555555555');
    }
    db.close();
    writeArtifact(workspace.dir, PROJECT, 'search', 'intent', '# Search\n\nFind notes faster.\n');
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ created: 0, updated: 1 });
    expect(pageKeys()).toEqual(ONE_PAGE_EACH);
  });
});
