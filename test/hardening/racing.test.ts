import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator-workspace.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { commitAll, git, write } from '../git/git-helpers.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { createPage } from '../notion-emulator/harness.js';
import type { Emulator } from '../notion-emulator/index.js';
import { push, writeWorkspace, writes, type PushRun } from '../sync/push-helpers.js';
import { cloneOf, oldest, originRepo, racedPages, spineRemoteIds } from './racing-helpers.js';

// Every answer is held back a little, so both runs read the data source before either creates:
// the window in which a hook push and a CI push of the same commit both find no page.
const LATENCY_MS = 15;
const STAGES = { intent: 'Intent', spec: 'Specification', plan: 'Plan' } as const;
const SESSIONS = ['search', 'billing'];

const filesOf = (session: string) => ({
  intent: `# ${session} intent\n\nWhy ${session} matters.\n`,
  spec: `# ${session} spec\n\n- rule one\n- rule two\n`,
  plan: `# ${session} plan\n\n1. first\n2. second\n`,
});

let emulator: Emulator;
let temp: { dir: string; cleanup: () => void };
useEmulator((started) => (emulator = started), { latencyMs: LATENCY_MS });
beforeEach(() => {
  temp = makeTempDir('idse-racing-');
});
afterEach(() => temp.cleanup());

/** Two clones of one commit: a developer's (the hook pushes) and a CI job's. */
function twoClones(sessions = SESSIONS): { origin: string; hook: string; ci: string } {
  const origin = join(temp.dir, 'origin');
  originRepo(
    origin,
    'acme',
    sessions.map((id) => ({ id, files: filesOf(id) })),
  );
  return {
    origin,
    hook: cloneOf(origin, join(temp.dir, 'hook')),
    ci: cloneOf(origin, join(temp.dir, 'ci')),
  };
}

/** Both pushes started together, as a post-commit hook and a CI job on the same merge. */
async function race(a: string, b: string): Promise<[PushRun, PushRun]> {
  return Promise.all([push(emulator, a), push(emulator, b)]);
}

/** Checks the end state of a race: one live page per artifact, the oldest, only ours trashed. */
function expectOnePagePerArtifact(sessions: string[]): Map<string, string> {
  const all = racedPages(emulator);
  const survivors = new Map<string, string>();
  for (const session of sessions) {
    for (const [stage, label] of Object.entries(STAGES)) {
      const claimed = all.filter((p) => p.session === session && p.stage === label);
      const live = claimed.filter((p) => !p.inTrash);
      expect(live, `${session}/${label}`).toHaveLength(1);
      expect(live[0]?.id).toBe(oldest(claimed)?.id);
      for (const page of claimed) expect(page.createdBy).toBe(emulator.botUserId);
      survivors.set(`acme::${session}::${stage}`, live[0]?.id ?? '');
    }
  }
  return survivors;
}

