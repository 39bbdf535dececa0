import {
  codeBlock,
  colorValue,
  equationBlock,
  imageBlock,
  linkBlock,
  mediaBlock,
  pageReference,
  payload,
  textOf,
  unknownBlock,
} from './block-leaves.js';
import { renderTable } from './block-tables.js';
import { renderRichText } from './inline-render.js';
import { interruptsParagraph } from './lines.js';
import { notionUrl } from './mentions.js';
import { plainText } from './rich-text.js';
import { formatAttrs } from './tags.js';
import type { EmuBlock, RichText } from './types.js';

/** What rendering a page produced besides the markdown. */
export type RenderResult = {
  markdown: string;
  /** Ids of blocks rendered as `<unknown …/>` (the response's `unknown_block_ids`). */
  unknownBlockIds: string[];
};

type State = { unknownBlockIds: string[] };

const LIST_ITEMS = new Set(['bulleted_list_item', 'numbered_list_item', 'to_do']);
const MEDIA = new Set(['video', 'audio', 'file', 'pdf']);
const RENDERED = new Set([
  ...LIST_ITEMS,
  ...MEDIA,
  'paragraph',
  'heading_1',
  'heading_2',
  'heading_3',
  'heading_4',
  'quote',
  'toggle',
  'callout',
  'code',
  'equation',
  'divider',
  'table',
  'table_row',
  'image',
  'column_list',
  'column',
  'child_page',
  'child_database',
  'table_of_contents',
  'synced_block',
  'bookmark',
  'embed',
]);

/** Whether blocks of this type have a markdown form (others come back as `<unknown>`). */
export function isRenderedType(type: string): boolean {
  return RENDERED.has(type);
}

/** Renders blocks as Notion-flavored Markdown v2, the way the markdown endpoints answer. */
export function renderNotionMarkdown(blocks: readonly EmuBlock[]): string {
  return renderNotionMarkdownWithInfo(blocks).markdown;
}

/** Like {@link renderNotionMarkdown}, also listing the blocks written as `<unknown>`. */
export function renderNotionMarkdownWithInfo(blocks: readonly EmuBlock[]): RenderResult {
  const state: State = { unknownBlockIds: [] };
  return { markdown: renderBlocks(blocks, state), unknownBlockIds: state.unknownBlockIds };
}

/**
 * Sibling blocks are separated by a blank line, except consecutive list items written as
 * markdown, which make one tight list (A-MD-04). Numbering restarts after any non-numbered block.
 * "Always use the tag form when a block needs attributes, children, or edge whitespace — <quote>
 * not >, <li> not -": consecutive list items of one type (and one numbering style) that need a
 * colour, a numbering style or edge whitespace are written as one `<ul>`/`<ol>`, a to-do that
 * needs one as `<todo>`; the items around them stay markdown (A-MD-07).
 */
function renderBlocks(blocks: readonly EmuBlock[], state: State): string {
  const pieces: Array<{ text: string; list: boolean }> = [];
  let number = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as EmuBlock;
    const run = LIST_ITEMS.has(block.type) && needsTagForm(block) ? listRun(blocks, index) : [];
    if (run.length > 0) {
      const text =
        block.type === 'to_do'
          ? tagForm(
              'todo',
              [checkedAttr(block), colorAttr(block)],
              textOf(block),
              block.children ?? [],
              state,
            )
          : renderListTag(run, state);
      if (block.type !== 'to_do') index += run.length - 1;
      pieces.push({ text, list: false });
      number = 0;
      continue;
    }
    number = block.type === 'numbered_list_item' ? number + 1 : 0;
    pieces.push({ text: renderBlock(block, number, state), list: LIST_ITEMS.has(block.type) });
  }
  return pieces
    .map(
      (piece, i) => (i === 0 ? '' : piece.list && pieces[i - 1]?.list ? '\n' : '\n\n') + piece.text,
    )
    .join('');
}

/**
 * The consecutive list items needing a tag of `blocks[start]`'s type and numbering style,
 * starting there; a to-do is a run of its own (it has no list tag).
 */
