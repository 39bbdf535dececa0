import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncReportJson } from '../../src/sync/report.js';
import { runIdseSync } from '../helpers/cli.js';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => emulator.close());

function env() {
  return {
    NOTION_TOKEN: emulator.token,
    IDSE_NOTION_DATABASE_ID: emulator.databaseId,
    NOTION_BASE_URL: emulator.url,
  };
}

async function push(root: string, extra: string[] = []) {
  const run = await runIdseSync(
    ['push', '--json', '--rate', '1000', '--workspace', root, ...extra],
    {
      env: env(),
    },
  );
  if (!run.stdout) throw new Error(run.stderr);
  return { ...run, report: JSON.parse(run.stdout) as SyncReportJson };
}

describe('push (smoke)', () => {
  it('creates every page once, then writes nothing', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      cpSync(join(REPO_ROOT, 'examples/sample'), dir, { recursive: true });
      const first = await push(dir);
      expect(first.report.counts.created).toBe(10);
      emulator.clearLog();
      const second = await push(dir);
      expect(second.report.counts.skipped).toBe(10);
      expect(
        emulator.log().filter((e) => e.method !== 'GET' && !e.path.endsWith('/query')),
      ).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
