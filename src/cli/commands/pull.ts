import { commitPulledFiles } from '../../git/commit-pulled.js';
import { createShowAt } from '../../git/show-at.js';
import type { NotionGateway } from '../../notion/client.js';
import { NotionDesignStore } from '../../notion/design-store.js';
import { ArtifactDatabase } from '../../spine/index.js';
import { runPull } from '../../sync/pull.js';
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
  const db = dryRun
    ? ArtifactDatabase.openSnapshot(layout.spinePath)
    : ArtifactDatabase.open(layout.spinePath, { create: true });
  let result;
  try {
    if (!dryRun) db.migrate();
    result = await runPull(
      { filter: filterOf(options), dryRun, targets: notion.targets, secrets: [notion.token] },
      {
        db,
        layout,
        store: new NotionDesignStore(gateway),
        gateway,
        showAt: createShowAt(layout.root),
        now: () => new Date(),
      },
    );
  } finally {
    db.close();
  }
  const { report } = result;
  if (options.commit === true && !dryRun && result.written.length > 0) {
    const editors = await editorNames(gateway, result.editors);
    const sha = await commitPulledFiles(layout.root, result.written, {
      artifacts: report.artifacts.filter((a) => a.action === 'pulled').map((a) => a.idseId),
      editors,
    });
    if (sha !== null) report.warnings.push(`committed the pulled edits as ${sha}`);
    report.requests = gateway.requestCount;
  }
  return { report, exitCode: exitCodeOf(report) };
}

async function editorNames(gateway: NotionGateway, ids: readonly string[]): Promise<string[]> {
  const names: string[] = [];
  for (const id of ids) {
    try {
      const user = await gateway.client.users.retrieve({ user_id: id });
      names.push(user.name ?? id);
    } catch {
      names.push(id);
    }
  }
  return names;
}
