import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gfmBlocks, gfmToNotion, notionBlocks } from '../../src/markdown/index.js';
import { random } from '../markdown/generator.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { applyOps, randomOp, type Op } from './merge-edits.js';
import { generateDoc, Ids, picker } from './merge-model.js';
import { checkResult, expectedMerge } from './merge-oracle.js';
import { renderDoc } from './merge-render.js';
import { editorReplace, git, pull } from './pull-helpers.js';
import { commitAll, push, writeWorkspace, type SessionSpec } from './push-helpers.js';

// Generated merges, end to end: documents covering every block kind in the forms Notion
// canonicalizes are pushed; a teammate edits them in Notion and someone edits them in git
// (random scripts of inserts, deletes, edits and moves, some made identically on both sides);
// then one pull. Each case must give what the merge policy gives with perfect knowledge of which
// unit is which (merge-oracle.ts): no edit lost, no block doubled, only Notion's blocks
// rewritten, overlapping edits a conflict that leaves the file alone. Then a push brings Notion
// to the merged file. Reproduce a failure with the seed and case it prints:
// IDSE_MERGE_SEED=<seed> IDSE_MERGE_CASE=<case> npx vitest run test/sync/merge-generated.test.ts
const LONG = process.env.IDSE_LONG_TESTS === '1';
const SEED = Number(process.env.IDSE_MERGE_SEED ?? 20261113);
const ONLY =
  process.env.IDSE_MERGE_CASE === undefined ? undefined : Number(process.env.IDSE_MERGE_CASE);
const CASES = LONG ? 2000 : 100;
const BATCH = 100;

interface Case {
  index: number;
  session: string;
  base: string;
  local: string;
  notionOps: Op[];
  notion?: string;
  baseV2?: string;
}

/** A case: a document and the edit scripts of each side, all from the case's own seed. */
function makeCase(index: number): Case & { notionGfm: string } {
  const rng = random(SEED * 7919 + index);
  const { chance, int } = picker(rng);
  const ids = new Ids('u');
  const doc = generateDoc(Math.floor(rng() * 2 ** 31), ids);
  const shared: Op[] = [];
  if (chance(0.35)) {
    const op = randomOp(rng, doc, 'sx1', ids);
    if (op) shared.push(op);
  }
  const script = (side: string): Op[] => {
    const ops: Op[] = [];
    for (let n = int(0, 3); n > 0; n -= 1) {
      const op = randomOp(rng, applyOps(doc, [...shared, ...ops]), `${side}x${n}`, ids);
      if (op) ops.push(op);
    }
    return ops;
  };
  const localOps = script('l');
  const notionOps = script('n');
  return {
    index,
    session: `case-${String(index).padStart(4, '0')}`,
    base: renderDoc(doc),
    local: renderDoc(applyOps(doc, [...shared, ...localOps])),
    notionOps: [...shared, ...notionOps],
    notionGfm: renderDoc(applyOps(doc, [...shared, ...notionOps])),
  };
}

const specPath = (session: string) => `.idse/projects/gen/sessions/${session}/specs/spec.md`;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
  console.log(
    `merge generator: seed ${SEED}, ${ONLY === undefined ? CASES : 1} case(s) (IDSE_MERGE_SEED to replay, IDSE_LONG_TESTS=1 for 2,000)`,
  );
});
afterAll(async () => emulator.close());

const batches = ONLY === undefined ? Math.ceil(CASES / BATCH) : 1;
const stats = { merged: 0, bothEdited: 0, conflicts: 0, unforced: 0 };

