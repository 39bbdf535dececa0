import { renderTable } from './block-tables.js';
import { renderRichText } from './inline-render.js';
import { notionUrl } from './mentions.js';
import { plainText } from './rich-text.js';
import { formatAttrs } from './tags.js';
import { markdownColor, type EmuBlock, type RichText } from './types.js';

/** What rendering a page produced besides the markdown. */
export type RenderResult = {
  markdown: string;
  /** Ids of blocks rendered as `<unknown …/>` (the response's `unknown_block_ids`). */
  unknownBlockIds: string[];
};

type TextPayload = { rich_text?: RichText[]; color?: string };
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
 * Sibling blocks are separated by a blank line, except consecutive list items, which are
 * written as one tight list (A-MD-04). Numbering restarts after any non-numbered block. A run of
 * list items of one type that holds a coloured item is written as one `<ul>`/`<ol>`, since only
 * the tag form carries a colour.
 */
function renderBlocks(blocks: readonly EmuBlock[], state: State): string {
  let out = '';
  let number = 0;
  let previous: EmuBlock | undefined;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as EmuBlock;
    if (previous !== undefined) {
      out += LIST_ITEMS.has(previous.type) && LIST_ITEMS.has(block.type) ? '\n' : '\n\n';
    }
    const run = LIST_ITEMS.has(block.type) ? listRun(blocks, index) : [];
    if (run.some((item) => colorOf(item) !== 'default')) {
      out += renderListTag(run, state);
      index += run.length - 1;
      // A tag-form list is a block of its own: what follows it starts after a blank line.
      previous = { type: 'list_tag' };
      number = 0;
      continue;
    }
    number = block.type === 'numbered_list_item' ? number + 1 : 0;
    out += renderBlock(block, number, state);
    previous = block;
  }
  return out;
}

/** The consecutive list items of `blocks[start]`'s type, starting there. */
function listRun(blocks: readonly EmuBlock[], start: number): EmuBlock[] {
  const type = (blocks[start] as EmuBlock).type;
  let end = start;
  while (blocks[end]?.type === type) end++;
  return blocks.slice(start, end);
}

/** `<ul>`/`<ol>` with one `<li>` per item; to-dos carry `checked` (A-MD-07). */
function renderListTag(items: readonly EmuBlock[], state: State): string {
  const name = items[0]?.type === 'numbered_list_item' ? 'ol' : 'ul';
  const lines = items.map((item) => {
    const checked =
      item.type === 'to_do'
        ? String((payload(item) as { checked?: boolean }).checked === true)
        : undefined;
    return tagForm(
      'li',
      [['checked', checked], colorAttr(item)],
      textOf(item),
      item.children ?? [],
      state,
    );
  });
  return [`<${name}>`, ...lines, `</${name}>`].join('\n');
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

function payload(block: EmuBlock): Record<string, unknown> {
  const value = block[block.type];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function textOf(block: EmuBlock): RichText[] {
  return (payload(block) as TextPayload).rich_text ?? [];
}

function colorOf(block: EmuBlock): string {
  return (payload(block) as TextPayload).color ?? 'default';
}

function colorAttr(block: EmuBlock): [string, string | undefined] {
  const color = colorOf(block);
  return ['color', color === 'default' ? undefined : markdownColor(color)];
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
      return `$$\n${(payload(block) as { expression?: string }).expression ?? ''}\n$$`;
    case 'divider':
      return '---';
    case 'table':
      return renderTable(block);
    case 'image':
      return `![${renderRichText(captionOf(block))}](${destination(mediaUrl(block))})`;
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
      return `<table-of-contents${formatAttrs([colorAttr(block)])}/>`;
    case 'synced_block':
      return syncedBlock(block, state);
    case 'bookmark':
    case 'embed': {
      const attrs = formatAttrs([['url', (payload(block) as { url?: string }).url ?? '']]);
      const caption = renderRichText(captionOf(block), { afterTag: true });
      return caption === ''
        ? `<${block.type}${attrs}/>`
        : `<${block.type}${attrs}>${caption}</${block.type}>`;
    }
    default:
      if (MEDIA.has(block.type)) {
        const attrs = formatAttrs([['source', mediaUrl(block)]]);
        const caption = renderRichText(captionOf(block), { afterTag: true });
        return caption === ''
          ? `<${block.type}${attrs}/>`
          : `<${block.type}${attrs}>${caption}</${block.type}>`;
      }
      return unknown(block, state);
  }
}

/** `<tag attrs>title`, then a blank line, the children and `</tag>`; one line without children. */
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
  return `${open}>${title}\n\n${renderBlocks(children, state)}\n</${name}>`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `\t${line}`))
    .join('\n');
}

