import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { IdseError } from '../errors.js';
import { STAGES, type Stage } from '../spine/index.js';
import { IDSE_DIR, WorkspaceLayout, unsafeNameReason } from './layout.js';

/** One stage file found on disk. */
export interface DiscoveredArtifact {
  project: string;
  session: string;
  stage: Stage;
  path: string;
}

export interface DiscoveredSession {
  project: string;
  session: string;
  dir: string;
  metadataPath: string;
  artifacts: DiscoveredArtifact[];
}

/** Something on disk that was skipped, with the reason; the rest of the scan goes on. */
export interface DiscoveryProblem {
  path: string;
  problem: string;
}

export interface DiscoveredWorkspace {
  layout: WorkspaceLayout;
  projects: string[];
  sessions: DiscoveredSession[];
  problems: DiscoveryProblem[];
}

/** Narrows a scan to one project and/or session. */
export interface WorkspaceFilter {
  project?: string;
  session?: string;
}

/**
 * The folder holding `.idse/`: `explicit` when given (it must hold one), otherwise the nearest
 * ancestor of `from` that does.
 */
export function findWorkspaceRoot(from: string, explicit?: string): string {
  if (explicit !== undefined) {
    const root = resolve(from, explicit);
    if (!isDirectory(join(root, IDSE_DIR))) {
      throw new IdseError(
        'workspace-missing',
        `${root} is not an IDSE workspace: it has no ${IDSE_DIR}/ folder.`,
        'Pass --workspace with the folder that holds .idse/, or run `idse init` there first.',
      );
    }
    return root;
  }
  let dir = resolve(from);
  for (;;) {
    if (isDirectory(join(dir, IDSE_DIR))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new IdseError(
        'workspace-missing',
        `No IDSE workspace here: neither ${resolve(from)} nor any folder above it has ${IDSE_DIR}/.`,
        'Run the command inside a repository with a .idse/ folder, or pass --workspace DIR.',
      );
    }
    dir = parent;
  }
}

/** Lists projects, sessions and stage files under `.idse/projects`, without reading them. */
export function discoverWorkspace(root: string, filter: WorkspaceFilter = {}): DiscoveredWorkspace {
  const layout = new WorkspaceLayout(root);
  const problems: DiscoveryProblem[] = [];
  const projects: string[] = [];
  const sessions: DiscoveredSession[] = [];

  for (const project of listDirectories(layout.projectsDir, problems)) {
    if (filter.project !== undefined && project !== filter.project) continue;
    const reason = unsafeNameReason(project);
    if (reason !== undefined) {
      problems.push({ path: join(layout.projectsDir, project), problem: `skipped: ${reason}` });
      continue;
    }
    projects.push(project);
    const sessionsDir = layout.sessionsDir(project);
    if (!existsSync(sessionsDir)) continue;
    for (const session of listDirectories(sessionsDir, problems)) {
      if (filter.session !== undefined && session !== filter.session) continue;
      const sessionReason = unsafeNameReason(session);
      if (sessionReason !== undefined) {
        problems.push({ path: join(sessionsDir, session), problem: `skipped: ${sessionReason}` });
        continue;
      }
      const artifacts: DiscoveredArtifact[] = [];
      for (const stage of STAGES) {
        const path = layout.artifactPath(project, session, stage);
        if (isFile(path)) artifacts.push({ project, session, stage, path });
      }
      sessions.push({
        project,
        session,
        dir: layout.sessionDir(project, session),
        metadataPath: layout.sessionMetadataPath(project, session),
        artifacts,
      });
    }
  }
  return { layout, projects, sessions, problems };
}

/** Folders of `dir`; a symbolic link is reported, never followed (a commit can hold one). */
function listDirectories(dir: string, problems: DiscoveryProblem[]): string[] {
  try {
    if (lstatSync(dir).isSymbolicLink()) {
      problems.push({ path: dir, problem: 'skipped: it is a symbolic link (never followed)' });
      return [];
    }
    const entries = readdirSync(dir, { withFileTypes: true });
    for (const entry of entries.filter((e) => e.isSymbolicLink())) {
      problems.push({
        path: join(dir, entry.name),
        problem: 'skipped: it is a symbolic link (never followed)',
      });
    }
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') problems.push({ path: dir, problem: `cannot list: ${code}` });
    return [];
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * True when something that is not a folder is at `path`: a link or a special file is listed
 * too, so that reading it fails for that artifact alone, with the reason.
 */
function isFile(path: string): boolean {
  try {
    return !lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