describe('a hook push and a CI push of the same commit, at once', () => {
  it('leaves one page per artifact (the oldest), holding the file; a re-push writes nothing', async () => {
    const { hook, ci } = twoClones();
    const [first, second] = await race(hook, ci);
    expect([first.code, second.code]).toEqual([0, 0]);
    // Without a cure both runs create every page: the race really happened.
    const trashed = racedPages(emulator).filter((p) => p.inTrash);
    expect(trashed.length).toBeGreaterThan(0);

    const survivors = expectOnePagePerArtifact(SESSIONS);
    for (const session of SESSIONS) {
      for (const [stage, text] of Object.entries(filesOf(session))) {
        const pageId = survivors.get(`acme::${session}::${stage}`) ?? '';
        expect(emulator.pageMarkdown(pageId)).toContain(text.split('\n\n')[1]?.split('\n')[0]);
      }
    }
    // Each run says what it did with the page it made and dropped.
    const allWarnings = [...(first.report?.warnings ?? []), ...(second.report?.warnings ?? [])];
    for (const page of trashed) {
      expect(allWarnings.some((w) => w.includes(`trashed duplicate page ${page.id}`))).toBe(true);
    }
    // Converged: another push from either clone writes nothing and finds nothing to clean up.
    // (A racer whose check ran before the other's create landed adopts the survivor here; the
    // held-create tests below pin down the adoption within the run.)
    for (const clone of [hook, ci]) {
      emulator.clearLog();
      const again = await push(emulator, clone);
      expect(again.code).toBe(0);
      expect(writes(emulator.log())).toEqual([]);
      expect(again.report?.warnings).toEqual([]);
      expect(again.report?.counts.skipped).toBe(SESSIONS.length * 3);
      expect(spineRemoteIds(clone)).toEqual(Object.fromEntries(survivors));
    }
  });

  it('loses no edit: each racer pushes its own change while both create a new session', async () => {
    const origin = join(temp.dir, 'origin');
    originRepo(
      origin,
      'acme',
      SESSIONS.map((id) => ({ id, files: filesOf(id) })),
    );
    expect((await push(emulator, origin)).code).toBe(0);
    // The spine goes into git with the new session's files: both clones start from it.
    write(origin, '.idse/projects/acme/sessions/export/intents/intent.md', '# Export\n\nCSV.\n');
    write(origin, '.idse/projects/acme/sessions/export/specs/spec.md', '# Export spec\n\nUTF-8.\n');
    write(origin, '.idse/projects/acme/sessions/export/plans/plan.md', '# Export plan\n\nShip.\n');
    commitAll(origin, 'export session');
    const hook = cloneOf(origin, join(temp.dir, 'hook'));
    const ci = cloneOf(origin, join(temp.dir, 'ci'));
    write(
      hook,
      '.idse/projects/acme/sessions/search/intents/intent.md',
      '# search\n\nHOOK EDIT.\n',
    );
    commitAll(hook, 'hook edit');
    write(ci, '.idse/projects/acme/sessions/billing/specs/spec.md', '# billing\n\nCI EDIT.\n');
    commitAll(ci, 'ci edit');

    const [first, second] = await race(hook, ci);
    expect([first.code, second.code]).toEqual([0, 0]);
    const survivors = expectOnePagePerArtifact([...SESSIONS, 'export']);
    expect(emulator.pageMarkdown(survivors.get('acme::search::intent') ?? '')).toContain(
      'HOOK EDIT.',
    );
    expect(emulator.pageMarkdown(survivors.get('acme::billing::spec') ?? '')).toContain('CI EDIT.');
    expect(emulator.pageMarkdown(survivors.get('acme::export::spec') ?? '')).toContain('UTF-8.');
    expect(git(hook, 'status', '--porcelain', '--', '.idse/projects')).toBe('');
  });

  it('three runs at once still converge on one page per artifact', async () => {
    const { origin, hook, ci } = twoClones(['search']);
    const third = cloneOf(origin, join(temp.dir, 'third'));
    const runs = await Promise.all([hook, ci, third].map((clone) => push(emulator, clone)));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    const survivors = expectOnePagePerArtifact(['search']);
    for (const clone of [hook, ci, third]) {
      emulator.clearLog();
      expect((await push(emulator, clone)).code).toBe(0);
      expect(writes(emulator.log())).toEqual([]);
      expect(spineRemoteIds(clone)).toEqual(Object.fromEntries(survivors));
    }
  });
});

describe('a racer that creates after our re-read and wins the tie', () => {
  it('the run whose page was trashed later points at the survivor on its next push', async () => {
    // B reads the data source, then its creates wait; A creates and re-reads (B's pages are not
    // there yet), so A keeps its own. B's pages land older, so B trashes A's: A's spine now names
    // trashed pages, which only a data source read on A's next push can notice.
    const origin = join(temp.dir, 'origin');
    originRepo(origin, 'acme', [{ id: 'search', files: { intent: filesOf('search').intent } }]);
    const a = cloneOf(origin, join(temp.dir, 'a'));
    const b = cloneOf(origin, join(temp.dir, 'b'));
    emulator.injectFault({ method: 'POST', path: '/v1/pages', hold: true });
    const runB = push(emulator, b);
    await emulator.waitForHeld(1);
    const runA = await push(emulator, a);
    expect(runA.code).toBe(0);
    const pagesOfA = racedPages(emulator).map((page) => page.id);
    emulator.clock.advance(-240_000);
    for (const held of emulator.heldRequests()) emulator.releaseHeld(held.seq, 'apply');
    expect((await runB).code).toBe(0);
    const live = racedPages(emulator).filter((p) => !p.inTrash);
    expect(live).toHaveLength(1);
    const survivors = new Map([['acme::search::intent', live[0]?.id ?? '']]);
    expect(pagesOfA).not.toContain(live[0]?.id);
    for (const id of pagesOfA)
      expect(racedPages(emulator).find((p) => p.id === id)?.inTrash).toBe(true);
    expect(Object.values(spineRemoteIds(a)).sort()).toEqual([...pagesOfA].sort());

    for (const clone of [a, b]) {
      emulator.clearLog();
      const again = await push(emulator, clone);
      expect(again.code).toBe(0);
      expect(writes(emulator.log())).toEqual([]);
      expect(spineRemoteIds(clone)).toEqual(Object.fromEntries(survivors));
    }
  });
});

