/**
 * The three-way merge of pull, on the block model: base (what Notion held after our last
 * write), local (the file) and next (what Notion holds now), compared in the canonical form.
 * Like git's merge, but by block: a change made on one side is taken; the same change made on
 * both sides lands once; different changes to one block, or different insertions at one place,
 * are conflicts; a block deleted on one side and edited on the other is a conflict.
 */
import { diffArrays } from 'diff';
import { alignBlocks, similarity } from './align.js';
import type { Unit } from './blocks.js';
import type { BlockConflict } from './types.js';

/** What happened to one base block on one side. */
type Fate = { type: 'equal' | 'changed'; index: number } | { type: 'removed' };

/** One side relative to the base: each base block's fate, and what was inserted before each. */
interface SideChanges {
  fates: Fate[];
  /** inserts[g]: indices of this side's blocks inserted before base block g (g = length: at the end). */
  inserts: number[][];
}

/** A conflict before its Notion side is rendered as GFM. */
export interface PlannedConflict {
  line: number;
  reason: BlockConflict['reason'];
  local: string;
  notion: Unit[];
}

/** The edits to make to the local file, by local unit index, and what could not be merged. */
export interface MergePlan {
  /** Local units to replace with Notion's version of them: local index → Notion unit. */
  replaced: Map<number, Unit>;
  removed: Set<number>;
  /** Notion units to insert after a local unit (-1: at the start), in document order. */
  inserts: Map<number, Unit[]>;
  conflicts: PlannedConflict[];
}

/** Kinds whose copies mean nothing more than one (a second divider is a divider). */
const REPEATABLE = new Set(['divider']);

function changesOf(base: Unit[], side: Unit[]): SideChanges {
  const fates: Fate[] = base.map(() => ({ type: 'removed' }));
  const inserts: number[][] = Array.from({ length: base.length + 1 }, () => []);
  let gap = 0;
  for (const op of alignBlocks(base, side)) {
    if (op.type === 'added') {
      (inserts[gap] as number[]).push(op.b);
      continue;
    }
    fates[op.a] = op.type === 'removed' ? { type: 'removed' } : { type: op.type, index: op.b };
    gap = op.a + 1;
  }
  return { fates, inserts };
}

/**
 * A block one side "changed" into a block the other side inserted right next to it was, on that
 * side, removed and the same block inserted (the alignment paired two unrelated blocks of one
 * kind): seen as such, the two insertions are one edit made on both sides and land once.
 */
function unpair(side: SideChanges, units: Unit[], other: SideChanges, otherUnits: Unit[]): void {
  const has = (gap: number, key: string): boolean =>
    (other.inserts[gap] ?? []).some((i) => (otherUnits[i] as Unit).key === key);
  side.fates.forEach((fate, g) => {
    if (fate.type !== 'changed') return;
    const key = (units[fate.index] as Unit).key;
    if (has(g + 1, key)) (side.inserts[g + 1] as number[]).unshift(fate.index);
    else if (has(g, key)) (side.inserts[g] as number[]).push(fate.index);
    else return;
    side.fates[g] = { type: 'removed' };
  });
}

/** How alike an edited copy of a block is to it, at least, to count as that block moved. */
const MOVED_SIMILARITY = 0.6;

/** Whether `unit` is `block`, as it was or edited. */
function copyOf(unit: Unit, block: Unit): boolean {
  return (
    unit.key === block.key ||
    (unit.kind === block.kind && similarity(unit.key, block.key) >= MOVED_SIMILARITY)
  );
}

/** Base blocks that a side removed and inserted elsewhere, as they were or edited. */
function movedBlocks(base: Unit[], side: SideChanges, units: Unit[]): Set<number> {
  const inserted = side.inserts.flat().map((i) => units[i] as Unit);
  const moved = new Set<number>();
  side.fates.forEach((fate, g) => {
    const block = base[g] as Unit;
    if (fate.type !== 'removed') return;
    if (inserted.some((unit) => copyOf(unit, block))) moved.add(g);
  });
  return moved;
}

