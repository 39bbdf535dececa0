import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkflowTemplate } from '../sync/init-workflows.js';

/**
 * The workflows shipped in the package's `examples/workflows/`, found by walking up from this
 * module (src/cli in a checkout, dist/chunks once bundled) to the package's own package.json.
 */
export function shippedWorkflows(from: string = import.meta.url): WorkflowTemplate[] {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isThisPackage(manifest)) break;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('the idse-notion-sync package folder was not found');
    dir = parent;
  }
  const folder = join(dir, 'examples', 'workflows');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

function isThisPackage(manifest: string): boolean {
  try {
    return (
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'idse-notion-sync'
    );
  } catch {
    return false;
  }
}
