/**
 * Aligns two block lists: equal keys match through an array diff; in each stretch that differs,
 * removed and added blocks of the same kind are paired as `changed`, the most similar first.
 */
import { diffArrays } from 'diff';
import type { AlignmentOp, Block } from './types.js';

type Comparable = Pick<Block, 'kind' | 'key'>;

/** Ops in document order: every index of `a` and of `b` appears exactly once. */
export function alignBlocks(a: Comparable[], b: Comparable[]): AlignmentOp[] {
  const raw: AlignmentOp[] = [];
  let ia = 0;
  let ib = 0;
  for (const change of diffArrays(
    a.map((block) => block.key),
    b.map((block) => block.key),
  )) {
    for (let k = 0; k < change.count; k += 1) {
      if (change.removed) raw.push({ type: 'removed', a: ia++ });
      else if (change.added) raw.push({ type: 'added', b: ib++ });
      else raw.push({ type: 'equal', a: ia++, b: ib++ });
    }
  }
  slideOverDuplicates(raw, a, b);
  const ops: AlignmentOp[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  for (const op of raw) {
    if (op.type === 'removed') removed.push(op.a);
    else if (op.type === 'added') added.push(op.b);
    else {
      ops.push(...pairStretch(removed, added, a, b), op);
      removed = [];
      added = [];
    }
  }
  ops.push(...pairStretch(removed, added, a, b));
  return ops;
}

/**
 * With duplicate blocks the diff may report "removed X, equal X" where "equal X, removed X" is
 * the same alignment. A removal or addition separated from its counterpart only by equal
 * duplicates of itself is moved next to it, so an edit pairs as one changed block.
 */
function slideOverDuplicates(ops: AlignmentOp[], a: Comparable[], b: Comparable[]): void {
  const keyOf = (op: AlignmentOp, side: 'a' | 'b'): string | undefined =>
    side === 'a'
      ? op.type === 'added'
        ? undefined
        : a[op.a]?.key
      : op.type === 'removed'
        ? undefined
        : b[op.b]?.key;
  for (let i = 0; i < ops.length; i += 1) {
    const op = ops[i] as AlignmentOp;
    if (op.type === 'equal') continue;
    const side = op.type === 'removed' ? 'a' : 'b';
    const counterpart = op.type === 'removed' ? 'added' : 'removed';
    const key = keyOf(op, side);
    if (ops[i - 1]?.type === counterpart || ops[i + 1]?.type === counterpart) continue;
    for (const direction of [1, -1]) {
      let j = i + direction;
      while (ops[j]?.type === 'equal' && keyOf(ops[j] as AlignmentOp, side) === key) j += direction;
      if (j === i + direction || ops[j]?.type !== counterpart) continue;
      // ops between i and j (exclusive) are equal duplicates: rotate the op to the far end.
      const from = Math.min(i, j - direction);
      const to = Math.max(i, j - direction);
      const slice = ops.slice(from, to + 1);
      const sides = slice.map((entry) =>
        side === 'a' ? (entry as { a: number }).a : (entry as { b: number }).b,
      );
      const others = slice
        .filter((entry) => entry.type === 'equal')
        .map((entry) => (side === 'a' ? (entry as { b: number }).b : (entry as { a: number }).a));
      const rotated: AlignmentOp[] = [];
      const moving = direction === 1 ? sides[sides.length - 1] : sides[0];
      const staying = direction === 1 ? sides.slice(0, -1) : sides.slice(1);
      if (direction === -1)
        rotated.push(
          op.type === 'removed'
            ? { type: 'removed', a: moving as number }
            : { type: 'added', b: moving as number },
        );
      staying.forEach((index, k) => {
        const other = others[k] as number;
        rotated.push(
          side === 'a'
            ? { type: 'equal', a: index, b: other }
            : { type: 'equal', a: other, b: index },
        );
      });
      if (direction === 1)
        rotated.push(
          op.type === 'removed'
            ? { type: 'removed', a: moving as number }
            : { type: 'added', b: moving as number },
        );
      ops.splice(from, to - from + 1, ...rotated);
      break;
    }
  }
}

const ITEM_KINDS = new Set(['bullet-item', 'numbered-item', 'todo-item']);
const MIN_SIMILARITY = 0.3;

/** Order-preserving pairing of a stretch that maximizes total similarity. */
function pairStretch(
  removed: number[],
  added: number[],
  a: Comparable[],
  b: Comparable[],
): AlignmentOp[] {
  const rows = removed.length;
  const cols = added.length;
  if (rows === 0) return added.map((index) => ({ type: 'added', b: index }));
  if (cols === 0) return removed.map((index) => ({ type: 'removed', a: index }));
  const single = rows === 1 && cols === 1;
  const score = (i: number, j: number): number => {
    const left = a[removed[i] as number] as Comparable;
    const right = b[added[j] as number] as Comparable;
    const sameKind = left.kind === right.kind;
    if (!sameKind && !(ITEM_KINDS.has(left.kind) && ITEM_KINDS.has(right.kind))) return -1;
    const alike = similarity(left.key, right.key);
    if (alike < MIN_SIMILARITY) return single && sameKind ? 0.01 : -1;
    // What a pair is worth is how much more alike than chance it is, so two weak pairs never
    // outweigh one strong one (a block edited next to one replaced by another).
    return alike - MIN_SIMILARITY + (sameKind ? 0.05 : 0);
  };
  // best[i][j]: the best total for removed[i…] against added[j…].
  const best: number[][] = Array.from({ length: rows + 1 }, () =>
    new Array<number>(cols + 1).fill(0),
  );
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = cols - 1; j >= 0; j -= 1) {
      const row = best[i] as number[];
      const below = best[i + 1] as number[];
      const pair = score(i, j);
      row[j] = Math.max(
        below[j] as number,
        row[j + 1] as number,
        pair < 0 ? -Infinity : pair + (below[j + 1] as number),
      );
    }
  }
  const ops: AlignmentOp[] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    const here = (best[i] as number[])[j] as number;
    const pair = score(i, j);
    if (pair >= 0 && here === pair + ((best[i + 1] as number[])[j + 1] as number)) {
      ops.push({ type: 'changed', a: removed[i] as number, b: added[j] as number });
      i += 1;
      j += 1;
    } else if (here === ((best[i + 1] as number[])[j] as number)) {
      ops.push({ type: 'removed', a: removed[i] as number });
      i += 1;
    } else {
      ops.push({ type: 'added', b: added[j] as number });
      j += 1;
    }
  }
  for (; i < rows; i += 1) ops.push({ type: 'removed', a: removed[i] as number });
  for (; j < cols; j += 1) ops.push({ type: 'added', b: added[j] as number });
  return ops;
}

/**
 * Dice coefficient over the words of two keys' content (multiset): the kind before the separator
 * and punctuation (table pipes, list markers, emphasis) say nothing of which block it is, so two
 * rows of one table do not look alike for their pipes.
 */
export function similarity(left: string, right: string): number {
  const words = (text: string): string[] =>
    text
      .slice(text.indexOf('\u241e') + 1)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const a = words(left);
  const b = words(right);
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