/** Plans the merge of Notion's changes (base → next) into the local file's units. */
export function planMerge(base: Unit[], local: Unit[], next: Unit[]): MergePlan {
  const mine = changesOf(base, local);
  const theirs = changesOf(base, next);
  unpair(mine, local, theirs, next);
  unpair(theirs, next, mine, local);
  const replaced = new Map<number, Unit>();
  const removed = new Set<number>();
  const inserts = new Map<number, Unit[]>();
  const conflicts: PlannedConflict[] = [];
  // A block a side removed at one place and inserted (as it was, or edited) at another, moved.
  const movedHere = movedBlocks(base, mine, local);
  const movedThere = movedBlocks(base, theirs, next);
  // What the file added or changed: Notion adding the same elsewhere would make it twice.
  const localOnly = new Set(mine.inserts.flat().map((i) => (local[i] as Unit).key));
  for (const fate of mine.fates)
    if (fate.type === 'changed') localOnly.add((local[fate.index] as Unit).key);

  let anchor = -1;
  const insertAfter = (at: number, units: Unit[]): void => {
    if (units.length > 0) inserts.set(at, [...(inserts.get(at) ?? []), ...units]);
  };
  const lineAt = (at: number): number => (local[at] as Unit | undefined)?.line ?? 1;

  // Gaps with only removed blocks between them are one place in the merged file: what both
  // sides inserted there is compared as one insertion (so it cannot land twice side by side).
  for (let g = 0; ;) {
    let h = g;
    while (h < base.length && gone(h)) h += 1;
    const ours = mine.inserts.slice(g, h + 1).flat();
    const theirsAdded = theirs.inserts
      .slice(g, h + 1)
      .flat()
      .map((i) => next[i] as Unit);
    mergeGap(ours, theirsAdded);
    if (ours.length > 0) anchor = Math.max(anchor, ours[ours.length - 1] as number);
    for (let k = g; k < h; k += 1) mergeBlock(k);
    if (h === base.length) break;
    mergeBlock(h);
    g = h + 1;
  }
  return { replaced, removed, inserts, conflicts };

  /** Whether base block `g` is removed in the merge (by either side, and no conflict). */
  function gone(g: number): boolean {
    const ours = (mine.fates[g] as Fate).type;
    const notion = (theirs.fates[g] as Fate).type;
    if (ours === 'removed' && notion === 'removed') {
      return REPEATABLE.has((base[g] as Unit).kind) || movedHere.has(g) === movedThere.has(g);
    }
    return (ours === 'removed' && notion === 'equal') || (ours === 'equal' && notion === 'removed');
  }

  function mergeGap(ours: number[], added: Unit[]): void {
    if (added.length === 0) return;
    const ourKeys = ours.map((i) => (local[i] as Unit).key);
    const steps = diffArrays(
      ourKeys,
      added.map((unit) => unit.key),
    );
    const theirsOnly = steps.some((step) => step.added);
    if (!theirsOnly) return; // every Notion insertion is already in the file: it lands once
    if (steps.some((step) => step.removed)) {
      conflicts.push({
        line: ours.length > 0 ? lineAt(ours[0] as number) : lineAt(anchor),
        reason: 'both-inserted',
        local: ours.map((i) => (local[i] as Unit).text).join('\n\n'),
        notion: added,
      });
      return;
    }
    let at = anchor;
    let cursor = 0;
    let addedAt = 0;
    for (const step of steps) {
      if (step.added) {
        const units = added.slice(addedAt, addedAt + step.count);
        addedAt += step.count;
        // The file added it, or moved the block it is (edited or not), at another place.
        const elsewhere = units.filter(
          (unit) =>
            !REPEATABLE.has(unit.kind) &&
            (localOnly.has(unit.key) || [...movedHere].some((g) => copyOf(unit, base[g] as Unit))),
        );
        if (elsewhere.length > 0) {
          conflicts.push({
            line: lineAt(at),
            reason: 'inserted-elsewhere',
            local: '',
            notion: elsewhere,
          });
          continue;
        }
        insertAfter(at, units);
      } else {
        cursor += step.count;
        addedAt += step.count;
        at = ours[cursor - 1] as number;
      }
    }
  }

  function mergeBlock(g: number): void {
    const ours = mine.fates[g] as Fate;
    const notion = theirs.fates[g] as Fate;
    if (ours.type !== 'removed') anchor = Math.max(anchor, ours.index);
    if (notion.type === 'equal') return;
    const theirsUnit = notion.type === 'changed' ? (next[notion.index] as Unit) : undefined;
    if (ours.type === 'equal') {
      if (theirsUnit) replaced.set(ours.index, theirsUnit);
      else removed.add(ours.index);
      return;
    }
    if (ours.type === 'removed') {
      // Moved on one side, deleted on the other: the move is an edit the deletion would lose.
      if (
        !theirsUnit &&
        !REPEATABLE.has((base[g] as Unit).kind) &&
        movedHere.has(g) !== movedThere.has(g)
      ) {
        conflicts.push({
          line: lineAt(anchor),
          reason: movedHere.has(g)
            ? 'edited-locally-deleted-in-notion'
            : 'deleted-locally-edited-in-notion',
          local: '',
          notion: [],
        });
        return;
      }
      if (theirsUnit)
        conflicts.push({
          line: lineAt(anchor),
          reason: 'deleted-locally-edited-in-notion',
          local: '',
          notion: [theirsUnit],
        });
      return;
    }
    const localUnit = local[ours.index] as Unit;
    if (theirsUnit && theirsUnit.key === localUnit.key) return; // the same edit on both sides
    conflicts.push({
      line: localUnit.line,
      reason: theirsUnit ? 'both-edited' : 'edited-locally-deleted-in-notion',
      local: localUnit.text,
      notion: theirsUnit ? [theirsUnit] : [],
    });
  }
}
