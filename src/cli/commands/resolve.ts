import { existsSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { ExitCode, IdseError } from '../../errors.js';
import { ArtifactDatabase } from '../../spine/index.js';
import { emptyCounts, type SyncReport } from '../../sync/report.js';
import { unsafePathReason } from '../../workspace/safe-path.js';
import { probeOption, type CliIo } from '../io.js';
import type { CommonOptions } from '../program.js';
import { resolveLayout } from './workspace.js';

/**
 * `idse-sync resolve <idse_id>`: the user has edited the artifact file to the content they
 * want; the conflict is closed and the next push writes the file over Notion's version.
 */
export function resolveCommand(
  idseId: string,
  options: CommonOptions,
  io: CliIo,
): { report: SyncReport; exitCode: number } {
  const layout = resolveLayout(options, io);
  const db = ArtifactDatabase.open(layout.spinePath, probeOption(io));
  try {
    db.migrate();
    const open = db.getOpenConflict(idseId);
    if (open === undefined) {
      throw new IdseError(
        'no-conflict',
        `There is no open conflict for ${idseId}.`,
        'Run `idse-sync status` or `idse-sync pull` to see the open conflicts.',
      );
    }
    // The copy goes first: a run killed in between leaves the conflict open, and running
    // resolve again closes it; the other order would leave a closed conflict that resolve refuses.
    // The spine is committed: its path of the copy is only removed where copies are kept.
    const copy = join(layout.root, open.notionCopyPath);
    const conflicts = join(layout.idseDir, 'conflicts');
    if (copy.startsWith(`${conflicts}${sep}`) && unsafePathReason(conflicts, copy) === undefined) {
      if (existsSync(copy)) rmSync(copy);
    }
    db.resolveConflict(idseId);
    const report: SyncReport = {
      command: 'resolve',
      dryRun: false,
      counts: emptyCounts(),
      artifacts: [
        { idseId, action: 'resolved', pageId: null, reason: 'the next push writes the file' },
      ],
      warnings: [],
      requests: 0,
    };
    return { report, exitCode: ExitCode.Ok };
  } finally {
    db.close();
  }
}
