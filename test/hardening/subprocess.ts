import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { STAGE_LABELS } from '../../src/notion/schema-map.js';
import type { SyncReportJson } from '../../src/sync/report.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import type { Emulator, LogEntry } from '../notion-emulator/index.js';

// The shipped entry (bin/idse-sync.js -> dist/cli.js): `npm run build` keeps it current.
const BIN = join(REPO_ROOT, 'bin/idse-sync.js');

/** A CLI process running against the emulator, in a separate process from it. */
export interface CliProcess {
  child: ChildProcess;
  /** Settles when the process has ended, with its code (null when killed) and output. */
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

/** Starts `idse-sync <command> --json --rate 1000 --workspace <root>` as a user's shell would. */
export function startCli(
  emulator: Emulator,
  command: 'push' | 'pull',
  root: string,
  home: string,
): CliProcess {
  const child = spawn(
    process.execPath,
    [BIN, command, '--json', '--rate', '1000', '--workspace', root],
    {
      cwd: root,
      // Nothing from the test's own environment: only what the run needs.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: home,
        NOTION_TOKEN: emulator.token,
        IDSE_NOTION_DATABASE_ID: emulator.databaseId,
        NOTION_BASE_URL: emulator.url,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const done = new Promise<Awaited<CliProcess['done']>>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs the CLI to its end and parses its JSON report. */
export async function runCliProcess(
  emulator: Emulator,
  command: 'push' | 'pull',
  root: string,
  home: string,
): Promise<{ code: number | null; stderr: string; report: SyncReportJson | undefined }> {
  const { code, stdout, stderr } = await startCli(emulator, command, root, home).done;
  return {
    code,
    stderr,
    report: stdout.trim() ? (JSON.parse(stdout) as SyncReportJson) : undefined,
  };
}

/**
 * The writes each artifact's pages received in `entries`, by idse id: `create` for a page
 * created for it, `body` for a markdown write, `properties` for a properties write (the
 * ledger), `trash` for a page trashed.
 */
export function writesByArtifact(
  emulator: Emulator,
  entries: readonly LogEntry[],
  project: string,
): Map<string, string[]> {
  const stageOf = new Map(Object.entries(STAGE_LABELS).map(([stage, label]) => [label, stage]));
  const idOfPage = new Map<string, string>();
  for (const page of emulator.listPages(undefined, { includeTrashed: true })) {
    const values = page.properties as Record<
      string,
      { rich_text?: { plain_text: string }[]; select?: { name: string } }
    >;
    const session = values['Session']?.rich_text?.map((t) => t.plain_text).join('') ?? '';
    const stage = stageOf.get(values['Stage']?.select?.name ?? '') ?? '';
    idOfPage.set(page.id.replace(/-/g, ''), `${project}::${session}::${stage}`);
  }
  const writes = new Map<string, string[]>();
  const add = (idseId: string, what: string) =>
    writes.set(idseId, [...(writes.get(idseId) ?? []), what]);
  for (const entry of entries) {
    if (entry.status === null || entry.status >= 400) continue;
    if (entry.method === 'POST' && entry.path === '/v1/pages') {
      const properties = (entry.body as { properties?: Record<string, unknown> }).properties ?? {};
      const session = (properties['Session'] as { rich_text?: { text: { content: string } }[] })
        ?.rich_text?.[0]?.text.content;
      const stage = stageOf.get(
        (properties['Stage'] as { select?: { name: string } })?.select?.name ?? '',
      );
      add(`${project}::${session ?? ''}::${stage ?? ''}`, 'create');
      continue;
    }
    const match = /^\/v1\/pages\/([0-9a-f-]+)(\/markdown)?$/.exec(entry.path);
    if (entry.method !== 'PATCH' || !match?.[1]) continue;
    const idseId = idOfPage.get(match[1].replace(/-/g, '')) ?? match[1];
    const body = entry.body as { in_trash?: boolean } | null;
    add(idseId, match[2] ? 'body' : body?.in_trash === true ? 'trash' : 'properties');
  }
  return writes;
}
