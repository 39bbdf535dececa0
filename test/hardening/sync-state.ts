import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { STAGE_LABELS } from '../../src/notion/schema-map.js';
import type { SyncReportJson } from '../../src/sync/report.js';
import { makeTempDir } from '../helpers/fixtures.js';
import type { Emulator } from '../notion-emulator/index.js';
import { idseFiles, spineDump } from '../sync/pull-helpers.js';
import { commitAll, plainPages, writeWorkspace, type SessionSpec } from '../sync/push-helpers.js';

/** Everything one artifact is, on both sides, with run-specific ids and times taken out. */
export interface ArtifactState {
  /** Live pages of its session and stage: more than one is a duplicate. */
  livePages: number;
  markdown: string | null;
  properties: Record<string, unknown> | null;
  file: string | null;
  /** Its rows in the spine (artifact, sync metadata, snapshot, conflicts). */
  spine: unknown[];
}

/** The end state of a run, comparable across emulators and workspace copies. */
export interface SyncState {
  artifacts: Record<string, ArtifactState>;
  /** Files under `.idse/` that are no artifact (session metadata, conflict copies). */
  otherFiles: Record<string, string>;
  /** Spine rows that belong to no artifact (projects, sessions, tags). */
  otherSpine: unknown[];
}

const STAGE_BY_LABEL = new Map(
  Object.entries(STAGE_LABELS).map(([stage, label]) => [label, stage]),
);
// Row ids depend on the order concurrent pushes finished; times on the clock: neither is state.
const VOLATILE_COLUMN = /^(id|.*_at|.*_time)$/;

/** Reads the state of the emulator's database and of the workspace at `root`. */
export function syncState(emulator: Emulator, root: string, project: string): SyncState {
  const artifacts: Record<string, ArtifactState> = {};
  const entry = (idseId: string): ArtifactState =>
    (artifacts[idseId] ??= {
      livePages: 0,
      markdown: null,
      properties: null,
      file: null,
      spine: [],
    });
  const pages = plainPages(emulator);
  const idOfPage = new Map<string, string>();
  for (const page of pages) {
    const stage = STAGE_BY_LABEL.get(String(page.values['Stage'])) ?? String(page.values['Stage']);
    idOfPage.set(compact(page.id), `${project}::${String(page.values['Session'])}::${stage}`);
  }
  const pageRef = (id: unknown) =>
    typeof id === 'string' ? (idOfPage.get(compact(id)) ?? 'page outside the database') : id;
  for (const page of pages) {
    const state = entry(idOfPage.get(compact(page.id)) ?? page.id);
    state.livePages++;
    state.markdown = emulator.pageMarkdown(page.id);
    state.properties = Object.fromEntries(
      Object.entries(page.values).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.map(pageRef).sort() : value,
      ]),
    );
  }

  const otherFiles: Record<string, string> = {};
  for (const [path, text] of Object.entries(idseFiles(root))) {
    const idseId = artifactOfPath(path, project);
    if (idseId !== undefined) entry(idseId).file = text;
    else otherFiles[path] = text;
  }

  const otherSpine: unknown[] = [];
  const dump = JSON.parse(spineDump(root)) as Record<string, Record<string, unknown>[]>;
  const idseIdOfArtifact = new Map((dump['artifacts'] ?? []).map((row) => [row.id, row.idse_id]));
  for (const [table, rows] of Object.entries(dump)) {
    for (const row of rows) {
      const owner = row.idse_id ?? idseIdOfArtifact.get(row.artifact_id);
      const stable: Record<string, unknown> = { table };
      for (const [column, value] of Object.entries(row)) {
        if (column === 'remote_id') stable[column] = pageRef(value);
        else if (VOLATILE_COLUMN.test(column)) continue;
        // Numeric *_id columns point at rows whose ids are run-specific; string ones are names.
        else if (!(column.endsWith('_id') && typeof value === 'number')) stable[column] = value;
      }
      if (typeof owner === 'string') entry(owner).spine.push(stable);
      else otherSpine.push(stable);
    }
  }
  for (const state of Object.values(artifacts)) state.spine.sort(byJson);
  otherSpine.sort(byJson);
  return { artifacts, otherFiles, otherSpine };
}

/**
 * Artifacts whose state differs between two runs, plus `(other)` when the rest differs.
 * `snapshotsMayBeMissing`: a missing snapshot row (the spine's copy of the page as last
 * synced, a cache the next read of the page refills) does not count; a different one does.
 */
export function differingArtifacts(
  actual: SyncState,
  expected: SyncState,
  options: { snapshotsMayBeMissing?: boolean } = {},
): string[] {
  const ids = new Set([...Object.keys(actual.artifacts), ...Object.keys(expected.artifacts)]);
  const differing = [...ids].filter((id) => {
    const mine = actual.artifacts[id];
    let theirs = expected.artifacts[id];
    if (options.snapshotsMayBeMissing && mine && theirs && !mine.spine.some(isSnapshot)) {
      theirs = { ...theirs, spine: theirs.spine.filter((row) => !isSnapshot(row)) };
    }
    return JSON.stringify(mine) !== JSON.stringify(theirs);
  });
  if (
    JSON.stringify([actual.otherFiles, actual.otherSpine]) !==
    JSON.stringify([expected.otherFiles, expected.otherSpine])
  ) {
    differing.push('(other)');
  }
  return differing.sort();
}

/** Ids of the artifacts a report says failed. */
export function failedIn(report: SyncReportJson | undefined): string[] {
  return (report?.artifacts ?? [])
    .filter((a) => a.action === 'failed')
    .map((a) => a.idseId)
    .sort();
}

/** A workspace committed once in git, copied for each run so every copy has the same commits. */
export interface WorkspaceTemplate {
  /** A fresh copy of the template; removed by `cleanup`. */
  copy(): string;
  cleanup(): void;
}

export function workspaceTemplate(project: string, sessions: SessionSpec[]): WorkspaceTemplate {
  const template = makeTempDir('idse-hardening-template-');
  writeWorkspace(template.dir, project, sessions);
  commitAll(template.dir, 'artifacts');
  const copies: (() => void)[] = [];
  return {
    copy: () => {
      const { dir, cleanup } = makeTempDir('idse-hardening-');
      copies.push(cleanup);
      const root = join(dir, 'repo');
      cpSync(template.dir, root, { recursive: true });
      return root;
    },
    cleanup: () => {
      for (const cleanup of copies.splice(0)) cleanup();
      template.cleanup();
    },
  };
}

function artifactOfPath(path: string, project: string): string | undefined {
  const match = /^\.idse\/projects\/([^/]+)\/sessions\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(path);
  if (!match || match[1] !== project || match[3] === 'metadata') return undefined;
  const folder = `${match[3]}/${match[4]}`;
  const stage = Object.entries(FOLDERS).find(([, f]) => f === folder)?.[0];
  return stage === undefined ? undefined : `${project}::${match[2]}::${stage}`;
}

const FOLDERS: Record<string, string> = {
  intent: 'intents/intent.md',
  context: 'contexts/context.md',
  spec: 'specs/spec.md',
  plan: 'plans/plan.md',
  tasks: 'tasks/tasks.md',
  implementation: 'implementation/README.md',
  feedback: 'feedback/feedback.md',
};

/** True for a spine row of the snapshot table. */
export function isSnapshot(row: unknown): boolean {
  return (row as { table?: string }).table === 'idse_sync_remote_snapshots';
}

function compact(id: string): string {
  return id.replace(/-/g, '').toLowerCase();
}

function byJson(a: unknown, b: unknown): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
