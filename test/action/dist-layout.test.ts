import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundledSqliteBinding,
  setSqliteNativeBinding,
  sqliteBindingOptions,
  useSqliteBindingFor,
} from '../../src/spine/native-binding.js';
import { buildDist } from './harness.js';
import { HAS_SHARED_FIXTURES, SHARED_FIXTURES } from '../helpers/fixtures.js';

let dist: { dir: string; cleanup: () => void };
beforeAll(() => {
  dist = buildDist();
});
afterAll(() => {
  setSqliteNativeBinding(undefined);
  dist?.cleanup();
});

// A Node too old to run the tool, when the machine has one (this one's system Node is 20).
function oldSystemNode(): string | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(candidate)) continue;
    const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
    const [major = 0, minor = 0] = version.slice(1).split('.').map(Number);
    if (major < 22 || (major === 22 && minor < 14)) return candidate;
  }
  return undefined;
}
const oldNode = oldSystemNode();

const LINUX = { platform: 'linux', arch: 'x64', musl: false };
const ARM = { platform: 'linux', arch: 'arm64', musl: false };

// e_machine in an ELF header: 62 is x86-64, 183 AArch64 (System V ABI).
function elfMachine(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(20);
    readSync(fd, header, 0, 20, 0);
    expect(header.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    return header.readUInt16LE(18);
  } finally {
    closeSync(fd);
  }
}

describe('dist/', () => {
  it('ships better-sqlite3 for linux-x64 and linux-arm64 runners', () => {
    expect(readdirSync(join(dist.dir, 'native')).sort()).toEqual([
      'better_sqlite3-linux-arm64.node',
      'better_sqlite3-linux-x64.node',
    ]);
    expect(elfMachine(join(dist.dir, 'native/better_sqlite3-linux-x64.node'))).toBe(62);
    expect(elfMachine(join(dist.dir, 'native/better_sqlite3-linux-arm64.node'))).toBe(183);
  });

  it('picks the binary by platform and architecture, and none for musl or other systems', () => {
    expect(bundledSqliteBinding(dist.dir, ARM)).toBe(
      join(dist.dir, 'native/better_sqlite3-linux-arm64.node'),
    );
    expect(bundledSqliteBinding(dist.dir, LINUX)).toBe(
      join(dist.dir, 'native/better_sqlite3-linux-x64.node'),
    );
    expect(bundledSqliteBinding(dist.dir, { ...ARM, musl: true })).toBeUndefined();
    expect(
      bundledSqliteBinding(dist.dir, { platform: 'darwin', arch: 'arm64', musl: false }),
    ).toBeUndefined();
    expect(bundledSqliteBinding(join(dist.dir, 'missing'), LINUX)).toBeUndefined();
  });

  it('an entry in dist/ passes the arm64 binary to every spine on an arm64 runner', () => {
    const entry = pathToFileURL(join(dist.dir, 'action.js')).href;
    expect(useSqliteBindingFor(entry, ARM)).toBe(
      join(dist.dir, 'native/better_sqlite3-linux-arm64.node'),
    );
    expect(sqliteBindingOptions()).toEqual({
      nativeBinding: join(dist.dir, 'native/better_sqlite3-linux-arm64.node'),
    });
    // Elsewhere (no bundled binary): the installed package's own, found the package's way.
    const fromSources = useSqliteBindingFor(import.meta.url, {
      platform: 'darwin',
      arch: 'x64',
      musl: false,
    });
    expect(fromSources).toMatch(/node_modules\/better-sqlite3\/.+\.node$/);
    setSqliteNativeBinding(undefined);
    expect(sqliteBindingOptions()).toEqual({});
  });

  it('imports nothing from node_modules: only Node built-ins and its own chunks', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const files = readdirSync(dist.dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    expect(files).toEqual(expect.arrayContaining(['action.js', 'cli.js']));
    const bare: string[] = [];
    for (const file of files) {
      const code = readFileSync(join(dist.dir, file), 'utf8');
      // esbuild writes static imports at the start of a line; comments (docs quoting imports)
      // are indented or start with * or //.
      const specifiers = [
        ...[...code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)";$/gm)].map((m) => m[1]),
        ...[...code.matchAll(/^import\s*"([^"]+)";$/gm)].map((m) => m[1]),
        ...code
          .split('\n')
          .filter((line) => !/^\s*(\*|\/\/)/.test(line))
          .flatMap((line) => [...line.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1])),
      ];
      for (const specifier of specifiers) {
        if (specifier === undefined) continue;
        if (!specifier.startsWith('.') && !builtins.has(specifier))
          bare.push(`${file}: ${specifier}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('loads nothing but the version check before it (the entries import two small chunks)', () => {
    for (const entry of ['action.js', 'cli.js']) {
      const code = readFileSync(join(dist.dir, entry), 'utf8');
      const imported = [...code.matchAll(/^import[^'"]*["'](\.\/chunks\/[^"']+)["']/gm)].map(
        (m) => m[1] ?? '',
      );
      for (const chunk of imported) {
        const text = readFileSync(join(dist.dir, chunk), 'utf8');
        // better-sqlite3's loader, @actions/core, Octokit: none before the check.
        expect(text).not.toMatch(/SqliteError|getBinding|add-mask|octokit/i);
      }
    }
  });

  it.skipIf(oldNode === undefined)(
    'dist/action.js on an old Node fails the step with one message, before loading SQLite',
    () => {
      const run = spawnSync(oldNode ?? 'node', [join(dist.dir, 'action.js')], {
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '' },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(
        /^::error::idse-sync needs Node\.js 22\.14\.0 or newer; this is Node\.js v\d+[^\n]*\n$/,
      );
    },
  );

  it('dist/action.js without a binary for its platform fails the step with one message', () => {
    const copy = mkdtempSync(join(tmpdir(), 'idse-dist-nonative-'));
    try {
      cpSync(dist.dir, copy, { recursive: true });
      rmSync(join(copy, 'native'), { recursive: true });
      const run = spawnSync(process.execPath, [join(copy, 'action.js')], {
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '' },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(
        /^::error::idse-sync has no SQLite binary for linux-x64 \(it ships linux-x64 and linux-arm64 for glibc\)\. Run the job on a GitHub-hosted Linux runner/,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it.skipIf(!HAS_SHARED_FIXTURES)(
    'dist/cli.js without a binary: commands that need no spine run, the others say what to install',
    () => {
      const copy = mkdtempSync(join(tmpdir(), 'idse-dist-nonative-'));
      try {
        cpSync(dist.dir, copy, { recursive: true });
        rmSync(join(copy, 'native'), { recursive: true });
        const workspace = join(copy, 'repo');
        cpSync(join(SHARED_FIXTURES, 'head'), workspace, { recursive: true });
        const cli = (...args: string[]) =>
          spawnSync(process.execPath, [join(copy, 'cli.js'), ...args], {
            encoding: 'utf8',
            cwd: workspace,
            env: { PATH: process.env['PATH'] ?? '', HOME: copy },
          });
        expect(cli('--version').status).toBe(0);
        const status = cli('status');
        expect(status.status).toBe(2);
        expect(status.stderr).not.toMatch(/internal error|__dirname/);
        expect(status.stderr).toMatch(/no SQLite binary for linux-x64/);
        expect(status.stderr).toMatch(/npm i -D better-sqlite3@13/);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    },
  );
});
