// Attacks 4, 5 and 6 (trailers): what any editor of the database, guests included, can put on a
// page: Session names git or the file system treat specially, a page related to itself, a
// Sync ledger whose commit is a git option, a display name that forges commit trailers. Each
// is refused or made inert for that page alone; the nightly `pull --commit` goes on, commits
// the rest, and its cursor moves.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { emulatorClient } from '../notion-emulator/client.js';
import type { Emulator } from '../notion-emulator/index.js';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { teammatePage } from '../hardening/hostile-helpers.js';
import { editorUpdate, git, pull } from '../sync/pull-helpers.js';
import {
  actionOf,
  commitAll,
  openSpine,
  pageOf,
  plainPages,
  push,
  writeWorkspace,
} from '../sync/push-helpers.js';
import { useTamperProxy, type TamperProxy } from './helpers.js';

const INTENT = '# Search\n\nFind notes fast.\n';
const PLAN = '# Plan\n\nA tiny parser turns queries into filters.\n\nResults are ranked.\n';
const SESSION = '.idse/projects/acme/sessions/search';

let emulator: Emulator;
let proxy: TamperProxy;
let temp: TempDir;
let root: string;
useEmulator((started) => (emulator = started));
useTamperProxy(
  () => emulator,
  (started) => (proxy = started),
);
useWorkspace((made) => (temp = made), 'idse-notion-content-');
beforeEach(async () => {
  root = join(temp.dir, 'ws');
  writeWorkspace(root, 'acme', [
    { id: 'search', files: { intent: INTENT, plan: PLAN } },
    { id: 'other', files: { intent: '# Other\n\nUntouched.\n' } },
  ]);
  expect((await push(emulator, root)).code).toBe(0);
  commitAll(root, 'design');
});

const editor = () => emulatorClient(emulator, { as: 'editor' });
const pullCursor = () => {
  const db = openSpine(root);
  try {
    return db.getCursor(`pull:${emulator.dataSourceId}`);
  } finally {
    db.close();
  }
};

