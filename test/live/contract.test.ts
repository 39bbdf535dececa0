// Records what real Notion answers to the contract cases (markdown it renders per construct,
// error bodies, the fields of its answers) into test/notion-emulator/contract/, which the
// emulator's contract test replays and compares. Runs only with NOTION_LIVE_TOKEN and
// NOTION_LIVE_PARENT_PAGE (a page shared with the integration); CI has neither.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTION_VERSION } from '../../src/notion/client.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { API_CASES, MARKDOWN_CASES } from './contract-cases.js';
import { recordContract } from './contract-recorder.js';

const token = process.env['NOTION_LIVE_TOKEN'];
const parentPage = process.env['NOTION_LIVE_PARENT_PAGE'];
const live = token !== undefined && parentPage !== undefined;

describe.skipIf(!live)('recording what real Notion answers', () => {
  it(
    'asks every contract case and writes the answers for the emulator tests',
    { timeout: 300_000 },
    async () => {
      const recordings = await recordContract({
        baseUrl: 'https://api.notion.com',
        token: token ?? '',
        parentPageId: parentPage ?? '',
        notionVersion: NOTION_VERSION,
        dir: join(REPO_ROOT, 'test/notion-emulator/contract'),
      });
      expect(recordings).toHaveLength(MARKDOWN_CASES.length + API_CASES.length);
      expect(JSON.stringify(recordings)).not.toContain(token ?? '');
    },
  );
});
