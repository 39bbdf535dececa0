// What a team gets from `npm i -D idse-notion-sync`: the packed tarball, installed into an empty
// repository, runs `idse-sync --version` and `status` there, and holds no test or source file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';
import { packRepository } from './pack-helpers.js';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

let temp: { dir: string; cleanup: () => void };
let tarball: string;
let files: string[];
beforeAll(() => {
  temp = makeTempDir('idse-pack-');
  ({ path: tarball, files } = packRepository(temp.dir));
}, 120_000);
afterAll(() => temp.cleanup());

describe('the packed package', () => {
  it('holds what users run and nothing of the tests or sources', () => {
    for (const needed of [
      'bin/idse-sync.js',
      'dist/cli.js',
      'dist/action.js',
      'action.yml',
      'examples/workflows/sync-on-merge.yml',
    ]) {
      expect(files).toContain(needed);
    }
    for (const needed of [
      'LICENSE',
      'README.md',
      'dist/THIRD-PARTY-NOTICES.md',
      'hooks/post-commit',
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => /^(test|src|bench|scripts)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.test.ts'))).toEqual([]);
  });

  it('holds every page of docs/, the README links into', () => {
    const pages = readdirSync(join(REPO_ROOT, 'docs')).filter((name) => name.endsWith('.md'));
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages) expect(files).toContain(`docs/${page}`);
  });

  it('holds nothing but what users run and read: no test, fixture, emulator or source', () => {
    const shipped =
      /^(bin|dist|hooks|docs|examples\/workflows)\/|^(action\.yml|package\.json|README\.md|LICENSE|CHANGELOG\.md|SECURITY\.md)$/;
    expect(files.filter((f) => !shipped.test(f))).toEqual([]);
    expect(files.filter((f) => /test|emulator|fixture|\.ts$|\.map$/i.test(f))).toEqual([]);
  });

  it('installs into an empty repository and runs --version and status there', () => {
    const repo = join(temp.dir, 'team-repo');
    mkdirSync(repo);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '--quiet', '--initial-branch=main');
    writeFileSync(join(repo, 'package.json'), '{ "name": "team-repo", "private": true }\n');
    // Everything the CLI needs is in dist/: the install fetches nothing else.
    execFileSync(
      'npm',
      ['install', '--save-dev', '--no-audit', '--no-fund', '--offline', tarball],
      { cwd: repo, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } },
    );
    const installed = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(installed.devDependencies)).toEqual(['idse-notion-sync']);
    const cli = join(repo, 'node_modules', '.bin', 'idse-sync');
    const run = (...args: string[]) =>
      execFileSync(process.execPath, [cli, ...args], {
        cwd: repo,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', HOME: temp.dir },
      });
    expect(run('--version').trim()).toBe(manifest.version);
    mkdirSync(join(repo, '.idse', 'projects', 'acme', 'sessions', 'search', 'intents'), {
      recursive: true,
    });
    writeFileSync(
      join(repo, '.idse', 'projects', 'acme', 'sessions', 'search', 'intents', 'intent.md'),
      '# Search\n\nWhy.\n',
    );
    const status = JSON.parse(run('status', '--json')) as { command: string; artifacts: unknown[] };
    expect(status.command).toBe('status');
    expect(status.artifacts).toHaveLength(1);
    // The bundled CLI finds the workflows shipped in the package.
    run('init', '--workflows');
    expect(readFileSync(join(repo, '.github/workflows/sync-on-merge.yml'), 'utf8')).toContain(
      `idse-notion-sync/idse-notion-sync@v${manifest.version}`,
    );
  }, 120_000);
});
