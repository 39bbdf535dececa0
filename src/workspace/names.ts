import { isAbsolute } from 'node:path';

/** The most bytes a file name may have on the file systems git runs on (ext4, APFS, NTFS). */
export const MAX_NAME_BYTES = 255;

// C0/C1 controls, line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
// Format characters (bidirectional overrides and isolates, zero-width joiners and spaces, soft
// hyphen, byte order mark, tags) and the blank "letters" that render as nothing: a name holding
// one reads as another name, or as text in another order, in every listing and review.
const INVISIBLE = /[\p{Cf}\u115f\u1160\u180e\u2800\u3164\uffa0]|\u034f|\u17b4|\u17b5/u;
// `.git` in any case, also as Windows and macOS fold it (trailing dots or spaces, 8.3 name).
const GIT_DIR = /^(?:\.git[. ]*|git~\d+)$/i;

/**
 * Why `name` cannot be a project or session name (a folder of the workspace and part of an
 * idse_id), or undefined when it can. One rule for names from every source: directory
 * listings, the spine, Notion pages and git. Names with `*`, `?` or `[` are allowed: git always
 * gets them as literal pathspecs.
 */
export function unsafeNameReason(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  if (name === '.' || name === '..') return `"${name}" refers to a directory, not a name`;
  if (/^\.+$/.test(name)) return 'it is only dots';
  if (name.includes('/') || name.includes('\\')) return 'it contains a path separator';
  if (isAbsolute(name)) return 'it is an absolute path';
  if (name.includes('::')) return 'it contains "::", the idse_id separator';
  const control = CONTROL.exec(name);
  if (control !== null) return `it contains a control character (${codePoint(control[0])})`;
  const invisible = INVISIBLE.exec(name);
  if (invisible !== null) {
    return `it contains an invisible or text-direction character (${codePoint(invisible[0])})`;
  }
  if (name.normalize('NFC') !== name) return 'it is not in Unicode NFC form';
  if (GIT_DIR.test(name)) return 'git keeps its own data under that name';
  const bytes = Buffer.byteLength(name, 'utf8');
  if (bytes > MAX_NAME_BYTES) {
    return `it is longer than ${MAX_NAME_BYTES} bytes in UTF-8 (${bytes} bytes)`;
  }
  return undefined;
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
