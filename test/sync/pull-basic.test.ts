import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncReportJson } from '../../src/sync/report.js';
import { runIdseSync } from '../helpers/cli.js';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => emulator.close());

async function cli(command: string, root: string, extra: string[] = []) {
  const run = await runIdseSync(
    [command, '--json', '--rate', '1000', '--workspace', root, ...extra],
    {
      env: {
        NOTION_TOKEN: emulator.token,
        IDSE_NOTION_DATABASE_ID: emulator.databaseId,
        NOTION_BASE_URL: emulator.url,
      },
    },
  );
  if (!run.stdout) throw new Error(run.stderr);
  return { ...run, report: JSON.parse(run.stdout) as SyncReportJson };
}

const PLAN = '.idse/projects/acme-notes/sessions/search-v2/plans/plan.md';

describe('pull (smoke)', () => {
  it('brings a one-paragraph Notion edit back as a one-paragraph change', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      cpSync(join(REPO_ROOT, 'examples/sample'), dir, { recursive: true });
      const pushed = await cli('push', dir);
      const pageId = pushed.report.artifacts.find(
        (a) => a.idseId === 'acme-notes::search-v2::plan',
      )?.pageId;
      expect(pageId).toBeTruthy();
      const before = readFileSync(join(dir, PLAN), 'utf8');

      const unchanged = await cli('pull', dir);
      expect(unchanged.report.counts.pulled).toBe(0);
      expect(readFileSync(join(dir, PLAN), 'utf8')).toBe(before);

      const editor = emulatorClient(emulator, { as: 'editor' });
      await editor.request({
        path: `pages/${pageId}/markdown`,
        method: 'patch',
        body: {
          type: 'update_content',
          update_content: {
            content_updates: [{ old_str: 'A small parser turns', new_str: 'A tiny parser turns' }],
          },
          markdown_version: 'v2',
        },
      });
      const pulled = await cli('pull', dir);
      expect(pulled.stderr).toBe('');
      expect(pulled.report.counts.pulled).toBe(1);
      const after = readFileSync(join(dir, PLAN), 'utf8');
      expect(after).toBe(before.replace('A small parser turns', 'A tiny parser turns'));

      const again = await cli('pull', dir);
      expect(again.report.counts.pulled).toBe(0);
      emulator.clearLog();
      const repush = await cli('push', dir);
      expect(repush.report.counts.pushed).toBe(0);
      expect(
        emulator.log().filter((e) => e.method === 'PATCH' && e.path.endsWith('/markdown')),
      ).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
