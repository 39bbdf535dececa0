// The emulator against recordings of real Notion (test/notion-emulator/contract/, written by
// `test/live` with NOTION_LIVE_TOKEN): each recorded request is replayed here and the answers
// compared. Without recordings only the machinery is checked, on the emulator itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordContract, type Recording } from '../live/contract-recorder.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { createPage, useEmulator } from './harness.js';
import type { Emulator } from './index.js';

const { emu, client } = useEmulator();
const CONTRACT = join(import.meta.dirname, 'contract');

function recordingsIn(dir: string): Recording[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Recording);
}

/** Sends a recorded request to the emulator, with its own ids and the recorded header variant. */
async function replay(
  emulator: Emulator,
  recording: Recording,
): Promise<{ status: number; body: unknown }> {
  const page = await createPage(client(), emulator.dataSourceId, { title: 'contract' });
  const { request } = recording;
  const path = request.path
    .replace('{page}', page.id)
    .replace('{dataSource}', emulator.dataSourceId);
  const token =
    request.headers === 'bad-token' ? 'ntn_contract_0000000000000000000000000000' : emulator.token;
  const response = await fetch(`${emulator.url}${path}`, {
    method: request.method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(request.headers === 'no-version' ? {} : { 'Notion-Version': recording.notionVersion }),
      ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

/** Where the emulator's answer differs from Notion's in what the contract holds it to. */
function differences(ours: { status: number; body: unknown }, recording: Recording): string[] {
  const theirs = recording.response;
  if (ours.status !== theirs.status)
    return [`status ${ours.status}, Notion answered ${theirs.status}`];
  const a = ours.body as Record<string, unknown>;
  const b = theirs.body as Record<string, unknown>;
  if (theirs.status >= 400)
    return a.code === b.code ? [] : [`code ${String(a.code)}, Notion answered ${String(b.code)}`];
  if (recording.kind === 'markdown') {
    const found: string[] = [];
    if (a.markdown !== b.markdown)
      found.push(
        `markdown ${JSON.stringify(a.markdown)}, Notion rendered ${JSON.stringify(b.markdown)}`,
      );
    const warned = (x: Record<string, unknown>) =>
      Array.isArray(x.warnings) && x.warnings.length > 0;
    if (warned(a) !== warned(b))
      found.push(
        `warnings ${JSON.stringify(a.warnings)}, Notion answered ${JSON.stringify(b.warnings)}`,
      );
    return found;
  }
  const keys = (x: Record<string, unknown>) => Object.keys(x).sort().join(', ');
  return keys(a) === keys(b) ? [] : [`fields ${keys(a)}, Notion answered ${keys(b)}`];
}

describe('the emulator answers as real Notion did (recordings in contract/)', () => {
  const recordings = recordingsIn(CONTRACT);
  if (recordings.length === 0) {
    it.skip('no recordings yet: run test/live with NOTION_LIVE_TOKEN and NOTION_LIVE_PARENT_PAGE', () => {});
  }
  for (const recording of recordings) {
    it(`${recording.kind} ${recording.name} (${recording.source})`, async () => {
      expect(differences(await replay(emu(), recording), recording)).toEqual([]);
    });
  }
});

describe('the recorder and the replay', () => {
  it('recorded against the emulator itself, every case replays without a difference', async () => {
    const out = makeTempDir('idse-contract-');
    try {
      const recorded = await recordContract({
        baseUrl: emu().url,
        token: emu().token,
        parentPageId: emu().parentPageId,
        notionVersion: '2026-03-11',
        dir: out.dir,
      });
      const read = recordingsIn(out.dir);
      expect(read).toHaveLength(recorded.length);
      expect(read.find((r) => r.name === 'query-in-trash-refused')?.response).toMatchObject({
        status: 400,
        body: { code: 'validation_error' },
      });
      expect(JSON.stringify(read)).not.toContain(emu().token);
      for (const recording of read) {
        expect(differences(await replay(emu(), recording), recording), recording.name).toEqual([]);
      }
    } finally {
      out.cleanup();
    }
  });
});