function listRun(blocks: readonly EmuBlock[], start: number): EmuBlock[] {
  const first = blocks[start] as EmuBlock;
  if (first.type === 'to_do') return [first];
  let end = start;
  while (
    blocks[end]?.type === first.type &&
    listFormat(blocks[end]) === listFormat(first) &&
    needsTagForm(blocks[end] as EmuBlock)
  )
    end++;
  return blocks.slice(start, end);
}

function listFormat(block: EmuBlock | undefined): string | undefined {
  return block === undefined ? undefined : (payload(block) as { list_format?: string }).list_format;
}

function needsTagForm(item: EmuBlock): boolean {
  return (
    colorOf(item) !== 'default' || hasEdgeWhitespace(textOf(item)) || listFormat(item) !== undefined
  );
}

const OL_TYPES: Readonly<Record<string, string>> = { letters: 'a', roman: 'i' };

/** `<ul>`/`<ol type="a|i">` with one `<li color>` per item (A-MD-07). */
function renderListTag(items: readonly EmuBlock[], state: State): string {
  const first = items[0] as EmuBlock;
  const name = first.type === 'numbered_list_item' ? 'ol' : 'ul';
  const format = listFormat(first);
  const type = format === undefined ? undefined : OL_TYPES[format];
  const lines = items.map((item) =>
    tagForm('li', [colorAttr(item)], textOf(item), item.children ?? [], state),
  );
  return [`<${name}${formatAttrs([['type', type]])}>`, ...lines, `</${name}>`].join('\n');
}

/**
 * Spaces or tabs at the edges of a block's text (outside code): markdown drops them, a tag form
 * keeps them.
 */
function hasEdgeWhitespace(richText: readonly RichText[]): boolean {
  const plain = (item: RichText | undefined): string =>
    item?.type === 'text' && !item.annotations.code ? item.text.content : '';
  return /^[ \t]/.test(plain(richText[0])) || /[ \t]$/.test(plain(richText[richText.length - 1]));
}

function colorOf(block: EmuBlock): string {
  return (payload(block) as { color?: string }).color ?? 'default';
}

function colorAttr(block: EmuBlock): [string, string | undefined] {
  return ['color', colorValue(colorOf(block))];
}

function checkedAttr(block: EmuBlock): [string, string] {
  return ['checked', String((payload(block) as { checked?: boolean }).checked === true)];
}

function renderBlock(block: EmuBlock, number: number, state: State): string {
  const children = block.children ?? [];
  const richText = textOf(block);
  switch (block.type) {
    case 'paragraph':
      if (children.length === 0 && colorOf(block) === 'default' && !hasEdgeWhitespace(richText)) {
        return richText.length === 0 ? '<p />' : renderRichText(richText);
      }
      return tagForm('p', [colorAttr(block)], richText, children, state);
    case 'heading_1':
    case 'heading_2':
    case 'heading_3':
    case 'heading_4': {
      const level = Number(block.type.slice(-1));
      const toggle = (payload(block) as { is_toggleable?: boolean }).is_toggleable === true;
      if (toggle) {
        return tagForm(
          'toggle',
          [['heading', `h${level}`], colorAttr(block)],
          richText,
          children,
          state,
        );
      }
      const plain = plainText(richText);
      if (colorOf(block) === 'default' && !plain.includes('\n') && !hasEdgeWhitespace(richText)) {
        const title = renderRichText(richText);
        return title === '' ? '#'.repeat(level) : `${'#'.repeat(level)} ${title}`;
      }
      return tagForm(`h${level}`, [colorAttr(block)], richText, children, state);
    }
    case 'bulleted_list_item':
    case 'numbered_list_item':
    case 'to_do':
      return listItem(block, number, state);
    case 'quote':
      if (children.length === 0 && colorOf(block) === 'default' && !hasEdgeWhitespace(richText)) {
        const lines = renderRichText(richText).split('\n');
        return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
      }
      return tagForm('quote', [colorAttr(block)], richText, children, state);
    case 'toggle':
      return tagForm('toggle', [colorAttr(block)], richText, children, state);
    case 'callout': {
      const icon = (payload(block) as { icon?: { type?: string; emoji?: string } | null }).icon;
      const emoji = icon?.type === 'emoji' ? icon.emoji : undefined;
      return tagForm('callout', [['icon', emoji], colorAttr(block)], richText, children, state);
    }
    case 'code':
      return codeBlock(block);
    case 'equation':
      return equationBlock(block);
    case 'divider':
      return '---';
    case 'table':
      return renderTable(block);
    case 'image':
      return imageBlock(block);
    case 'column_list':
      return [
        '<columns>',
        ...children.map((column) => renderColumn(column, state)),
        '</columns>',
      ].join('\n');
    case 'child_page':
    case 'child_database':
      return pageReference(block);
    case 'table_of_contents':
      return `<table-of-contents${formatAttrs([colorAttr(block)])} />`;
    case 'synced_block':
      return syncedBlock(block, state);
    case 'bookmark':
    case 'embed':
      return linkBlock(block);
    default:
      if (MEDIA.has(block.type)) return mediaBlock(block);
      return unknownBlock(block, state.unknownBlockIds);
  }
}

