import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { git, initRepo, write } from '../git/git-helpers.js';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function sampleRepo(): string {
  const { dir, cleanup } = makeTempDir('idse-install-');
  cleanups.push(cleanup);
  cpSync(join(REPO_ROOT, 'examples/sample'), dir, { recursive: true });
  initRepo(dir);
  return dir;
}

async function install(cwd: string, args: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['hooks', 'install', ...args], {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd,
    env: {},
    isTTY: false,
  });
  return { code, stdout, stderr };
}

interface InstallJson {
  written: string[];
  config: Record<string, string>;
  branch: string;
  hooksPath: string;
  warnings: string[];
}

describe('idse-sync hooks install', () => {
  it('sets husky 9 up without a package.json and records how the hook finds the CLI', async () => {
    const root = sampleRepo();
    const run = await install(root, ['--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as InstallJson;
    expect(existsSync(join(root, 'package.json'))).toBe(false);
    expect(git(root, 'config', 'core.hooksPath')).toBe('.husky/_');
    expect(readFileSync(join(root, '.husky/_/post-commit'), 'utf8')).toContain('/h"');
    expect(readFileSync(join(root, '.husky/_/.gitignore'), 'utf8')).toBe('*');
    expect(readFileSync(join(root, '.husky/idse-sync-post-commit'), 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, 'hooks/post-commit'), 'utf8'),
    );
    expect(statSync(join(root, '.husky/idse-sync-post-commit')).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(root, '.husky/post-commit'), 'utf8')).toMatch(
      /^sh "\$\(dirname "\$0"\)\/idse-sync-post-commit" \|\| true/,
    );
    expect(git(root, 'config', 'idse-sync.cli')).toBe(join(REPO_ROOT, 'bin/idse-sync.js'));
    expect(git(root, 'config', 'idse-sync.node')).toBe(process.execPath);
    expect(git(root, 'config', 'idse-sync.workspace')).toBe('.');
    expect(readFileSync(join(root, '.idse/.gitignore'), 'utf8')).toBe('sync.log\n');
    expect(result.branch).toBe('main');
    expect(result.written).toContain('.husky/idse-sync-post-commit');

    const again = JSON.parse((await install(root, ['--json'])).stdout) as InstallJson;
    expect(again.written).toEqual([]);
  });

  it('adds to an existing husky setup and post-commit hook, keeping what is there', async () => {
    const root = sampleRepo();
    git(root, 'config', 'core.hooksPath', '.husky/_');
    write(root, '.husky/post-commit', 'echo "my own post-commit"');
    write(root, '.husky/_/h', '# husky runner from npm, left alone\n');
    write(root, '.idse/.gitignore', 'cache/');
    const result = JSON.parse((await install(root, ['--json'])).stdout) as InstallJson;
    expect(readFileSync(join(root, '.husky/post-commit'), 'utf8')).toMatch(
      /^echo "my own post-commit"\nsh "\$\(dirname "\$0"\)\/idse-sync-post-commit"/,
    );
    expect(readFileSync(join(root, '.idse/.gitignore'), 'utf8')).toBe('cache/\nsync.log\n');
    expect(result.warnings).toEqual([]);
    // Its runner is rewritten to husky 9's own (the same file `npx husky` writes).
    expect(readFileSync(join(root, '.husky/_/h'), 'utf8')).toMatch(/sh -e "\$s" "\$@"/);
  });

  it('says which .git/hooks stop running, and records a chosen branch', async () => {
    const root = sampleRepo();
    const gitHooks = join(root, '.git', 'hooks');
    writeFileSync(join(gitHooks, 'pre-push'), '#!/bin/sh\nexit 0\n');
    const run = await install(root, ['--branch', 'release']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/pushes from branch release/);
    expect(run.stdout).toMatch(/warning: .*stop running: pre-push; move them into \.husky\//);
    expect(git(root, 'config', 'idse-sync.branch')).toBe('release');
  });

  it('finds the default branch the way the hook does', async () => {
    const root = sampleRepo();
    git(root, 'commit', '--quiet', '--allow-empty', '-m', 'first');
    git(root, 'branch', '-m', 'main', 'trunk');
    git(root, 'config', 'init.defaultBranch', 'trunk');
    const result = JSON.parse((await install(root, ['--json'])).stdout) as InstallJson;
    expect(result.branch).toBe('trunk');
  });

  it('refuses another hook manager, and a folder that is not a repository', async () => {
    const root = sampleRepo();
    git(root, 'config', 'core.hooksPath', '.githooks');
    const refused = await install(root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^idse-sync: core\.hooksPath is \.githooks: .* Fix: /);
    expect(existsSync(join(root, '.husky'))).toBe(false);

    const { dir, cleanup } = makeTempDir('idse-install-nogit-');
    cleanups.push(cleanup);
    cpSync(join(REPO_ROOT, 'examples/sample'), dir, { recursive: true });
    const outside = await install(dir);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/needs a git repository/);
  });
});
