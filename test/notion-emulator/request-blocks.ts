import { freshBlocks } from './blocks.js';
import { validationError } from './errors.js';
import type { EmuBlock } from './markdown/index.js';
import { MAX_ARRAY, readRichTextArray } from './rich-text.js';
import { isRecord } from './schema.js';
import type { Audit, StoredBlock } from './store.js';

/** Block types a request may create through `children`, and whether they carry rich text. */
const CREATABLE: Record<string, boolean> = {
  paragraph: true,
  heading_1: true,
  heading_2: true,
  heading_3: true,
  heading_4: true,
  bulleted_list_item: true,
  numbered_list_item: true,
  to_do: true,
  quote: true,
  toggle: true,
  callout: true,
  code: true,
  divider: false,
  equation: false,
  bookmark: false,
  embed: false,
  image: false,
  file: false,
  pdf: false,
  video: false,
  audio: false,
  table: false,
  table_row: false,
  breadcrumb: false,
  link_preview: false,
};

// https://developers.notion.com/reference/request-limits: 1000 block elements per payload.
export const MAX_BLOCKS_PER_REQUEST = 1000;

/** Turns `children` block objects of a request into stored blocks, checking Notion's limits. */
export function bodyFromChildren(raw: unknown, audit: Audit): StoredBlock[] {
  const counter = { n: 0 };
  const blocks = readBlocks(raw, 'body.children', counter, 0);
  return freshBlocks(blocks, audit);
}

function readBlocks(
  raw: unknown,
  where: string,
  counter: { n: number },
  depth: number,
): EmuBlock[] {
  if (!Array.isArray(raw)) throw validationError(`${where} should be an array.`);
  if (raw.length > MAX_ARRAY) {
    throw validationError(
      `${where}.length should be ≤ \`${MAX_ARRAY}\`, instead was \`${raw.length}\`.`,
    );
  }
  return raw.map((item, i) => {
    const at = `${where}[${i}]`;
    if (!isRecord(item)) throw validationError(`${at} should be an object.`);
    const type =
      typeof item.type === 'string' ? item.type : Object.keys(item).find((k) => k in CREATABLE);
    if (!type || !(type in CREATABLE))
      throw validationError(`${at} should be a block object the emulator can create.`);
    const payload = item[type];
    if (!isRecord(payload)) throw validationError(`${at}.${type} should be an object.`);
    counter.n++;
    if (counter.n > MAX_BLOCKS_PER_REQUEST) {
      throw validationError(`The request has more than ${MAX_BLOCKS_PER_REQUEST} blocks.`);
    }
    const { children, ...rest } = payload;
    const content: Record<string, unknown> = { ...rest };
    if (CREATABLE[type])
      content.rich_text = readRichTextArray(rest.rich_text ?? [], `${at}.${type}.rich_text`);
    if (type === 'table_row') {
      if (!Array.isArray(rest.cells))
        throw validationError(`${at}.table_row.cells should be an array.`);
      content.cells = rest.cells.map((cell, c) =>
        readRichTextArray(cell, `${at}.table_row.cells[${c}]`),
      );
    }
    if (CREATABLE[type] && content.color === undefined) content.color = 'default';
    const block: EmuBlock = { type, [type]: content };
    if (children !== undefined) {
      // Notion nests at most two levels of children in one request.
      if (depth >= 2) throw validationError(`${at}.${type}.children nests deeper than two levels.`);
      block.children = readBlocks(children, `${at}.${type}.children`, counter, depth + 1);
    }
    return block;
  });
}