/**
 * The reference's container shape: `<tag attrs>`, the title on the next line, a blank line, the
 * children and `</tag>` on its own line, with no blank line touching either tag ("<p /> = empty
 * title"). A title with edge whitespace stays on the tag's line, where it is unambiguous; a block
 * without children is one line, `<tag attrs>title</tag>` (A-MD-25).
 */
function tagForm(
  name: string,
  attrs: ReadonlyArray<[string, string | undefined]>,
  richText: readonly RichText[],
  children: readonly EmuBlock[],
  state: State,
): string {
  const open = `<${name}${formatAttrs(attrs)}`;
  const title = renderRichText(richText, { afterTag: true });
  if (children.length === 0) {
    return title === '' && name === 'p' ? `${open} />` : `${open}>${title}</${name}>`;
  }
  // On a line of its own the title starts a line: what would read as a block there is escaped.
  const ownLine = renderRichText(richText);
  const head = hasEdgeWhitespace(richText) ? title : `\n${ownLine === '' ? '<p />' : ownLine}`;
  return `${open}>${head}\n\n${renderBlocks(children, state)}\n</${name}>`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `\t${line}`))
    .join('\n');
}

/**
 * Children of a list item nest by one tab. A list child follows the item directly; so does any
 * other block that would end a paragraph when the item has no text ("Other block types render as
 * children of an empty list item", A-MD-37); a paragraph child follows a blank line.
 */
function listItem(block: EmuBlock, number: number, state: State): string {
  const marker =
    block.type === 'numbered_list_item'
      ? `${number}.`
      : block.type === 'to_do'
        ? `- [${(payload(block) as { checked?: boolean }).checked === true ? 'x' : ' '}]`
        : '-';
  const title = renderRichText(textOf(block));
  let out = title === '' ? marker : `${marker} ${title}`;
  const children = block.children ?? [];
  if (children.length > 0) {
    const rendered = renderBlocks(children, state);
    const first = rendered.split('\n')[0] ?? '';
    const tight =
      LIST_ITEMS.has((children[0] as EmuBlock).type) ||
      (title === '' && interruptsParagraph(first));
    out += (tight ? '\n' : '\n\n') + indent(rendered);
  }
  return out;
}

/** Columns have no title: their blocks follow the tag, unpadded; "ratio" is a percentage. */
function renderColumn(column: EmuBlock, state: State): string {
  const ratio = (payload(column) as { width_ratio?: number }).width_ratio;
  const attrs = formatAttrs([
    ['ratio', ratio === undefined ? undefined : String(Math.round(ratio * 10000) / 100)],
  ]);
  const children = column.children ?? [];
  if (children.length === 0) return `<column${attrs}>\n</column>`;
  return `<column${attrs}>\n${renderBlocks(children, state)}\n</column>`;
}

/**
 * The original of a synced block holds the shared blocks; a reference names the original by URL
 * and shows its blocks too. Neither has a title: the children follow the tag, unpadded.
 */
function syncedBlock(block: EmuBlock, state: State): string {
  const from = (payload(block) as { synced_from?: { block_id?: string } | null }).synced_from;
  const name = from?.block_id === undefined ? 'synced-block' : 'synced-block-reference';
  const attrs = formatAttrs([
    ['url', from?.block_id === undefined ? undefined : notionUrl(from.block_id)],
  ]);
  const children = block.children ?? [];
  if (children.length === 0) return `<${name}${attrs}>\n</${name}>`;
  return `<${name}${attrs}>\n${renderBlocks(children, state)}\n</${name}>`;
}
