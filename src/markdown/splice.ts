/**
 * Splicing: replace units of a source by span, and pull's core step, which writes Notion's
 * edits into a local GFM file block by block and keeps every other byte.
 */
import { continuesGroup, unitsOf, type Unit } from './blocks.js';
import { commentsOnly } from './comments.js';
import { planMerge } from './merge.js';
import { gfmText, localStyle, rewriteUnit, styleOf, type LocalStyle } from './restyle.js';
import type { BlockConflict, LossWarning, NotionEditResult } from './types.js';
import type { ItemStyle } from './write-gfm.js';

/** Replaces the spans of the blocks at the given indices; every other byte is kept. */
export function replaceBlocks(
  source: string,
  blocks: readonly { start: number; end: number }[],
  replacements: ReadonlyMap<number, string>,
): string {
  const edits = [...replacements.entries()].map(([index, text]) => {
    const block = blocks[index];
    if (!block) throw new RangeError(`replaceBlocks: no block at index ${index}`);
    return { ...block, text };
  });
  edits.sort((x, y) => y.start - x.start);
  let out = source;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/**
 * Writes into `localGfm` the blocks of `newV2` that differ from `baseV2` (what Notion held after
 * our last write): changed blocks replace their local block, added ones are inserted next to
 * their neighbours, removed ones are cut with one of their blank-line gaps. A block that the
 * local file changed too is left alone and reported in `conflicts`.
 */
export function applyNotionEditToGfm(
  localGfm: string,
  baseV2: string,
  newV2: string,
): NotionEditResult {
  const unchanged = { gfm: localGfm, changed: 0, warnings: [], conflicts: [] };
  if (baseV2 === newV2) return unchanged;
  const base = unitsOf(baseV2, 'v2').units;
  const next = unitsOf(newV2, 'v2');
  if (sameKeys(base, next.units)) return unchanged;
  const local = unitsOf(localGfm, 'gfm').units;
  const style = localStyle(local);
  const plan = planMerge(base, local, next.units);
  const replaced = new Map<number, string>();
  const removed = new Set<number>();
  const unkept: BlockConflict[] = [];
  for (const [index, unit] of plan.replaced) {
    const localUnit = local[index] as Unit;
    const text = rewriteUnit(unit, localUnit, style);
    if (text !== undefined) replaced.set(index, text);
    else {
      // The file's comment in this block has no place in Notion's version: a local edit too.
      plan.replaced.delete(index);
      unkept.push({
        line: localUnit.line,
        reason: 'both-edited',
        local: localUnit.text,
        notion: gfmText(unit, style),
      });
    }
  }
  for (const index of plan.removed) {
    // A deleted block's comments are the file's, not Notion's: they stay where it was (except
    // in a table, where a line of its own would end the table: a conflict keeps them there).
    const localUnit = local[index] as Unit;
    const kept = commentsOnly(localUnit.text);
    if (kept === '') removed.add(index);
    else if (localUnit.row === undefined) replaced.set(index, kept);
    else {
      plan.removed.delete(index);
      unkept.push({
        line: localUnit.line,
        reason: 'edited-locally-deleted-in-notion',
        local: localUnit.text,
        notion: '',
      });
    }
  }
  const conflicts: BlockConflict[] = unkept.concat(
    plan.conflicts.map((c) => ({
      line: c.line,
      reason: c.reason,
      local: c.local,
      notion: c.notion.map((unit) => gfmText(unit, style)).join('\n\n'),
    })),
  );
  const used: Unit[] = [...plan.replaced.values(), ...[...plan.inserts.values()].flat()];
  const changed =
    plan.replaced.size +
    plan.removed.size +
    [...plan.inserts.values()].reduce((n, units) => n + units.length, 0);
  if (changed === 0) return { ...unchanged, conflicts };
  const gfm = render(localGfm, local, style, replaced, removed, plan.inserts);
  return { gfm, changed, warnings: warningsFor(used, next.warnings), conflicts };
}

function sameKeys(a: Unit[], b: Unit[]): boolean {
  return a.length === b.length && a.every((unit, i) => unit.key === (b[i] as Unit).key);
}

function warningsFor(units: Unit[], warnings: LossWarning[]): LossWarning[] {
  return warnings.filter((warning) =>
    units.some(
      (unit) => warning.line >= unit.line && warning.line <= unit.line + lineCount(unit.text) - 1,
    ),
  );
}

function lineCount(text: string): number {
  return text.split('\n').length;
}

interface Placed {
  unit: Unit;
  text: string;
}

/** Rebuilds the file: kept units with their original gaps, new units with computed separators. */
function render(
  source: string,
  local: Unit[],
  fileStyle: LocalStyle,
  replaced: Map<number, string>,
  removed: Set<number>,
  inserts: Map<number, Unit[]>,
): string {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const counting = numbersCount(local);
  // New items continue the numbering and marker of the list they join.
  const placed = (
    units: Unit[] | undefined,
    left: Unit | undefined,
    right: Unit | undefined,
  ): Placed[] => {
    const out: Placed[] = [];
    let style: ItemStyle | undefined;
    let previous = left;
    (units ?? []).forEach((unit, index) => {
      if (previous && continuesGroup(previous, unit)) {
        const base = index === 0 || !style ? styleOf(previous) : style;
        style = base ? { ...base, number: base.number + (counting ? 1 : 0) } : undefined;
      } else if (right && continuesGroup(unit, right)) {
        const next = styleOf(right);
        // Joining the front of a list: take the number before it where there is one.
        style = next && counting && next.number > 1 ? { ...next, number: next.number - 1 } : next;
      } else {
        style = undefined;
      }
      out.push({ unit, text: gfmText(unit, fileStyle, style).replace(/\n/g, eol) });
      previous = unit;
    });
    return out;
  };
  const listGap = listGaps(source, local);
  // Rows of a table are on consecutive lines; items of a list as that list spaces them.
  const separator = (left: Unit, right: Unit): string => {
    if (!continuesGroup(left, right)) return `${eol}${eol}`;
    if (left.ir.type !== 'item') return eol;
    const gap = listGap.get(left) ?? listGap.get(right) ?? '\n';
    if (!listGap.has(right)) listGap.set(right, gap);
    return gap.replace(/\n/g, eol);
  };
  if (local.length === 0) {
    const added = placed(inserts.get(-1), undefined, undefined);
    const body = added
      .map((p, i) => (i === 0 ? '' : separator((added[i - 1] as Placed).unit, p.unit)) + p.text)
      .join('');
    const kept = source.trimEnd();
    return `${kept}${kept ? eol + eol : ''}${body}${eol}`;
  }
  const kept = local.map((_, index) => index).filter((index) => !removed.has(index));
  let out = '';
  // Stretches between consecutive kept units (-1 and local.length stand for the file's ends).
  const bounds = [-1, ...kept, local.length];
  for (let s = 0; s + 1 < bounds.length; s += 1) {
    const a = bounds[s] as number;
    const b = bounds[s + 1] as number;
    if (a >= 0) out += replaced.get(a)?.replace(/\n/g, eol) ?? (local[a] as Unit).text;
    const from = a >= 0 ? (local[a] as Unit).end : 0;
    const to = b < local.length ? (local[b] as Unit).start : source.length;
    const gaps: string[] = [];
    let cursor = from;
    const newUnits: Unit[] = [];
    for (let index = a; index < b; index += 1) {
      if (index > a) {
        gaps.push(source.slice(cursor, (local[index] as Unit).start));
        cursor = (local[index] as Unit).end;
      }
      newUnits.push(...(inserts.get(index) ?? []));
    }
    gaps.push(source.slice(cursor, to));
    const left = a >= 0 ? local[a] : undefined;
    const right = b < local.length ? local[b] : undefined;
    out += stretch(gaps, placed(newUnits, left, right), left, right, separator);
  }
  return out;
}

/** The text between two kept units: what is left of the original gaps, plus new units. */
function stretch(
  gaps: string[],
  added: Placed[],
  left: Unit | undefined,
  right: Unit | undefined,
  separator: (left: Unit, right: Unit) => string,
): string {
  const joined = gaps.join('');
  const blank = joined.trim() === '';
  let carrier: string;
  if (!blank)
    carrier =
      left && right
        ? joined.replace(/(\r?\n[ \t]*){3,}/g, (run) =>
            run.slice(0, run.indexOf('\n', run.indexOf('\n') + 1) + 1),
          )
        : joined;
  else if (!left) carrier = gaps[0] ?? '';
  else if (!right) carrier = gaps[gaps.length - 1] ?? '';
  else
    carrier = gaps.reduce(
      (most, gap) => (newlines(gap) > newlines(most) ? gap : most),
      gaps[0] ?? '',
    );
  if (added.length === 0) return carrier;
  const first = (added[0] as Placed).unit;
  const last = (added[added.length - 1] as Placed).unit;
  const body = added
    .map((p, i) => (i === 0 ? '' : separator((added[i - 1] as Placed).unit, p.unit)) + p.text)
    .join('');
  const before = left ? separator(left, first) : '';
  const after = right ? separator(last, right) : '';
  if (!left) return carrier + body + after;
  if (!right) return before + body + carrier;
  if (blank) return before + body + after;
  if (continuesGroup(left, first)) return before + body + carrier;
  // Text on the line right above the next block (a comment about it) stays with that block.
  const gluedRight = !/\n[ \t]*\r?\n[ \t]*$/.test(carrier);
  const gluedLeft = !/^[ \t]*\r?\n[ \t]*\r?\n/.test(carrier);
  return gluedRight && !gluedLeft ? before + body + carrier : carrier + body + after;
}

function newlines(text: string): number {
  return text.split('\n').length - 1;
}

/** Whether this file numbers its lists (1. 2. 3.) rather than repeating one number (1. 1. 1.). */
function numbersCount(local: Unit[]): boolean {
  for (let i = 0; i + 1 < local.length; i += 1) {
    const left = styleOf(local[i] as Unit);
    const right = styleOf(local[i + 1] as Unit);
    const sameList = continuesGroup(local[i] as Unit, local[i + 1] as Unit);
    if (
      sameList &&
      left &&
      right &&
      (local[i] as Unit).ir.type === 'item' &&
      (local[i] as Unit).kind === 'numbered-item'
    ) {
      return right.number !== left.number;
    }
  }
  return true;
}

/**
 * The gap each list of this file puts between its items ("\n", or "\n\n" for a loose list), by
 * item: the gap after its first item.
 */
function listGaps(source: string, local: Unit[]): Map<Unit, string> {
  const gaps = new Map<Unit, string>();
  let run: Unit[] = [];
  const close = (): void => {
    const [first, second] = run;
    if (first && second) {
      const gap = source.slice(first.end, second.start).replace(/\r\n/g, '\n');
      if (/^\n+$/.test(gap)) for (const unit of run) gaps.set(unit, gap);
    }
    run = [];
  };
  for (const unit of local) {
    const last = run[run.length - 1];
    if (unit.ir.type === 'item' && last && continuesGroup(last, unit)) run.push(unit);
    else {
      close();
      if (unit.ir.type === 'item') run = [unit];
    }
  }
  close();
  return gaps;
}
