import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ArtifactDatabase, type Stage } from '../../src/spine/index.js';
import type { SyncReportJson } from '../../src/sync/report.js';
import { WorkspaceLayout } from '../../src/workspace/layout.js';
import { runIdseSync, type CliRun } from '../helpers/cli.js';
import type { Emulator, LogEntry } from '../notion-emulator/index.js';

/** The environment a CI job or a developer would set, pointed at the emulator. */
export function emulatorEnv(
  emulator: Emulator,
  overrides: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    NOTION_TOKEN: emulator.token,
    IDSE_NOTION_DATABASE_ID: emulator.databaseId,
    NOTION_BASE_URL: emulator.url,
    ...overrides,
  };
}

export interface PushRun extends CliRun {
  /** The `--json` report; undefined when the run stopped before producing one. */
  report: SyncReportJson | undefined;
}

/** `idse-sync push --json --rate 1000 --workspace <root> ...extra`, in process. */
export async function push(
  emulator: Emulator,
  root: string,
  extra: string[] = [],
  env: Record<string, string | undefined> = {},
): Promise<PushRun> {
  const run = await runIdseSync(
    ['push', '--json', '--rate', '1000', '--workspace', root, ...extra],
    { env: emulatorEnv(emulator, env) },
  );
  const report = run.stdout.trim() ? (JSON.parse(run.stdout) as SyncReportJson) : undefined;
  return { ...run, report };
}

/** Requests that change something in Notion (a data source query is a read). */
export function writes(entries: readonly LogEntry[]): LogEntry[] {
  return entries.filter((e) => e.method !== 'GET' && !e.path.endsWith('/query'));
}

/** A short form of requests for assertions: `PATCH /v1/pages/<id>/markdown`. */
export function describe(entries: readonly LogEntry[]): string[] {
  return entries.map((e) => `${e.method} ${e.path}`);
}

/** The action of one artifact in a report, by its session and stage. */
export function actionOf(report: SyncReportJson | undefined, idseId: string): string | undefined {
  return report?.artifacts.find((a) => a.idseId === idseId)?.action;
}

/** Opens the workspace's spine for a test to read or change it; close it before the next push. */
export function openSpine(root: string): ArtifactDatabase {
  return ArtifactDatabase.open(join(root, '.idse', 'idse.db'));
}

/** Makes `root` a git repository with everything committed on `main`. */
export function commitAll(root: string, message = 'snapshot'): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '--quiet', '--allow-empty', '-m', message);
  return git('rev-parse', 'HEAD');
}

/** One session of a workspace a test builds: metadata plus artifact files by stage. */
export interface SessionSpec {
  id: string;
  status?: string;
  tags?: string[];
  description?: string | null;
  files: Partial<Record<Stage, string>>;
}

/** Writes `.idse/projects/<project>/sessions/...` under `root` (no spine: the push makes it). */
export function writeWorkspace(root: string, project: string, sessions: SessionSpec[]): void {
  const layout = new WorkspaceLayout(root);
  for (const session of sessions) {
    writeSessionJson(root, project, session);
    for (const [stage, text] of Object.entries(session.files) as [Stage, string][]) {
      const path = layout.artifactPath(project, session.id, stage);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
}

/** Rewrites one session's `metadata/session.json`. */
export function writeSessionJson(
  root: string,
  project: string,
  session: Omit<SessionSpec, 'files'>,
): void {
  const path = new WorkspaceLayout(root).sessionMetadataPath(project, session.id);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    JSON.stringify({
      session_id: session.id,
      name: session.id,
      session_type: session.id === '__blueprint__' ? 'blueprint' : 'feature',
      description: session.description ?? null,
      is_blueprint: session.id === '__blueprint__',
      parent_session: null,
      tags: session.tags ?? [],
      status: session.status ?? 'draft',
    }),
  );
}

/** Writes one artifact file of a workspace (its folder too). */
export function writeArtifact(
  root: string,
  project: string,
  session: string,
  stage: Stage,
  text: string,
): void {
  const path = new WorkspaceLayout(root).artifactPath(project, session, stage);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A page as the emulator holds it, with its property values in plain form. */
export interface PlainPage {
  id: string;
  values: Record<string, string | string[] | null>;
}

/** Every page of the data source with plain property values (text, select/status name, ids). */
export function plainPages(emulator: Emulator, dataSourceId?: string): PlainPage[] {
  return emulator.listPages(dataSourceId).map((page) => {
    const properties = page.properties as Record<string, Record<string, unknown>>;
    const values: PlainPage['values'] = {};
    for (const [name, property] of Object.entries(properties)) {
      const type = property.type as string;
      const value = property[type];
      if (type === 'title' || type === 'rich_text') {
        values[name] = (value as { plain_text: string }[]).map((t) => t.plain_text).join('');
      } else if (type === 'select' || type === 'status') {
        values[name] = (value as { name: string } | null)?.name ?? null;
      } else if (type === 'relation') {
        values[name] = (value as { id: string }[]).map((r) => r.id);
      }
    }
    return { id: page.id, values };
  });
}

/** The one page of a session and Stage label (fails the test when there is not exactly one). */
export function pageOf(emulator: Emulator, session: string, stage: string): PlainPage {
  const found = plainPages(emulator).filter(
    (p) => String(p.values['Session']).trim() === session && p.values['Stage'] === stage,
  );
  if (found.length !== 1) throw new Error(`${found.length} pages for ${session}/${stage}`);
  return found[0] as PlainPage;
}

/** The properties one PATCH /v1/pages/{id} sent, by name. */
export function sentProperties(entry: LogEntry): string[] {
  const body = entry.body as { properties?: Record<string, unknown> } | null;
  return Object.keys(body?.properties ?? {}).sort();
}
