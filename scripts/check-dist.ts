// Fails when the committed dist/ is not what the sources build to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'idse-dist-'));
try {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--outdir', fresh], {
    stdio: 'inherit',
  });
  const differences = compare('dist', fresh);
  if (differences.length > 0) {
    console.error(
      `dist/ is stale (${differences.join(', ')}). Run \`npm run build\` and commit dist/.`,
    );
    process.exitCode = 1;
  } else {
    console.log('dist/ matches the sources.');
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

function compare(committed: string, built: string): string[] {
  const a = listFiles(committed);
  const b = listFiles(built);
  const differences: string[] = [];
  for (const file of new Set([...a.keys(), ...b.keys()])) {
    const left = a.get(file);
    const right = b.get(file);
    if (left === undefined) differences.push(`missing ${file}`);
    else if (right === undefined) differences.push(`extra ${file}`);
    else if (!readFileSync(left).equals(readFileSync(right))) differences.push(`changed ${file}`);
  }
  return differences;
}

function listFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  let entries: string[];
  try {
    entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return files;
  }
  for (const entry of entries) {
    const path = join(root, entry);
    try {
      readFileSync(path);
      files.set(relative(root, path), path);
    } catch {
      // directories
    }
  }
  return files;
}
