import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { artifactsChangedIn, unionOf } from '../../src/action/changed-artifacts.js';
import { deletedOutcome } from '../../src/sync/changed-push.js';
import { makeTempDir } from '../helpers/fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function repository() {
  const { dir, cleanup } = makeTempDir('idse-action-changed-');
  cleanups.push(cleanup);
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' }).trim();
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 'T');
  git('config', 'commit.gpgsign', 'false');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '--quiet', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  return { dir, git, write, commit };
}

// The workspace lives in a subfolder of the repository: paths outside it must not count.
const WS = 'design';
const session = (name: string) => `${WS}/.idse/projects/acme/sessions/${name}`;

describe('artifacts changed in an event range', () => {
  it('names the changed artifact files inside the workspace folder, nothing else', async () => {
    const repo = repository();
    repo.write(`${session('one')}/plans/plan.md`, '# Plan\n');
    repo.write(`${session('one')}/specs/spec.md`, '# Spec\n');
    const base = repo.commit('first');
    repo.write(`${session('one')}/plans/plan.md`, '# Plan, changed\n');
    repo.write(`${session('one')}/notes.txt`, 'not an artifact');
    repo.write('.idse/projects/acme/sessions/one/specs/spec.md', 'outside the workspace');
    repo.write('README.md', 'code change');
    const head = repo.commit('second');

    const changed = await artifactsChangedIn(join(repo.dir, WS), { from: base, to: head });
    expect(changed.note).toBeUndefined();
    expect([...(changed.ids ?? [])]).toEqual(['acme::one::plan']);
  });

  it('covers every artifact of a session whose metadata changed (its properties come from it)', async () => {
    const repo = repository();
    const top = '.idse/projects/acme/sessions';
    repo.write(`${top}/two/metadata/session.json`, '{"status":"draft"}');
    repo.write(`${top}/two/intents/intent.md`, '# Intent\n');
    repo.write(`${top}/two/tasks/tasks.md`, '# Tasks\n');
    repo.write(`${top}/three/intents/intent.md`, '# Intent\n');
    const base = repo.commit('first');
    repo.write(`${top}/two/metadata/session.json`, '{"status":"review"}');
    const head = repo.commit('second');
    const changed = await artifactsChangedIn(repo.dir, { from: base, to: head });
    expect([...(changed.ids ?? [])].sort()).toEqual(['acme::two::intent', 'acme::two::tasks']);
  });

  it('reports deleted and renamed-away artifact files apart: they are never pushed', async () => {
    const repo = repository();
    repo.write(`${session('one')}/specs/spec.md`, '# Spec\n');
    repo.write(`${session('one')}/plans/plan.md`, '# Plan\n');
    const base = repo.commit('first');
    rmSync(join(repo.dir, `${session('one')}/specs/spec.md`));
    rmSync(join(repo.dir, `${session('one')}/plans/plan.md`));
    repo.write(`${session('one')}/tasks/tasks.md`, '# Plan\n');
    const head = repo.commit('second');
    const changed = await artifactsChangedIn(join(repo.dir, WS), { from: base, to: head });
    expect([...(changed.ids ?? [])]).toEqual(['acme::one::tasks']);
    expect(changed.deleted.map(deletedOutcome)).toEqual([
      {
        idseId: 'acme::one::plan',
        action: 'deleted',
        pageId: null,
        path: '.idse/projects/acme/sessions/one/plans/plan.md',
        reason:
          'file renamed to .idse/projects/acme/sessions/one/tasks/tasks.md; its Notion page is left as it is',
      },
      {
        idseId: 'acme::one::spec',
        action: 'deleted',
        pageId: null,
        path: '.idse/projects/acme/sessions/one/specs/spec.md',
        reason: 'file deleted in git; its Notion page is left as it is',
      },
    ]);
  });

  it('joins two coverings of the same head; "every artifact" wins', () => {
    const a = { ids: new Set(['x']), deleted: [] };
    const b = { ids: new Set(['y']), deleted: [] };
    expect([...(unionOf(a, b).ids ?? [])].sort()).toEqual(['x', 'y']);
    expect(unionOf(a, { ids: null, deleted: [], note: 'all' }).ids).toBeNull();
  });

  it('a range with only code changes covers no artifact', async () => {
    const repo = repository();
    repo.write(`${session('one')}/specs/spec.md`, '# Spec\n');
    const base = repo.commit('first');
    repo.write('src/index.ts', 'export {};\n');
    const head = repo.commit('second');
    const changed = await artifactsChangedIn(join(repo.dir, WS), { from: base, to: head });
    expect(changed.ids?.size).toBe(0);
  });

  it('without a base, or with one the clone lacks and cannot fetch, every artifact is covered', async () => {
    const repo = repository();
    repo.write(`${session('one')}/specs/spec.md`, '# Spec\n');
    const head = repo.commit('first');
    expect(await artifactsChangedIn(join(repo.dir, WS), { from: null, to: head })).toEqual({
      ids: null,
      deleted: [],
      note: 'no base commit to compare with: every artifact is checked',
    });
    const missing = 'f'.repeat(40);
    const changed = await artifactsChangedIn(join(repo.dir, WS), { from: missing, to: head });
    expect(changed.ids).toBeNull();
    expect(changed.note).toBe(
      `commit ${missing} is not in the checkout (shallow clone or force push): every artifact is checked`,
    );
  });

  it('fetches a base that a depth-1 checkout lacks', async () => {
    const origin = repository();
    origin.write(`${session('one')}/specs/spec.md`, '# Spec\n');
    origin.write(`${session('one')}/plans/plan.md`, '# Plan\n');
    const base = origin.commit('first');
    origin.write(`${session('one')}/plans/plan.md`, '# Plan 2\n');
    const head = origin.commit('second');
    const clone = repository();
    clone.git('remote', 'add', 'origin', `file://${origin.dir}`);
    clone.git('fetch', '--quiet', '--depth=1', 'origin', head);
    clone.git('checkout', '--quiet', '--detach', 'FETCH_HEAD');
    expect(() => clone.git('cat-file', '-e', `${base}^{commit}`)).toThrow();
    const changed = await artifactsChangedIn(join(clone.dir, WS), { from: base, to: head });
    expect([...(changed.ids ?? [])]).toEqual(['acme::one::plan']);
  });
});
