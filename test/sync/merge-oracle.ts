/**
 * What a pull must produce for a generated case, worked out from the units' markers rather than
 * from their content: each side is aligned with the base by identity (which the product cannot
 * see), and the merge policy is applied to that. The product must reach the same document.
 */
import { diffArrays, diffLines } from 'diff';
import { gfmBlocks, notionBlocks, type Block } from '../../src/markdown/index.js';

/** The marker of a unit (`u12`), or, for a divider, its ordinal. */
function idsOf(blocks: Block[]): string[] {
  let dividers = 0;
  return blocks.map((block) => {
    if (block.kind === 'divider') return `divider#${(dividers += 1)}`;
    return /\bu\d+\b/.exec(block.text)?.[0] ?? `?${block.key}`;
  });
}

interface Side {
  fates: ({ type: 'equal' | 'changed'; key: string } | { type: 'removed' })[];
  inserts: { id: string; key: string }[][];
}

function sideOf(baseIds: string[], base: Block[], ids: string[], blocks: Block[]): Side {
  const fates: Side['fates'] = base.map(() => ({ type: 'removed' }));
  const inserts: Side['inserts'] = base.map(() => []);
  inserts.push([]);
  let a = 0;
  let b = 0;
  for (const part of diffArrays(baseIds, ids)) {
    for (let n = 0; n < part.count; n += 1) {
      if (part.added) {
        (inserts[a] as Side['inserts'][number]).push({
          id: ids[b] as string,
          key: (blocks[b] as Block).key,
        });
        b += 1;
      } else if (part.removed) a += 1;
      else {
        const key = (blocks[b] as Block).key;
        fates[a] = { type: key === (base[a] as Block).key ? 'equal' : 'changed', key };
        a += 1;
        b += 1;
      }
    }
  }
  return { fates, inserts };
}

export interface Expected {
  conflict: boolean;
  /**
   * A side moved a unit, or replaced one next to a change of the other side. Then which gap a
   * unit belongs to, or whether a deletion plus an insertion is an edit, is a matter of
   * alignment, so merge-or-conflict may go either way; what must hold either way is in `units`
   * and `mustConflict`.
   */
  moved: boolean;
  /** A unit changed differently on both sides, or deleted on one and changed on the other. */
  mustConflict: boolean;
  /** The merged document's units by marker, with their content (when no conflict). */
  units: Map<string, string>;
  /** Markers of blocks both sides added and one then edited: both versions, sorted. */
  twins: Map<string, string[]>;
  /** The merged document's unit keys (when no conflict). */
  keys: string[];
  /** Markers of the units Notion changed or added: the only ones the file may rewrite. */
  notionTouched: Set<string>;
}

