import { colorAttr, findClosingLine, type ParseContext } from './block-tags.js';
import { renderRichText } from './inline-render.js';
import { BLANK, interruptsParagraph, type Line } from './lines.js';
import { formatAttrs, readTag, type Tag } from './tags.js';
import { MarkdownRejected, markdownColor, type EmuBlock, type RichText } from './types.js';

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

/** A `<col width>` in pixels; 0 when absent (the column keeps Notion's default width). */
function widthAttr(value: string | undefined, line: number): number {
  if (value === undefined) return 0;
  if (!/^[1-9]\d{0,4}$/.test(value)) {
    throw new MarkdownRejected(`<col> width="${value}" must be a whole number of pixels`, line);
  }
  return Number(value);
}

/**
 * How a table is styled beyond what a pipe table shows. The API's table objects have no colour
 * fields, so the emulator keeps the `<table>` form's styles under these keys, present only when
 * set (A-MD-21).
 */
type TableStyle = { fit_page_width?: true; column_colors?: string[]; column_widths?: number[] };
type RowStyle = { color?: string; cell_colors?: string[] };

type Row = { cells: RichText[][]; style: RowStyle };

function tableBlock(
  rows: Row[],
  columnHeader: boolean,
  rowHeader: boolean,
  style: TableStyle = {},
): EmuBlock {
  return {
    type: 'table',
    table: {
      table_width: rows[0]?.cells.length ?? 0,
      has_column_header: columnHeader,
      has_row_header: rowHeader,
      ...style,
    },
    children: rows.map((row) => ({
      type: 'table_row',
      table_row: { cells: row.cells, ...row.style },
    })),
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
  const rows: Row[] = [
    { cells: headerCells.map((cell) => context.cell(cell, header.no)), style: {} },
  ];
  let i = start + 2;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (BLANK.test(line.text) || interruptsParagraph(line.text)) break;
    // GFM pads short rows with empty cells and drops cells past the header's width.
    const cells = splitRow(line.text).slice(0, width);
    while (cells.length < width) cells.push('');
    rows.push({ cells: cells.map((cell) => context.cell(cell, line.no)), style: {} });
  }
  return [tableBlock(rows, true, false), i];
}

const TABLE_ATTRS = ['fit-page-width', 'header-row', 'header-column'];

/**
 * A `<table>` block: "optional <colgroup><col width="180" color="..." /></colgroup>, <tr
 * color="..."> rows, <th>/<td color="..."> cells"; cells hold rich text, `<br />` for a line
 * break. A `<th>` is read as a cell like `<td>`: which cells are headers is the table's
 * header-row and header-column (A-MD-34). fit-page-width, header-row and header-column default to
 * false, as the format reference says for omitted table attributes.
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
    if (!TABLE_ATTRS.includes(key)) {
      throw new MarkdownRejected(`<table> does not take the attribute ${key}`, no);
    }
  }
  const close = findClosingLine(lines, start, 'table');
  if (tag.selfClosing || close === -1) throw new MarkdownRejected('<table> is never closed', no);
  const source = [rest, ...lines.slice(start + 1, close).map((line) => line.text)].join('\n');
  let pos = 0;
  const skipSpace = (): void => {
    while (/\s/.test(source[pos] ?? '')) pos++;
  };
  const nextTag = (): Tag | null => {
    skipSpace();
    return readTag(source, pos);
  };
  const expectTag = (names: string, closing: boolean, attrs: readonly string[] = []): Tag => {
    const found = nextTag();
    const name = found?.name ?? '';
    if (found === null || !names.split('|').includes(name) || found.closing !== closing) {
      throw new MarkdownRejected(
        '<table> holds an optional <colgroup>, then <tr> rows of <th>/<td> cells',
        no,
      );
    }
    for (const key of Object.keys(found.attrs)) {
      if (!attrs.includes(key)) throw new MarkdownRejected(`<${name}> does not take ${key}`, no);
    }
    if (found.selfClosing && name !== 'col') {
      throw new MarkdownRejected(`<${name}/> cannot be self-closing`, no);
    }
    pos = found.end;
    return found;
  };
  const columnColors: string[] = [];
  const columnWidths: number[] = [];
  if (nextTag()?.name === 'colgroup') {
    expectTag('colgroup', false);
    while (nextTag()?.name === 'col') {
      const col = expectTag('col', false, ['width', 'color']);
      columnColors.push(colorAttr(col.attrs['color'], no));
      columnWidths.push(widthAttr(col.attrs['width'], no));
    }
    expectTag('colgroup', true);
  }
  const rows: Row[] = [];
  skipSpace();
  while (pos < source.length) {
    const tr = expectTag('tr', false, ['color']);
    const row: Row = { cells: [], style: {} };
    const cellColors: string[] = [];
    for (;;) {
      skipSpace();
      if (source.startsWith('</tr>', pos)) {
        pos += '</tr>'.length;
        break;
      }
      const td = expectTag('th|td', false, ['color']);
      const end = source.indexOf(`</${td.name}>`, pos);
      if (end === -1) throw new MarkdownRejected(`<${td.name}> is never closed`, no);
      row.cells.push(context.cell(source.slice(pos, end).trim(), no));
      cellColors.push(colorAttr(td.attrs['color'], no));
      pos = end + `</${td.name}>`.length;
    }
    if (tr.attrs['color'] !== undefined) row.style.color = colorAttr(tr.attrs['color'], no);
    if (cellColors.some((color) => color !== 'default')) row.style.cell_colors = cellColors;
    rows.push(row);
    skipSpace();
  }
  if (rows.length === 0) throw new MarkdownRejected('<table> needs at least one <tr>', no);
  const width = (rows[0] as Row).cells.length;
  if (rows.some((row) => row.cells.length !== width || width === 0)) {
    throw new MarkdownRejected('every <tr> of a <table> needs the same number of cells', no);
  }
  if (columnColors.length > 0 && columnColors.length !== width) {
    throw new MarkdownRejected('<colgroup> needs one <col> per column', no);
  }
  const style: TableStyle = {};
  if (booleanAttr(tag.attrs['fit-page-width'], 'fit-page-width', no)) style.fit_page_width = true;
  if (columnColors.some((color) => color !== 'default')) style.column_colors = columnColors;
  if (columnWidths.some((width) => width !== 0)) style.column_widths = columnWidths;
  const columnHeader = booleanAttr(tag.attrs['header-row'], 'header-row', no);
  const rowHeader = booleanAttr(tag.attrs['header-column'], 'header-column', no);
  return [tableBlock(rows, columnHeader, rowHeader, style), close + 1];
}

function colorValue(color: string | undefined): string | undefined {
  return color === undefined || color === 'default' ? undefined : markdownColor(color);
}

/**
 * A table as a pipe table when a pipe table can show it all (a column header, no row header, no
 * styles): "Pipe tables … for plain tables; <table> only for styled ones". Otherwise the `<table>`
 * form, attributes only when set, header cells as `<th>` (A-MD-34). Line breaks in cells are
 * `<br />` in either form.
 */
