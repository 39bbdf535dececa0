import { constants, lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { IdseError } from '../errors.js';

/**
 * Why the tool must not read or write `path` below the trusted folder `root`, or undefined
 * when it may. Every folder between them and the path itself are looked at with `lstat`: a
 * symbolic link anywhere (a committed file can be one) is refused, never followed, and the real
 * path of what exists must still be inside `root`. Missing parts are fine: a write creates them
 * as plain folders.
 */
export function unsafePathReason(root: string, path: string): string | undefined {
  const inside = relative(root, path);
  if (inside === '') return undefined;
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return `${path} is outside ${root}`;
  }
  let current = root;
  let existing = root;
  for (const part of inside.split(sep)) {
    current = join(current, part);
    let linked: boolean;
    try {
      linked = lstatSync(current).isSymbolicLink();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') break;
      return `${relative(root, current) || current} cannot be examined (${code ?? 'error'})`;
    }
    if (linked) {
      return `${relative(root, current).split(sep).join('/')} is a symbolic link (links are never followed)`;
    }
    existing = current;
  }
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(existing);
    if (real !== realRoot && !real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) {
      return `${path} resolves to ${real}, outside ${realRoot}`;
    }
  } catch (error) {
    return `${path} cannot be resolved (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  return undefined;
}

/** Throws `unsafe-path` when {@link unsafePathReason} has a reason for `path`. */
export function assertSafePath(root: string, path: string, what: string): void {
  const reason = unsafePathReason(root, path);
  if (reason === undefined) return;
  throw new IdseError(
    'unsafe-path',
    `Refusing to use ${what}: ${reason}.`,
    'Replace the link with a regular file or folder inside the workspace (`git ls-files -s` shows links as mode 120000).',
  );
}

/**
 * The workspace's own files that every command relies on: `.idse/` itself, the spine and its
 * SQLite side files, and the committed config. A link among them stops the run before anything
 * is read: SQLite would write its journal through a linked `idse.db-journal`.
 */
export function assertWorkspaceUnlinked(root: string): void {
  const idse = join(root, '.idse');
  const files = ['idse.db', 'idse.db-journal', 'idse.db-wal', 'idse.db-shm', '.idseconfig.json'];
  assertSafePath(root, idse, '.idse/');
  for (const file of files) assertSafePath(root, join(idse, file), `.idse/${file}`);
}

/** Flags for opening an existing file without following a link in its last component. */
export const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
