import { existsSync } from 'node:fs';
import { ArtifactDatabase, type WriteProbe } from '../spine/index.js';
import { removeInterruptedWrites } from '../workspace/leftovers.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import type { NotionDesignStore } from '../notion/design-store.js';
import type { NotionGateway } from '../notion/client.js';
import {
  preparePull,
  runPull,
  type PullCollaborators,
  type PullResult,
  type PullSettings,
} from './pull.js';
import { preparePush, runPush, type PushCollaborators, type PushSettings } from './push.js';
import type { SyncReport } from './report.js';

/**
 * The checks of a run (token, databases, schema) read an in-memory copy of the spine, so a run
 * they stop leaves the spine as it was, not even migrated; then, unless it is a dry run (which
 * keeps working on the copy and writes nothing anywhere), the real spine is migrated and used.
 */
async function withCheckedSpine<P, R>(
  collaborators: { layout: WorkspaceLayout; probe?: WriteProbe },
  dryRun: boolean,
  copy: ArtifactDatabase | undefined,
  prepare: (copy: ArtifactDatabase) => Promise<P>,
  run: (db: ArtifactDatabase, prepared: P) => Promise<R>,
): Promise<{ result: R; warnings: string[] }> {
  const { layout } = collaborators;
  const snapshot =
    copy ?? ArtifactDatabase.openSnapshot(existsSync(layout.spinePath) ? layout.spinePath : null);
  const probe = collaborators.probe;
  let db = snapshot;
  try {
    const prepared = await prepare(snapshot);
    const warnings: string[] = [];
    if (!dryRun) {
      snapshot.close();
      for (const path of removeInterruptedWrites(layout.idseDir)) {
        warnings.push(`removed ${layout.relativePath(path)}, left by an interrupted write`);
      }
      db = ArtifactDatabase.open(layout.spinePath, {
        create: true,
        ...(probe !== undefined ? { probe } : {}),
      });
      const migration = db.migrate();
      if (migration.backupPath) {
        warnings.push(`migrated the spine; the previous file is at ${migration.backupPath}`);
      }
    }
    return { result: await run(db, prepared), warnings };
  } finally {
    snapshot.close();
    db.close();
  }
}

/** What both entries hand a checked push or pull. */
export interface CheckedRunCollaborators {
  layout: WorkspaceLayout;
  store: NotionDesignStore;
  gateway: NotionGateway;
  /** Crash tests only: called inside every spine transaction and file write of the run. */
  probe?: WriteProbe;
}

/**
 * A push as the CLI and the action run it: checks first, then the push on the migrated spine.
 * `afterRun` sees the spine the push wrote (the CLI records its git cursor there).
 */
export async function checkedPush(
  settings: PushSettings,
  c: CheckedRunCollaborators & Pick<PushCollaborators, 'commitFor' | 'committedVersion'>,
  options: {
    copy?: ArtifactDatabase;
    afterRun?: (db: ArtifactDatabase, report: SyncReport) => Promise<void>;
  } = {},
): Promise<SyncReport> {
  const { result, warnings } = await withCheckedSpine(
    c,
    settings.dryRun,
    options.copy,
    (copy) => preparePush(settings, { db: copy, layout: c.layout, store: c.store }),
    async (db, prepared) => {
      const report = await runPush(
        settings,
        {
          db,
          layout: c.layout,
          store: c.store,
          requestCount: () => c.gateway.requestCount,
          commitFor: c.commitFor,
          ...(c.committedVersion !== undefined ? { committedVersion: c.committedVersion } : {}),
        },
        prepared,
      );
      await options.afterRun?.(db, report);
      return report;
    },
  );
  result.warnings.unshift(...warnings);
  return result;
}

/** A pull as the CLI and the action run it: checks first, then the pull on the migrated spine. */
export async function checkedPull(
  settings: PullSettings,
  c: CheckedRunCollaborators &
    Pick<PullCollaborators, 'committedVersion'> & {
      /** Commits the pulled files (before the ledgers are written, so they name the commit). */
      commit?: (
        files: readonly string[],
        artifacts: readonly string[],
        editors: readonly string[],
      ) => Promise<string | null>;
    },
): Promise<PullResult> {
  const { result, warnings } = await withCheckedSpine(
    c,
    settings.dryRun,
    undefined,
    (copy) => preparePull(settings, { db: copy, layout: c.layout, store: c.store }),
    (db, prepared) =>
      runPull(
        settings,
        {
          db,
          layout: c.layout,
          store: c.store,
          gateway: c.gateway,
          committedVersion: c.committedVersion,
          now: () => new Date(),
          ...(c.commit !== undefined
            ? {
                commit: async (pulled: {
                  written: string[];
                  changes: string[];
                  editors: string[];
                }) =>
                  c.commit?.(
                    pulled.written,
                    pulled.changes,
                    await c.store.userNames(pulled.editors),
                  ) ?? null,
              }
            : {}),
        },
        prepared,
      ),
  );
  result.report.warnings.unshift(...warnings);
  return result;
}
