import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { createPage } from '../notion-emulator/harness.js';
import type { Emulator } from '../notion-emulator/index.js';
import { idseFiles, pull, spineDump } from './pull-helpers.js';
import {
  actionOf,
  openSpine,
  pageOf,
  push,
  sentProperties,
  writeWorkspace,
  writes,
} from './push-helpers.js';

const FILES = {
  intent: '# Search\n\nFind notes fast.\n',
  spec: '# Spec\n\nQueries return in rank order.\n',
  plan: '# Plan\n\n1. Index\n2. Query\n',
};

let emulator: Emulator;
let workspace: TempDir;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(async () => {
  writeWorkspace(workspace.dir, 'acme', [{ id: 'search', files: FILES }]);
  // Pushed yesterday: after a first pull, only today's edits are in the pull's window.
  emulator.clock.set(Date.now() - 86_400_000);
  await push(emulator, workspace.dir);
  emulator.clock.set(Date.now());
});

/** A page a teammate makes in the Notion app. */
function teammatePage(session: string, stage: string, markdown: string, status?: string) {
  return createPage(emulatorClient(emulator, { as: 'editor' }), emulator.dataSourceId, {
    properties: {
      Title: { title: [{ text: { content: `${stage} – ${session}` } }] },
      Stage: { select: { name: stage } },
      Session: { rich_text: [{ text: { content: session } }] },
      ...(status !== undefined ? { Status: { status: { name: status } } } : {}),
    },
    markdown,
  });
}

const editor = () => emulatorClient(emulator, { as: 'editor' });

describe('pages created in Notion', () => {
  it('a page with a Session and Stage becomes an artifact file and a spine row', async () => {
    const page = await teammatePage(
      'billing',
      'Intent',
      '# Billing\n\nCharge per seat.\n\n- monthly\n- yearly',
      'In Review',
    );
    const run = await pull(emulator, workspace.dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.report?.artifacts.find((a) => a.idseId === 'acme::billing::intent')).toMatchObject({
      action: 'pulled',
      reason: 'new artifact from Notion',
      pageId: page.id,
    });
    const path = join(workspace.dir, '.idse/projects/acme/sessions/billing/intents/intent.md');
    expect(readFileSync(path, 'utf8')).toBe(
      '# Billing\n\nCharge per seat.\n\n- monthly\n- yearly\n',
    );
    const db = openSpine(workspace.dir);
    try {
      const record = db.getArtifact('acme', 'billing', 'intent');
      expect(record?.content).toBe(readFileSync(path, 'utf8'));
      expect(db.getSyncMetadata(record?.id ?? -1)?.pageId).toBe(page.id);
    } finally {
      db.close();
    }
    expect(run.report?.warnings).toContain(
      `acme::billing::intent: made from a page created in Notion; its Status "In Review" is not applied (set it in the session's metadata/session.json)`,
    );

    // The next push writes no body and never overwrites the teammate's Status.
    emulator.clearLog();
    const pushed = await push(emulator, workspace.dir);
    expect(pushed.code).toBe(0);
    const touching = writes(emulator.log()).filter((e) => e.path.includes(page.id));
    expect(touching.filter((e) => e.path.endsWith('/markdown'))).toEqual([]);
    for (const entry of touching) expect(sentProperties(entry)).toEqual(['Sync']);
    expect(pageOf(emulator, 'billing', 'Intent').values['Status']).toBe('In Review');
    expect((await pull(emulator, workspace.dir)).report?.counts.pulled).toBe(0);
  });

  it('a Session that is not a safe folder name is refused; nothing is written', async () => {
    const files = idseFiles(workspace.dir);
    const spine = spineDump(workspace.dir);
    for (const session of ['../../etc', 'a/b', '..']) {
      await teammatePage(session, 'Plan', '# Owned\n\nnot a plan');
    }
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(
      run.report?.warnings
        .filter((w) => w.includes('refused'))
        .map((w) => w.split(': ')[1])
        .sort(),
    ).toEqual(['Session ".." refused', 'Session "../../etc" refused', 'Session "a/b" refused']);
    expect(idseFiles(workspace.dir)).toEqual(files);
    expect(spineDump(workspace.dir)).toBe(spine);
    expect(existsSync(join(workspace.dir, '.idse/projects/etc'))).toBe(false);
    expect(existsSync(join(workspace.dir, 'etc'))).toBe(false);
  });

  it("a second page claiming an artifact is left alone; the artifact's own page is pulled", async () => {
    const own = pageOf(emulator, 'search', 'Intent').id;
    await pull(emulator, workspace.dir);
    const other = await teammatePage('search', 'Intent', '# Someone else\n\nentirely');
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.warnings).toContain(
      `acme::search::intent: page ${other.id} claims this artifact, which is synced with page ${own}; left alone`,
    );
    expect(
      readFileSync(
        join(workspace.dir, '.idse/projects/acme/sessions/search/intents/intent.md'),
        'utf8',
      ),
    ).toBe(FILES.intent);
  });
});

