import { existsSync } from 'node:fs';
import { assertRepository, commitPulledFiles } from '../../git/commit-pulled.js';
import { createVersionLookup } from '../../git/show-at.js';
import { NotionDesignStore } from '../../notion/design-store.js';
import { ArtifactDatabase, type MigrationReport } from '../../spine/index.js';
import { preparePull, runPull, type PullSettings } from '../../sync/pull.js';
import type { SyncReport } from '../../sync/report.js';
import type { CliIo } from '../io.js';
import type { CommonOptions } from '../program.js';
import { resolveNotionSettings } from '../settings.js';
import { openGateway } from './notion-connection.js';
import { exitCodeOf } from './push.js';
import { filterOf, resolveLayout } from './workspace.js';

export interface PullOptions extends CommonOptions {
  commit?: boolean;
  rate?: string;
}

/** `idse-sync pull`: Notion's edits into the files and the spine, optionally committed. */
export async function pullCommand(
  options: PullOptions,
  io: CliIo,
): Promise<{ report: SyncReport; exitCode: number }> {
  const layout = resolveLayout(options, io);
  const notion = resolveNotionSettings(layout, io);
  const gateway = openGateway(notion, options.rate, io);
  const dryRun = options.dryRun === true;
  const settings: PullSettings = {
    filter: filterOf(options),
    dryRun,
    targets: notion.targets,
    secrets: [notion.token],
  };
  const store = new NotionDesignStore(gateway);
  if (options.commit === true && !dryRun) await assertRepository(layout.root);
  // As for push: the checks before any write read an in-memory copy of the spine, and a dry
  // run keeps working on that copy, so it writes nothing anywhere.
  const copy = ArtifactDatabase.openSnapshot(
    existsSync(layout.spinePath) ? layout.spinePath : null,
  );
  let db = copy;
  let result;
  try {
    const prepared = await preparePull(settings, { db: copy, layout, store });
    let migration: MigrationReport | undefined;
    if (!dryRun) {
      copy.close();
      db = ArtifactDatabase.open(layout.spinePath, { create: true });
      migration = db.migrate();
    }
    result = await runPull(
      settings,
      {
        db,
        layout,
        store,
        gateway,
        committedVersion: createVersionLookup(layout.root),
        now: () => new Date(),
        ...(options.commit === true
          ? {
              commit: async (pulled: { written: string[]; changes: string[]; editors: string[] }) =>
                commitPulledFiles(layout.root, pulled.written, {
                  artifacts: pulled.changes,
                  editors: await store.userNames(pulled.editors),
                }),
            }
          : {}),
      },
      prepared,
    );
    if (migration?.backupPath) {
      result.report.warnings.unshift(
        `migrated the spine; the previous file is at ${migration.backupPath}`,
      );
    }
  } finally {
    copy.close();
    db.close();
  }
  const { report } = result;
  if (result.commitSha !== null)
    report.warnings.push(`committed the pulled edits as ${result.commitSha}`);
  return { report, exitCode: exitCodeOf(report) };
}
