import { isNotionClientError } from '@notionhq/client';
import { IdseError } from '../errors.js';

/**
 * Failures that reach the CLI without being an {@link IdseError} but that a user can act on:
 * Notion unreachable (no network, wrong NOTION_BASE_URL, a timeout). Undefined for the rest,
 * which are bugs.
 */
export function toUserError(error: unknown): IdseError | undefined {
  if (error instanceof IdseError) return error;
  const timedOut = isNotionClientError(error) && error.code === 'notionhq_client_request_timeout';
  // undici's fetch rejects with a TypeError "fetch failed" whose cause names the socket error.
  const unreachable = error instanceof TypeError && error.message === 'fetch failed';
  if (!timedOut && !unreachable) return undefined;
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const detail = timedOut
    ? 'the request timed out'
    : typeof cause?.code === 'string'
      ? cause.code
      : typeof cause?.message === 'string'
        ? cause.message
        : 'fetch failed';
  return new IdseError(
    'notion-unreachable',
    `Cannot reach Notion (${detail}).`,
    'Check the network connection and NOTION_BASE_URL (unset it for api.notion.com), then run again.',
    { cause: error },
  );
}
