import { existsSync } from 'node:fs';
import { ExitCode } from '../../errors.js';
import { ArtifactDatabase } from '../../spine/index.js';
import { computeStatus } from '../../sync/status.js';
import { runWarning, type SyncReport } from '../../sync/report.js';
import { discoverWorkspace } from '../../workspace/discover.js';
import type { CliIo } from '../io.js';
import type { CommonOptions } from '../program.js';
import { filterOf, resolveLayout } from './workspace.js';

/** `idse-sync status`: reads files and spine, writes nothing, makes no request. */
export function statusCommand(
  options: CommonOptions,
  io: CliIo,
): { report: SyncReport; exitCode: number } {
  const layout = resolveLayout(options, io);
  const filter = filterOf(options);
  const hasSpine = existsSync(layout.spinePath);
  // A copy in memory lets status read an old or missing spine as if migrated, without writing.
  const db = ArtifactDatabase.openSnapshot(hasSpine ? layout.spinePath : null);
  try {
    const report = computeStatus(db, discoverWorkspace(layout.root, filter), filter);
    if (!hasSpine)
      report.warnings.unshift(
        runWarning('no spine yet (.idse/idse.db); `idse-sync migrate` creates it'),
      );
    const exitCode = report.counts.failed > 0 ? ExitCode.ArtifactsFailed : ExitCode.Ok;
    return { report, exitCode };
  } finally {
    db.close();
  }
}
