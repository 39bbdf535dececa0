import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceHistory } from '../../src/git/changed.js';
import { nextPushCursor, selectChanges } from '../../src/git/push-range.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { artifactPath, commitAll, git, initRepo, write } from './git-helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** A repository with commits c1..c4 on main, each editing one artifact, and a side branch. */
function history(): { root: string; c: string[]; side: string } {
  const { dir: root, cleanup } = makeTempDir('idse-range-');
  cleanups.push(cleanup);
  initRepo(root);
  const c: string[] = [];
  for (const [i, file] of ['specs/spec.md', 'plans/plan.md', 'tasks/tasks.md'].entries()) {
    write(root, artifactPath('acme', 's1', file), `version ${i}\n`);
    c.push(commitAll(root, `c${i + 1}`));
  }
  git(root, 'checkout', '--quiet', '-b', 'side', c[0] as string);
  write(root, artifactPath('acme', 's1', 'intents/intent.md'), 'side\n');
  const side = commitAll(root, 'side');
  git(root, 'checkout', '--quiet', 'main');
  write(root, artifactPath('acme', 's1', 'specs/spec.md'), 'version 3\n');
  c.push(commitAll(root, 'c4'));
  return { root, c, side };
}

describe('selectChanges', () => {
  it('--changed is the last commit when the cursor is at its parent or absent', async () => {
    const { root, c } = history();
    const h = await WorkspaceHistory.open(root);
    for (const cursor of [undefined, c[2], c[3]]) {
      const selected = await selectChanges(h, { lastCommit: true }, cursor);
      expect(selected.range).toEqual({ from: c[2], to: c[3] });
      expect(selected.widenedFrom).toBeUndefined();
      expect(selected.changes.map((x) => x.idseId)).toEqual(['acme::s1::spec']);
    }
  });

  it('--changed reaches back to an older cursor, so skipped commits are not left behind', async () => {
    const { root, c } = history();
    const h = await WorkspaceHistory.open(root);
    const selected = await selectChanges(h, { lastCommit: true }, c[0]);
    expect(selected.range).toEqual({ from: c[0], to: c[3] });
    expect(selected.widenedFrom).toEqual({ commit: c[0], commits: 3 });
    expect(selected.changes.map((x) => x.idseId)).toEqual([
      'acme::s1::plan',
      'acme::s1::spec',
      'acme::s1::tasks',
    ]);
  });

  it('--changed ignores a cursor on another line of history or unknown here', async () => {
    const { root, c, side } = history();
    const h = await WorkspaceHistory.open(root);
    for (const cursor of [side, 'f'.repeat(40)]) {
      const selected = await selectChanges(h, { lastCommit: true }, cursor);
      expect(selected.range).toEqual({ from: c[2], to: c[3] });
    }
  });

  it('--since is REF..HEAD whatever the cursor', async () => {
    const { root, c } = history();
    const h = await WorkspaceHistory.open(root);
    const selected = await selectChanges(h, { since: 'HEAD~2' }, c[2]);
    expect(selected.range).toEqual({ from: c[1], to: c[3] });
    expect(selected.changes.map((x) => x.idseId)).toEqual(['acme::s1::spec', 'acme::s1::tasks']);
  });
});

describe('nextPushCursor', () => {
  it('a full push, or the first recorded push, sets the cursor to where it pushed', async () => {
    const { root, c } = history();
    const h = await WorkspaceHistory.open(root);
    expect(await nextPushCursor(h, null, c[0])).toBe(c[3]);
    expect(await nextPushCursor(h, { from: c[2] as string, to: c[3] as string }, undefined)).toBe(
      c[3],
    );
  });

  it('a range push moves the cursor only when it covered everything since the cursor', async () => {
    const { root, c } = history();
    const h = await WorkspaceHistory.open(root);
    const range = { from: c[1] as string, to: c[3] as string };
    expect(await nextPushCursor(h, range, c[1])).toBe(c[3]);
    expect(await nextPushCursor(h, range, c[2])).toBe(c[3]);
    // c1..c2 would be skipped: the cursor stays for the next --changed to reach back to.
    expect(await nextPushCursor(h, range, c[0])).toBeNull();
  });

  it('restarts from a cursor that is not an ancestor (another branch, unknown commit)', async () => {
    const { root, c, side } = history();
    const h = await WorkspaceHistory.open(root);
    const range = { from: c[2] as string, to: c[3] as string };
    expect(await nextPushCursor(h, range, side)).toBe(c[3]);
    expect(await nextPushCursor(h, range, 'f'.repeat(40))).toBe(c[3]);
  });
});
