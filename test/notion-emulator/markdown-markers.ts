import type { EmuBlock } from './markdown/index.js';

/**
 * How the markdown module shows blocks that only the server can resolve: child pages and
 * databases (`<page url="…">Title</page>`) and blocks markdown cannot show (`<unknown url="…" alt="…"/>`).
 */
export type Marker =
  | { kind: 'page' | 'database'; url?: string; title: string }
  | { kind: 'unknown'; url: string; alt?: string };

export function blockUrl(id: string): string {
  return `https://www.notion.so/${id.replace(/-/g, '')}`;
}

/** A child page or database as markdown shows it; an inline database says `inline="true"`. */
export function childObjectBlock(
  kind: 'page' | 'database',
  id: string,
  title: string,
  inline = false,
): EmuBlock {
  const type = kind === 'page' ? 'child_page' : 'child_database';
  return { type, [type]: { title, url: blockUrl(id), ...(inline ? { is_inline: true } : {}) } };
}

export function unknownBlock(id: string, alt: string): EmuBlock {
  return { type: 'unsupported', unsupported: { url: blockUrl(id), alt } };
}

export function markerOf(block: EmuBlock): Marker | undefined {
  if (block.type === 'child_page' || block.type === 'child_database') {
    const kind = block.type === 'child_page' ? 'page' : 'database';
    const p = block[block.type] as { title?: unknown; url?: unknown } | undefined;
    const title = typeof p?.title === 'string' ? p.title : '';
    return typeof p?.url === 'string' ? { kind, url: p.url, title } : { kind, title };
  }
  if (block.type === 'unsupported') {
    const u = block.unsupported as { url?: unknown; alt?: unknown } | undefined;
    if (typeof u?.url === 'string')
      return { kind: 'unknown', url: u.url, ...(typeof u.alt === 'string' ? { alt: u.alt } : {}) };
  }
  return undefined;
}
