import { APIResponseError, isNotionClientError } from '@notionhq/client';
import { ExitCode, IdseError, type IdseErrorCode } from '../errors.js';
import { redactSecrets } from './redact.js';

/** IdseError codes raised below the sync engines that stop the whole run, not one artifact. */
const RUN_STOPPING_CODES: ReadonlySet<IdseErrorCode> = new Set([
  'notion-blocked',
  'notion-query-incomplete',
]);

/** True when Notion answered `code` (e.g. `object_not_found`). */
export function isNotionCode(error: unknown, code: string): boolean {
  return APIResponseError.isAPIResponseError(error) && error.code === code;
}

/**
 * A write Notion may have saved although it answered 503: the caller must look before it
 * repeats the write (ARCHITECTURE.md "Retries and pacing").
 */
export function isSavedButUnavailable(error: unknown): boolean {
  return APIResponseError.isAPIResponseError(error) && error.status === 503;
}

/**
 * Errors that stop the whole run (bad token, database not shared) become an IdseError with a
 * fix; anything else stays as it is for the caller to record against one artifact.
 */
export function runStoppingError(
  error: unknown,
  what: { databaseId?: string },
): IdseError | undefined {
  // The gateway's own stops (a blocked connection, an incomplete listing) are already the message.
  if (error instanceof IdseError && RUN_STOPPING_CODES.has(error.code)) return error;
  if (!APIResponseError.isAPIResponseError(error)) return undefined;
  if (error.code === 'unauthorized') {
    return new IdseError(
      'notion-unauthorized',
      'Notion refused the token (401 unauthorized).',
      'Check NOTION_TOKEN: it must be the internal integration secret of an active integration.',
      { exitCode: ExitCode.UsageOrConfig },
    );
  }
  if (
    what.databaseId !== undefined &&
    (error.code === 'object_not_found' || error.code === 'restricted_resource')
  ) {
    return new IdseError(
      'database-not-found',
      `Notion has no database ${what.databaseId} that this integration can see (${error.status} ${error.code}).`,
      'Check the database id, and share the database with the integration (••• → Connections).',
      { exitCode: ExitCode.UsageOrConfig },
    );
  }
  return undefined;
}

/** A one-line, token-free description of a failed Notion call, for an artifact's report line. */
export function describeNotionError(error: unknown, secrets: readonly string[]): string {
  if (APIResponseError.isAPIResponseError(error)) {
    return redactSecrets(`Notion ${error.status} ${error.code}: ${error.message}`, secrets);
  }
  if (isNotionClientError(error)) return redactSecrets(`Notion client: ${error.message}`, secrets);
  if (error instanceof IdseError) return redactSecrets(error.message, secrets);
  const message = error instanceof Error ? error.message : String(error);
  return redactSecrets(`network: ${message}`, secrets);
}
