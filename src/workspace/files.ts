import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IdseError } from '../errors.js';
import { NO_FOLLOW, assertSafePath } from './safe-path.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads an artifact file (inside the workspace `root`) as text. Refuses a path through a
 * symbolic link or to anything but a regular file, bytes that are not UTF-8 and text with NUL
 * characters: neither can be pushed to Notion without corrupting it, and both usually mean a
 * binary file was saved under an artifact's name.
 */
export function readArtifactText(path: string, root: string): string {
  assertSafePath(root, path, path);
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path);
  } catch (error) {
    if (error instanceof IdseError) throw error;
    throw new IdseError(
      'file-unreadable',
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
      'Check that the file exists and that you may read it.',
      { cause: error },
    );
  }
  return decodeArtifactBytes(bytes, path);
}

/** Decodes artifact bytes with the same rules as {@link readArtifactText}. */
export function decodeArtifactBytes(bytes: Uint8Array, path: string): string {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new IdseError(
      'file-not-utf8',
      `${path} is not valid UTF-8 text (${describeOffset(bytes, firstInvalidUtf8Offset(bytes))}).`,
      'Save the file as UTF-8, or move it out of the workspace if it is not an artifact.',
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new IdseError(
      'file-has-nul',
      `${path} contains a NUL character (line ${lineOf(text, nul)}).`,
      'Remove the NUL bytes; artifacts are plain markdown text.',
    );
  }
  return text;
}

/** How a temporary file of {@link writeFileAtomic} ends: `.<name>.<12 hex>.tmp`. */
export const TEMP_SUFFIX = '.tmp';

/**
 * A regular file's bytes, opened without following a link in its last component (the folders
 * above are the caller's to check); a FIFO or device is refused before it can block a read.
 */
export function readRegularFile(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | NO_FOLLOW | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) {
      throw new IdseError(
        'unsafe-path',
        `Refusing to read ${path}: it is not a regular file.`,
        'Replace it with a regular file.',
      );
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `content` so that readers see the old file or the new one, never a mix: a temp file
 * in the same directory, flushed, then renamed over the target. Nothing on the way from the
 * workspace `root` may be a symbolic link (a committed link would carry the write elsewhere).
 */
export function writeFileAtomic(
  path: string,
  content: string,
  root: string,
  probe?: (point: string) => void,
): void {
  const dir = dirname(path);
  assertSafePath(root, path, path);
  mkdirSync(dir, { recursive: true });
  assertSafePath(root, path, path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = Buffer.from(content, 'utf8');
    const half = Math.floor(bytes.length / 2);
    writeSync(fd, bytes, 0, half);
    probe?.('file');
    writeSync(fd, bytes, half, bytes.length - half);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    probe?.('file');
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw new IdseError(
      'file-unwritable',
      `Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
      'Check that the directory exists and is writable.',
      { cause: error },
    );
  }
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function describeOffset(bytes: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return `line ${line}, near byte ${offset}`;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // Binary search over prefixes: a streaming decode only throws once a sequence is invalid.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), {
        stream: true,
      });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}
