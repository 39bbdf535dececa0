import { findClosingLine, type ParseContext } from './block-tags.js';
import { BLANK, interruptsParagraph, type Line } from './lines.js';
import { readTag, type Tag } from './tags.js';
import { MarkdownRejected, type EmuBlock, type RichText } from './types.js';

const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * Splits a pipe-table row into cells. As in GFM, `\|` is a pipe inside the cell (even inside a
 * code span), so it is unescaped here, before the cell's inline content is parsed.
 */
export function splitRow(text: string): string[] {
  let row = text.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !/(^|[^\\])(\\\\)*\\\|$/.test(row)) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i] as string;
    const next = row[i + 1];
    if (c === '\\' && next === '|') {
      cell += '|';
      i++;
    } else if (c === '\\' && next !== undefined) {
      cell += c + next;
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

export function isPipeTableStart(lines: Line[], i: number): boolean {
  const header = lines[i];
  const delimiter = lines[i + 1];
  if (header === undefined || delimiter === undefined || !header.text.includes('|')) return false;
  if (!DELIMITER_ROW.test(delimiter.text)) return false;
  return splitRow(header.text).length === splitRow(delimiter.text).length;
}

function booleanAttr(value: string | undefined, name: string, line: number): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new MarkdownRejected(`${name}="${value}" must be "true" or "false"`, line);
}

function tableBlock(rows: RichText[][][], columnHeader: boolean, rowHeader: boolean): EmuBlock {
  return {
    type: 'table',
    table: {
      table_width: rows[0]?.length ?? 0,
      has_column_header: columnHeader,
      has_row_header: rowHeader,
    },
    children: rows.map((cells) => ({ type: 'table_row', table_row: { cells } })),
  };
}

/** A GFM pipe table: the first row is always the column header. */
export function parsePipeTable(
  lines: Line[],
  start: number,
  context: ParseContext,
): [EmuBlock, number] {
  const header = lines[start] as Line;
  const headerCells = splitRow(header.text);
  const width = headerCells.length;
  const rows: RichText[][][] = [headerCells.map((cell) => context.inline(cell, header.no))];
  let i = start + 2;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (BLANK.test(line.text) || interruptsParagraph(line.text)) break;
    // GFM pads short rows with empty cells and drops cells past the header's width.
    const cells = splitRow(line.text).slice(0, width);
    while (cells.length < width) cells.push('');
    rows.push(cells.map((cell) => context.inline(cell, line.no)));
  }
  return [tableBlock(rows, true, false), i];
}

/**
 * A `<table>` block: `<tr>` rows of `<td>` cells holding rich text. header-row / header-column
 * default to false, as the format reference says for omitted table attributes.
 */
export function parseHtmlTable(
  lines: Line[],
  start: number,
  tag: Tag,
  rest: string,
  context: ParseContext,
): [EmuBlock, number] {
  const no = (lines[start] as Line).no;
  for (const key of Object.keys(tag.attrs)) {
    if (key !== 'header-row' && key !== 'header-column') {
      throw new MarkdownRejected(`<table> does not take the attribute ${key}`, no);
    }
  }
  const close = findClosingLine(lines, start, 'table');
  if (tag.selfClosing || close === -1) throw new MarkdownRejected('<table> is never closed', no);
  const source = [rest, ...lines.slice(start + 1, close).map((line) => line.text)].join('\n');
  const rows: RichText[][][] = [];
  let pos = 0;
  const skipSpace = (): void => {
    while (/\s/.test(source[pos] ?? '')) pos++;
  };
  const expectTag = (name: string, closing: boolean): void => {
    skipSpace();
    const found = readTag(source, pos);
    if (found === null || found.name !== name || found.closing !== closing || found.selfClosing) {
      throw new MarkdownRejected(`<table> holds only <tr> rows of <td> cells`, no);
    }
    if (Object.keys(found.attrs).length > 0) {
      throw new MarkdownRejected(`<${name}> attributes (colors) are not supported here`, no);
    }
    pos = found.end;
  };
  skipSpace();
  while (pos < source.length) {
    expectTag('tr', false);
    const row: RichText[][] = [];
    for (;;) {
      skipSpace();
      if (source.startsWith('</tr>', pos)) {
        pos += '</tr>'.length;
        break;
      }
      expectTag('td', false);
      const end = source.indexOf('</td>', pos);
      if (end === -1) throw new MarkdownRejected('<td> is never closed', no);
      row.push(context.inline(source.slice(pos, end).trim(), no));
      pos = end + '</td>'.length;
    }
    rows.push(row);
    skipSpace();
  }
  if (rows.length === 0) throw new MarkdownRejected('<table> needs at least one <tr>', no);
  if (rows.some((row) => row.length !== (rows[0] as RichText[][]).length || row.length === 0)) {
    throw new MarkdownRejected('every <tr> of a <table> needs the same number of <td> cells', no);
  }
  const columnHeader = booleanAttr(tag.attrs['header-row'], 'header-row', no);
  const rowHeader = booleanAttr(tag.attrs['header-column'], 'header-column', no);
  return [tableBlock(rows, columnHeader, rowHeader), close + 1];
}
