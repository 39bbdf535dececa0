import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fixtures.js';

// The shipped entry (bin/idse-sync.js -> dist/cli.js), run the way a user runs it.
const BIN = join(REPO_ROOT, 'bin/idse-sync.js');

function systemNodeOlderThanMinimum(): string | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(candidate)) continue;
    const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
    const [major = 0, minor = 0] = version.slice(1).split('.').map(Number);
    if (major < 22 || (major === 22 && minor < 14)) return candidate;
  }
  return undefined;
}
const oldNode = systemNodeOlderThanMinimum();

describe('the idse-sync executable', () => {
  it('runs status on the sample workspace', () => {
    const run = spawnSync(
      process.execPath,
      [BIN, 'status', '--json', '--workspace', 'examples/sample'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { artifacts: unknown[] };
    expect(report.artifacts).toHaveLength(10);
  });

  it.skipIf(oldNode === undefined)(
    'refuses Node older than 22.14 with one line and exit 2, before loading SQLite',
    () => {
      const run = spawnSync(oldNode ?? 'node', [BIN, 'status', '--workspace', 'examples/sample'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/needs Node\.js 22\.14\.0 or newer; this is Node\.js v/);
    },
  );
});
