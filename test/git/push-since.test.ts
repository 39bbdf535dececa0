import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { openSpine, pageOf, push, writes } from '../sync/push-helpers.js';
import { artifactPath, commitAll, git, initRepo, remove, write } from './git-helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => emulator.close());

const cleanups: (() => void)[] = [];
afterEach(() => {
  emulator.reset();
  while (cleanups.length > 0) cleanups.pop()?.();
});

const P = 'acme-notes';
const file = (session: string, path: string) => artifactPath(P, session, path);

/** The sample workspace in a fresh repository, pushed once (every page exists). */
async function pushedSample(): Promise<{ root: string; base: string }> {
  const { dir, cleanup } = makeTempDir('idse-since-');
  cleanups.push(cleanup);
  cpSync(join(REPO_ROOT, 'examples/sample'), dir, { recursive: true });
  initRepo(dir);
  commitAll(dir, 'sample');
  const first = await push(emulator, dir);
  expect(first.report?.counts.created).toBe(10);
  return { root: dir, base: commitAll(dir, 'spine after the first push') };
}

function cursorOf(root: string): string | undefined {
  const spine = openSpine(root);
  try {
    return spine.getCursor('push:commit');
  } finally {
    spine.close();
  }
}

describe('push --since', () => {
  it('pushes the changed artifacts and reports renamed and deleted ones, deleting no page', async () => {
    const { root, base } = await pushedSample();
    const blueprintContext = pageOf(emulator, '__blueprint__', 'Context').id;
    const feedback = pageOf(emulator, 'search-v2', 'Feedback').id;
    write(root, file('search-v2', 'specs/spec.md'), '# Spec\n\nRewritten in git.\n');
    remove(root, file('search-v2', 'feedback/feedback.md'));
    git(root, 'add', '-A');
    // A session renamed in git: its artifacts get new idse_ids.
    git(root, 'mv', `.idse/projects/${P}/sessions/__blueprint__/contexts`, 'ctx-tmp');
    git(root, 'mv', 'ctx-tmp', `.idse/projects/${P}/sessions/__blueprint__/context-notes`);
    commitAll(root, 'edit, delete, rename');
    emulator.clearLog();

    const run = await push(emulator, root, ['--since', base]);
    expect(run.code).toBe(0);
    const actions = Object.fromEntries(run.report?.artifacts.map((a) => [a.idseId, a]) ?? []);
    expect(Object.keys(actions)).toEqual([
      `${P}::__blueprint__::context`,
      `${P}::search-v2::feedback`,
      `${P}::search-v2::spec`,
    ]);
    expect(actions[`${P}::search-v2::spec`]?.action).toBe('updated');
    expect(actions[`${P}::search-v2::feedback`]).toMatchObject({
      action: 'deleted',
      pageId: feedback,
      reason: expect.stringMatching(/deleted in git; its Notion page is left as it is/),
    });
    expect(actions[`${P}::__blueprint__::context`]).toMatchObject({
      action: 'deleted',
      pageId: blueprintContext,
      reason: expect.stringMatching(/renamed to .*context-notes\/context\.md/),
    });
    expect(run.report?.counts).toMatchObject({ pushed: 1, updated: 1, failed: 0 });
    // Only the edited page was written; the pages of deleted files are neither trashed nor edited.
    const written = new Set(writes(emulator.log()).map((e) => e.path.split('/')[3]));
    expect([...written]).toEqual([pageOf(emulator, 'search-v2', 'Specification').id]);
    expect(emulator.listPages()).toHaveLength(10);
  });

  it('works in a shallow clone (git clone --depth 1), fetching the history it needs', async () => {
    const { root } = await pushedSample();
    write(root, file('search-v2', 'plans/plan.md'), '# Plan\n\nEdited before the clone.\n');
    remove(root, file('search-v2', 'tasks/tasks.md'));
    commitAll(root, 'plan edited, tasks deleted');
    write(root, file('search-v2', 'intents/intent.md'), '# Intent\n\nEdited last.\n');
    commitAll(root, 'intent edited');
    const { dir, cleanup } = makeTempDir('idse-since-clone-');
    cleanups.push(cleanup);
    git(dir, 'clone', '--quiet', '--depth', '1', `file://${root}`, 'clone');
    const clone = join(dir, 'clone');
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');

    const run = await push(emulator, clone, ['--since', 'HEAD~2']);
    expect(run.stderr).toBe('');
    expect(run.report?.artifacts.map((a) => `${a.action} ${a.idseId}`)).toEqual([
      `updated ${P}::search-v2::intent`,
      `updated ${P}::search-v2::plan`,
      `deleted ${P}::search-v2::tasks`,
    ]);
  });
});

