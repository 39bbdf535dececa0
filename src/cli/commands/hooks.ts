import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, IdseError } from '../../errors.js';
import { installPostCommitHook, type HookInstallResult } from '../../git/hook-install.js';
import type { CliIo } from '../io.js';
import { resolveLayout } from './workspace.js';

export interface HooksInstallOptions {
  workspace?: string;
  branch?: string;
  json?: boolean;
}

const PACKAGE_NAME = 'idse-notion-sync';

/** `idse-sync hooks install`: the husky post-commit hook in the workspace's repository. */
export function hooksInstallCommand(
  options: HooksInstallOptions,
  io: CliIo,
): { output: string; exitCode: number } {
  const layout = resolveLayout(options, io);
  const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  const result = installPostCommitHook(
    {
      workspaceRoot: layout.root,
      ...(options.branch !== undefined ? { branch: options.branch } : {}),
    },
    {
      hookScript: readFileSync(join(packageRoot, 'hooks', 'post-commit'), 'utf8'),
      cliPath: join(packageRoot, 'bin', 'idse-sync.js'),
      // The Node running this install is one the CLI accepts (it checked the version).
      nodePath: process.execPath,
    },
  );
  if (options.json === true) {
    return {
      output: `${JSON.stringify({ command: 'hooks install', ...result }, null, 2)}\n`,
      exitCode: ExitCode.Ok,
    };
  }
  return { output: renderInstall(result), exitCode: ExitCode.Ok };
}

function renderInstall(result: HookInstallResult): string {
  const lines = [
    result.written.length > 0
      ? `Installed the post-commit hook in ${result.gitRoot}:`
      : `The post-commit hook in ${result.gitRoot} is up to date.`,
    ...summarizeWritten(result.written).map((file) => `  wrote ${file}`),
    `  git config (local): ${Object.entries(result.config)
      .map(([key, value]) => `${key}=${value}`)
      .join(', ')}`,
    '',
    `It pushes from branch ${result.branch} (change: git config idse-sync.branch NAME), in the`,
    'background, and reports each run in .idse/sync.log. Turn it off for one commit with',
    'IDSE_SYNC_HOOK=0 (or HUSKY=0), or for good with: git config idse-sync.hook false.',
    'It needs NOTION_TOKEN in the environment of git (or notion.token in ~/.idseconfig.json).',
    'Commit .husky/ so teammates get it; each clone runs `idse-sync hooks install` once.',
    'Run `idse-sync push` once now: the hook then pushes only what each commit changes.',
  ];
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}

/** husky's runner files as one line: they are husky's, not ours to list one by one. */
function summarizeWritten(written: readonly string[]): string[] {
  const runtime = written.filter((file) => file.startsWith('.husky/_/'));
  const others = written.filter((file) => !file.startsWith('.husky/_/'));
  return runtime.length > 0
    ? [`.husky/_/ (husky's runner, ${runtime.length} files)`, ...others]
    : others;
}

/** The folder of this package's package.json, from src/ (tests) or the bundle in dist/. */
function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if (
          (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME
        ) {
          return dir;
        }
      } catch {
        // an unreadable package.json of some other folder: keep looking
      }
    }
    if (dirname(dir) === dir) {
      throw new IdseError(
        'install-incomplete',
        `Cannot find the ${PACKAGE_NAME} package that holds hooks/post-commit.`,
        'Reinstall idse-notion-sync (npm install --save-dev idse-notion-sync), then run again.',
      );
    }
  }
}
