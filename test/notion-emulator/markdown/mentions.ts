import type { MentionPayload, MentionRichText } from './types.js';

const UUID_32 = /([0-9a-f]{32})(?:[?#].*)?$/i;
const UUID_DASHED = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[?#].*)?$/i;

/** `0123…` (32 hex digits) → dashed UUID form, as the API returns ids. */
export function dashedId(id: string): string {
  const hex = id.replace(/-/g, '').toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The block or page id a Notion URL points at (its last 32-hex or dashed UUID), if any. */
export function idFromNotionUrl(url: string): string | undefined {
  const match = UUID_DASHED.exec(url) ?? UUID_32.exec(url);
  return match?.[1] === undefined ? undefined : dashedId(match[1]);
}

/** The URL the renderer writes for a page or block id. */
export function notionUrl(id: string): string {
  return `https://www.notion.so/${id.replace(/-/g, '')}`;
}

const NOTION_HOST = /^https:\/\/(?:www\.)?notion\.(?:so|site)\//;

/**
 * What a `<mention url="…">` points at, judged from the URL alone (A-MD-14): `user://ID` is a
 * user, a notion.so URL ending in an id is a page, anything else a link mention.
 */
export function mentionFromUrl(url: string): MentionPayload {
  if (url.startsWith('user://')) {
    return { type: 'user', user: { object: 'user', id: dashedId(url.slice('user://'.length)) } };
  }
  const id = NOTION_HOST.test(url) ? idFromNotionUrl(url) : undefined;
  if (id !== undefined) return { type: 'page', page: { id } };
  return { type: 'link_mention', link_mention: { href: url } };
}

/** The URL a mention renders with: the inverse of {@link mentionFromUrl}. */
export function mentionUrl(item: MentionRichText): string | undefined {
  const mention = item.mention;
  switch (mention.type) {
    case 'user':
      return `user://${mention.user.id}`;
    case 'page':
      return notionUrl(mention.page.id);
    case 'database':
      return notionUrl(mention.database.id);
    case 'link_mention':
      return mention.link_mention.href;
    default:
      return undefined;
  }
}

/** Plain text Notion shows for a date mention. */
export function datePlainText(start: string, end: string | null): string {
  return end === null ? start : `${start} → ${end}`;
}
