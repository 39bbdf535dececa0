import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncReportJson } from '../../src/sync/report.js';
import { runIdseSync } from '../helpers/cli.js';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';

const VERSION = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
const SHIPPED = readdirSync(join(REPO_ROOT, 'examples/workflows')).filter((f) =>
  f.endsWith('.yml'),
);

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function repository(): string {
  const temp = makeTempDir('idse-workflows-');
  cleanups.push(temp.cleanup);
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: temp.dir });
  mkdirSync(join(temp.dir, '.idse'));
  return temp.dir;
}

async function init(root: string, ...extra: string[]) {
  const run = await runIdseSync(['init', '--workflows', '--json', '--workspace', root, ...extra]);
  return { ...run, report: JSON.parse(run.stdout) as SyncReportJson };
}

describe('idse-sync init --workflows', () => {
  it('writes the three shipped workflows, pinned to this version, with no token', async () => {
    const root = repository();
    const run = await init(root);
    expect(run.code).toBe(0);
    expect(SHIPPED).toHaveLength(3);
    expect(run.report.artifacts.map((a) => [a.path, a.action])).toEqual(
      SHIPPED.map((name) => [`.github/workflows/${name}`, 'written']),
    );
    for (const name of SHIPPED) {
      const written = readFileSync(join(root, '.github/workflows', name), 'utf8');
      const shipped = readFileSync(join(REPO_ROOT, 'examples/workflows', name), 'utf8');
      expect(written).toContain(`idse-notion-sync/idse-notion-sync@v${VERSION}`);
      expect(written).not.toContain('idse-notion-sync@v1\n');
      expect(written.replaceAll(`@v${VERSION}`, '@v1')).toBe(shipped);
    }
  });

  it('never overwrites a workflow the team changed; a dry run writes nothing', async () => {
    const root = repository();
    const mine = join(root, '.github/workflows', SHIPPED[0] ?? '');
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    writeFileSync(mine, 'name: ours\n');
    const dry = await init(root, '--dry-run');
    expect(readdirSync(join(root, '.github/workflows'))).toEqual([SHIPPED[0]]);
    expect(dry.report.artifacts.filter((a) => a.action === 'written')).toHaveLength(2);
    const run = await init(root);
    expect(run.code).toBe(0);
    expect(readFileSync(mine, 'utf8')).toBe('name: ours\n');
    expect(run.report.artifacts[0]).toMatchObject({ action: 'skipped' });
    expect(readdirSync(join(root, '.github/workflows')).sort()).toEqual([...SHIPPED].sort());
  });

  it('refuses a linked .github folder instead of writing through it', async () => {
    const root = repository();
    const elsewhere = makeTempDir('idse-elsewhere-');
    cleanups.push(elsewhere.cleanup);
    symlinkSync(elsewhere.dir, join(root, '.github'));
    const run = await runIdseSync(['init', '--workflows', '--workspace', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('symbolic link');
    expect(readdirSync(elsewhere.dir)).toEqual([]);
  });
});
