import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncReportJson } from '../../src/sync/report.js';
import { runIdseSync } from '../helpers/cli.js';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idseProperties } from '../notion-emulator/idse-schema.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => emulator.close());

describe('a database whose Status lacks the IDSE options (as init leaves a new one)', () => {
  it('pushes every page, leaving Status out with a warning instead of failing it', async () => {
    const properties = idseProperties();
    properties['Status'] = {
      status: { options: [{ name: 'Not started', color: 'default', group: 'To-do' }] },
    };
    const { databaseId, dataSourceId } = emulator.createDatabase({ properties });
    const { root, cleanup } = sampleWorkspace();
    try {
      const run = await pushJson(emulator, root, databaseId);
      expect(run.code).toBe(0);
      expect(run.report.counts.created).toBe(10);
      expect(
        run.report.warnings.filter((w) =>
          /Status left out: the database has no "In Review" option/.test(w),
        ),
      ).toHaveLength(10);
      expect(emulator.listPages(dataSourceId)).toHaveLength(10);
      for (const page of emulator.listPages(dataSourceId)) {
        const status = (page['properties'] as Record<string, { status?: { name?: string } }>)[
          'Status'
        ]?.status;
        // Notion (and the emulator) give a new page its default option; we sent none.
        expect(status?.name).toBe('Not started');
      }
    } finally {
      cleanup();
    }
  });
});

/** A copy of examples/sample in a temp dir. */
export function sampleWorkspace(): { root: string; cleanup: () => void } {
  const { dir, cleanup } = makeTempDir('idse-status-options-');
  cpSync(join(REPO_ROOT, 'examples/sample'), dir, { recursive: true });
  return { root: dir, cleanup };
}

/** `idse-sync push --json` against the emulator and the given database. */
export async function pushJson(emulator: Emulator, root: string, databaseId: string) {
  const run = await runIdseSync(['push', '--json', '--rate', '1000', '--workspace', root], {
    env: {
      NOTION_TOKEN: emulator.token,
      IDSE_NOTION_DATABASE_ID: databaseId,
      NOTION_BASE_URL: emulator.url,
    },
  });
  if (!run.stdout) throw new Error(run.stderr);
  return { ...run, report: JSON.parse(run.stdout) as SyncReportJson };
}
