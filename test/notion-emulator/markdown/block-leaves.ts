import { renderRichText } from './inline-render.js';
import { notionUrl } from './mentions.js';
import { plainText } from './rich-text.js';
import { formatAttrs } from './tags.js';
import { markdownColor, type EmuBlock, type RichText } from './types.js';

/**
 * Blocks without children written on their own: code, equations, media, bookmarks, references to
 * child pages and databases, and `<unknown>` markers.
 */

export function payload(block: EmuBlock): Record<string, unknown> {
  const value = block[block.type];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

export function textOf(block: EmuBlock): RichText[] {
  return (payload(block) as { rich_text?: RichText[] }).rich_text ?? [];
}

/** An API colour as the markdown attribute value; undefined for the default colour. */
export function colorValue(color: unknown): string | undefined {
  return typeof color !== 'string' || color === 'default' ? undefined : markdownColor(color);
}

export function codeBlock(block: EmuBlock): string {
  const content = plainText(textOf(block));
  const language = (payload(block) as { language?: string }).language ?? 'plain text';
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const info = language === 'plain text' ? '' : language;
  return content === '' ? `${fence}${info}\n${fence}` : `${fence}${info}\n${content}\n${fence}`;
}

/**
 * "display math uses bare $$ lines around the equation"; an equation that needs its colour is
 * `<equation color="…">x + y = z</equation>` (A-MD-33).
 */
export function equationBlock(block: EmuBlock): string {
  const { expression = '', color } = payload(block) as { expression?: string; color?: string };
  const attr = colorValue(color);
  if (attr === undefined) return `$$\n${expression}\n$$`;
  const body = expression.includes('\n') ? `\n${expression}\n` : expression;
  return `<equation${formatAttrs([['color', attr]])}>${body}</equation>`;
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

/** `![caption](url)`, or `<image source="…" color="…">caption</image>` when it has a colour. */
export function imageBlock(block: EmuBlock): string {
  if (colorValue(payload(block)['color']) !== undefined) return mediaBlock(block);
  return `![${renderRichText(captionOf(block))}](${destination(mediaUrl(block))})`;
}

/** `<video source="…">caption</video>` and the like, self-closing without a caption. */
export function mediaBlock(block: EmuBlock): string {
  return captionedTag(block, [
    ['source', mediaUrl(block)],
    ['color', colorValue(payload(block)['color'])],
  ]);
}

/** `<bookmark url="…">caption</bookmark>`, `<embed …>`, self-closing without a caption. */
export function linkBlock(block: EmuBlock): string {
  return captionedTag(block, [['url', (payload(block) as { url?: string }).url ?? '']]);
}

function captionedTag(block: EmuBlock, attrs: ReadonlyArray<[string, string | undefined]>): string {
  const caption = renderRichText(captionOf(block), { afterTag: true });
  const open = `<${block.type}${formatAttrs(attrs)}`;
  return caption === '' ? `${open}/>` : `${open}>${caption}</${block.type}>`;
}

function blockUrl(block: EmuBlock): string {
  const own = (payload(block) as { url?: string }).url;
  if (typeof own === 'string') return own;
  return typeof block['id'] === 'string' ? notionUrl(block['id']) : '';
}

/** `<page url color>Title</page>`, `<database url data-source-url inline icon wiki color>` (A-MD-24). */
export function pageReference(block: EmuBlock): string {
  const name = block.type === 'child_page' ? 'page' : 'database';
  const p = payload(block) as {
    title?: string;
    data_source_url?: string;
    is_inline?: boolean;
    icon?: string;
    is_wiki?: boolean;
    color?: string;
  };
  const attrs = formatAttrs([
    ['url', blockUrl(block) || undefined],
    ['data-source-url', p.data_source_url],
    ['inline', p.is_inline === true ? 'true' : undefined],
    ['icon', p.icon],
    ['wiki', p.is_wiki === true ? 'true' : undefined],
    ['color', colorValue(p.color)],
  ]);
  const title = (p.title ?? '').replace(/[\\<>]/g, (c) => `\\${c}`);
  return `<${name}${attrs}>${title}</${name}>`;
}

/** Blocks markdown cannot express come back as `<unknown url alt/>`, to be sent back as is. */
export function unknownBlock(block: EmuBlock, unknownBlockIds: string[]): string {
  if (typeof block['id'] === 'string') unknownBlockIds.push(block['id']);
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
