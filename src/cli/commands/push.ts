import { ExitCode, IdseError } from '../../errors.js';
import { createCommitLookup } from '../../git/commit-lookup.js';
import { NotionGateway } from '../../notion/client.js';
import { NotionDesignStore } from '../../notion/design-store.js';
import { ArtifactDatabase } from '../../spine/index.js';
import { runPush } from '../../sync/push.js';
import type { SyncReport } from '../../sync/report.js';
import type { CliIo } from '../io.js';
import type { CommonOptions } from '../program.js';
import { resolveNotionSettings } from '../settings.js';
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
  const gateway = new NotionGateway({
    token: notion.token,
    ...(notion.baseUrl !== undefined ? { baseUrl: notion.baseUrl } : {}),
    ratePerSecond: parseRate(options.rate),
    log: (line) => io.stderr.write(`${line}\n`),
  });
  const dryRun = options.dryRun === true;
  // A dry run works on an in-memory copy of the spine, so it writes nothing anywhere.
  const db = dryRun
    ? ArtifactDatabase.openSnapshot(layout.spinePath)
    : ArtifactDatabase.open(layout.spinePath, { create: true });
  try {
    const migration = dryRun ? undefined : db.migrate();
    const report = await runPush(
      {
        filter: filterOf(options),
        dryRun,
        force: options.force === true,
        targets: notion.targets,
        secrets: [notion.token],
      },
      {
        db,
        layout,
        store: new NotionDesignStore(gateway),
        requestCount: () => gateway.requestCount,
        commitFor: createCommitLookup(layout.root),
      },
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
    db.close();
  }
}

/** 3 when anything was left unwritten because of a conflict, 1 when something failed. */
export function exitCodeOf(report: SyncReport): number {
  if (report.counts.conflicts > 0) return ExitCode.Conflicts;
  if (report.counts.failed > 0) return ExitCode.ArtifactsFailed;
  return ExitCode.Ok;
}

function parseRate(rate: string | undefined): number {
  if (rate === undefined) return 3;
  const value = Number(rate);
  if (!Number.isFinite(value) || value <= 0) {
    throw new IdseError(
      'usage',
      `--rate must be a positive number of requests per second, not "${rate}".`,
      'For example: --rate 3',
    );
  }
  return value;
}
