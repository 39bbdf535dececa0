import { findWorkspaceRoot } from '../../workspace/discover.js';
import { WorkspaceLayout } from '../../workspace/layout.js';
import type { CliIo } from '../io.js';
import type { CommonOptions } from '../program.js';

/** The workspace a command works on: `--workspace`, or the nearest folder above with .idse/. */
export function resolveLayout(options: CommonOptions, io: CliIo): WorkspaceLayout {
  return new WorkspaceLayout(findWorkspaceRoot(io.cwd, options.workspace));
}

/** `--project` / `--session` as a filter. */
export function filterOf(options: CommonOptions): { project?: string; session?: string } {
  return {
    ...(options.project !== undefined ? { project: options.project } : {}),
    ...(options.session !== undefined ? { session: options.session } : {}),
  };
}
