// Bundles the CLI into dist/ (committed: users run it without a build step).
// `--outdir DIR` builds elsewhere, which is how check-dist compares a fresh build with dist/.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outIndex = process.argv.indexOf('--outdir');
const outdir = resolve(outIndex === -1 ? 'dist' : (process.argv[outIndex + 1] ?? 'dist'));

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  // Chunks keep the dynamic import after the Node version check a real, deferred import.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  // The native SQLite module is loaded from node_modules at run time.
  external: ['better-sqlite3'],
  banner: {
    // Bundled CommonJS dependencies still call require().
    js: "import { createRequire as __idseCreateRequire } from 'node:module'; const require = __idseCreateRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
