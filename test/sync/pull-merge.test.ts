import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { createPage } from '../notion-emulator/harness.js';
import type { Emulator } from '../notion-emulator/index.js';
import { diffLines, editorReplace, editorUpdate, git, pull } from './pull-helpers.js';
import { commitAll, pageOf, push, writes, writeWorkspace } from './push-helpers.js';

// Issue 13's cases, end to end on the CLI against the emulator: what Notion only canonicalizes
// is never an edit, an edit made on both sides lands once, comments stay local and byte-exact.
const SPEC = '.idse/projects/acme/sessions/search/specs/spec.md';

// Written as people write: `*` bullets, `_` emphasis, a setext heading, a padded table, `js`.
const DOC = [
  'Search',
  '======',
  '',
  '<!-- guidance: say what the search must do, not how -->',
  '',
  'Search finds a note by any _word_ in its title or body.',
  '',
  '* Exact words score higher than stems.',
  '* Titles weigh twice as much as bodies.',
  '',
  '| Signal | Weight |',
  '|:-------|-------:|',
  '| title  | 2.0    |',
  '',
  '```js',
  'export function rank(hits) {',
  '  return hits.sort((a, b) => b.score - a.score);',
  '}',
  '```',
  '',
  'Ranking happens in memory. <!-- TODO: measure it -->',
  '',
  'Open questions are tracked in the feedback file.',
  '',
].join('\n');

let emulator: Emulator;
let workspace: TempDir;
let pageId: string;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(async () => {
  writeWorkspace(workspace.dir, 'acme', [{ id: 'search', files: { spec: DOC } }]);
  commitAll(workspace.dir, 'spec');
  expect((await push(emulator, workspace.dir)).code).toBe(0);
  git(workspace.dir, 'add', '-A');
  git(workspace.dir, 'commit', '--quiet', '-m', 'pushed');
  pageId = pageOf(emulator, 'search', 'Specification').id;
});

const file = () => readFileSync(join(workspace.dir, SPEC), 'utf8');
const edit = (text: string) => writeFileSync(join(workspace.dir, SPEC), text);

describe('what Notion only canonicalizes is never an edit', () => {
  it('Notion holds the js block as javascript, the rest in its own forms; the file is kept', async () => {
    const page = emulator.pageMarkdown(pageId);
    expect(page).toContain('```javascript');
    expect(page).toContain('- Exact words');
    expect(page).toContain('# Search');
    // A teammate touches another block: nothing else of the file moves.
    await editorUpdate(emulator, pageId, [
      { old_str: 'tracked in the feedback file', new_str: 'tracked in feedback.md' },
    ]);
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(diffLines(workspace.dir, SPEC)).toEqual([
      '-Open questions are tracked in the feedback file.',
      '+Open questions are tracked in feedback.md.',
    ]);
  });

  it('a code-block edit in Notion is a one-line diff and the fence keeps js', async () => {
    await editorUpdate(emulator, pageId, [
      { old_str: 'b.score - a.score', new_str: 'b.score - a.score || a.age - b.age' },
    ]);
    const run = await pull(emulator, workspace.dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ pulled: 1, conflicts: 0 });
    expect(diffLines(workspace.dir, SPEC)).toEqual([
      '-  return hits.sort((a, b) => b.score - a.score);',
      '+  return hits.sort((a, b) => b.score - a.score || a.age - b.age);',
    ]);
    expect(file()).toContain('```js\nexport function rank');
    // The page already holds the file: the next push writes nothing.
    emulator.clearLog();
    expect((await push(emulator, workspace.dir)).code).toBe(0);
    expect(writes(emulator.log())).toEqual([]);
  });

  it('with a local edit elsewhere too, the code-block edit merges (no false conflict)', async () => {
    edit(DOC.replace('twice as much', 'three times as much'));
    await editorUpdate(emulator, pageId, [{ old_str: 'return hits', new_str: 'return [...hits]' }]);
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.artifacts[0]).toMatchObject({ action: 'pulled' });
    expect(file()).toBe(
      DOC.replace('twice as much', 'three times as much').replace(
        'return hits',
        'return [...hits]',
      ),
    );
  });
});