describe('generated edits on both sides, pushed, edited, pulled', () => {
  for (let b = 0; b < batches; b += 1) {
    it(`cases ${b * BATCH}–${Math.min(CASES, (b + 1) * BATCH) - 1} (seed ${SEED})`, async () => {
      emulator.reset();
      const workspace = makeTempDir();
      try {
        const indices =
          ONLY === undefined
            ? Array.from({ length: Math.min(BATCH, CASES - b * BATCH) }, (_, i) => b * BATCH + i)
            : [ONLY];
        const cases = indices.map(makeCase);
        const sessions: SessionSpec[] = cases.map((c) => ({
          id: c.session,
          files: { spec: c.base },
        }));
        writeWorkspace(workspace.dir, 'gen', sessions);
        commitAll(workspace.dir, 'generated');
        const pushed = await push(emulator, workspace.dir);
        expect(pushed.code, pushed.stderr).toBe(0);
        git(workspace.dir, 'add', '-A');
        git(workspace.dir, 'commit', '--quiet', '-m', 'pushed');
        const pageOf = new Map(
          (pushed.report?.artifacts ?? []).map((a) => [a.idseId.split('::')[1], a.pageId ?? '']),
        );
        for (const c of cases) {
          const pageId = pageOf.get(c.session) ?? '';
          c.baseV2 = emulator.pageMarkdown(pageId);
          if (c.notionOps.length > 0 && c.notionGfm !== c.base) {
            await editorReplace(emulator, pageId, gfmToNotion(c.notionGfm).markdown);
          }
          c.notion = emulator.pageMarkdown(pageId);
          writeFileSync(join(workspace.dir, specPath(c.session)), c.local);
        }
        const pulled = await pull(emulator, workspace.dir);
        expect([0, 3], pulled.stderr).toContain(pulled.code);
        const actionOf = new Map(
          (pulled.report?.artifacts ?? []).map((a) => [a.idseId.split('::')[1], a.action]),
        );
        const failures: string[] = [];
        const merged: Case[] = [];
        for (const c of cases) {
          const result = readFileSync(join(workspace.dir, specPath(c.session)), 'utf8');
          const expected = expectedMerge(c.baseV2 ?? '', c.local, c.notion ?? '');
          const problem = checkResult(
            expected,
            c.local,
            result,
            actionOf.get(c.session) ?? 'skipped',
          );
          if (problem) {
            // Replaying one case shows its documents too.
            const documents =
              ONLY === undefined
                ? ''
                : `\n--- base (Notion after the push)\n${c.baseV2}\n--- local\n${c.local}\n--- Notion\n${c.notion}\n--- result (${actionOf.get(c.session)})\n${result}`;
            failures.push(
              `case ${c.index} (IDSE_MERGE_SEED=${SEED} IDSE_MERGE_CASE=${c.index}): ${problem}${documents}`,
            );
          } else if (actionOf.get(c.session) === 'conflict') {
            stats.conflicts += 1;
            // Conflicts the policy with true identities would have merged (moves, replacements).
            if (!expected.conflict) stats.unforced += 1;
          } else {
            stats.merged += 1;
            if (c.local !== c.base && c.notion !== c.baseV2) stats.bothEdited += 1;
            merged.push(c);
          }
        }
        expect(failures.join('\n\n')).toBe('');

        // The push brings Notion to the merged file: nothing lost or doubled there either.
        git(workspace.dir, 'add', '-A');
        git(workspace.dir, 'commit', '--quiet', '-m', 'pulled');
        const after = await push(emulator, workspace.dir);
        expect([0, 3], after.stderr).toContain(after.code);
        for (const c of merged) {
          const file = readFileSync(join(workspace.dir, specPath(c.session)), 'utf8');
          const page = emulator.pageMarkdown(pageOf.get(c.session) ?? '');
          expect(
            notionBlocks(page).map((u) => u.key),
            `case ${c.index} (IDSE_MERGE_SEED=${SEED}): Notion after the push`,
          ).toEqual(gfmBlocks(file).map((u) => u.key));
        }
      } finally {
        workspace.cleanup();
      }
    }, 600_000);
  }

  it.runIf(ONLY === undefined)('exercises merges of both sides and conflicts', () => {
    console.log(
      `merge generator: ${stats.merged} merged (${stats.bothEdited} with edits on both sides), ${stats.conflicts} conflicts (${stats.unforced} where only an alignment tells a move or a replacement from an edit)`,
    );
    expect(stats.bothEdited).toBeGreaterThanOrEqual(CASES / 5);
    expect(stats.conflicts).toBeGreaterThanOrEqual(CASES / 20);
  });
});
