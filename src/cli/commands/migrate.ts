import { existsSync } from 'node:fs';
import { ExitCode } from '../../errors.js';
import { ArtifactDatabase } from '../../spine/index.js';
import { emptyCounts, runWarning, type SyncReport } from '../../sync/report.js';
import { probeOption, type CliIo } from '../io.js';
import type { CommonOptions } from '../program.js';
import { resolveLayout } from './workspace.js';

/** `idse-sync migrate`: brings .idse/idse.db to the current schema, keeping a backup. */
export function migrateCommand(
  options: CommonOptions,
  io: CliIo,
): { report: SyncReport; exitCode: number } {
  const layout = resolveLayout(options, io);
  const dryRun = options.dryRun === true;
  // A dry run works on an unmigrated in-memory copy, so it can also tell what a missing
  // spine would get.
  const db = dryRun
    ? ArtifactDatabase.openSnapshot(existsSync(layout.spinePath) ? layout.spinePath : null, {
        migrate: false,
      })
    : ArtifactDatabase.open(layout.spinePath, { create: true, ...probeOption(io) });
  try {
    const result = db.migrate({ dryRun });
    const report: SyncReport = {
      command: 'migrate',
      dryRun,
      counts: emptyCounts(),
      artifacts: [],
      warnings: result.warnings.map(runWarning),
      requests: 0,
      migration: {
        applied: result.applied.map((m) => `${m.version} ${m.name}`),
        created: result.created,
        backupPath: result.backupPath ?? null,
        backfilledIdseIds: result.backfilledIdseIds,
      },
    };
    return { report, exitCode: ExitCode.Ok };
  } finally {
    db.close();
  }
}
