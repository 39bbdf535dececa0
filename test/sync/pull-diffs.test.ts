import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import type { Emulator } from '../notion-emulator/index.js';
import { diffLines, editorReplace, editorUpdate, git, pull } from './pull-helpers.js';
import { commitAll, pageOf, push, writeWorkspace, writes } from './push-helpers.js';

const SPEC = '.idse/projects/acme/sessions/search/specs/spec.md';

// A long document in a hand-written style: wrapped paragraphs, `*` bullets, a loose numbered
// list, a table, code, a quote. A pull must keep all of it byte for byte outside the edit.
const LONG = [
  '# Search specification',
  '',
  'Search must find a note by any word in its title or body, rank the results by how',
  'well they match, and answer within a quarter of a second for a library of ten',
  'thousand notes.',
  '',
  '## Goals',
  '',
  '* Exact words score higher than stems.',
  '* Titles weigh twice as much as bodies.',
  '* Recent notes win ties.',
  '',
  '## Non-goals',
  '',
  'Fuzzy matching of misspelt words is out of scope for this version; it needs an index',
  'of trigrams that we do not want to maintain yet.',
  '',
  '## Ranking',
  '',
  '| Signal | Weight | Notes |',
  '|--------|--------|-------|',
  '| title  | 2.0    | exact |',
  '| body   | 1.0    | stems |',
  '| age    | 0.1    | ties  |',
  '',
  '## Steps',
  '',
  '1. Tokenise the query.',
  '',
  '2. Look every token up in the index.',
  '',
  '3. Merge the postings and rank.',
  '',
  '```ts',
  'export function rank(hits: Hit[]): Hit[] {',
  '  return hits.sort((a, b) => b.score - a.score);',
  '}',
  '```',
  '',
  '> Keep the index in memory; it is small.',
  '',
  'Open questions are tracked in the feedback file, not here.',
  '',
].join('\n');

let emulator: Emulator;
let workspace: TempDir;
let pageId: string;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(async () => {
  writeWorkspace(workspace.dir, 'acme', [{ id: 'search', files: { spec: LONG } }]);
  commitAll(workspace.dir, 'spec');
  await push(emulator, workspace.dir);
  git(workspace.dir, 'add', '-A');
  git(workspace.dir, 'commit', '--quiet', '-m', 'pushed');
  pageId = pageOf(emulator, 'search', 'Specification').id;
});

/** Pulls, checks it pulled the spec, and returns the `git diff` lines it made. */
async function pullDiff(): Promise<string[]> {
  const run = await pull(emulator, workspace.dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.report?.counts).toMatchObject({ pulled: 1, conflicts: 0, failed: 0 });
  return diffLines(workspace.dir, SPEC);
}

describe("a teammate's edit in a long document becomes a diff of that block only", () => {
  it('one paragraph (the wrapped one is rewritten as one line, nothing else moves)', async () => {
    await editorUpdate(emulator, pageId, [
      { old_str: 'out of scope for this version', new_str: 'out of scope for version 2' },
    ]);
    expect(git(workspace.dir, 'status', '--porcelain')).toBe('');
    expect(await pullDiff()).toEqual([
      '-Fuzzy matching of misspelt words is out of scope for this version; it needs an index',
      '-of trigrams that we do not want to maintain yet.',
      '+Fuzzy matching of misspelt words is out of scope for version 2; it needs an index of trigrams that we do not want to maintain yet.',
    ]);
  });

  it('one list item keeps its `*` marker', async () => {
    await editorUpdate(emulator, pageId, [
      { old_str: 'Titles weigh twice as much', new_str: 'Titles weigh three times as much' },
    ]);
    expect(await pullDiff()).toEqual([
      '-* Titles weigh twice as much as bodies.',
      '+* Titles weigh three times as much as bodies.',
    ]);
  });

  it('one table cell changes one row', async () => {
    const markdown = emulator.pageMarkdown(pageId);
    const row = markdown.split('\n').find((line) => line.includes('body') && line.includes('1.0'));
    expect(row).toBeDefined();
    await editorUpdate(emulator, pageId, [
      { old_str: row ?? '', new_str: (row ?? '').replace('1.0', '1.5') },
    ]);
    const diff = await pullDiff();
    expect(diff).toHaveLength(2);
    expect(diff[0]).toBe('-| body   | 1.0    | stems |');
    expect(diff[1]).toMatch(/^\+\| *body *\| *1\.5 *\| *stems *\|$/);
  });

  it('an added block is inserted with its blank lines; a removed one leaves no gap', async () => {
    await editorUpdate(emulator, pageId, [
      {
        old_str: '## Non-goals',
        new_str: 'Stop words are never indexed.\n\n## Non-goals',
      },
    ]);
    expect(await pullDiff()).toEqual(['+Stop words are never indexed.', '+']);
    git(workspace.dir, 'commit', '--quiet', '-am', 'pulled');

    const markdown = emulator.pageMarkdown(pageId);
    await editorReplace(
      emulator,
      pageId,
      markdown.replace(/\n\n> Keep the index in memory; it is small\./, ''),
    );
    const removed = await pullDiff();
    expect(removed).toEqual(['-> Keep the index in memory; it is small.', '-']);
    expect(git(workspace.dir, 'diff', '--numstat', '--', SPEC)).toBe(`0\t2\t${SPEC}`);
  });

  it('after the pull, the push writes nothing (the page already holds the file)', async () => {
    await editorUpdate(emulator, pageId, [
      { old_str: 'Recent notes win ties.', new_str: 'Newer notes win ties.' },
    ]);
    await pullDiff();
    emulator.clearLog();
    const again = await push(emulator, workspace.dir);
    expect(again.report?.counts).toMatchObject({ created: 0, updated: 0 });
    expect(writes(emulator.log())).toEqual([]);
  });
});