describe('an edit made on both sides lands once', () => {
  const ADDED = 'Stop words are never indexed.';

  it('the same paragraph added in git and in Notion, plus another Notion edit', async () => {
    const local = DOC.replace(
      'Ranking happens in memory.',
      `${ADDED}\n\nRanking happens in memory.`,
    );
    edit(local);
    git(workspace.dir, 'commit', '--quiet', '-am', 'local paragraph');
    await editorUpdate(emulator, pageId, [
      { old_str: 'Ranking happens', new_str: `${ADDED}\n\nRanking happens` },
      { old_str: 'tracked in the feedback file', new_str: 'tracked in feedback.md' },
    ]);
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ pulled: 1, conflicts: 0 });
    expect(file().split(ADDED)).toHaveLength(2);
    expect(file()).toBe(local.replace('the feedback file', 'feedback.md'));

    const pushed = await push(emulator, workspace.dir);
    expect(pushed.code).toBe(0);
    const page = emulator.pageMarkdown(pageId);
    expect(page.split(ADDED)).toHaveLength(2);
    expect(page).toContain('tracked in feedback.md');
    // Closed loop.
    expect((await pull(emulator, workspace.dir)).report?.counts.pulled).toBe(0);
    expect(file().split(ADDED)).toHaveLength(2);
  });

  it('different paragraphs added at the same place are a conflict, nothing written', async () => {
    const local = DOC.replace('Ranking happens', 'Local words.\n\nRanking happens');
    edit(local);
    await editorUpdate(emulator, pageId, [
      { old_str: 'Ranking happens', new_str: 'Notion words.\n\nRanking happens' },
    ]);
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(3);
    expect(run.report?.artifacts[0]?.reason).toContain('different blocks added at the same place');
    expect(file()).toBe(local);
  });
});

describe('HTML comments are local', () => {
  it('are never sent to Notion and keep their bytes through pulls around them', async () => {
    const page = emulator.pageMarkdown(pageId);
    expect(page).not.toContain('guidance');
    expect(page).not.toContain('TODO');
    expect(page).not.toContain('<!--');
    // Notion edits the paragraph that holds a comment, and deletes the one after the heading.
    await editorUpdate(emulator, pageId, [
      { old_str: 'Ranking happens in memory.', new_str: 'Ranking happens in memory, per query.' },
      { old_str: 'Search finds a note by any *word* in its title or body.\n\n', new_str: '' },
    ]);
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    expect(diffLines(workspace.dir, SPEC)).toEqual([
      '-Search finds a note by any _word_ in its title or body.',
      '-',
      '-Ranking happens in memory. <!-- TODO: measure it -->',
      '+Ranking happens in memory, per query. <!-- TODO: measure it -->',
    ]);
    expect(file()).toContain('======\n\n<!-- guidance: say what the search must do, not how -->\n');
    // The push sends the file without its comments, and then nothing is left to do.
    git(workspace.dir, 'commit', '--quiet', '-am', 'pulled');
    edit(file().replace('per query', 'per query, capped'));
    expect((await push(emulator, workspace.dir)).code).toBe(0);
    expect(emulator.pageMarkdown(pageId)).not.toContain('<!--');
    expect((await pull(emulator, workspace.dir)).report?.counts.pulled).toBe(0);
    expect(file()).toContain('per query, capped. <!-- TODO: measure it -->');
  });

  it('a comment Notion holds as literal text (another tool wrote it) comes back a comment', async () => {
    const client = emulatorClient(emulator);
    const written = await createPage(client, emulator.dataSourceId, {
      title: 'Plan – search',
      properties: {
        Stage: { select: { name: 'Plan' } },
        Session: { rich_text: [{ text: { content: 'search' } }] },
      },
      markdown: '# Plan\n\n<!-- fill in the steps -->\n\nStep one.',
    });
    expect(emulator.pageMarkdown(written.id)).toContain('\\<!-- fill in the steps --\\>');
    const run = await pull(emulator, workspace.dir);
    expect(run.code).toBe(0);
    const plan = readFileSync(
      join(workspace.dir, '.idse/projects/acme/sessions/search/plans/plan.md'),
      'utf8',
    );
    expect(plan).toBe('# Plan\n\n<!-- fill in the steps -->\n\nStep one.\n');
    // The teammate edits the step: the comment stays as it is.
    await editorReplace(
      emulator,
      written.id,
      emulator.pageMarkdown(written.id).replace('Step one.', 'Step one, then two.'),
    );
    expect((await pull(emulator, workspace.dir)).code).toBe(0);
    expect(
      readFileSync(
        join(workspace.dir, '.idse/projects/acme/sessions/search/plans/plan.md'),
        'utf8',
      ),
    ).toBe('# Plan\n\n<!-- fill in the steps -->\n\nStep one, then two.\n');
  });
});
