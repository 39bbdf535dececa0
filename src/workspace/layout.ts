import { join, relative, sep } from 'node:path';
import { IdseError } from '../errors.js';
import type { Stage } from '../spine/index.js';
import { unsafeNameReason } from './names.js';

export { unsafeNameReason } from './names.js';

/** Where each stage's file lives inside a session folder. */
export const STAGE_FILES: Readonly<Record<Stage, string>> = {
  intent: 'intents/intent.md',
  context: 'contexts/context.md',
  spec: 'specs/spec.md',
  plan: 'plans/plan.md',
  tasks: 'tasks/tasks.md',
  implementation: 'implementation/README.md',
  feedback: 'feedback/feedback.md',
};

export const IDSE_DIR = '.idse';
export const SPINE_FILE = 'idse.db';

/** Paths of a workspace whose root is the folder holding `.idse/`. */
export class WorkspaceLayout {
  constructor(readonly root: string) {}

  get idseDir(): string {
    return join(this.root, IDSE_DIR);
  }
  get spinePath(): string {
    return join(this.idseDir, SPINE_FILE);
  }
  get projectsDir(): string {
    return join(this.idseDir, 'projects');
  }
  projectDir(project: string): string {
    return join(this.projectsDir, safeName('project', project));
  }
  sessionsDir(project: string): string {
    return join(this.projectDir(project), 'sessions');
  }
  sessionDir(project: string, session: string): string {
    return join(this.sessionsDir(project), safeName('session', session));
  }
  sessionMetadataPath(project: string, session: string): string {
    return join(this.sessionDir(project, session), 'metadata', 'session.json');
  }
  artifactPath(project: string, session: string, stage: Stage): string {
    return join(this.sessionDir(project, session), STAGE_FILES[stage]);
  }
  /** Where a conflicting Notion version is kept (ARCHITECTURE.md "Contracts"). */
  conflictPath(project: string, session: string, stage: Stage): string {
    return join(
      this.idseDir,
      'conflicts',
      safeName('project', project),
      safeName('session', session),
      `${stage}.notion.md`,
    );
  }
  /** Any path under the workspace, relative to its root with forward slashes, for reports. */
  relativePath(absolute: string): string {
    return relative(this.root, absolute).split(sep).join('/');
  }
  /** Path relative to the workspace root, with forward slashes, for reports. */
  relative(project: string, session: string, stage: Stage): string {
    return [IDSE_DIR, 'projects', project, 'sessions', session, STAGE_FILES[stage]].join('/');
  }
}

/** Returns `name` when it is safe as one path segment; throws `unsafe-name` otherwise. */
export function safeName(kind: 'project' | 'session', name: string): string {
  const reason = unsafeNameReason(name);
  if (reason !== undefined) {
    throw new IdseError(
      'unsafe-name',
      `Refusing ${kind} name ${JSON.stringify(name)}: ${reason}.`,
      `Rename the ${kind} to plain letters, digits, dashes or underscores.`,
    );
  }
  return name;
}
