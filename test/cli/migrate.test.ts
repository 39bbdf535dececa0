import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncReportJson } from '../../src/sync/report.js';
import { runIdseSync } from '../helpers/cli.js';
import { copySharedFixture, itWithSharedFixtures, makeTempDir } from '../helpers/fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function migrateJson(root: string, extra: string[] = []) {
  const run = await runIdseSync(['migrate', '--json', '--workspace', root, ...extra]);
  return { ...run, report: run.stdout ? (JSON.parse(run.stdout) as SyncReportJson) : undefined };
}

function emptyWorkspace(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  mkdirSync(join(dir, '.idse'));
  return dir;
}

describe('idse-sync migrate', () => {
  itWithSharedFixtures(
    'migrates the pre-refactor fixture once, with a backup, then does nothing',
    async () => {
      const { root, cleanup } = copySharedFixture('pre-refactor');
      cleanups.push(cleanup);
      const spine = join(root, '.idse/idse.db');
      const original = readFileSync(spine);

      const dry = await migrateJson(root, ['--dry-run']);
      expect(dry.code).toBe(0);
      expect(dry.report?.dryRun).toBe(true);
      expect(dry.report?.migration?.applied.length).toBeGreaterThan(0);
      expect(dry.report?.migration?.backfilledIdseIds).toBe(28);
      expect(readFileSync(spine)).toEqual(original);
      expect(readdirSync(join(root, '.idse')).filter((f) => f.includes('.bak-'))).toEqual([]);

      const first = await migrateJson(root);
      expect(first.code).toBe(0);
      expect(first.report?.migration?.applied).toEqual(dry.report?.migration?.applied);
      expect(first.report?.migration?.backfilledIdseIds).toBe(28);
      const backup = first.report?.migration?.backupPath;
      expect(backup && readFileSync(backup)).toEqual(original);

      const afterFirst = readFileSync(spine);
      const second = await migrateJson(root);
      expect(second.report?.migration).toEqual({
        applied: [],
        created: false,
        backupPath: null,
        backfilledIdseIds: 0,
      });
      expect(readFileSync(spine)).toEqual(afterFirst);

      const text = await runIdseSync(['migrate', '--workspace', root]);
      expect(text.stdout).toBe('Spine is up to date; nothing to migrate.\n');
    },
  );

  it('creates a spine where there is none; a dry run only says it would', async () => {
    const root = emptyWorkspace();
    const dry = await runIdseSync(['migrate', '--dry-run', '--workspace', root]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Would create a new spine\./);
    expect(existsSync(join(root, '.idse/idse.db'))).toBe(false);

    const run = await migrateJson(root);
    expect(run.code).toBe(0);
    expect(run.report?.migration?.created).toBe(true);
    expect(run.report?.migration?.backupPath).toBeNull();
    expect(existsSync(join(root, '.idse/idse.db'))).toBe(true);
  });

  it('reports usage errors with exit 2', async () => {
    const run = await runIdseSync(['migrate', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option '--bogus'/);
    const unknown = await runIdseSync(['frobnicate']);
    expect(unknown.code).toBe(2);
    const help = await runIdseSync(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes: 0 ok/);
  });
});

describe('migrate in a repository', () => {
  itWithSharedFixtures('keeps its backup where `git add -A` does not take it', async () => {
    const { root, cleanup } = copySharedFixture('pre-refactor');
    cleanups.push(cleanup);
    const run = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
    run('init', '--quiet', '--initial-branch=main');
    run('config', 'user.email', 'test@example.com');
    run('config', 'user.name', 'Test');
    run('add', '-A');
    run('commit', '--quiet', '-m', 'workspace');
    const migrated = await migrateJson(root);
    expect(migrated.code).toBe(0);
    const backup = migrated.report?.migration?.backupPath ?? '';
    expect(backup).toContain(join('.idse', 'backups'));
    expect(existsSync(backup)).toBe(true);
    run('add', '-A');
    expect(run('diff', '--cached', '--name-only').trim().split('\n')).toEqual(['.idse/idse.db']);
  });
});
