import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/fixtures.js';

/** The tarball `npm pack` makes of this repository, and the paths it holds. */
export interface PackedTarball {
  path: string;
  files: string[];
}

/** Packs the repository as `npm pack` (and so `npm publish`) would, into `destination`. */
export function packRepository(destination: string): PackedTarball {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error' },
    }),
  ) as { filename: string; files: { path: string }[] }[];
  return {
    path: join(destination, packed[0]?.filename ?? ''),
    files: (packed[0]?.files ?? []).map((f) => f.path),
  };
}

/**
 * PATH for a team's machine: this test's Node (24) first, so `npx` and the `#!/usr/bin/env node`
 * of the installed bin run on it, and nothing from this checkout (its node_modules/.bin).
 */
export function teamPath(nodeDir: string): string {
  const system = (process.env['PATH'] ?? '')
    .split(':')
    .filter((dir) => dir !== '' && !dir.startsWith(REPO_ROOT));
  return [nodeDir, ...system].join(':');
}
