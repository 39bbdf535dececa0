/**
 * What a hash of Notion's markdown must ignore: the parts Notion changes on every read although
 * nobody edited the page.
 */

/** Query parameters that mark a pre-signed, expiring file URL (S3 and Notion's file host). */
const SIGNATURE_PARAMETER =
  /(?:^|&)(?:X-Amz-(?:Signature|Credential|Date|Expires|Security-Token)|Signature|signature|expirationTimestamp|Expires|Key-Pair-Id)=/;

/**
 * Notion's markdown in the form a hash is taken of: file URLs without their signed query string
 * (they expire and change on every read —
 * https://developers.notion.com/guides/data-apis/working-with-markdown-content), line endings as
 * LF, no trailing whitespace at the end.
 */
export function normalizeForHash(v2: string): string {
  return v2
    .replace(/\r\n?/g, '\n')
    .replace(/(https?:\/\/[^\s"'<>()?#]+)\?([^\s"'<>()#]*)/g, (url, base: string, query: string) =>
      SIGNATURE_PARAMETER.test(query.replace(/&amp;/g, '&')) ? base : url,
    )
    .trimEnd();
}
