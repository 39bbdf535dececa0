import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { IdseError } from '../errors.js';
import { assertSafePath } from '../workspace/safe-path.js';

/** Where the hook's pieces come from: this package's files and the Node that runs it. */
export interface HookSources {
  /** The POSIX sh hook shipped as `hooks/post-commit`. */
  hookScript: string;
  /** The CLI the hook runs (`bin/idse-sync.js`). */
  cliPath: string;
  /** The Node.js that runs the CLI; recorded so the hook does not depend on PATH. */
  nodePath: string;
}

export interface HookInstallOptions {
  /** The folder holding `.idse/`. */
  workspaceRoot: string;
  /** Recorded as `idse-sync.branch` when given. */
  branch?: string;
}

/** What `hooks install` did; `written` lists only files it created or changed. */
export interface HookInstallResult {
  gitRoot: string;
  hooksPath: string;
  written: string[];
  config: Record<string, string>;
  /** The branch the hook pushes from, as the hook itself works it out. */
  branch: string;
  warnings: string[];
}

export const HOOK_FILE = 'idse-sync-post-commit';
const HOOK_CALL = `sh "$(dirname "$0")/${HOOK_FILE}" || true # idse-sync: push changed IDSE artifacts to Notion`;
const HUSKY_DIR = '.husky';
const HUSKY_RUNTIME = `${HUSKY_DIR}/_`;

// husky 9.1.7's runner (.husky/_/h, MIT, typicode), written as `npx husky` writes it, so a repo
// without package.json gets the same layout a later `husky` run keeps: git runs
// .husky/_/<hook>, which runs .husky/<hook> with `sh -e` unless HUSKY=0.
const HUSKY_RUNNER = `#!/usr/bin/env sh
[ "$HUSKY" = "2" ] && set -x
n=$(basename "$0")
s=$(dirname "$(dirname "$0")")/$n

[ ! -f "$s" ] && exit 0

if [ -f "$HOME/.huskyrc" ]; then
	echo "husky - '~/.huskyrc' is DEPRECATED, please move your code to ~/.config/husky/init.sh"
fi
i="\${XDG_CONFIG_HOME:-$HOME/.config}/husky/init.sh"
[ -f "$i" ] && . "$i"

[ "\${HUSKY-}" = "0" ] && exit 0

export PATH="node_modules/.bin:$PATH"
sh -e "$s" "$@"
c=$?

[ $c != 0 ] && echo "husky - $n script failed (code $c)"
[ $c = 127 ] && echo "husky - command not found in PATH=$PATH"
exit $c
`;
const HUSKY_HOOKS = [
  'pre-commit',
  'pre-merge-commit',
  'prepare-commit-msg',
  'commit-msg',
  'post-commit',
  'applypatch-msg',
  'pre-applypatch',
  'post-applypatch',
  'pre-rebase',
  'post-rewrite',
  'post-checkout',
  'post-merge',
  'pre-push',
  'pre-auto-gc',
];

/**
 * Installs the post-commit hook through husky 9: sets husky up where it is missing
 * (`core.hooksPath=.husky/_` and its runner, as `npx husky` does, with no package.json
 * needed), copies the hook to `.husky/idse-sync-post-commit`, calls it from
 * `.husky/post-commit` (appending to an existing one), records where the CLI and Node are in
 * the local git config, and keeps `.idse/sync.log` out of git. Running it again changes only
 * what is out of date.
 */
