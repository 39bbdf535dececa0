import {
  checkAttrs,
  colorAttr,
  findClosingLine,
  readContainer,
  type ParseContext,
  type TagParse,
} from './block-tags.js';
import { isBlank, type Line } from './lines.js';
import { idFromNotionUrl } from './mentions.js';
import { readTag, type Tag } from './tags.js';
import { MarkdownRejected, type EmuBlock } from './types.js';

/**
 * Splits a container written on one line (`<columns><column>Left</column>…</columns>`) into the
 * lines of its multi-line form: each of the `names` tags on a line of its own, text between them
 * on its own line. A backslash-escaped `\<` is text.
 */
function expandOneLine(line: Line, names: ReadonlySet<string>): Line[] {
  const source = line.text.trim();
  const out: Line[] = [];
  let text = '';
  const flush = (): void => {
    if (text.trim() !== '') out.push({ text: text.trim(), no: line.no });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '\\') {
      text += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    const tag = c === '<' ? readTag(source, i) : null;
    if (tag !== null && names.has(tag.name)) {
      flush();
      out.push({ text: source.slice(i, tag.end), no: line.no });
      i = tag.end;
      continue;
    }
    text += c;
    i++;
  }
  flush();
  return out;
}

/**
 * The one-line form of a container, parsed as its multi-line form; null when the opening tag
 * stands alone on its line (the multi-line form).
 */
function oneLine(
  lines: Line[],
  i: number,
  tag: Tag,
  rest: string,
  names: ReadonlySet<string>,
  parse: (lines: Line[], i: number, tag: Tag, rest: string) => TagParse,
): TagParse | null {
  if (rest.trim() === '') return null;
  const line = lines[i] as Line;
  if (!rest.trimEnd().endsWith(`</${tag.name}>`)) {
    throw new MarkdownRejected(
      `<${tag.name}> stands alone on its line, or holds its content on one line up to </${tag.name}>`,
      line.no,
    );
  }
  const expanded = expandOneLine(line, names);
  const [parsed] = parse(expanded, 0, tag, '');
  return [parsed, i + 1];
}

const COLUMN_TAGS = new Set(['columns', 'column']);

/**
 * "ratio is an optional percentage of the column-list width"; the API keeps it as the column's
 * `width_ratio`, a fraction (A-MD-26).
 */
function columnPayload(ratio: string | undefined, line: number): { width_ratio?: number } {
  if (ratio === undefined) return {};
  const percent = Number(ratio);
  if (!/^\d+(?:\.\d+)?$/.test(ratio) || percent <= 0 || percent > 100) {
    throw new MarkdownRejected(`<column> ratio="${ratio}" must be a percentage above 0`, line);
  }
  return { width_ratio: percent / 100 };
}

/** `<columns>` of `<column>` blocks, on several lines or on one. */
export function parseColumns(
  lines: Line[],
  i: number,
  tag: Tag,
  rest: string,
  context: ParseContext,
): TagParse {
  const no = (lines[i] as Line).no;
  if (tag.selfClosing || Object.keys(tag.attrs).length > 0) {
    throw new MarkdownRejected('<columns> takes no attributes', no);
  }
  const single = oneLine(lines, i, tag, rest, COLUMN_TAGS, (l, j, t, r) =>
    parseColumns(l, j, t, r, context),
  );
  if (single !== null) return single;
  const close = findClosingLine(lines, i, 'columns');
  if (close === -1) throw new MarkdownRejected('<columns> is never closed', no);
  const cols: EmuBlock[] = [];
  let j = i + 1;
  while (j < close) {
    const line = lines[j] as Line;
    if (isBlank(line)) {
      j++;
      continue;
    }
    const trimmed = line.text.trim();
    const col = readTag(trimmed, 0);
    if (
      col === null ||
      col.name !== 'column' ||
      col.closing ||
      col.selfClosing ||
      trimmed.slice(col.end) !== ''
    ) {
      throw new MarkdownRejected('only <column> blocks belong inside <columns>', line.no);
    }
    checkAttrs(col, ['ratio'], line.no);
    const end = findClosingLine(lines, j, 'column');
    if (end === -1 || end > close) throw new MarkdownRejected('<column> is never closed', line.no);
    const children = context.blocks(lines.slice(j + 1, end));
    cols.push({ type: 'column', column: columnPayload(col.attrs['ratio'], line.no), children });
    j = end + 1;
  }
  // The API refuses a column list with fewer than two columns.
  if (cols.length < 2) throw new MarkdownRejected('<columns> needs at least two <column>', no);
  return [{ type: 'column_list', column_list: {}, children: cols }, close + 1];
}

const LIST_TAGS = new Set(['ul', 'ol', 'li']);

