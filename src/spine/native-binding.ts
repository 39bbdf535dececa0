// Kept free of better-sqlite3 (and of anything that imports it): the entries call this before
// the Node version check has let them load the native module.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IdseError } from '../errors.js';

/** Platforms whose better-sqlite3 binary `dist/native/` ships (GitHub's Linux runners). */
export const BUNDLED_SQLITE_TARGETS = ['linux-x64', 'linux-arm64'] as const;

/** The file name of a bundled binary inside `dist/native/`. */
export function bundledSqliteFileName(target: (typeof BUNDLED_SQLITE_TARGETS)[number]): string {
  return `better_sqlite3-${target}.node`;
}

let nativeBinding: string | undefined;
// Set when an entry looked for a binary and found none: opening a spine then fails with a
// message, where better-sqlite3's own lookup would crash inside the bundle.
let missingFor: string | undefined;

/**
 * Makes every spine opened from now on load SQLite from `path` (better-sqlite3's
 * `nativeBinding` option); undefined restores the package's own lookup in node_modules.
 * Entries call it once, before the first spine is opened.
 */
export function setSqliteNativeBinding(path: string | undefined): void {
  nativeBinding = path;
  missingFor = undefined;
}

/**
 * The options to spread into `new Database(...)`: the binding set by the entry, if any.
 * Throws `sqlite-binary-missing` when the entry found no binary for this platform.
 */
export function sqliteBindingOptions(): { nativeBinding?: string } {
  if (missingFor !== undefined) {
    throw new IdseError(
      'sqlite-binary-missing',
      `idse-sync has no SQLite binary for ${missingFor}: the package ships one for glibc Linux on x64 and arm64 only, and no better-sqlite3 is installed beside it.`,
      'Install it beside idse-notion-sync: npm i -D better-sqlite3@13 (its prebuilt binary for this platform is then used).',
    );
  }
  return nativeBinding === undefined ? {} : { nativeBinding };
}

/** Where a process runs, as far as picking a native binary goes. */
export interface NativeHost {
  platform: string;
  arch: string;
  /** True on a musl libc (Alpine): the bundled glibc binaries cannot load there. */
  musl: boolean;
}

/** The running process as a {@link NativeHost}. */
export function currentHost(): NativeHost {
  return {
    platform: process.platform,
    arch: process.arch,
    musl: process.platform === 'linux' && isMusl(),
  };
}

// The libc loader mapped into this process tells; the diagnostic report is the slower fallback.
function isMusl(): boolean {
  try {
    const maps = readFileSync('/proc/self/maps', 'latin1');
    if (/\/ld-musl-[^/\s]*\.so/.test(maps)) return true;
    if (/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(maps)) return false;
  } catch {
    // no /proc: ask the report
  }
  const header = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } })
    .header;
  return header?.glibcVersionRuntime === undefined;
}

/**
 * The bundled binary for `host` in `<entryDir>/native/`, or undefined when the bundle has
 * none for it (another platform, musl, or an unbundled run from the sources).
 */
export function bundledSqliteBinding(entryDir: string, host: NativeHost): string | undefined {
  if (host.musl) return undefined;
  const target = BUNDLED_SQLITE_TARGETS.find((t) => t === `${host.platform}-${host.arch}`);
  if (target === undefined) return undefined;
  const file = join(entryDir, 'native', bundledSqliteFileName(target));
  return existsSync(file) ? file : undefined;
}

/**
 * The binary an installed better-sqlite3 (node_modules beside or above the entry) would load,
 * found the way the package finds it; undefined when the package is not installed. A bundle
 * cannot let the package look for itself: its lookup is relative to its own file.
 */
export function installedSqliteBinding(entryUrl: string): string | undefined {
  try {
    const requireFrom = createRequire(entryUrl);
    const root = dirname(requireFrom.resolve('better-sqlite3/package.json'));
    const compiled = join(root, 'build', 'Release', 'better_sqlite3.node');
    if (existsSync(compiled)) return compiled;
    const binding = requireFrom(join(root, 'lib', 'binding.js')) as {
      getPrebuildPath(): string | null;
    };
    return binding.getPrebuildPath() ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * For an entry at `entryUrl` (its `import.meta.url`): the bundled binary beside it for this
 * host, else the installed package's. Sets it with {@link setSqliteNativeBinding} and returns
 * it; undefined means neither was found, and every spine opened from then on fails with
 * `sqlite-binary-missing` (commands that need no spine still run).
 */
export function useSqliteBindingFor(
  entryUrl: string,
  host: NativeHost = currentHost(),
): string | undefined {
  const chosen =
    bundledSqliteBinding(dirname(fileURLToPath(entryUrl)), host) ??
    installedSqliteBinding(entryUrl);
  setSqliteNativeBinding(chosen);
  if (chosen === undefined) {
    missingFor = `${host.platform}-${host.arch}${host.musl ? ' (musl)' : ''}`;
  }
  return chosen;
}
