import {
  STAGES,
  contentHash,
  makeIdseId,
  type ArtifactDatabase,
  type Stage,
} from '../spine/index.js';
import { isIdseError } from '../errors.js';
import type { DiscoveredWorkspace, WorkspaceFilter } from '../workspace/discover.js';
import { readArtifactText } from '../workspace/files.js';
import { readSessionMetadata } from '../workspace/session-metadata.js';
import {
  ARTIFACT_STATES,
  emptyCounts,
  runWarning,
  type ArtifactOutcome,
  type ArtifactState,
  type SyncReport,
} from './report.js';

interface Row {
  project: string;
  session: string;
  stage: Stage;
  file?: { path: string; relative: string; text?: string; error?: string };
  spine?: { id: number; content: string; hash: string };
}

/**
 * Compares the files, the spine and the spine's record of the last push, per artifact.
 * Reads only: nothing on disk or in the spine changes.
 */
export function computeStatus(
  db: ArtifactDatabase,
  workspace: DiscoveredWorkspace,
  filter: WorkspaceFilter = {},
): SyncReport {
  const rows = new Map<string, Row>();
  const warnings = workspace.problems.map((p) => `${p.path}: ${p.problem}`);
  const root = workspace.layout.root;

  for (const session of workspace.sessions) {
    const metadata = readSessionMetadata(session.metadataPath, root);
    if (!metadata.ok) warnings.push(metadata.problem);
    for (const file of session.artifacts) {
      const relative = workspace.layout.relative(file.project, file.session, file.stage);
      const entry: Row = { project: file.project, session: file.session, stage: file.stage };
      try {
        entry.file = { path: file.path, relative, text: readArtifactText(file.path, root) };
      } catch (error) {
        if (!isIdseError(error)) throw error;
        entry.file = { path: file.path, relative, error: error.message.replace(root + '/', '') };
      }
      rows.set(makeIdseId(file.project, file.session, file.stage), entry);
    }
  }

  for (const record of db.listArtifacts(filter)) {
    const key = makeIdseId(record.project, record.sessionId, record.stage);
    const entry = rows.get(key) ?? {
      project: record.project,
      session: record.sessionId,
      stage: record.stage,
    };
    entry.spine = { id: record.id, content: record.content, hash: record.contentHash };
    rows.set(key, entry);
  }

  const onDisk = new Set(workspace.projects);
  for (const project of db.listProjects()) {
    if (filter.project !== undefined && project.name !== filter.project) continue;
    if (!onDisk.has(project.name) && db.listArtifacts({ project: project.name }).length === 0) {
      warnings.push(`project "${project.name}" is in the spine but has no artifacts and no files`);
    }
  }

  const counts = emptyCounts();
  const states = Object.fromEntries(ARTIFACT_STATES.map((s) => [s, 0])) as Record<
    ArtifactState,
    number
  >;
  const artifacts: ArtifactOutcome[] = [];
  for (const [idseId, row] of [...rows].sort((a, b) => compareRows(a[1], b[1]))) {
    const { state, reason, pageId } = classify(db, row);
    states[state]++;
    if (state === 'unreadable') counts.failed++;
    const outcome: ArtifactOutcome = { idseId, action: state, pageId };
    if (reason !== undefined) outcome.reason = reason;
    if (row.file) outcome.path = row.file.relative;
    artifacts.push(outcome);
  }
  return {
    command: 'status',
    dryRun: false,
    counts,
    artifacts,
    warnings: warnings.map(runWarning),
    requests: 0,
    states,
  };
}

function classify(
  db: ArtifactDatabase,
  row: Row,
): { state: ArtifactState; reason?: string; pageId: string | null } {
  const sync = row.spine ? db.getSyncMetadata(row.spine.id) : undefined;
  const pageId = sync?.pageId ?? null;
  if (row.file?.error !== undefined) return { state: 'unreadable', reason: row.file.error, pageId };
  if (row.file?.text === undefined) {
    const empty = row.spine?.content.length === 0;
    return { state: 'spine-only', pageId, ...(empty ? { reason: 'spine content is empty' } : {}) };
  }
  if (!row.spine) return { state: 'file-only', reason: 'not yet imported into the spine', pageId };
  const hash = contentHash(row.file.text);
  if (hash !== row.spine.hash) {
    const reason =
      row.spine.content.length === 0
        ? 'spine content is empty; the file has text'
        : 'file differs from the spine';
    return { state: 'file-changed', reason, pageId };
  }
  if (!sync?.lastPushHash) return { state: 'never-pushed', pageId };
  if (sync.lastPushHash !== hash) return { state: 'changed-since-push', pageId };
  return { state: 'in-sync', pageId };
}

function compareRows(a: Row, b: Row): number {
  return (
    byCodeUnits(a.project, b.project) ||
    byCodeUnits(a.session, b.session) ||
    STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage)
  );
}

// Locale-independent, so reports read the same on every machine.
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