describe('a page made by another run between our read and our create (held create)', () => {
  const INTENT = '# search intent\n\nWhy search matters.\n';

  /** Pushes one artifact; its create waits until `meanwhile` has made the other page. */
  async function pushAcross(meanwhile: () => Promise<void>): Promise<PushRun> {
    writeWorkspace(temp.dir, 'acme', [{ id: 'search', files: { intent: INTENT } }]);
    emulator.injectFault({ method: 'POST', path: '/v1/pages', hold: true });
    const running = push(emulator, temp.dir);
    await emulator.waitForHeld(1);
    await meanwhile();
    for (const held of emulator.heldRequests()) emulator.releaseHeld(held.seq, 'apply');
    return running;
  }

  const otherPage = (as: 'integration' | 'editor', markdown = INTENT) =>
    createPage(emulatorClient(emulator, { as }), emulator.dataSourceId, {
      properties: {
        Title: { title: [{ text: { content: 'Intent – search' } }] },
        Stage: { select: { name: 'Intent' } },
        Session: { rich_text: [{ text: { content: 'search' } }] },
      },
      markdown,
    });

  it('an older page of ours wins: the run trashes its own page and adopts the older one', async () => {
    let older = '';
    const run = await pushAcross(async () => {
      older = (await otherPage('integration')).id;
      emulator.clock.advance(120_000);
    });
    expect(run.code).toBe(0);
    const pages = racedPages(emulator);
    expect(pages.filter((p) => !p.inTrash).map((p) => p.id)).toEqual([older]);
    const mine = pages.find((p) => p.inTrash);
    expect(run.report?.warnings).toContain(
      `acme::search::intent: trashed duplicate page ${mine?.id} (kept the oldest)`,
    );
    expect(run.report?.artifacts[0]).toMatchObject({ action: 'skipped', pageId: older });
    expect(run.report?.artifacts[0]?.reason).toContain('another run created its page');
    expect(spineRemoteIds(temp.dir)).toEqual({ 'acme::search::intent': older });
    // The adopted page now carries the ledger: the next run has nothing to do.
    emulator.clearLog();
    expect((await push(emulator, temp.dir)).report?.counts.skipped).toBe(1);
    expect(writes(emulator.log())).toEqual([]);
  });

  it('a newer page of ours loses: the run keeps its own page and trashes the newer one', async () => {
    let newer = '';
    const run = await pushAcross(async () => {
      emulator.clock.advance(120_000);
      newer = (await otherPage('integration')).id;
      emulator.clock.advance(-240_000);
    });
    expect(run.code).toBe(0);
    const live = racedPages(emulator).filter((p) => !p.inTrash);
    expect(live).toHaveLength(1);
    expect(live[0]?.id).not.toBe(newer);
    expect(run.report?.artifacts[0]).toMatchObject({ action: 'created', pageId: live[0]?.id });
    expect(run.report?.warnings).toContain(
      `acme::search::intent: trashed duplicate page ${newer} (kept the oldest)`,
    );
  });

  it("an older teammate's page with other content is kept, not trashed: a conflict, nothing lost", async () => {
    let teammates = '';
    const run = await pushAcross(async () => {
      teammates = (await otherPage('editor', '# search intent\n\nThe teammate wrote this.\n')).id;
      emulator.clock.advance(120_000);
    });
    expect(run.code).toBe(3);
    expect(run.report?.artifacts[0]).toMatchObject({ action: 'conflict', pageId: teammates });
    expect(emulator.pageMarkdown(teammates)).toContain('The teammate wrote this.');
    const live = racedPages(emulator).filter((p) => !p.inTrash);
    expect(live.map((p) => p.id)).toEqual([teammates]);
  });
});
