import { randomBytes, randomUUID } from 'node:crypto';

const UUID_DASHED = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_COMPACT = /^[0-9a-f]{32}$/i;

export function newId(): string {
  return randomUUID();
}

/**
 * Notion accepts ids with or without dashes and answers with dashes; anything else is not an
 * id. Returns the dashed lower-case form, or undefined when `raw` is not a UUID.
 */
export function normalizeId(raw: string): string | undefined {
  if (UUID_DASHED.test(raw)) return raw.toLowerCase();
  if (UUID_COMPACT.test(raw)) {
    const h = raw.toLowerCase();
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  return undefined;
}

export function compactId(id: string): string {
  return id.replace(/-/g, '');
}

/** Short property ids look like Notion's (url-encoded random characters); title is "title". */
export function newPropertyId(): string {
  return encodeURIComponent(randomBytes(3).toString('base64').replace(/[+/=]/g, 'x'));
}

/** A page id inside a `url` attribute or link: the last 32 hex digits, dashed or not. */
export function idFromNotionUrl(url: string): string | undefined {
  const withoutQuery = url.split(/[?#]/)[0] ?? '';
  const dashed = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(
    withoutQuery,
  );
  if (dashed?.[1]) return normalizeId(dashed[1]);
  const compact = /([0-9a-f]{32})$/i.exec(withoutQuery);
  return compact?.[1] ? normalizeId(compact[1]) : undefined;
}

export function notionUrl(title: string, id: string): string {
  const slug = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `https://www.notion.so/${slug ? `${slug}-` : ''}${compactId(id)}`;
}