describe('pages moved or trashed in Notion', () => {
  it('a trashed page is reported and its local file stays', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    await editor().pages.update({ page_id: spec, in_trash: true });
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.artifacts.find((a) => a.idseId === 'acme::search::spec')).toMatchObject({
      action: 'trashed',
      pageId: spec,
    });
    const path = join(workspace.dir, '.idse/projects/acme/sessions/search/specs/spec.md');
    expect(readFileSync(path, 'utf8')).toBe(FILES.spec);
  });

  it('a page whose Stage changed is reported, not pulled into another artifact', async () => {
    const plan = pageOf(emulator, 'search', 'Plan').id;
    await editor().pages.update({
      page_id: plan,
      properties: { Stage: { select: { name: 'Tasks' } } },
    });
    const files = idseFiles(workspace.dir);
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(actionOf(run.report, 'acme::search::tasks')).toBeUndefined();
    expect(run.report?.warnings).toContain(
      `acme::search::plan: its page ${plan} now says Session "search", Stage "tasks" in Notion; not pulled (rename the artifact in the workspace, or change the page back)`,
    );
    expect(idseFiles(workspace.dir)).toEqual(files);
  });

  it('a page Notion truncates at its record limit is read whole through its subtrees', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    await emulatorClient(emulator, { as: 'editor' }).request({
      path: `pages/${spec}/markdown`,
      method: 'patch',
      body: {
        markdown_version: 'v2',
        type: 'update_content',
        update_content: {
          content_updates: [
            { old_str: 'Queries return in rank order.', new_str: 'A\n\nB\n\nC\n\nD' },
          ],
        },
      },
    });
    emulator.setMarkdownRecordLimit(2);
    emulator.clearLog();
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(actionOf(run.report, 'acme::search::spec')).toBe('pulled');
    const path = join(workspace.dir, '.idse/projects/acme/sessions/search/specs/spec.md');
    expect(readFileSync(path, 'utf8')).toBe('# Spec\n\nA\n\nB\n\nC\n\nD\n');
    // The blocks past the limit came back one subtree each (GET .../markdown on a block id).
    const reads = emulator.log().filter((e) => e.method === 'GET' && e.path.endsWith('/markdown'));
    expect(
      reads.filter((e) => e.path.includes(spec.replace(/-/g, '')) || e.path.includes(spec)),
    ).toHaveLength(1);
    expect(reads.length).toBeGreaterThan(1);
  });
});

describe('Notion-only blocks', () => {
  it('survive a pull and the next push (kept as tags in the file)', async () => {
    const spec = pageOf(emulator, 'search', 'Specification').id;
    const bookmark = emulator.addUnsupportedBlock(spec);
    const child = emulator.addChildPage(spec, 'Meeting notes');
    const image = emulator.addFileImage(spec).blockId;
    await emulatorClient(emulator, { as: 'editor' }).request({
      path: `pages/${spec}/markdown`,
      method: 'patch',
      body: {
        markdown_version: 'v2',
        type: 'update_content',
        update_content: {
          content_updates: [{ old_str: 'rank order', new_str: 'score order' }],
        },
      },
    });
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    const path = join(workspace.dir, '.idse/projects/acme/sessions/search/specs/spec.md');
    const pulled = readFileSync(path, 'utf8');
    expect(pulled).toContain('Queries return in score order.');
    expect(pulled).toContain('<unknown');
    expect(pulled).toContain('<page');
    // Nothing more to pull: the image's signed URL changes on every read, not its hash.
    expect((await pull(emulator, workspace.dir)).report?.counts.pulled).toBe(0);

    writeFileSync(path, pulled.replace('# Spec', '# Specification'));
    const pushed = await push(emulator, workspace.dir);
    expect(pushed.code).toBe(0);
    expect(actionOf(pushed.report, 'acme::search::spec')).toBe('updated');
    const ids = emulator.pageBlocks(spec).map((b) => b.id);
    expect(ids).toEqual(expect.arrayContaining([bookmark, child, image]));
    expect(emulator.pageMarkdown(spec)).toContain('# Specification');
  });
});

describe('a workspace without files yet', () => {
  it('pull --project fills it from the database; without --project it says what to do', async () => {
    const empty = makeTempDir();
    try {
      mkdirSync(join(empty.dir, '.idse'));
      const bare = await pull(emulator, empty.dir);
      expect(bare.code).toBe(0);
      expect(bare.report?.warnings).toContain(
        'no project to pull into: the workspace has no artifacts yet; run `idse-sync pull --project <name>`',
      );
      const run = await pull(emulator, empty.dir, ['--project', 'acme']);
      expect(run.code).toBe(0);
      expect(run.report?.counts.pulled).toBe(3);
      const artifactFiles = (root: string) =>
        Object.fromEntries(Object.entries(idseFiles(root)).filter(([p]) => p.endsWith('.md')));
      expect(artifactFiles(empty.dir)).toEqual(artifactFiles(workspace.dir));
      // The pages already hold these documents: neither side has anything to write.
      emulator.clearLog();
      expect((await push(emulator, empty.dir)).report?.counts.updated).toBe(0);
      expect(writes(emulator.log())).toEqual([]);
    } finally {
      empty.cleanup();
    }
  });
});