export function installPostCommitHook(
  options: HookInstallOptions,
  sources: HookSources,
): HookInstallResult {
  const git = (...args: string[]) => runGit(options.workspaceRoot, args);
  const gitRoot = topLevel(options.workspaceRoot);
  const written: string[] = [];
  const warnings: string[] = [];
  const write = (path: string, text: string, mode?: number) => {
    const full = join(gitRoot, path);
    // `.husky/` is committed: a link there would carry this write out of the repository.
    assertSafePath(gitRoot, full, path);
    const current = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    if (current !== text) {
      mkdirSync(join(full, '..'), { recursive: true });
      writeFileSync(full, text);
      written.push(path);
    }
    if (mode !== undefined) chmodSync(full, mode);
  };

  const hooksPath = configuredHooksPath(gitRoot, git);
  if (hooksPath === undefined) {
    const replaced = activeGitHooks(options.workspaceRoot, git);
    if (replaced.length > 0) {
      warnings.push(
        `core.hooksPath now points at ${HUSKY_RUNTIME}, so these hooks in .git/hooks stop running: ${replaced.join(', ')}; move them into ${HUSKY_DIR}/`,
      );
    }
    git('config', '--local', 'core.hooksPath', HUSKY_RUNTIME);
  }
  if (hooksPath === undefined || hooksPath === HUSKY_RUNTIME) {
    write(`${HUSKY_RUNTIME}/.gitignore`, '*');
    write(`${HUSKY_RUNTIME}/h`, HUSKY_RUNNER, 0o755);
    for (const hook of HUSKY_HOOKS) {
      write(`${HUSKY_RUNTIME}/${hook}`, '#!/usr/bin/env sh\n. "$(dirname "$0")/h"', 0o755);
    }
  }

  write(`${HUSKY_DIR}/${HOOK_FILE}`, sources.hookScript, 0o755);
  const caller = join(gitRoot, HUSKY_DIR, 'post-commit');
  assertSafePath(gitRoot, caller, `${HUSKY_DIR}/post-commit`);
  const existing = existsSync(caller) ? readFileSync(caller, 'utf8') : '';
  if (!existing.includes(HOOK_FILE)) {
    const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
    write(`${HUSKY_DIR}/post-commit`, `${existing}${separator}${HOOK_CALL}\n`);
  }
  chmodSync(caller, 0o755);

  const workspace = relative(gitRoot, resolve(options.workspaceRoot)).split(sep).join('/') || '.';
  const config: Record<string, string> = {
    'idse-sync.workspace': workspace,
    'idse-sync.cli': sources.cliPath,
    'idse-sync.node': sources.nodePath,
    ...(options.branch !== undefined ? { 'idse-sync.branch': options.branch } : {}),
  };
  for (const [key, value] of Object.entries(config)) git('config', '--local', key, value);

  const ignore = join(options.workspaceRoot, '.idse', '.gitignore');
  const ignored = existsSync(ignore) ? readFileSync(ignore, 'utf8') : '';
  if (!ignored.split('\n').some((line) => line.trim() === 'sync.log')) {
    const separator = ignored === '' || ignored.endsWith('\n') ? '' : '\n';
    write(relative(gitRoot, ignore).split(sep).join('/'), `${ignored}${separator}sync.log\n`);
  }

  const branch = execFileSync('sh', [join(gitRoot, HUSKY_DIR, HOOK_FILE), '--print-branch'], {
    cwd: gitRoot,
    encoding: 'utf8',
  }).trim();
  return { gitRoot, hooksPath: hooksPath ?? HUSKY_RUNTIME, written, config, branch, warnings };
}

function topLevel(root: string): string {
  try {
    return runGit(root, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new IdseError(
      'not-a-repository',
      `hooks install needs a git repository; ${root} is not in one.`,
      'Run `git init` (or clone the repository) first, then `idse-sync hooks install`.',
    );
  }
}

/** `core.hooksPath` when it is one husky uses (9: `.husky/_`, 8: `.husky`); throws on others. */
function configuredHooksPath(
  gitRoot: string,
  git: (...args: string[]) => string,
): string | undefined {
  let value: string;
  try {
    value = git('config', '--get', 'core.hooksPath').trim();
  } catch {
    return undefined; // not set (git config exits 1)
  }
  if (value === '') return undefined;
  const normalised = (isAbsolute(value) ? relative(gitRoot, value) : value)
    .split(sep)
    .join('/')
    .replace(/^\.\//, '')
    .replace(/\/$/, '');
  if (normalised === HUSKY_RUNTIME || normalised === HUSKY_DIR) return normalised;
  throw new IdseError(
    'hooks-path-taken',
    `core.hooksPath is ${value}: another hook manager runs this repository's hooks.`,
    `Add \`sh ${HUSKY_DIR}/${HOOK_FILE}\` to ${value}/post-commit and copy hooks/post-commit there, or unset core.hooksPath and run \`idse-sync hooks install\` again.`,
  );
}

/** Hooks in the repository's own hooks folder that a new `core.hooksPath` would bypass. */
function activeGitHooks(cwd: string, git: (...args: string[]) => string): string[] {
  // `--git-path` answers relative to the directory git runs in.
  const dir = resolve(cwd, git('rev-parse', '--git-path', 'hooks').trim());
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.sample') && !name.startsWith('.'))
    .sort();
}

function runGit(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
