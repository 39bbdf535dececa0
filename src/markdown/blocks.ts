/**
 * The block model: a document as a list of units (top-level blocks, top-level list items, table
 * rows), each with a comparable key and its span in the source.
 */
import { canonicalBlock } from './canonical.js';
import { readDocument } from './read-blocks.js';
import type { Dialect } from './tags.js';
import type { Block, IrBlock, LossWarning, SourceEntry } from './types.js';
import { writeV2Block, writeV2TableRow } from './write-v2.js';

/** A unit with what the splicer needs beyond the public Block. */
export interface Unit extends Block {
  /** The unit's content; for a table row, the whole table (see `row`). */
  ir: IrBlock;
  /** For table units: 0 for the header, 1… for body rows. */
  row?: number;
  origin?: SourceEntry['origin'];
}

const SEPARATOR = '\u241e';

/** Recent parses: a pull reads the same local file and Notion snapshots more than once. */
const recent = new Map<string, { units: Unit[]; warnings: LossWarning[] }>();
const RECENT_LIMIT = 16;

/** The units of a document in `dialect`, with the warnings its conversion raises (read-only). */
export function unitsOf(
  source: string,
  dialect: Dialect,
): { units: Unit[]; warnings: LossWarning[] } {
  const cacheKey = `${dialect}\u0000${source}`;
  const cached = recent.get(cacheKey);
  if (cached) return cached;
  const result = readUnits(source, dialect);
  recent.set(cacheKey, result);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  return result;
}

function readUnits(source: string, dialect: Dialect): { units: Unit[]; warnings: LossWarning[] } {
  const { entries, warnings } = readDocument(source, dialect);
  const units: Unit[] = [];
  for (const entry of entries) {
    const { block } = entry;
    const canonical = canonicalBlock(block);
    if (isCommentOnly(block, canonical)) continue;
    if (block.type === 'table' && canonical.type === 'table' && entry.rows) {
      entry.rows.forEach((span, row) => {
        const kind = row === 0 ? 'table-head' : 'table-row';
        const key = `${kind}${SEPARATOR}${writeV2TableRow(canonical.rows, row, true)}`;
        units.push({
          kind,
          key,
          ...span,
          text: source.slice(span.start, span.end),
          ir: block,
          row,
        });
      });
      continue;
    }
    const kind = kindOf(block);
    units.push({
      kind,
      key: `${kind}${SEPARATOR}${writeV2Block(canonical, { key: true })}`,
      start: entry.start,
      end: entry.end,
      line: entry.line,
      text: source.slice(entry.start, entry.end),
      ir: block,
      ...(entry.origin ? { origin: entry.origin } : {}),
    });
  }
  return { units, warnings };
}

/**
 * A paragraph of nothing but HTML comments (Notion's literal text of one): not content, like a
 * comment in the file, so it is no unit on either side.
 */
function isCommentOnly(block: IrBlock, canonical: IrBlock): boolean {
  return (
    block.type === 'paragraph' &&
    block.children.length > 0 &&
    canonical.type === 'paragraph' &&
    canonical.children.every((inline) => inline.type === 'text' && inline.value.trim() === '')
  );
}

function kindOf(block: IrBlock): string {
  switch (block.type) {
    case 'item':
      return block.kind === 'ordered' ? 'numbered-item' : `${block.kind}-item`;
    case 'math':
      return 'equation';
    case 'raw':
      return 'notion-tag';
    case 'table':
      return 'table-head';
    default:
      return block.type;
  }
}

/** Lists and tables: units of one group sit on consecutive lines. */
export function groupOf(unit: Unit): string | undefined {
  if (unit.ir.type === 'item') return unit.ir.kind === 'ordered' ? 'list-ordered' : 'list-bullet';
  if (unit.kind === 'table-row') return 'table';
  return undefined;
}

/** Whether `next` continues `previous`'s list or table when written right under it. */
export function continuesGroup(previous: Unit, next: Unit): boolean {
  if (next.kind === 'table-head') return false;
  if (previous.kind === 'table-head' || previous.kind === 'table-row')
    return next.kind === 'table-row';
  const group = groupOf(previous);
  return group !== undefined && group === groupOf(next);
}

function toBlock(unit: Unit): Block {
  return {
    kind: unit.kind,
    key: unit.key,
    start: unit.start,
    end: unit.end,
    line: unit.line,
    text: unit.text,
  };
}

/** The units of a GFM document. */
export function gfmBlocks(gfm: string): Block[] {
  return unitsOf(gfm, 'gfm').units.map(toBlock);
}

/** The units of a Notion-flavored Markdown v2 document. */
export function notionBlocks(v2: string): Block[] {
  return unitsOf(v2, 'v2').units.map(toBlock);
}