/** The merge policy applied with perfect identity: what the pull must do. */
export function expectedMerge(baseV2: string, localGfm: string, notionV2: string): Expected {
  const base = notionBlocks(baseV2);
  const local = gfmBlocks(localGfm);
  const next = notionBlocks(notionV2);
  const baseIds = idsOf(base);
  const mine = sideOf(baseIds, base, idsOf(local), local);
  const theirs = sideOf(baseIds, base, idsOf(next), next);
  const notionTouched = new Set<string>();
  const minedInserted = new Map(
    mine.inserts.flatMap((gap, g) => gap.map((u) => [u.id, g] as const)),
  );
  const theirsInserted = new Map(
    theirs.inserts.flatMap((gap, g) => gap.map((u) => [u.id, g] as const)),
  );
  let conflict = false;
  const keys: string[] = [];
  const localIds = idsOf(local);
  const nextIds = idsOf(next);
  const moved =
    baseIds.some((id) => minedInserted.has(id) || theirsInserted.has(id)) ||
    [...minedInserted.keys()].some(
      (id) =>
        theirsInserted.has(id) &&
        !baseIds.includes(id) &&
        minedInserted.get(id) !== theirsInserted.get(id),
    );
  // A block deleted where the same side inserted one reads, by content, as that block edited:
  // against a change of it, or an insertion next to it, on the other side, merge or conflict
  // are both right.
  const replacedThere = (side: Side, other: Side): boolean =>
    side.fates.some(
      (fate, g) =>
        fate.type === 'removed' &&
        ((side.inserts[g]?.length ?? 0) > 0 || (side.inserts[g + 1]?.length ?? 0) > 0) &&
        ((other.fates[g] as Side['fates'][number]).type !== 'equal' ||
          (other.inserts[g]?.length ?? 0) > 0 ||
          (other.inserts[g + 1]?.length ?? 0) > 0),
    );
  let ambiguous = moved || replacedThere(mine, theirs) || replacedThere(theirs, mine);
  // Content-level facts, whatever the alignment.
  const localKey = new Map(localIds.map((id, i) => [id, (local[i] as Block).key]));
  const nextKey = new Map(nextIds.map((id, i) => [id, (next[i] as Block).key]));
  let mustConflict = false;
  const units = new Map<string, string>();
  baseIds.forEach((id, i) => {
    const was = (base[i] as Block).key;
    const mineKey = localKey.get(id);
    const theirKey = nextKey.get(id);
    const mineChanged = mineKey !== undefined && mineKey !== was;
    const theirChanged = theirKey !== undefined && theirKey !== was;
    if (mineChanged && theirChanged && mineKey !== theirKey) mustConflict = true;
    if ((mineKey === undefined && theirChanged) || (theirKey === undefined && mineChanged))
      mustConflict = true;
    if (mineKey !== undefined && theirKey !== undefined)
      units.set(id, theirChanged ? theirKey : mineKey);
  });
  for (const [id, key] of localKey) if (!baseIds.includes(id)) units.set(id, key);
  // A block both sides added, then one side edited: by content these are two blocks, so both
  // kept (each side's version once) or a conflict are right.
  const twins = new Map<string, string[]>();
  for (const [id, key] of nextKey) {
    if (baseIds.includes(id)) continue;
    const mineKey = units.get(id);
    if (mineKey !== undefined && mineKey !== key) twins.set(id, [mineKey, key].sort());
    units.set(id, key);
  }
  if (twins.size > 0) ambiguous = true;
  const gone = (g: number): boolean => {
    const m = (mine.fates[g] as Side['fates'][number]).type;
    const t = (theirs.fates[g] as Side['fates'][number]).type;
    const id = baseIds[g] as string;
    if (m === 'removed' && t === 'removed')
      return id.startsWith('divider#') || minedInserted.has(id) === theirsInserted.has(id);
    return (m === 'removed' && t === 'equal') || (m === 'equal' && t === 'removed');
  };
  // Gaps with only removed blocks between them are one place in the merged document.
  for (let g = 0; ;) {
    let h = g;
    while (h < base.length && gone(h)) h += 1;
    const ours = mine.inserts.slice(g, h + 1).flat();
    const added = theirs.inserts.slice(g, h + 1).flat();
    const place = (gap: number | undefined) => gap !== undefined && gap >= g && gap <= h;
    const steps = diffArrays(
      ours.map((u) => u.id),
      added.map((u) => u.id),
    );
    if (steps.some((s) => s.added) && steps.some((s) => s.removed)) conflict = true;
    let i = 0;
    let j = 0;
    for (const step of steps) {
      for (let n = 0; n < step.count; n += 1) {
        if (step.removed) keys.push((ours[i++] as { key: string }).key);
        else if (step.added) {
          const unit = added[j++] as { id: string; key: string };
          // Inserted by both sides at different places: it would be there twice.
          if (minedInserted.has(unit.id) && !place(minedInserted.get(unit.id))) conflict = true;
          notionTouched.add(unit.id);
          keys.push(unit.key);
        } else {
          const unit = ours[i++] as { id: string; key: string };
          if (unit.key !== (added[j] as { key: string }).key) conflict = true;
          j += 1;
          keys.push(unit.key);
        }
      }
    }
    for (let k = g; k < h; k += 1)
      if ((theirs.fates[k] as Side['fates'][number]).type === 'changed')
        notionTouched.add(baseIds[k] as string);
    if (h === base.length) break;
    block(h);
    g = h + 1;
  }

  function block(g: number): void {
    const id = baseIds[g] as string;
    const m = mine.fates[g] as Side['fates'][number];
    const t = theirs.fates[g] as Side['fates'][number];
    if (t.type === 'changed') notionTouched.add(id);
    if (m.type === 'removed' && t.type === 'removed') {
      if (minedInserted.has(id) !== theirsInserted.has(id)) conflict = true;
      return;
    }
    if (t.type === 'equal') {
      if (m.type !== 'removed') keys.push(m.key);
      return;
    }
    if (m.type === 'equal') {
      if (t.type === 'changed') keys.push(t.key);
      return;
    }
    if (m.type === 'changed' && t.type === 'changed' && m.key === t.key) {
      keys.push(m.key);
      return;
    }
    conflict = true;
  }
  for (const id of nextIds)
    if (!baseIds.includes(id) || nextKey.get(id) !== (base[baseIds.indexOf(id)] as Block).key)
      notionTouched.add(id);
  return {
    conflict: conflict || mustConflict,
    moved: ambiguous,
    mustConflict,
    units,
    twins,
    keys,
    notionTouched,
  };
}