const LIST_FORMATS: Readonly<Record<string, string | undefined>> = {
  '1': undefined,
  a: 'letters',
  i: 'roman',
};

/**
 * `<ul>` / `<ol type="1|a|i">` holding `<li color="…">` items, each in the container shape (title,
 * then children after a blank line). Each `<li>` is one list item block; an `<ol>`'s type is kept
 * on each of its items as the API's `list_format` (A-MD-07). A to-do in tag form is `<todo>`.
 */
export function parseList(
  lines: Line[],
  i: number,
  tag: Tag,
  rest: string,
  context: ParseContext,
): TagParse {
  const no = (lines[i] as Line).no;
  checkAttrs(tag, tag.name === 'ol' ? ['type'] : [], no);
  const type = tag.attrs['type'] ?? '1';
  if (!(type in LIST_FORMATS)) throw new MarkdownRejected(`<ol type="${type}">: 1, a or i`, no);
  const format = LIST_FORMATS[type];
  if (tag.selfClosing) throw new MarkdownRejected(`<${tag.name}> needs at least one <li>`, no);
  const single = oneLine(lines, i, tag, rest, LIST_TAGS, (l, j, t, r) =>
    parseList(l, j, t, r, context),
  );
  if (single !== null) return single;
  const close = findClosingLine(lines, i, tag.name);
  if (close === -1) throw new MarkdownRejected(`<${tag.name}> is never closed`, no);
  const items: EmuBlock[] = [];
  let j = i + 1;
  while (j < close) {
    const line = lines[j] as Line;
    if (isBlank(line)) {
      j++;
      continue;
    }
    // Trailing spaces on the tag's line are title text (A-MD-25).
    const trimmed = line.text.trimStart();
    const li = readTag(trimmed, 0);
    if (li === null || li.name !== 'li' || li.closing || li.selfClosing) {
      throw new MarkdownRejected(`only <li> items belong inside <${tag.name}>`, line.no);
    }
    checkAttrs(li, ['color'], line.no);
    const item = readContainer(lines, j, li, trimmed.slice(li.end), context);
    if (item.next > close + 1) throw new MarkdownRejected('<li> is never closed', line.no);
    const richText = context.inline(item.title, line.no);
    const color = colorAttr(li.attrs['color'], line.no);
    const block: EmuBlock =
      tag.name === 'ul'
        ? { type: 'bulleted_list_item', bulleted_list_item: { rich_text: richText, color } }
        : {
            type: 'numbered_list_item',
            numbered_list_item: {
              rich_text: richText,
              color,
              ...(format === undefined ? {} : { list_format: format }),
            },
          };
    if (item.children.length > 0) block.children = item.children;
    items.push(block);
    j = item.next;
  }
  if (items.length === 0) throw new MarkdownRejected(`<${tag.name}> needs at least one <li>`, no);
  return [items, close + 1];
}

/**
 * `<synced-block>` (the original, holding the shared blocks) and `<synced-block-reference
 * url="…">` (a copy of the original at that URL). Neither has a title: everything between the
 * tags is children.
 */
export function parseSyncedBlock(
  lines: Line[],
  i: number,
  tag: Tag,
  rest: string,
  context: ParseContext,
): TagParse {
  const line = lines[i] as Line;
  checkAttrs(tag, ['url'], line.no);
  const url = tag.attrs['url'];
  let syncedFrom: { type: 'block_id'; block_id: string } | null = null;
  if (tag.name === 'synced-block-reference') {
    const id = url === undefined ? undefined : idFromNotionUrl(url);
    if (id === undefined) {
      throw new MarkdownRejected('<synced-block-reference> needs the url of the original', line.no);
    }
    syncedFrom = { type: 'block_id', block_id: id };
  }
  const closeTag = `</${tag.name}>`;
  let children: EmuBlock[] = [];
  let next = i + 1;
  if (tag.selfClosing) {
    if (rest.trim() !== '') throw new MarkdownRejected(`text after <${tag.name}/>`, line.no);
  } else if (rest.trim() !== '') {
    if (!rest.trimEnd().endsWith(closeTag)) {
      throw new MarkdownRejected(`<${tag.name}> stands alone on its line`, line.no);
    }
    const inner = rest.trimEnd().slice(0, -closeTag.length);
    children = context.blocks([{ text: inner.trim(), no: line.no }]);
  } else {
    const close = findClosingLine(lines, i, tag.name);
    if (close === -1) throw new MarkdownRejected(`<${tag.name}> is never closed`, line.no);
    children = context.blocks(lines.slice(i + 1, close));
    next = close + 1;
  }
  const block: EmuBlock = { type: 'synced_block', synced_block: { synced_from: syncedFrom } };
  if (children.length > 0) block.children = children;
  return [block, next];
}
