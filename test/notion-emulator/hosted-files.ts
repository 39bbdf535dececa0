import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { newId } from './ids.js';
import { WORKSPACE_ID } from './responses.js';
import type { FileRecord, Store } from './store.js';

/**
 * Notion-hosted files: their addresses, signed on every read and valid for an hour ("Each time
 * you fetch a Notion-hosted file, it includes a temporary public url valid for 1 hour",
 * https://developers.notion.com/reference/file-object), and the storage that serves them
 * (S3's answers: 403 once expired or tampered with, 404 for no such key).
 */
export const SIGNED_URL_LIFETIME_SECONDS = 3600;

/** A new hosted file; its canonical (unsigned) address. */
export function hostFile(
  store: Store,
  file: { name: string; contentType: string; bytes: Buffer },
): FileRecord {
  const record: FileRecord = { id: newId(), ...file };
  store.files.set(record.id, record);
  return record;
}

export function canonicalFileUrl(store: Store, file: FileRecord): string {
  return `${store.fileOrigin}/${WORKSPACE_ID}/${file.id}/${encodeURIComponent(file.name)}`;
}

/** The hosted file a canonical or signed address names, if it is one of ours. */
export function fileOfUrl(store: Store, url: string): FileRecord | undefined {
  if (!url.startsWith(`${store.fileOrigin}/`)) return undefined;
  const path = (url.split('?')[0] ?? url).slice(store.fileOrigin.length + 1);
  const fileId = path.split('/')[1];
  return fileId === undefined ? undefined : store.files.get(fileId);
}

/** An address signed now on the emulated clock, and when it stops working. */
export function signFileUrl(store: Store, canonical: string): { url: string; expiry_time: string } {
  const now = store.clock.now();
  const date = amzDate(now);
  const path = new URL(canonical).pathname;
  // A credential per signing, as Notion's addresses differ on every read.
  const credential = randomBytes(8).toString('hex');
  const signature = sign(store, path, date, credential);
  return {
    url: `${canonical}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${credential}&X-Amz-Date=${date}&X-Amz-Expires=${SIGNED_URL_LIFETIME_SECONDS}&X-Amz-Signature=${signature}`,
    expiry_time: new Date(now + SIGNED_URL_LIFETIME_SECONDS * 1000).toISOString(),
  };
}

function sign(store: Store, path: string, date: string, credential: string): string {
  return createHmac('sha256', store.fileSecret)
    .update(`${path}\n${credential}\n${date}\n${SIGNED_URL_LIFETIME_SECONDS}`)
    .digest('hex');
}

/** `20260301T101500Z`, as X-Amz-Date writes time. */
function amzDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function parseAmzDate(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  return Date.UTC(
    +(m[1] ?? 0),
    +(m[2] ?? 1) - 1,
    +(m[3] ?? 1),
    +(m[4] ?? 0),
    +(m[5] ?? 0),
    +(m[6] ?? 0),
  );
}

/**
 * Serves `GET /files/<workspace>/<file id>/<name>?X-Amz-…`: the bytes while the signature holds
 * and has not expired on the emulated clock; otherwise S3's XML errors.
 */
export function serveHostedFile(store: Store, url: URL, res: ServerResponse): void {
  const fileId = url.pathname.split('/')[3];
  const file = fileId === undefined ? undefined : store.files.get(fileId);
  if (!file) return s3Error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
  const date = url.searchParams.get('X-Amz-Date') ?? '';
  const given = url.searchParams.get('X-Amz-Signature') ?? '';
  const credential = url.searchParams.get('X-Amz-Credential') ?? '';
  const expected = sign(store, url.pathname, date, credential);
  const signedAt = parseAmzDate(date);
  if (
    signedAt === undefined ||
    url.searchParams.get('X-Amz-Expires') !== String(SIGNED_URL_LIFETIME_SECONDS) ||
    given.length !== expected.length ||
    !timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  ) {
    return s3Error(
      res,
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
    );
  }
  if (store.clock.now() > signedAt + SIGNED_URL_LIFETIME_SECONDS * 1000) {
    return s3Error(res, 403, 'AccessDenied', 'Request has expired');
  }
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-length': file.bytes.length,
    'content-disposition': `inline; filename="${file.name.replace(/["\\\r\n]/g, '_')}"`,
  });
  res.end(file.bytes);
}

function s3Error(res: ServerResponse, status: number, code: string, message: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
