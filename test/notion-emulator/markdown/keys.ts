import { isRenderedType } from './block-render.js';
import { idFromNotionUrl } from './mentions.js';
import { mergeRichText } from './rich-text.js';
import type { EmuBlock, RichText } from './types.js';

/** Block fields that say where or when a block lives, not what it holds. */
const VOLATILE = new Set([
  'id',
  'object',
  'parent',
  'created_time',
  'last_edited_time',
  'created_by',
  'last_edited_by',
  'has_children',
  'archived',
  'in_trash',
  'children',
]);
const RICH_TEXT_KEYS = new Set(['rich_text', 'caption']);
const REFERENCES = new Set(['child_page', 'child_database', 'unsupported']);

function canonicalRichText(items: readonly RichText[]): unknown[] {
  return mergeRichText(items).map((item) => {
    const { plain_text: _plain, href: _href, ...rest } = item;
    return canonical(rest);
  });
}

function canonical(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    if (key !== undefined && RICH_TEXT_KEYS.has(key)) return canonicalRichText(value as RichText[]);
    if (key === 'cells') return value.map((cell) => canonicalRichText(cell as RichText[]));
    return value.map((item) => canonical(item));
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([name]) => !(key === 'file' && name === 'expiry_time'))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, inner]): [string, unknown] => {
        // Hosted file URLs are re-signed on every read: only the path says which file it is.
        if (key === 'file' && name === 'url' && typeof inner === 'string')
          return [name, inner.split('?')[0]];
        return [name, canonical(inner, name)];
      });
    return Object.fromEntries(entries);
  }
  return value;
}

/**
 * A string equal for two blocks exactly when they hold the same content: type, text (however it
 * is split into runs), annotations, attributes and children. Ids and timestamps do not count; a
 * child page, child database, or a block rendered as `<unknown>`, is the block it points at.
 */
export function blockContentKey(block: EmuBlock): string {
  if (REFERENCES.has(block.type) || !isRenderedType(block.type)) {
    const payload = (block[block.type] ?? {}) as { url?: string };
    const id =
      (typeof payload.url === 'string' ? idFromNotionUrl(payload.url) : undefined) ??
      (typeof block['id'] === 'string' ? block['id'] : undefined);
    if (id !== undefined) return JSON.stringify(['ref', id]);
  }
  const own = Object.fromEntries(
    Object.entries(block).filter(([name]) => !VOLATILE.has(name) && name !== 'type'),
  );
  const children = (block.children ?? []).map(blockContentKey);
  return JSON.stringify([block.type, canonical(own), children]);
}

/** Every block in the tree, children and table rows included (the 1000-block request limit). */
export function countBlocks(blocks: readonly EmuBlock[]): number {
  return blocks.reduce((sum, block) => sum + 1 + countBlocks(block.children ?? []), 0);
}