describe('push --changed', () => {
  it('after a failed run, the next one reaches back to the last recorded push', async () => {
    const { root } = await pushedSample();
    const recorded = cursorOf(root);
    expect(recorded).toBe(git(root, 'rev-parse', 'HEAD~1'));
    write(root, file('search-v2', 'specs/spec.md'), '# Spec\n\nFirst commit.\n');
    commitAll(root, 'spec');
    const failed = await push(emulator, root, ['--changed'], { NOTION_TOKEN: 'ntn_bad_token' });
    expect(failed.code).toBe(2);
    expect(cursorOf(root)).toBe(recorded);

    write(root, file('search-v2', 'plans/plan.md'), '# Plan\n\nSecond commit.\n');
    const head = commitAll(root, 'plan');
    const run = await push(emulator, root, ['--changed']);
    expect(run.report?.artifacts.map((a) => `${a.action} ${a.idseId}`)).toEqual([
      `updated ${P}::search-v2::plan`,
      `updated ${P}::search-v2::spec`,
    ]);
    expect(run.report?.warnings[0]).toMatch(/also covered 2 earlier commits since the last/);
    expect(cursorOf(root)).toBe(head);
    expect(emulator.pageMarkdown(pageOf(emulator, 'search-v2', 'Specification').id)).toContain(
      'First commit.',
    );
  });

  it('a commit without artifact changes needs no token and makes no request', async () => {
    const { root } = await pushedSample();
    write(root, 'README.md', 'not an artifact\n');
    const head = commitAll(root, 'readme');
    emulator.clearLog();
    const run = await push(emulator, root, ['--changed'], { NOTION_TOKEN: undefined });
    expect(run.code).toBe(0);
    expect(run.report?.counts.pushed).toBe(0);
    expect(run.report?.warnings).toEqual([
      expect.stringMatching(/nothing to push: no artifact file was added or changed/),
    ]);
    expect(emulator.log()).toEqual([]);
    expect(cursorOf(root)).toBe(head);
  });

  it('--log-file gets one line per run, for a push and for a stopped run, without the token', async () => {
    const { root } = await pushedSample();
    const log = join(root, '.idse', 'sync.log');
    write(root, file('search-v2', 'specs/spec.md'), '# Spec\n\nLogged.\n');
    commitAll(root, 'spec');
    const ok = await push(emulator, root, ['--changed', '--log-file', log]);
    expect(ok.code).toBe(0);
    write(root, file('search-v2', 'plans/plan.md'), '# Plan\n\nNo token.\n');
    commitAll(root, 'plan');
    const stopped = await push(emulator, root, ['--changed', '--log-file', log], {
      NOTION_TOKEN: undefined,
    });
    expect(stopped.code).toBe(2);
    const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ push [0-9a-f]{12}\.\.[0-9a-f]{12}: pushed 1 \(created 0, updated 1\), skipped 0, failed 0, conflicts 0; \d+ Notion requests$/,
    );
    expect(lines[1]).toMatch(/^\S+Z push stopped: No Notion token: .* Fix: .*NOTION_TOKEN/);
    expect(readFileSync(log, 'utf8')).not.toContain(emulator.token);
  });

  it('refuses --since with --changed, and --changed outside a git repository', async () => {
    const { root } = await pushedSample();
    const both = await push(emulator, root, ['--changed', '--since', 'HEAD~1']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/cannot be used with/);

    const { dir, cleanup } = makeTempDir('idse-nogit-');
    cleanups.push(cleanup);
    cpSync(join(REPO_ROOT, 'examples/sample'), dir, { recursive: true });
    const outside = await push(emulator, dir, ['--changed']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/need a git repository/);
  });
});

describe('a bare push', () => {
  it('records the commit it pushed, but not when it failed or covered one project only', async () => {
    const { dir: root, cleanup } = makeTempDir('idse-bare-');
    cleanups.push(cleanup);
    cpSync(join(REPO_ROOT, 'examples/sample'), root, { recursive: true });
    initRepo(root);
    const head = commitAll(root, 'sample');
    await push(emulator, root, ['--project', P]);
    expect(cursorOf(root)).toBeUndefined();
    await push(emulator, root);
    expect(cursorOf(root)).toBe(head);
  });
});
