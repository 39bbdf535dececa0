import { describe, expect, it } from 'vitest';
import { emulatorClient } from './client.js';
import {
  createPage,
  getMarkdown,
  rejection,
  replaceContent,
  useEmulator,
  type AnyObject,
} from './harness.js';

const { emu, client, editor } = useEmulator();

interface QueryAnswer {
  results: AnyObject[];
  has_more: boolean;
  next_cursor: string | null;
  request_status?: { type: string; incomplete_reason?: string };
}

/** A raw query: SDK 5.26 drops body parameters it does not type, `is_archived` among them. */
function query(body: Record<string, unknown>, as = client()): Promise<QueryAnswer> {
  return as.request<QueryAnswer>({
    path: `data_sources/${emu().dataSourceId}/query`,
    method: 'post',
    body,
  });
}

async function seed(titles: string[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const title of titles) {
    const page = await createPage(client(), emu().dataSourceId, {
      title,
      properties: { Stage: { select: { name: 'Intent' } } },
    });
    ids[title] = page.id;
  }
  return ids;
}

const titleOf = (page: AnyObject) =>
  (page.properties as { Title: { title: { plain_text: string }[] } }).Title.title
    .map((t) => t.plain_text)
    .join('');

describe('trash and the archive partition', () => {
  it('A-API-42: refuses in_trash (and the archived alias) in a query body with 400 validation_error', async () => {
    for (const body of [{ in_trash: true }, { in_trash: false }, { archived: true }]) {
      expect(await rejection(query(body))).toMatchObject({
        status: 400,
        code: 'validation_error',
      });
    }
    expect(await rejection(query({ is_archived: 'yes' }))).toMatchObject({
      code: 'validation_error',
    });
  });

  it('A-API-32: a trashed page is in neither partition; retrieving it shows in_trash', async () => {
    const ids = await seed(['kept', 'gone']);
    await editor().pages.update({ page_id: ids['gone'] ?? '', in_trash: true });
    expect((await query({})).results.map(titleOf)).toEqual(['kept']);
    expect((await query({ is_archived: true })).results).toEqual([]);
    const page = (await client().pages.retrieve({ page_id: ids['gone'] ?? '' })) as AnyObject;
    expect(page).toMatchObject({ in_trash: true, is_archived: false });
  });

  it('A-API-38: is_archived archives and restores a row; the query selects one partition before filters', async () => {
    const ids = await seed(['live', 'shelved']);
    const shelved = ids['shelved'] ?? '';
    const archived = (await editor().pages.update({
      page_id: shelved,
      is_archived: true,
    })) as AnyObject;
    expect(archived).toMatchObject({ is_archived: true, in_trash: false });
    expect((await query({})).results.map(titleOf)).toEqual(['live']);
    expect((await query({ is_archived: false })).results.map(titleOf)).toEqual(['live']);
    const onlyArchived = await query({
      is_archived: true,
      filter: { property: 'Stage', select: { equals: 'Intent' } },
    });
    expect(onlyArchived.results.map(titleOf)).toEqual(['shelved']);
    expect(
      await query({
        is_archived: true,
        filter: { property: 'Title', title: { equals: 'live' } },
      }),
    ).toMatchObject({ results: [] });
    expect(await client().pages.retrieve({ page_id: shelved })).toMatchObject({
      is_archived: true,
    });
    await editor().pages.update({ page_id: shelved, is_archived: false });
    expect((await query({})).results.map(titleOf).sort()).toEqual(['live', 'shelved']);
  });

  it('A-API-39: an archived page refuses property and body edits until it is restored', async () => {
    const ids = await seed(['shelved']);
    const id = ids['shelved'] ?? '';
    await editor().pages.update({ page_id: id, is_archived: true });
    expect(
      await rejection(
        client().pages.update({
          page_id: id,
          properties: { Title: { title: [{ text: { content: 'edited' } }] } },
        }),
      ),
    ).toMatchObject({ status: 400, code: 'validation_error' });
    expect(await rejection(replaceContent(client(), id, 'Body.'))).toMatchObject({
      code: 'validation_error',
    });
    expect((await getMarkdown(client(), id)).markdown).toBe('');
  });
});

