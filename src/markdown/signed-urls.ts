/**
 * Pre-signed file addresses: Notion hosts uploaded files on storage it signs anew on every read
 * (https://developers.notion.com/guides/data-apis/retrieving-files: "a temporary signed link that
 * expires after 1 hour").
 */

// The query parameters of S3 and CloudFront signed URLs (also what the hash ignores).
const SIGNED_QUERY =
  /[?&](?:X-Amz-(?:Signature|Credential|Date|Expires|Security-Token)|Signature|signature|expirationTimestamp|Expires|Key-Pair-Id)=/;

/** True when `url` carries a signature that expires. */
export function isSignedUrl(url: string): boolean {
  const query = url.indexOf('?');
  return query !== -1 && SIGNED_QUERY.test(url.slice(query).replace(/&amp;/g, '&'));
}

/** A pre-signed address without its query string: the file it names; other addresses as they are. */
export function unsignedUrl(url: string): string {
  return isSignedUrl(url) ? url.slice(0, url.indexOf('?')) : url;
}
