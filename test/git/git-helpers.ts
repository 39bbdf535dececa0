import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Runs git in `cwd` and returns its trimmed stdout; throws on a non-zero exit. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: gitEnv(),
  }).trim();
}

/** The test process's environment without anything git or husky would pick up from it. */
export function gitEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !key.startsWith('GIT_') && key !== 'HUSKY' && !key.startsWith('IDSE_SYNC'),
  );
  return { ...Object.fromEntries(inherited), ...extra };
}

/** `git init -b main` with a local identity and no signing. */
export function initRepo(root: string): void {
  mkdirSync(root, { recursive: true });
  git(root, 'init', '--quiet', '--initial-branch=main');
  git(root, 'config', 'user.email', 'test@example.com');
  git(root, 'config', 'user.name', 'Test');
  git(root, 'config', 'commit.gpgsign', 'false');
}

/** Writes a file (and its folders) under `root`. */
export function write(root: string, path: string, text: string): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}

export function remove(root: string, path: string): void {
  rmSync(join(root, path));
}

/** Stages everything and commits; returns the new HEAD. */
export function commitAll(root: string, message: string): string {
  git(root, 'add', '-A');
  git(root, 'commit', '--quiet', '--allow-empty', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

/** The path of one artifact file inside a workspace. */
export function artifactPath(project: string, session: string, file: string): string {
  return `.idse/projects/${project}/sessions/${session}/${file}`;
}
