/**
 * Splicing: replace units of a source by span, and pull's core step, which writes Notion's
 * edits into a local GFM file block by block and keeps every other byte.
 */
import { alignBlocks } from './align.js';
import { continuesGroup, unitsOf, type Unit } from './blocks.js';
import type { BlockConflict, LossWarning, NotionEditResult } from './types.js';
import { writeGfmBlock, writeGfmTableLines, type ItemStyle } from './write-gfm.js';

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
  const baseToNext = alignBlocks(base, next.units);
  if (baseToNext.every((op) => op.type === 'equal')) return unchanged;
  const local = unitsOf(localGfm, 'gfm').units;
  const style = localStyle(local);
  const localOf = new Map<number, { index: number; same: boolean }>();
  for (const op of alignBlocks(local, base)) {
    if (op.type === 'equal' || op.type === 'changed')
      localOf.set(op.b, { index: op.a, same: op.type === 'equal' });
  }
  const replaced = new Map<number, string>();
  const removed = new Set<number>();
  const inserts = new Map<number, Unit[]>();
  const conflicts: BlockConflict[] = [];
  const used: Unit[] = [];
  let anchor = -1;
  for (const op of baseToNext) {
    if (op.type === 'added') {
      const unit = next.units[op.b] as Unit;
      inserts.set(anchor, [...(inserts.get(anchor) ?? []), unit]);
      used.push(unit);
      continue;
    }
    const mapped = localOf.get(op.a);
    if (mapped) anchor = mapped.index;
    if (op.type === 'equal') continue;
    const notion = op.type === 'changed' ? (next.units[op.b] as Unit) : undefined;
    const localUnit = mapped ? (local[mapped.index] as Unit) : undefined;
    if (mapped?.same && localUnit) {
      if (notion) {
        replaced.set(
          mapped.index,
          gfmText(notion, style, replacementStyle(notion, localUnit), localUnit.origin),
        );
        used.push(notion);
      } else {
        removed.add(mapped.index);
      }
    } else if (notion || localUnit) {
      conflicts.push({
        line: localUnit?.line ?? local[anchor]?.line ?? 1,
        reason: !localUnit
          ? 'deleted-locally-edited-in-notion'
          : notion
            ? 'both-edited'
            : 'edited-locally-deleted-in-notion',
        local: localUnit?.text ?? '',
        notion: notion ? gfmText(notion, style) : '',
      });
    }
  }
  const changed =
    replaced.size + removed.size + [...inserts.values()].reduce((n, units) => n + units.length, 0);
  if (changed === 0) return { ...unchanged, conflicts };
  const gfm = render(localGfm, local, style, replaced, removed, inserts);
  return { gfm, changed, warnings: warningsFor(used, next.warnings), conflicts };
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

/** Notion's unit as GFM; `style` and `origin` come from the local unit it replaces or joins. */
function gfmText(
  unit: Unit,
  local: LocalStyle,
  style?: ItemStyle,
  origin?: Unit['origin'],
): string {
  const { ir } = unit;
  if (unit.row !== undefined && ir.type === 'table') {
    const lines = writeGfmTableLines(ir.rows);
    return unit.row === 0 ? lines.slice(0, 2).join('\n') : (lines[unit.row + 1] ?? '');
  }
  const restored = restoreOrigin(ir, origin);
  if (restored !== undefined) return restored;
  const text = writeGfmBlock(ir, ir.type === 'item' ? style : undefined);
  // remark escapes "[^1]" in text; where the file defines that footnote, it is a reference.
  return local.footnotes.size === 0
    ? text
    : text.replace(/\\\[\^([^\]\s]+)\]/g, (match, label: string) =>
        local.footnotes.has(label) ? `[^${label}]` : match,
      );
}

/** The file's own form of a construct Notion holds differently, if it still reads as that one construct. */
function restoreOrigin(ir: Unit['ir'], origin: Unit['origin']): string | undefined {
  let restored: string | undefined;
  if (ir.type === 'code') {
    if (origin === 'html' && ir.lang === 'html') restored = ir.value;
    if (origin === 'frontmatter-yaml' && ir.lang === 'yaml') restored = `---\n${ir.value}\n---`;
    if (origin === 'frontmatter-toml' && ir.lang === 'toml') restored = `+++\n${ir.value}\n+++`;
  }
  const head = ir.type === 'paragraph' ? ir.children[0] : undefined;
  const label = head?.type === 'text' ? /^\[\^([^\]\s]+)\]: /.exec(head.value) : null;
  if (origin === 'footnote' && ir.type === 'paragraph' && head?.type === 'text' && label) {
    const rest = [
      { type: 'text' as const, value: head.value.slice(label[0].length) },
      ...ir.children.slice(1),
    ];
    restored = `${label[0]}${writeGfmBlock({ type: 'paragraph', children: rest })}`;
  }
  if (restored === undefined) return undefined;
  const [only, ...others] = unitsOf(restored, 'gfm').units;
  return only && others.length === 0 && only.origin === origin && only.text === restored
    ? restored
    : undefined;
}

/** What the local file says about how new text should look. */
interface LocalStyle {
  /** Footnote labels the file defines. */
  footnotes: Set<string>;
}

function localStyle(local: Unit[]): LocalStyle {
  const footnotes = new Set<string>();
  for (const unit of local) {
    const label = unit.origin === 'footnote' ? /^\[\^([^\]\s]+)\]:/.exec(unit.text) : null;
    if (label?.[1]) footnotes.add(label[1]);
  }
  return { footnotes };
}

/** The marker of a local list item. */
function styleOf(unit: Unit): ItemStyle | undefined {
  if (unit.ir.type !== 'item') return undefined;
  const marker = /^(?:([-*+])|(\d{1,9})([.)]))/.exec(unit.text);
  if (!marker) return undefined;
  return {
    bullet: (marker[1] ?? '-') as ItemStyle['bullet'],
    delimiter: (marker[3] ?? '.') as ItemStyle['delimiter'],
    number: Number(marker[2] ?? 1),
  };
}

/** The style of a local unit that `unit` replaces, when both belong to the same kind of list. */
function replacementStyle(unit: Unit, local: Unit): ItemStyle | undefined {
  return continuesGroup(local, unit) || continuesGroup(unit, local) ? styleOf(local) : undefined;
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
  const intra = intraGap(source, local);
  const separator = (left: Unit, right: Unit): string =>
    (continuesGroup(left, right) ? intra : '\n\n').replace(/\n/g, eol);
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
  return continuesGroup(left, first) ? before + body + carrier : carrier + body + after;
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

/** The gap a list or table in this file puts between its rows ("\n", or "\n\n" for a loose list). */
function intraGap(source: string, local: Unit[]): string {
  for (let i = 0; i + 1 < local.length; i += 1) {
    const left = local[i] as Unit;
    const right = local[i + 1] as Unit;
    if (left.ir.type === 'item' && continuesGroup(left, right)) {
      const gap = source.slice(left.end, right.start).replace(/\r\n/g, '\n');
      if (/^\n+$/.test(gap)) return gap;
    }
  }
  return '\n';
}
