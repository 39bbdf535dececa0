import { isHTTPResponseError, isNotionClientError } from '@notionhq/client';
import { ExitCode, IdseError } from './errors.js';

/**
 * Failures that reach an entry (the CLI or the action) without being an {@link IdseError} but
 * that a user can act on: Notion unreachable (no network, wrong NOTION_BASE_URL, a timeout),
 * down (5xx after the retries) or refusing a request (4xx). Undefined for the rest, which are
 * bugs.
 */
export function toUserError(error: unknown): IdseError | undefined {
  if (error instanceof IdseError) return error;
  // Reads are retried and writes looked at before repeating, so a 5xx that reaches the entry
  // is an outage outlasting the retries: the user's move is to run again, not to report a bug.
  if (isHTTPResponseError(error) && error.status >= 500) {
    return new IdseError(
      'notion-unavailable',
      `Notion kept answering ${error.status}${errorCodeOf(error.body)}; the run stopped before it finished.`,
      'Run the command again later: a run picks up where a stopped one left off (outages: https://status.notion.so).',
      { exitCode: ExitCode.ArtifactsFailed, cause: error },
    );
  }
  // A 4xx that no step turned into a message of its own: Notion's words, and where to look.
  if (isHTTPResponseError(error) && error.status >= 400) {
    return new IdseError(
      'notion-refused',
      `Notion refused a request (${error.status}${errorCodeOf(error.body)}): ${error.message}`,
      'Run `idse-sync doctor` to check the token, the database and its properties.',
      { cause: error },
    );
  }
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

/** ` bad_gateway` from a Notion error body (the SDK knows only some codes by name), else ''. */
function errorCodeOf(body: string): string {
  try {
    const code = (JSON.parse(body) as { code?: unknown }).code;
    return typeof code === 'string' && /^[a-z_]+$/.test(code) ? ` ${code}` : '';
  } catch {
    return '';
  }
}
