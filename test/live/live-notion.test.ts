// The demo's scenario against real Notion, for a user with an account
// (ARCHITECTURE.md "How it is tested"):
// NOTION_LIVE_TOKEN (an internal integration's secret) and NOTION_LIVE_PARENT_PAGE (a page
// shared with it, where a database may be created). Skipped without them; CI has neither.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@notionhq/client';
import { afterAll, describe, expect, it } from 'vitest';
import type { SyncReportJson } from '../../src/sync/report.js';
import { runIdseSync } from '../helpers/cli.js';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';

const token = process.env['NOTION_LIVE_TOKEN'];
const parentPage = process.env['NOTION_LIVE_PARENT_PAGE'];
const live = token !== undefined && parentPage !== undefined;
if (!live)
  console.warn('NOTION_LIVE_TOKEN / NOTION_LIVE_PARENT_PAGE not set; live Notion tests skipped');

const PLAN = '.idse/projects/acme-notes/sessions/search-v2/plans/plan.md';
const { dir: root, cleanup } = makeTempDir('idse-live-');
const createdPages: string[] = [];

afterAll(async () => {
  if (live) {
    const client = new Client({ auth: token });
    for (const id of createdPages) {
      await client.pages.update({ page_id: id, in_trash: true }).catch(() => undefined);
    }
  }
  cleanup();
});

async function idse(
  args: string[],
): Promise<{ code: number; report: SyncReportJson; stderr: string }> {
  const run = await runIdseSync([...args, '--json', '--workspace', root], {
    env: { NOTION_TOKEN: token, HOME: root },
  });
  expect(run.stderr).not.toContain(token ?? '');
  expect(run.stdout).not.toContain(token ?? '');
  return { code: run.code, report: JSON.parse(run.stdout) as SyncReportJson, stderr: run.stderr };
}

describe.skipIf(!live)('against real Notion', () => {
  it(
    'init, push, re-push, an edit in Notion, pull, and a push that writes nothing',
    { timeout: 600_000 },
    async () => {
      cpSync(join(REPO_ROOT, 'examples/sample'), root, { recursive: true });
      const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
      git('init', '-q', '-b', 'main');
      git('-c', 'user.name=Live', '-c', 'user.email=live@example.com', 'add', '-A');
      git(
        '-c',
        'user.name=Live',
        '-c',
        'user.email=live@example.com',
        '-c',
        'commit.gpgsign=false',
        'commit',
        '-qm',
        'sample',
      );

      const init = await idse(['init', '--parent-page', parentPage ?? '']);
      expect(init.code).toBe(0);

      const first = await idse(['push']);
      expect(first.code).toBe(0);
      expect(first.report.counts.created).toBe(10);
      createdPages.push(...first.report.artifacts.flatMap((a) => (a.pageId ? [a.pageId] : [])));

      const second = await idse(['push']);
      expect(second.report.counts.pushed).toBe(0);

      const plan = first.report.artifacts.find((a) => a.idseId === 'acme-notes::search-v2::plan');
      const client = new Client({ auth: token });
      await client.request({
        path: `pages/${plan?.pageId}/markdown`,
        method: 'patch',
        body: {
          type: 'update_content',
          update_content: {
            content_updates: [
              { old_str: 'first for internal teams', new_str: 'first for the support team' },
            ],
          },
          markdown_version: 'v2',
        },
      });
      const before = readFileSync(join(root, PLAN), 'utf8');
      const pulled = await idse(['pull']);
      expect(pulled.report.counts.pulled).toBe(1);
      expect(readFileSync(join(root, PLAN), 'utf8')).toBe(
        before.replace('first for internal teams', 'first for the support team'),
      );

      const after = await idse(['push']);
      expect(after.report.counts.pushed).toBe(0);
    },
  );
});
