import type { EmuBlock } from './markdown/index.js';

/**
 * How the markdown module shows blocks that only the server can resolve: child pages
 * (`<page url="…">Title</page>`) and blocks markdown cannot show (`<unknown url="…" alt="…"/>`).
 */
export type Marker =
  { kind: 'page'; url?: string; title: string } | { kind: 'unknown'; url: string; alt?: string };

export function blockUrl(id: string): string {
  return `https://www.notion.so/${id.replace(/-/g, '')}`;
}

export function childPageBlock(id: string, title: string): EmuBlock {
  return { type: 'child_page', child_page: { title, url: blockUrl(id) } };
}

export function unknownBlock(id: string, alt: string): EmuBlock {
  return { type: 'unsupported', unsupported: { url: blockUrl(id), alt } };
}

export function markerOf(block: EmuBlock): Marker | undefined {
  if (block.type === 'child_page') {
    const p = block.child_page as { title?: unknown; url?: unknown } | undefined;
    const title = typeof p?.title === 'string' ? p.title : '';
    return typeof p?.url === 'string'
      ? { kind: 'page', url: p.url, title }
      : { kind: 'page', title };
  }
  if (block.type === 'unsupported') {
    const u = block.unsupported as { url?: unknown; alt?: unknown } | undefined;
    if (typeof u?.url === 'string')
      return { kind: 'unknown', url: u.url, ...(typeof u.alt === 'string' ? { alt: u.alt } : {}) };
  }
  return undefined;
}
