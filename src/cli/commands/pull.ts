import { assertCanCommit, assertRepository, commitPulledFiles } from '../../git/commit-pulled.js';
import { repositoryOf } from '../../git/remote.js';
import { createVersionLookup } from '../../git/show-at.js';
import { NotionDesignStore } from '../../notion/design-store.js';
import { checkedPull } from '../../sync/checked-run.js';
import type { PullSettings } from '../../sync/pull.js';
import { exitCodeOf, type SyncReport } from '../../sync/report.js';
import { probeOption, type CliIo } from '../io.js';
import type { CommonOptions } from '../program.js';
import { noteSettings, resolveNotionSettings } from '../settings.js';
import { openGateway } from './notion-connection.js';
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
  const repository = await repositoryOf(layout.root);
  const settings: PullSettings = {
    filter: filterOf(options),
    dryRun,
    targets: notion.targets,
    secrets: [notion.token, ...(io.secrets ?? [])],
    ...(io.signal !== undefined ? { signal: io.signal } : {}),
    ...(repository !== undefined ? { repository } : {}),
  };
  const store = new NotionDesignStore(gateway);
  if (options.commit === true && !dryRun) {
    await assertRepository(layout.root);
    await assertCanCommit(layout.root);
  }
  const result = await checkedPull(settings, {
    layout,
    store,
    gateway,
    committedVersion: createVersionLookup(layout.root),
    ...probeOption(io),
    ...(options.commit === true
      ? {
          commit: (files, artifacts, editors) =>
            commitPulledFiles(layout.root, files, { artifacts, editors }),
        }
      : {}),
  });
  const { report } = result;
  if (result.commitSha !== null) report.commit = result.commitSha;
  return { report: noteSettings(report, notion), exitCode: exitCodeOf(report) };
}
