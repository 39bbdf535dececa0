import { findWorkspaceRoot } from '../../workspace/discover.js';
import { WorkspaceLayout } from '../../workspace/layout.js';
import { assertWorkspaceUnlinked } from '../../workspace/safe-path.js';
import type { CliIo } from '../io.js';
import type { CommonOptions } from '../program.js';

/**
 * The workspace a command works on: `--workspace`, or the nearest folder above with .idse/.
 * A workspace whose `.idse/`, spine or config is a symbolic link is refused before any read.
 */
export function resolveLayout(options: CommonOptions, io: CliIo): WorkspaceLayout {
  const root = findWorkspaceRoot(io.cwd, options.workspace);
  assertWorkspaceUnlinked(root);
  return new WorkspaceLayout(root);
}

/** `--project` / `--session` as a filter. */
export function filterOf(options: CommonOptions): { project?: string; session?: string } {
  return {
    ...(options.project !== undefined ? { project: options.project } : {}),
    ...(options.session !== undefined ? { session: options.session } : {}),
  };
}
