import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// `.<target name>.<12 hex>.tmp`, as writeFileAtomic names its temporary files.
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporary files that a run killed between writing and renaming left under
 * `root` (the `.idse` folder): they are not artifacts, and `git add -A` would commit them.
 * Symbolic links are neither followed nor removed. Returns the paths removed.
 */
export function removeInterruptedWrites(root: string): string[] {
  const removed: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 8) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, depth + 1);
      else if (entry.isFile() && TEMP_FILE.test(entry.name)) {
        rmSync(path, { force: true });
        removed.push(path);
      }
    }
  };
  walk(root, 0);
  return removed;
}