/** What is wrong with a pull's result for one case ('' when nothing is). */
export function checkResult(
  expected: Expected,
  localGfm: string,
  resultGfm: string,
  action: string | undefined,
): string {
  const ambiguous = expected.moved && !expected.mustConflict;
  if (action === 'conflict' && (expected.conflict || ambiguous))
    return resultGfm === localGfm ? '' : 'a conflict changed the file';
  if (expected.conflict && !ambiguous) return `expected a conflict, got ${action ?? 'nothing'}`;
  if (action === 'conflict' || action === 'failed') return `expected a merge, got ${action}`;
  const result = gfmBlocks(resultGfm);
  const keys = result.map((b) => b.key);
  if (ambiguous) {
    // Moves: every unit there once, with the content the merge gives it; order aside.
    const got = new Map<string, string>();
    const ids = idsOf(result);
    const twins = new Map<string, string[]>();
    for (const [i, id] of ids.entries()) {
      if (expected.twins.has(id)) {
        twins.set(id, [...(twins.get(id) ?? []), keys[i] as string].sort());
        continue;
      }
      if (got.has(id)) return `unit ${id} is there twice`;
      got.set(id, keys[i] as string);
    }
    for (const [id, versions] of expected.twins) {
      if (JSON.stringify(twins.get(id)) !== JSON.stringify(versions))
        return `unit ${id} (added on both sides, edited on one) is not there once in each version`;
    }
    for (const [id, key] of expected.units) {
      if (expected.twins.has(id)) continue;
      if (!got.has(id)) return `unit ${id} was lost`;
      if (got.get(id) !== key)
        return `unit ${id} has ${JSON.stringify(got.get(id))}, not ${JSON.stringify(key)}`;
    }
    for (const id of got.keys()) if (!expected.units.has(id)) return `unit ${id} should be gone`;
  } else if (JSON.stringify(keys) !== JSON.stringify(expected.keys)) {
    return `merged document differs:\n expected ${JSON.stringify(expected.keys, null, 1)}\n got ${JSON.stringify(keys, null, 1)}`;
  }
  // Moves aside (which block moved is the alignment's choice), units Notion did not touch keep
  // the file's bytes, and so do the file's comments.
  if (ambiguous) return '';
  const localById = new Map(gfmBlocks(localGfm).map((b, i, all) => [idsOf(all)[i] as string, b]));
  const resultIds = idsOf(result);
  for (const [i, block] of result.entries()) {
    const id = resultIds[i] as string;
    if (expected.notionTouched.has(id)) continue;
    const before = localById.get(id);
    if (before && before.text !== block.text)
      return `unit ${id} was rewritten although Notion did not touch it:\n${before.text}\n---\n${block.text}`;
  }
  const comments = (text: string) => (text.match(/<!--[\s\S]*?-->/g) ?? []).sort().join('\n');
  const touchedText = result
    .filter((_, i) => expected.notionTouched.has(resultIds[i] as string))
    .map((b) => b.text)
    .join('\n');
  if (comments(localGfm) !== comments(resultGfm) && !touchedText.includes('<!--'))
    return 'comments differ';
  // Outside the units Notion touched (and those it deleted), the file is as it was: the same
  // text once those units are cut out of both (blank-line runs aside, which an insertion or a
  // deletion moves).
  const local = gfmBlocks(localGfm);
  const localIds = idsOf(local);
  const kept = new Set(resultIds);
  const without = (text: string, blocks: Block[], drop: (i: number) => boolean): string => {
    let out = '';
    let at = 0;
    blocks.forEach((block, i) => {
      if (!drop(i)) return;
      out += text.slice(at, block.start);
      at = block.end;
    });
    // Comments are checked above; a deleted block leaves its own behind.
    return (out + text.slice(at))
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\n(?:[ \t]*\n)+/g, '\n')
      .trim();
  };
  const before = without(localGfm, local, (i) => {
    const id = localIds[i] as string;
    return expected.notionTouched.has(id) || !kept.has(id);
  });
  const after = without(resultGfm, result, (i) =>
    expected.notionTouched.has(resultIds[i] as string),
  );
  if (before !== after) {
    const line = diffLines(before, after).find((part) => part.added || part.removed);
    return `text outside the units Notion touched changed: ${JSON.stringify(line?.value)}`;
  }
  return '';
}