/** Children of a list item nest by one tab (a coloured item is written in a `<ul>`/`<ol>`). */
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
    const first = children[0] as EmuBlock;
    out += (LIST_ITEMS.has(first.type) ? '\n' : '\n\n') + indent(renderBlocks(children, state));
  }
  return out;
}

function codeBlock(block: EmuBlock): string {
  const content = plainText(textOf(block));
  const language = (payload(block) as { language?: string }).language ?? 'plain text';
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const info = language === 'plain text' ? '' : language;
  return content === '' ? `${fence}${info}\n${fence}` : `${fence}${info}\n${content}\n${fence}`;
}

function captionOf(block: EmuBlock): RichText[] {
  return (payload(block) as { caption?: RichText[] }).caption ?? [];
}

function mediaUrl(block: EmuBlock): string {
  const media = payload(block) as { external?: { url?: string }; file?: { url?: string } };
  return media.external?.url ?? media.file?.url ?? '';
}

function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/</g, '%3C').replace(/>/g, '%3E')}>` : url;
}

function renderColumn(column: EmuBlock, state: State): string {
  const children = column.children ?? [];
  if (children.length === 0) return '<column>\n</column>';
  return `<column>\n\n${renderBlocks(children, state)}\n</column>`;
}

function blockUrl(block: EmuBlock): string {
  const own = (payload(block) as { url?: string }).url;
  if (typeof own === 'string') return own;
  return typeof block['id'] === 'string' ? notionUrl(block['id']) : '';
}

function pageReference(block: EmuBlock): string {
  const name = block.type === 'child_page' ? 'page' : 'database';
  const title = (payload(block) as { title?: string }).title ?? '';
  const attrs = formatAttrs([['url', blockUrl(block) || undefined]]);
  return `<${name}${attrs}>${title.replace(/[\\<>]/g, (c) => `\\${c}`)}</${name}>`;
}

/** Blocks markdown cannot express come back as `<unknown url alt/>`, to be sent back as is. */
function unknown(block: EmuBlock, state: State): string {
  if (typeof block['id'] === 'string') state.unknownBlockIds.push(block['id']);
  const alt =
    block.type === 'unsupported'
      ? ((payload(block) as { alt?: string }).alt ?? 'unsupported')
      : block.type;
  const url =
    block.type === 'unsupported'
      ? blockUrl(block)
      : typeof block['id'] === 'string'
        ? notionUrl(block['id'])
        : '';
  return `<unknown${formatAttrs([
    ['url', url],
    ['alt', alt],
  ])}/>`;
}

/**
 * The original of a synced block holds the shared blocks; a reference names the original by URL
 * and shows its blocks too. Neither has a title: the children follow the tag.
 */
function syncedBlock(block: EmuBlock, state: State): string {
  const from = (payload(block) as { synced_from?: { block_id?: string } | null }).synced_from;
  const name = from?.block_id === undefined ? 'synced-block' : 'synced-block-reference';
  const attrs = formatAttrs([
    ['url', from?.block_id === undefined ? undefined : notionUrl(from.block_id)],
  ]);
  const children = block.children ?? [];
  if (children.length === 0) return `<${name}${attrs}>\n</${name}>`;
  return `<${name}${attrs}>\n\n${renderBlocks(children, state)}\n</${name}>`;
}