describe('the query result limit', () => {
  it('A-API-41, A-API-43: stops at the limit: has_more false and request_status incomplete on every page of the capped result', async () => {
    await seed(['a', 'b', 'c', 'd', 'e']);
    emu().setQueryResultLimit(3);
    const first = await query({ page_size: 2 });
    expect(first).toMatchObject({
      has_more: true,
      request_status: { type: 'incomplete', incomplete_reason: 'query_result_limit_reached' },
    });
    const second = await query({ page_size: 2, start_cursor: first.next_cursor });
    expect(second.results).toHaveLength(1);
    expect(second).toMatchObject({
      has_more: false,
      next_cursor: null,
      request_status: { type: 'incomplete' },
    });
    // The limit is per query: a narrower filter gets a fresh budget and a complete answer.
    const narrow = await query({ filter: { property: 'Title', title: { equals: 'e' } } });
    expect(narrow.results.map(titleOf)).toEqual(['e']);
    expect(narrow.request_status).toBeUndefined();
  });

  it('is 10,000 unless lowered, and a reset restores it', async () => {
    await seed(['a', 'b']);
    emu().setQueryResultLimit(1);
    emu().reset();
    await seed(['a', 'b']);
    const all = await query({});
    expect(all.results).toHaveLength(2);
    expect(all.request_status).toBeUndefined();
  });
});

describe('blocked connections', () => {
  it('A-API-40: a blocked fault answers 429 rate_limited with public_api_request_blocked and no Retry-After', async () => {
    emu().injectFault({ blocked: true });
    const raw = await fetch(`${emu().url}/v1/users/me`, {
      headers: { Authorization: `Bearer ${emu().token}`, 'Notion-Version': '2026-03-11' },
    });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBeNull();
    expect(await raw.json()).toMatchObject({
      object: 'error',
      code: 'rate_limited',
      additional_data: { rate_limit_reason: 'public_api_request_blocked' },
    });
    expect(emu().log()[0]).toMatchObject({ status: 429, fault: 'blocked' });
  });
});

describe('warnings on synchronous v2 markdown writes', () => {
  it('A-API-29: a v1 {color} attribute list is saved as literal text and reported in warnings', async () => {
    const page = await createPage(client(), emu().dataSourceId, { title: 't', markdown: 'Hi' });
    const answer = (await replaceContent(
      client(),
      page.id,
      'Red line {color="red"}\n\n```\nkept {color="blue"} in code\n```',
    )) as unknown as { warnings?: { code: string; message: string }[] };
    expect(answer.warnings).toEqual([
      { code: 'literal_text', message: expect.stringContaining('{color="red"}') as string },
    ]);
    const clean = (await replaceContent(client(), page.id, 'Plain.')) as unknown as object;
    expect('warnings' in clean).toBe(false);
  });

  it('A-API-44: a warnings fault adds entries to the next PATCH markdown answer, leaving out its ignoredText', async () => {
    const page = await createPage(client(), emu().dataSourceId, { title: 't', markdown: 'Hi' });
    const injected = { code: 'ignored', message: 'Part of the content was ignored.' };
    emu().injectFault({ method: 'PATCH', path: '/v1/pages/*/markdown', warnings: [injected] });
    const answer = (await replaceContent(client(), page.id, 'New.')) as unknown as {
      warnings?: unknown[];
    };
    expect(answer.warnings).toEqual([injected]);
    expect(emu().pageMarkdown(page.id)).toBe('New.');
    emu().injectFault({ warnings: [injected], ignoredText: ' and lost' });
    await replaceContent(client(), page.id, 'Kept and lost.');
    expect(emu().pageMarkdown(page.id)).toBe('Kept.');
    expect(await getMarkdown(client(), page.id)).not.toHaveProperty('warnings');
  });
});

describe('truncation', () => {
  it('an unshared sub-page sets truncated; its id answers 404 while a block past the record limit is fetched as a subtree', async () => {
    const page = await createPage(client(), emu().dataSourceId, { title: 't', markdown: 'One' });
    const hidden = emu().addChildPage(page.id, 'Private notes', { shared: false });
    const read = await getMarkdown(client(), page.id);
    expect(read.truncated).toBe(true);
    expect(read.unknown_block_ids).toEqual([hidden]);
    expect(await rejection(getMarkdown(client(), hidden))).toMatchObject({
      status: 404,
      code: 'object_not_found',
    });

    const big = await createPage(client(), emu().dataSourceId, {
      title: 'big',
      markdown: 'First\n\nSecond\n\nThird',
    });
    emu().setMarkdownRecordLimit(1);
    const cut = await getMarkdown(client(), big.id);
    expect(cut.truncated).toBe(true);
    expect(cut.unknown_block_ids).toHaveLength(2);
    const subtree = await getMarkdown(client(), cut.unknown_block_ids[0] ?? '');
    expect(subtree.markdown).toBe('Second');
  });
});

describe('versions', () => {
  it('accepts the newest documented Notion-Version, 2026-03-11, through the SDK', async () => {
    const newest = emulatorClient(emu(), { notionVersion: '2026-03-11' });
    const page = await createPage(newest, emu().dataSourceId, { title: 'x' });
    expect(page).not.toHaveProperty('archived');
    expect(page).toMatchObject({ in_trash: false, is_archived: false });
  });
});
