import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isStage, type Stage } from '../spine/index.js';
import { IDSE_DIR, STAGE_FILES, type WorkspaceLayout } from '../workspace/layout.js';
import { unsafePathReason as workspaceUnsafePath } from '../workspace/safe-path.js';

/**
 * Files that artifacts refer to: where a relative reference points, whether that place is safe
 * to read (inside the repository, no symbolic link on the way), and what kind of image a file
 * is, judged from its bytes.
 */

/** Where references may point: the repository when known, else the workspace. */
export interface ReferenceRoots {
  workspace: string;
  /** The repository's root (absolute), when the workspace is in one. */
  repository?: string;
}

/** A reference that is a path in the repository: the file and the `#fragment` it names. */
export interface LocalTarget {
  path: string;
  fragment: string;
}

/** The path a relative reference in `fromFile` names, or undefined for an address with a scheme. */
export function resolveReference(
  fromFile: string,
  url: string,
  roots: ReferenceRoots,
): LocalTarget | undefined {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url) || url.startsWith('//') || url.startsWith('#')) {
    return undefined;
  }
  const hash = url.indexOf('#');
  const fragment = hash === -1 ? '' : url.slice(hash);
  const withoutFragment = hash === -1 ? url : url.slice(0, hash);
  const query = withoutFragment.indexOf('?');
  const encoded = query === -1 ? withoutFragment : withoutFragment.slice(0, query);
  if (encoded === '') return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  // A leading slash is the repository's root on GitHub.
  const base = decoded.startsWith('/') ? (roots.repository ?? roots.workspace) : dirname(fromFile);
  return { path: resolve(base, decoded.replace(/^\/+/, '')), fragment };
}

/** The folder references must stay inside. */
export function boundaryOf(roots: ReferenceRoots): string {
  return roots.repository ?? roots.workspace;
}

/**
 * Why `path` may not be read or written for an artifact: outside the boundary, a symbolic link
 * on the way (the workspace's one path rule), or missing; undefined when it may.
 */
export function unsafePathReason(boundary: string, path: string): string | undefined {
  const rel = relative(boundary, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return 'it is outside the repository';
  const unsafe = workspaceUnsafePath(boundary, path);
  if (unsafe !== undefined) return unsafe;
  return lstatSync(path, { throwIfNoEntry: false }) === undefined ? 'it does not exist' : undefined;
}

/** The artifact whose file is at `path`, if it is one. */
export function artifactAt(
  layout: WorkspaceLayout,
  path: string,
): { project: string; session: string; stage: Stage } | undefined {
  const parts = relative(layout.root, path).split(sep);
  if (parts.length !== 7 || parts[0] !== IDSE_DIR || parts[1] !== 'projects') return undefined;
  if (parts[3] !== 'sessions') return undefined;
  const file = `${parts[5]}/${parts[6]}`;
  const stage = (Object.keys(STAGE_FILES) as Stage[]).find((s) => STAGE_FILES[s] === file);
  if (stage === undefined || !isStage(stage)) return undefined;
  return { project: parts[2] as string, session: parts[4] as string, stage };
}

/** A checked image file's bytes and what they are. */
export interface ImageFile {
  bytes: Buffer;
  /** SHA-256 hex of the bytes. */
  hash: string;
  contentType: string;
  extension: string;
}

/** Reads an image the artifact refers to, or says why it cannot be sent. */
export function readImageFile(
  boundary: string,
  path: string,
  maxBytes: number,
): ImageFile | { problem: string } {
  const unsafe = unsafePathReason(boundary, path);
  if (unsafe !== undefined) return { problem: unsafe };
  const stat = lstatSync(path);
  if (!stat.isFile()) return { problem: 'it is not a file' };
  if (stat.size > maxBytes) {
    return {
      problem: `it is ${megabytes(stat.size)}, over the ${megabytes(maxBytes)} Notion takes`,
    };
  }
  const bytes = readFileSync(path);
  const type = imageTypeOf(bytes);
  if (type === undefined) return { problem: 'its content is not an image type Notion shows' };
  return { bytes, hash: sha256(bytes), ...type };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * The image type of some bytes, from their signature, among the types Notion's File Upload
 * API takes for images (https://developers.notion.com/guides/data-apis/working-with-files-and-media).
 */
export function imageTypeOf(
  bytes: Uint8Array,
): { contentType: string; extension: string } | undefined {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  const ascii = (from: number, to: number) =>
    Buffer.from(bytes.subarray(from, to)).toString('latin1');
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return type('image/png', 'png');
  if (starts(0xff, 0xd8, 0xff)) return type('image/jpeg', 'jpg');
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return type('image/gif', 'gif');
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return type('image/webp', 'webp');
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a))
    return type('image/tiff', 'tiff');
  if (starts(0x00, 0x00, 0x01, 0x00)) return type('image/vnd.microsoft.icon', 'ico');
  if (ascii(4, 8) === 'ftyp' && /^(heic|heix|heim|heis|mif1|msf1)$/.test(ascii(8, 12))) {
    return type('image/heic', 'heic');
  }
  const head = Buffer.from(bytes.subarray(0, 1024))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) {
    return type('image/svg+xml', 'svg');
  }
  return undefined;
}

function type(contentType: string, extension: string): { contentType: string; extension: string } {
  return { contentType, extension };
}
