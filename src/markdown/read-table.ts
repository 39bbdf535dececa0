/**
 * GFM tables → IR, with the span of the header (header row and delimiter row) and of each row:
 * rows are units of their own, so a one-cell edit changes one line.
 */
import type { PhrasingContent, Table } from 'mdast';
import type { ReadContext } from './read-context.js';
import { readInlines } from './read-inline.js';
import type { IrInline, SourceEntry } from './types.js';

export function readTable(table: Table, ctx: ReadContext, line: number): SourceEntry[] {
  if (ctx.dialect === 'gfm' && (table.align ?? []).some((align) => align)) {
    ctx.warn(
      'table-alignment',
      'table column alignment',
      line,
      'Notion tables have no column alignment: it is not sent.',
    );
  }
  const width = table.children[0]?.children.length ?? 0;
  table.children.forEach((row) => {
    if (row.children.length > width && ctx.dialect === 'gfm') {
      ctx.warn(
        'table-extra-cells',
        'table row',
        ctx.line(row, line),
        `This row has ${row.children.length} cells and the header ${width}: GFM drops the extra cells, so Notion does not get them.`,
      );
    }
  });
  const rows = table.children.map((row) => {
    const cells = row.children
      .slice(0, width)
      .map((cell) => readInlines(cell.children as PhrasingContent[], ctx, line));
    if (ctx.dialect === 'gfm' && cells.some(hasEdgeSpace)) {
      ctx.warn(
        'table-cell-spaces',
        'table cell',
        ctx.line(row, line),
        'A cell starts or ends with spaces (&#x20;): Notion-flavored Markdown has no form that keeps them in a table cell, so Notion drops them.',
      );
    }
    while (cells.length < width) cells.push([]);
    return cells;
  });
  const start = ctx.start(table) ?? 0;
  const end = ctx.end(table) ?? start;
  const spans = table.children.map((row) => ({
    start: ctx.start(row) ?? start,
    end: ctx.end(row) ?? end,
    line: ctx.line(row, line),
  }));
  const head = spans[0];
  if (head) head.end = delimiterRowEnd(ctx.source, head.end);
  return [{ block: { type: 'table', rows }, start, end, line, rows: spans }];
}

/** Whether a cell's text starts or ends with a space or tab (only an entity puts one there). */
function hasEdgeSpace(cell: IrInline[]): boolean {
  const first = cell[0];
  const last = cell[cell.length - 1];
  return (
    (first?.type === 'text' && /^[ \t]/.test(first.value)) ||
    (last?.type === 'text' && /[ \t]$/.test(last.value))
  );
}

/** The end of the delimiter row that follows the header row ending at `headerEnd`. */
function delimiterRowEnd(source: string, headerEnd: number): number {
  const lineBreak = source.indexOf('\n', headerEnd);
  if (lineBreak === -1) return headerEnd;
  const next = source.indexOf('\n', lineBreak + 1);
  let end = next === -1 ? source.length : next;
  if (source[end - 1] === '\r') end -= 1;
  return end;
}
