// Bundles the CLI (dist/cli.js) and the GitHub Action (dist/action.js) into dist/, committed so
// both run from a checkout without node_modules: every dependency is in the bundle, and
// better-sqlite3's prebuilt binaries for GitHub's Linux runners are copied to dist/native/
// (the entries pick one by platform; src/spine/native-binding.ts).
// `--outdir DIR` builds elsewhere, which is how check-dist compares a fresh build with dist/.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { BUNDLED_SQLITE_TARGETS, bundledSqliteFileName } from '../src/spine/native-binding.js';
import { bundledPackages, noticesOf } from './notices.js';

const outIndex = process.argv.indexOf('--outdir');
const outdir = resolve(outIndex === -1 ? 'dist' : (process.argv[outIndex + 1] ?? 'dist'));

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { cli: 'src/cli/main.ts', action: 'src/action/main.ts' },
  outdir,
  bundle: true,
  // Chunks keep the dynamic import after the Node version check a real, deferred import: the
  // entries load nothing native before it.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  banner: {
    // Bundled CommonJS dependencies still call require() (better-sqlite3 loads its binary so).
    js: "import { createRequire as __idseCreateRequire } from 'node:module'; const require = __idseCreateRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});

const packageRoot = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
mkdirSync(join(outdir, 'native'), { recursive: true });
for (const target of BUNDLED_SQLITE_TARGETS) {
  const source = join(packageRoot, 'prebuilds', `${target}.node`);
  if (!existsSync(source)) {
    throw new Error(`better-sqlite3 has no prebuilt binary for ${target} at ${source}`);
  }
  copyFileSync(source, join(outdir, 'native', bundledSqliteFileName(target)));
}

// Paths relative to the repository, so the notices are the same wherever it is checked out.
writeFileSync(
  join(outdir, 'THIRD-PARTY-NOTICES.md'),
  noticesOf(bundledPackages(Object.keys(result.metafile.inputs))),
);
