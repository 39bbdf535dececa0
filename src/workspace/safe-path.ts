import { constants, lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { IdseError } from '../errors.js';

/**
 * Why the tool must not read or write `path` below the trusted folder `root`, or undefined
 * when it may. Every folder between them and the path itself are looked at without following
 * links: a symbolic link anywhere (a committed file can be one) is refused, never followed,
 * and the real path of what exists must still be inside `root`. Missing parts are fine: a
 * write creates them as plain folders.
 */
export function unsafePathReason(root: string, path: string): string | undefined {
  const inside = relative(root, path);
  if (inside === '') return undefined;
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return `${path} is outside ${root}`;
  }
  // The common case in two system calls: a folder whose real path is its own path under the
  // real root has no link in it; then only the last part is left to look at.
  try {
    const dir = dirname(path);
    if (realpathSync.native(dir) === join(realpathSync.native(root), relative(root, dir))) {
      return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true
        ? linkReason(root, path)
        : undefined;
    }
  } catch {
    // a folder to be created, or one that cannot be resolved: the walk below says which
  }
  return walk(root, inside);
}

/** The slow path: each part in turn, naming the first link or the part that escapes. */
function walk(root: string, inside: string): string | undefined {
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
    if (linked) return linkReason(root, current);
    existing = current;
  }
  try {
    const realRoot = realpathSync.native(root);
    const real = realpathSync.native(existing);
    if (real !== realRoot && !real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) {
      return `${existing} resolves to ${real}, outside ${realRoot}`;
    }
  } catch (error) {
    return `${existing} cannot be resolved (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  return undefined;
}

function linkReason(root: string, link: string): string {
  return `${relative(root, link).split(sep).join('/')} is a symbolic link (links are never followed)`;
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
