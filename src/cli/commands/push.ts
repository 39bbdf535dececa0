import { existsSync } from 'node:fs';
import { ExitCode } from '../../errors.js';
import { createCommitLookup } from '../../git/commit-lookup.js';
import { NotionDesignStore } from '../../notion/design-store.js';
import { ArtifactDatabase, type MigrationReport } from '../../spine/index.js';
import { preparePush, runPush } from '../../sync/push.js';
import type { SyncReport } from '../../sync/report.js';
import type { CliIo } from '../io.js';
import type { CommonOptions } from '../program.js';
import { resolveNotionSettings } from '../settings.js';
import { openGateway } from './notion-connection.js';
import { filterOf, resolveLayout } from './workspace.js';

export interface PushOptions extends CommonOptions {
  force?: boolean;
  rate?: string;
}

/** `idse-sync push`: the hash-gated push of every (or the selected) artifact. */
export async function pushCommand(
  options: PushOptions,
  io: CliIo,
): Promise<{ report: SyncReport; exitCode: number }> {
  const layout = resolveLayout(options, io);
  const notion = resolveNotionSettings(layout, io);
  const gateway = openGateway(notion, options.rate, io);
  const dryRun = options.dryRun === true;
  const settings = {
    filter: filterOf(options),
    dryRun,
    force: options.force === true,
    targets: notion.targets,
    secrets: [notion.token],
  };
  const store = new NotionDesignStore(gateway);
  // The checks before any write read an in-memory copy of the spine, so a run stopped by a bad
  // token, database or schema leaves the spine as it was (not even migrated). A dry run keeps
  // working on that copy, so it writes nothing anywhere.
  const copy = ArtifactDatabase.openSnapshot(
    existsSync(layout.spinePath) ? layout.spinePath : null,
  );
  let db = copy;
  try {
    const prepared = await preparePush(settings, { db: copy, layout, store });
    let migration: MigrationReport | undefined;
    if (!dryRun) {
      copy.close();
      db = ArtifactDatabase.open(layout.spinePath, { create: true });
      migration = db.migrate();
    }
    const report = await runPush(
      settings,
      {
        db,
        layout,
        store,
        requestCount: () => gateway.requestCount,
        commitFor: createCommitLookup(layout.root),
      },
      prepared,
    );
    if (migration?.backupPath) {
      report.warnings.unshift(
        `migrated the spine; the previous file is at ${migration.backupPath}`,
      );
    }
    if (options.force === true)
      report.warnings.unshift('--force: edits made in Notion may be overwritten');
    return { report, exitCode: exitCodeOf(report) };
  } finally {
    copy.close();
    db.close();
  }
}

/** 3 when anything was left unwritten because of a conflict, 1 when something failed. */
export function exitCodeOf(report: SyncReport): number {
  if (report.counts.conflicts > 0) return ExitCode.Conflicts;
  if (report.counts.failed > 0) return ExitCode.ArtifactsFailed;
  return ExitCode.Ok;
}