export function renderTable(block: EmuBlock): string {
  const table = (block['table'] ?? {}) as {
    has_column_header?: boolean;
    has_row_header?: boolean;
  } & TableStyle;
  const rows = (block.children ?? []).map((row) => {
    const payload = (row['table_row'] ?? {}) as { cells?: RichText[][] } & RowStyle;
    return { cells: payload.cells ?? [], style: payload };
  });
  const columnHeader = table.has_column_header === true;
  const rowHeader = table.has_row_header === true;
  const styled =
    table.fit_page_width === true ||
    table.column_colors !== undefined ||
    table.column_widths !== undefined ||
    rows.some((row) => row.style.color !== undefined || row.style.cell_colors !== undefined);
  if (columnHeader && !rowHeader && !styled && rows.length > 0) {
    const line = (cells: RichText[][]): string =>
      `| ${cells.map((cell) => renderRichText(cell, { inPipeTable: true, inCell: true })).join(' | ')} |`;
    const [header, ...body] = rows as [Row, ...Row[]];
    const delimiter = `| ${header.cells.map(() => '---').join(' | ')} |`;
    return [line(header.cells), delimiter, ...body.map((row) => line(row.cells))].join('\n');
  }
  const attrs = formatAttrs([
    ['fit-page-width', table.fit_page_width === true ? 'true' : undefined],
    ['header-row', columnHeader ? 'true' : undefined],
    ['header-column', rowHeader ? 'true' : undefined],
  ]);
  const width = rows[0]?.cells.length ?? 0;
  const colgroup =
    table.column_colors === undefined && table.column_widths === undefined
      ? []
      : [
          '<colgroup>',
          ...Array.from({ length: width }, (_, index) => {
            const px = table.column_widths?.[index];
            return `<col${formatAttrs([
              ['width', px === undefined || px === 0 ? undefined : String(px)],
              ['color', colorValue(table.column_colors?.[index])],
            ])} />`;
          }),
          '</colgroup>',
        ];
  const body = rows.map((row, rowIndex) => {
    const cells = row.cells.map((cell, index) => {
      const name = (columnHeader && rowIndex === 0) || (rowHeader && index === 0) ? 'th' : 'td';
      const color = colorValue(row.style.cell_colors?.[index]);
      const text = renderRichText(cell, { afterTag: true, inCell: true });
      return `<${name}${formatAttrs([['color', color]])}>${text}</${name}>`;
    });
    return [`<tr${formatAttrs([['color', colorValue(row.style.color)]])}>`, ...cells, '</tr>'].join(
      '\n',
    );
  });
  return [`<table${attrs}>`, ...colgroup, ...body, '</table>'].join('\n');
}
