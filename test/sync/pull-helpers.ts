import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Emulator } from '../notion-emulator/index.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { replaceContent, updateContent } from '../notion-emulator/harness.js';
import { runIdseSync } from '../helpers/cli.js';
import { emulatorEnv, type PushRun } from './push-helpers.js';

/** `idse-sync pull --json --rate 1000 --workspace <root> ...extra`, in process. */
export async function pull(
  emulator: Emulator,
  root: string,
  extra: string[] = [],
  env: Record<string, string | undefined> = {},
): Promise<PushRun> {
  const run = await runIdseSync(
    ['pull', '--json', '--rate', '1000', '--workspace', root, ...extra],
    { env: emulatorEnv(emulator, env) },
  );
  const report = run.stdout.trim() ? (JSON.parse(run.stdout) as PushRun['report']) : undefined;
  return { ...run, report };
}

/** `idse-sync resolve <idseId> --json --workspace <root>`, in process. */
export async function resolve(root: string, idseId: string): Promise<PushRun> {
  const run = await runIdseSync(['resolve', idseId, '--json', '--workspace', root]);
  const report = run.stdout.trim() ? (JSON.parse(run.stdout) as PushRun['report']) : undefined;
  return { ...run, report };
}

/** The teammate edits a page body in the Notion app: exact find/replace pairs. */
export async function editorUpdate(
  emulator: Emulator,
  pageId: string,
  updates: { old_str: string; new_str: string }[],
): Promise<void> {
  await updateContent(emulatorClient(emulator, { as: 'editor' }), pageId, updates);
}

/** The teammate rewrites a page body in the Notion app. */
export async function editorReplace(
  emulator: Emulator,
  pageId: string,
  markdown: string,
): Promise<void> {
  await replaceContent(emulatorClient(emulator, { as: 'editor' }), pageId, markdown);
}

// The pull cursor (idse_sync_cursors) is the pull's own bookkeeping, and the migrations table
// is the schema's: everything else is what the spine knows about artifacts and their sync.
const BOOKKEEPING = new Set(['idse_sync_cursors', 'idse_sync_migrations']);

/** Every row of every artifact and sync table of the workspace's spine, as comparable text. */
export function spineDump(root: string): string {
  const db = new Database(join(root, '.idse', 'idse.db'), { readonly: true });
  try {
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    )
      .map((t) => t.name)
      .filter((name) => !BOOKKEEPING.has(name) && !name.startsWith('sqlite_'));
    const dump: Record<string, unknown[]> = {};
    for (const table of tables) dump[table] = db.prepare(`SELECT * FROM "${table}"`).all();
    return JSON.stringify(dump, null, 1);
  } finally {
    db.close();
  }
}

/** Every file under `.idse/` except the spine, by workspace-relative path. */
export function idseFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(join(root, '.idse'), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(root, full).split(sep).join('/');
    if (path.startsWith('.idse/idse.db')) continue;
    files[path] = readFileSync(full, 'utf8');
  }
  return files;
}

/** Runs git in `root` and returns its trimmed output. */
export function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

/** The changed lines of `git diff` for one path: removed lines with `-`, added with `+`. */
export function diffLines(root: string, path: string, ...refs: string[]): string[] {
  return git(root, 'diff', '--unified=0', ...refs, '--', path)
    .split('\n')
    .filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line));
}
