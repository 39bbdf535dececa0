import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { it } from 'vitest';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The real IDSE workspaces under ../shared (read-only; copy before use). */
export const SHARED_FIXTURES = resolve(repoRoot, '../shared/fixtures/idse-orchestrator');
export const HAS_SHARED_FIXTURES = existsSync(join(SHARED_FIXTURES, 'head/.idse/idse.db'));
/** Shown by tests that skip because ../shared is not beside the checkout. */
export const SHARED_SKIP_REASON = `../shared fixtures not found at ${SHARED_FIXTURES}; skipping`;

export const REPO_ROOT = repoRoot;

/** A fresh temporary directory, removed by the returned cleanup. */
export function makeTempDir(prefix = 'idse-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Copies a shared fixture workspace (`head` or `pre-refactor`) into a temp dir and returns
 * the workspace root (the folder holding `.idse/`).
 */
export function copySharedFixture(name: 'head' | 'pre-refactor'): {
  root: string;
  cleanup: () => void;
} {
  const { dir, cleanup } = makeTempDir(`idse-${name}-`);
  cpSync(join(SHARED_FIXTURES, name), dir, { recursive: true });
  // The shared tree is read-only; a copy must be writable like a real checkout.
  chmodTree(dir);
  return { root: dir, cleanup };
}

/**
 * `it` for tests that read ../shared: skipped, with the reason printed once, when the
 * fixtures are not beside the checkout.
 */
export const itWithSharedFixtures = it.skipIf(!HAS_SHARED_FIXTURES);
if (!HAS_SHARED_FIXTURES) console.warn(SHARED_SKIP_REASON);

function chmodTree(path: string): void {
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    const full = join(entry.parentPath, entry.name);
    chmodSync(full, entry.isDirectory() ? 0o755 : 0o644);
  }
  chmodSync(path, 0o755);
}
