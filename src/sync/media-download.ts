import { imageTypeOf, megabytes, sha256 } from './media-files.js';

/**
 * Downloads a Notion-hosted image for a pull. The page is untrusted: only Notion's file hosts
 * (and the configured API host, which serves them in tests) are contacted, without the token,
 * without following redirects; the answer must be an image by its type and its bytes, and no
 * larger than the cap. The name the host claims is never used for the file.
 */
export interface DownloadPolicy {
  fetch: typeof fetch;
  /** Origins besides Notion's own file hosts (the API host the run talks to). */
  origins: readonly string[];
  maxBytes: number;
}

export type Downloaded =
  | {
      bytes: Buffer;
      hash: string;
      contentType: string;
      extension: string;
      /** A name the host gave that would leave its folder (`../`, separators), to warn about. */
      suspiciousName?: string;
    }
  | { problem: string };

const NOTION_FILE_HOSTS = [
  'https://prod-files-secure.s3.us-west-2.amazonaws.com',
  'https://s3.us-west-2.amazonaws.com',
  'https://file.notion.so',
];

export async function downloadImage(url: string, policy: DownloadPolicy): Promise<Downloaded> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { problem: 'its address is not a URL' };
  }
  const allowed = [...NOTION_FILE_HOSTS, ...policy.origins];
  if (!allowed.includes(parsed.origin))
    return { problem: `${parsed.origin} is not Notion's file host` };
  let response: Response;
  try {
    response = await policy.fetch(url, { redirect: 'error', signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    return { problem: `the download failed (${(error as Error).message})` };
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    const expired = response.status === 403 ? ': its signed address expired or was refused' : '';
    return { problem: `the file host answered ${response.status}${expired}` };
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > policy.maxBytes) {
    await response.body?.cancel();
    return {
      problem: `it is ${megabytes(declared)}, over the ${megabytes(policy.maxBytes)} a pull downloads`,
    };
  }
  const type =
    (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!type.startsWith('image/')) {
    await response.body?.cancel();
    return { problem: `it is ${type === '' ? 'of no stated type' : type}, not an image` };
  }
  const bytes = await readCapped(response, policy.maxBytes);
  if (bytes === undefined) {
    return { problem: `it is over the ${megabytes(policy.maxBytes)} a pull downloads` };
  }
  const detected = imageTypeOf(bytes);
  if (detected === undefined) return { problem: `its content is not an image (it claims ${type})` };
  const suspicious = suspiciousName(parsed, response.headers.get('content-disposition'));
  return {
    bytes,
    hash: sha256(bytes),
    ...detected,
    ...(suspicious !== undefined ? { suspiciousName: suspicious } : {}),
  };
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (reader === undefined) return Buffer.alloc(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The file name the address or the answer claims, when it would climb out of a folder. */
function suspiciousName(url: URL, disposition: string | null): string | undefined {
  const names: string[] = [];
  const last = url.pathname.split('/').pop() ?? '';
  try {
    names.push(decodeURIComponent(last));
  } catch {
    names.push(last);
  }
  const quoted = /filename\*?=(?:UTF-8'')?"?([^";]*)"?/i.exec(disposition ?? '')?.[1];
  if (quoted !== undefined) names.push(quoted);
  return names.find((name) => /(^|[\\/])\.\.([\\/]|$)|[\\/]/.test(name));
}