describe('attack 4: Session names and relations that used to stop every nightly pull', () => {
  it('each hostile Session is refused by name; the rest is committed and the cursor moves', async () => {
    const hostile = [
      '.git',
      '.GIT',
      '...',
      'é'.repeat(200), // 200 characters, 400 bytes
      'safe\u202eexe.md',
      'zero\u200bwidth',
      'cafe\u0301',
    ];
    for (const session of hostile) await teammatePage(emulator, session, 'Plan', '# Mine\n');
    // `*` is a fine name: git gets it as a literal pathspec, never a glob.
    await teammatePage(emulator, '*', 'Plan', '# Star\n\nA plan.\n');
    await editorUpdate(emulator, pageOf(emulator, 'search', 'Intent').id, [
      { old_str: 'Find notes fast.', new_str: 'Find notes faster.' },
    ]);
    // An uncommitted local edit in another session: a glob would sweep it into the commit.
    const dirty = '.idse/projects/acme/sessions/other/intents/intent.md';
    writeFileSync(join(root, dirty), '# Other\n\nLocal, not for this commit.\n');

    const run = await pull(emulator, root, ['--commit']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const refused = run.report?.warnings.filter((w) => /Session .* refused/.test(w)) ?? [];
    expect(refused).toHaveLength(hostile.length);
    expect(refused.join('\n')).toMatch(/git keeps its own data under that name/);
    expect(refused.join('\n')).toMatch(/only dots/);
    expect(refused.join('\n')).toMatch(/longer than 255 bytes in UTF-8 \(400 bytes\)/);
    expect(refused.join('\n')).toMatch(/text-direction character \(U\+202E\)/);
    expect(refused.join('\n')).toMatch(/invisible .*\(U\+200B\)/);
    expect(refused.join('\n')).toMatch(/not in Unicode NFC form/);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('pulled');
    expect(actionOf(run.report, 'acme::*::plan')).toBe('pulled');
    expect(run.report?.commit).toMatch(/^[0-9a-f]{40}$/);
    const committed = git(root, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort();
    expect(committed).toEqual([
      '.idse/idse.db',
      '.idse/projects/acme/sessions/*/plans/plan.md',
      `${SESSION}/intents/intent.md`,
    ]);
    expect(git(root, 'status', '--porcelain', '--', dirty)).toBe(`M ${dirty}`);
    expect(readdirSync(join(root, '.idse/projects/acme/sessions')).sort()).toEqual([
      '*',
      'other',
      'search',
    ]);
    expect(pullCursor()).toBeDefined();
  });

  it('a page related to itself is a warning for that artifact; the pull goes on', async () => {
    const plan = pageOf(emulator, 'search', 'Plan').id;
    const intent = pageOf(emulator, 'search', 'Intent').id;
    await editor().pages.update({
      page_id: plan,
      properties: { 'Upstream Artifact': { relation: [{ id: plan }, { id: intent }] } },
    });
    await editorUpdate(emulator, intent, [{ old_str: 'fast.', new_str: 'faster.' }]);
    const run = await pull(emulator, root, ['--commit']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.report?.warnings).toContainEqual(
      'acme::search::plan: Upstream Artifact names the page itself; that relation is ignored (remove it in Notion)',
    );
    expect(actionOf(run.report, 'acme::search::intent')).toBe('pulled');
    // The sound part of the relation is applied.
    const db = openSpine(root);
    try {
      const record = db.findByIdseId('acme::search::plan');
      expect(db.getDependencies(record?.id ?? 0, 'upstream').map((a) => a.idseId)).toEqual([
        'acme::search::intent',
      ]);
    } finally {
      db.close();
    }
    expect(pullCursor()).toBeDefined();
    // Run again: still a warning, never an error.
    expect((await pull(emulator, root)).code).toBe(0);
  });
});

describe('attack 5: a Sync ledger whose commit is a git option', () => {
  for (const commit of ['--output=o', '-p', '0123456789abcdef0123456789abcdef01234567']) {
    it(`commit ${JSON.stringify(commit)} never reaches git as one; the merge still finds its base`, async () => {
      const page = pageOf(emulator, 'search', 'Plan');
      const ledger = String(page.values['Sync']);
      const forged = ledger.replace(/"c":(null|"[0-9a-f]{40}")/, `"c":${JSON.stringify(commit)}`);
      expect(forged).not.toBe(ledger);
      await editor().pages.update({
        page_id: page.id,
        properties: { Sync: { rich_text: [{ text: { content: forged } }] } },
      });
      // Both sides edit different blocks: the pull needs the committed base to merge them.
      await editorUpdate(emulator, page.id, [
        { old_str: 'Results are ranked.', new_str: 'Results are ranked by score.' },
      ]);
      const plan = join(root, SESSION, 'plans/plan.md');
      writeFileSync(plan, PLAN.replace('A tiny parser', 'A small parser'));
      // A spine without its copy of the page (another machine's): the base comes from git.
      const db = openSpine(root);
      db.deleteRemoteSnapshot('acme::search::plan');
      db.close();
      // `git show --output=o:<path>` would write there (git appends `:<path>` to the commit).
      const target = join(root, `o:${SESSION}/plans`);
      mkdirSync(target, { recursive: true });

      const run = await pull(emulator, root);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(actionOf(run.report, 'acme::search::plan')).toBe('pulled');
      expect(readFileSync(plan, 'utf8')).toBe(
        PLAN.replace('A tiny parser', 'A small parser').replace('ranked.', 'ranked by score.'),
      );
      expect(readdirSync(target)).toEqual([]);
    });
  }
});

describe('attack 6: a display name that forges commit trailers', () => {
  it('stays on its line of the message; the commit has no trailer', async () => {
    const forged =
      'Eve\n\nCo-authored-by: Mallory <mallory@evil.example>\nSigned-off-by: Mallory <mallory@evil.example>';
    proxy.rule = (request) =>
      request.method === 'GET' &&
      request.path.startsWith('/v1/users/') &&
      !request.path.endsWith('/me')
        ? { transform: (user) => ({ ...user, name: forged }) }
        : undefined;
    await editorUpdate(emulator, pageOf(emulator, 'search', 'Intent').id, [
      { old_str: 'fast.', new_str: 'faster.' },
    ]);
    const run = await pull(emulator, root, ['--commit'], { NOTION_BASE_URL: proxy.url });
    expect(run.code).toBe(0);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('pulled');
    expect(git(root, 'log', '-1', '--format=%(trailers)')).toBe('');
    const message = git(root, 'log', '-1', '--format=%B');
    expect(message).toContain(
      'Edited in Notion by: Eve\\n\\nCo-authored-by: Mallory <mallory@evil.example>\\nSigned-off-by: Mallory <mallory@evil.example>',
    );
    expect(
      message.split('\n').filter((line) => /^(Co-authored-by|Signed-off-by):/i.test(line)),
    ).toEqual([]);
    expect(plainPages(emulator)).toHaveLength(3);
  });
});
