import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_CASES, MARKDOWN_CASES, type ApiCase } from './contract-cases.js';

/**
 * One exchange with Notion as recorded: the request (ids as `{page}` / `{dataSource}`) and
 * Notion's answer, which the emulator's contract test replays and compares.
 */
export interface Recording {
  kind: 'markdown' | 'api';
  name: string;
  source: string;
  notionVersion: string;
  recordedAt: string;
  request: {
    method: string;
    path: string;
    headers?: ApiCase['headers'];
    body?: unknown;
  };
  response: { status: number; body: unknown };
}

export interface RecorderOptions {
  /** https://api.notion.com, or the emulator's URL when the recorder itself is tested. */
  baseUrl: string;
  token: string;
  /** A page shared with the integration: the recorder makes a scratch database under it. */
  parentPageId: string;
  notionVersion: string;
  /** Where the recordings go: `markdown/<name>.json` and `api/<name>.json`. */
  dir: string;
}

/**
 * Asks Notion every contract case once and writes its answers. It makes a scratch database
 * with one page under `parentPageId` and moves both to the trash when done.
 */
export async function recordContract(options: RecorderOptions): Promise<Recording[]> {
  const send = async (
    method: string,
    path: string,
    body?: unknown,
    headers?: ApiCase['headers'],
  ): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${options.baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${headers === 'bad-token' ? 'ntn_contract_0000000000000000000000000000' : options.token}`,
        ...(headers === 'no-version' ? {} : { 'Notion-Version': options.notionVersion }),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      // kept as text
    }
    return { status: response.status, body: parsed };
  };
  const created = await send('POST', '/v1/databases', {
    parent: { type: 'page_id', page_id: options.parentPageId },
    title: [{ type: 'text', text: { content: 'idse-sync contract recording' } }],
    initial_data_source: { properties: { Name: { title: {} } } },
  });
  const database = created.body as { id?: string; data_sources?: { id: string }[] };
  const dataSource = database.data_sources?.[0]?.id;
  if (created.status !== 200 || database.id === undefined || dataSource === undefined) {
    throw new Error(`could not create the scratch database: ${JSON.stringify(created)}`);
  }
  const page = await send('POST', '/v1/pages', {
    parent: { type: 'data_source_id', data_source_id: dataSource },
    properties: { Name: { title: [{ type: 'text', text: { content: 'contract' } }] } },
  });
  const pageId = (page.body as { id?: string }).id;
  if (pageId === undefined) throw new Error(`could not create the scratch page: ${page.status}`);
  const ids: [string, string][] = [
    [pageId, '{page}'],
    [dataSource, '{dataSource}'],
    [database.id, '{database}'],
  ];
  const fill = (path: string) => path.replace('{page}', pageId).replace('{dataSource}', dataSource);
  const common = {
    notionVersion: options.notionVersion,
    recordedAt: new Date().toISOString(),
  };

  const recordings: Recording[] = [];
  try {
    for (const c of MARKDOWN_CASES) {
      const body = {
        type: 'replace_content',
        replace_content: { new_str: c.markdown },
        markdown_version: 'v2',
      };
      const answer = await send('PATCH', `/v1/pages/${pageId}/markdown`, body);
      recordings.push({
        kind: 'markdown',
        name: c.name,
        source: c.source,
        ...common,
        request: { method: 'PATCH', path: '/v1/pages/{page}/markdown', body },
        response: { status: answer.status, body: withoutIds(answer.body, ids) },
      });
    }
    for (const c of API_CASES) {
      const answer = await send(c.method, fill(c.path), c.body, c.headers);
      recordings.push({
        kind: 'api',
        name: c.name,
        source: c.source,
        ...common,
        request: {
          method: c.method,
          path: c.path,
          ...(c.headers ? { headers: c.headers } : {}),
          ...(c.body !== undefined ? { body: c.body } : {}),
        },
        response: { status: answer.status, body: withoutIds(answer.body, ids) },
      });
    }
  } finally {
    await send('PATCH', `/v1/pages/${pageId}`, { in_trash: true }).catch(() => undefined);
    await send('PATCH', `/v1/databases/${database.id}`, { in_trash: true }).catch(() => undefined);
  }
  for (const recording of recordings) {
    const folder = join(options.dir, recording.kind);
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `${recording.name}.json`),
      `${JSON.stringify(recording, null, 2)}\n`,
    );
  }
  return recordings;
}

/**
 * The answer without what differs on every run: request ids, and the scratch objects' ids
 * (as placeholders), so a recording says what Notion does, not which objects it was about.
 */
function withoutIds(body: unknown, ids: readonly [string, string][]): unknown {
  let text = JSON.stringify(body);
  for (const [id, placeholder] of ids) {
    text = text.split(id).join(placeholder).split(id.replace(/-/g, '')).join(placeholder);
  }
  const parsed = JSON.parse(text) as unknown;
  if (typeof parsed === 'object' && parsed !== null && 'request_id' in parsed) {
    const { request_id: _ignored, ...rest } = parsed as Record<string, unknown>;
    return rest;
  }
  return parsed;
}
