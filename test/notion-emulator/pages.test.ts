import { describe, expect, it } from 'vitest';
import { createPage, rejection, useEmulator, type AnyObject } from './harness.js';

const { emu, client, editor } = useEmulator();

type PageJson = AnyObject & {
  properties: Record<string, Record<string, unknown>>;
  created_time: string;
  last_edited_time: string;
  created_by: { id: string };
  last_edited_by: { id: string };
  in_trash: boolean;
  archived?: boolean;
  parent: Record<string, unknown>;
};

const retrieve = (id: string) => client().request<PageJson>({ path: `pages/${id}`, method: 'get' });

describe('creating pages', () => {
  it('creates a row with properties validated against the schema; rows have a data_source_id parent', async () => {
    const page = (await createPage(client(), emu().dataSourceId, {
      title: 'Intent – s1',
      properties: {
        Session: { rich_text: [{ text: { content: 's1' } }] },
        Stage: { select: { name: 'Intent' } },
      },
    })) as PageJson;
    expect(page.parent).toEqual({
      type: 'data_source_id',
      data_source_id: emu().dataSourceId,
      database_id: emu().databaseId,
    });
    expect(page.properties.Stage).toMatchObject({ type: 'select', select: { name: 'Intent' } });
    const unknown = await rejection(
      createPage(client(), emu().dataSourceId, { properties: { Nope: { rich_text: [] } } }),
    );
    expect(unknown).toMatchObject({
      code: 'validation_error',
      message: 'Nope is not a property that exists.',
    });
    const mistyped = await rejection(
      createPage(client(), emu().dataSourceId, { properties: { Stage: { rich_text: [] } } }),
    );
    expect(mistyped).toMatchObject({
      code: 'validation_error',
      message: 'Stage is expected to be select.',
    });
    expect(emu().listPages()).toHaveLength(1);
  });

  it('creates select options on first use; status accepts only existing options', async () => {
    await createPage(client(), emu().dataSourceId, {
      properties: { Layer: { select: { name: 'Domain' } } },
    });
    const ds = await client().dataSources.retrieve({ data_source_id: emu().dataSourceId });
    const layer = 'properties' in ds ? ds.properties.Layer : undefined;
    expect(layer?.type === 'select' && layer.select.options.map((o) => o.name)).toEqual(['Domain']);
    const status = await rejection(
      createPage(client(), emu().dataSourceId, {
        properties: { Status: { status: { name: 'Archived' } } },
      }),
    );
    expect(status.code).toBe('validation_error');
    const ok = (await createPage(client(), emu().dataSourceId, {
      properties: { Status: { status: { name: 'Locked' } } },
    })) as PageJson;
    expect(ok.properties.Status).toMatchObject({ status: { name: 'Locked' } });
  });

  it('A-API-08: a new page without a status gets the first To-do option', async () => {
    const page = (await createPage(client(), emu().dataSourceId, { title: 'x' })) as PageJson;
    expect(page.properties.Status).toMatchObject({ status: { name: 'Draft' } });
  });

  it('refuses markdown together with children, and markdown_version without markdown', async () => {
    const both = await rejection(
      client().request({
        path: 'pages',
        method: 'post',
        body: {
          parent: { data_source_id: emu().dataSourceId },
          markdown: 'x',
          markdown_version: 'v2',
          children: [],
        },
      }),
    );
    expect(both.code).toBe('validation_error');
    const versionOnly = await rejection(
      client().request({
        path: 'pages',
        method: 'post',
        body: {
          parent: { data_source_id: emu().dataSourceId },
          markdown_version: 'v2',
          children: [],
        },
      }),
    );
    expect(versionOnly.code).toBe('validation_error');
  });

  it('creates a body from children block objects', async () => {
    const page = await client().pages.create({
      parent: { data_source_id: emu().dataSourceId },
      properties: {},
      children: [
        { paragraph: { rich_text: [{ text: { content: 'from blocks' } }] } },
        { divider: {} },
      ],
    });
    expect(emu().pageMarkdown(page.id)).toBe('from blocks\n\n---');
  });

  it('A-API-14: without a title, the first level-1 heading of the markdown becomes the title and leaves the body', async () => {
    const page = (await createPage(client(), emu().dataSourceId, {
      markdown: 'Intro\n\n# The Title\n\nBody',
    })) as PageJson;
    expect(page.properties.Title).toMatchObject({ title: [{ plain_text: 'The Title' }] });
    expect(emu().pageMarkdown(page.id)).toBe('Intro\n\nBody');
  });
});

describe('time and people', () => {
  it('rounds created_time and last_edited_time down to the minute and names the integration that wrote', async () => {
    emu().clock.setSpeed(0);
    emu().clock.set('2026-02-03T04:05:59.999Z');
    const page = (await createPage(client(), emu().dataSourceId, { title: 'x' })) as PageJson;
    expect(page.created_time).toBe('2026-02-03T04:05:00.000Z');
    expect(page.created_by.id).toBe(emu().botUserId);
    emu().clock.advance(90_000);
    const edited = await editor().request<PageJson>({
      path: `pages/${page.id}`,
      method: 'patch',
      body: { properties: { Version: { rich_text: [{ text: { content: 'v2' } }] } } },
    });
    expect(edited.last_edited_time).toBe('2026-02-03T04:07:00.000Z');
    expect(edited.last_edited_by.id).toBe(emu().teammateUserId);
    expect(edited.created_by.id).toBe(emu().botUserId);
  });
});

describe('updating pages', () => {
  it('updates properties and moves pages to the trash and back', async () => {
    const page = await createPage(client(), emu().dataSourceId, { title: 'x' });
    const updated = await client().pages.update({
      page_id: page.id,
      properties: { Stage: { select: { name: 'Plan' } } },
    });
    expect('properties' in updated && updated.properties.Stage).toMatchObject({
      select: { name: 'Plan' },
    });
    const trashed = await client().pages.update({ page_id: page.id, in_trash: true });
    expect('in_trash' in trashed && trashed.in_trash).toBe(true);
    const refused = await rejection(
      client().pages.update({
        page_id: page.id,
        properties: { Stage: { select: { name: 'Tasks' } } },
      }),
    );
    expect(refused.code).toBe('validation_error');
    const restored = await client().pages.update({ page_id: page.id, in_trash: false });
    expect('in_trash' in restored && restored.in_trash).toBe(false);
  });

  it('2025-09-03 answers in_trash and archived; 2026-03-11 only in_trash and refuses archived', async () => {
    const page = await createPage(client(), emu().dataSourceId, { title: 'x' });
    const old = await retrieve(page.id);
    expect(old.archived).toBe(false);
    expect(old.in_trash).toBe(false);
    const viaArchived = await client().request<PageJson>({
      path: `pages/${page.id}`,
      method: 'patch',
      body: { archived: true },
    });
    expect(viaArchived.in_trash).toBe(true);
    const res = await fetch(`${emu().url}/v1/pages/${page.id}`, {
      headers: { Authorization: `Bearer ${emu().token}`, 'Notion-Version': '2026-03-11' },
    });
    const fresh = (await res.json()) as PageJson;
    expect(fresh.in_trash).toBe(true);
    expect('archived' in fresh).toBe(false);
    const refused = await fetch(`${emu().url}/v1/pages/${page.id}`, {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${emu().token}`,
        'Notion-Version': '2026-03-11',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ archived: false }),
    });
    expect(refused.status).toBe(400);
  });
});

describe('relations', () => {
  async function manyPages(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++)
      ids.push((await createPage(client(), emu().dataSourceId, { title: `t${i}` })).id);
    return ids;
  }

  it('keeps the dual relation in step on the other side', async () => {
    const [a, b] = await manyPages(2);
    await client().pages.update({
      page_id: b ?? '',
      properties: { 'Upstream Artifact': { relation: [{ id: a ?? '' }] } },
    });
    expect((await retrieve(a ?? '')).properties['Downstream Artifact(s)']).toMatchObject({
      relation: [{ id: b }],
      has_more: false,
    });
    await client().pages.update({
      page_id: b ?? '',
      properties: { 'Upstream Artifact': { relation: [] } },
    });
    expect((await retrieve(a ?? '')).properties['Downstream Artifact(s)']).toMatchObject({
      relation: [],
    });
  });

  it('caps relation values at 25 with has_more; the property item endpoint pages through all', async () => {
    const targets = await manyPages(30);
    const source = await createPage(client(), emu().dataSourceId, {
      properties: { 'Upstream Artifact': { relation: targets.map((id) => ({ id })) } },
    });
    const page = await retrieve(source.id);
    const rel = page.properties['Upstream Artifact'] as {
      id: string;
      relation: unknown[];
      has_more: boolean;
    };
    expect(rel.relation).toHaveLength(25);
    expect(rel.has_more).toBe(true);
    const all: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await client().pages.properties.retrieve({
        page_id: source.id,
        property_id: rel.id,
        page_size: 10,
        start_cursor: cursor,
      });
      if (res.object !== 'list') throw new Error('expected a list');
      all.push(...res.results.map((r) => (r.type === 'relation' ? r.relation.id : '')));
      cursor = res.next_cursor ?? undefined;
    } while (cursor);
    expect(all).toEqual(targets);
  });

  it('refuses more than 100 relations in one request', async () => {
    const ids = Array.from({ length: 101 }, () => ({ id: '0123456789abcdef0123456789abcdef' }));
    const error = await rejection(
      createPage(client(), emu().dataSourceId, {
        properties: { 'Upstream Artifact': { relation: ids } },
      }),
    );
    expect(error.code).toBe('validation_error');
    expect(error.message).toMatch(/100/);
  });

  it('A-API-25: refuses related pages outside the relation’s data source', async () => {
    const other = emu().createDatabase({ title: 'Other', properties: { Name: { title: {} } } });
    const stranger = await client().pages.create({
      parent: { data_source_id: other.dataSourceId },
      properties: {},
    });
    const error = await rejection(
      createPage(client(), emu().dataSourceId, {
        properties: { 'Upstream Artifact': { relation: [{ id: stranger.id }] } },
      }),
    );
    expect(error.code).toBe('validation_error');
  });

  it('reads simple property items as one property_item', async () => {
    const page = (await createPage(client(), emu().dataSourceId, {
      properties: { Stage: { select: { name: 'Plan' } } },
    })) as PageJson;
    const stageId = String(page.properties.Stage?.id);
    const item = await client().pages.properties.retrieve({
      page_id: page.id,
      property_id: stageId,
    });
    expect(item).toMatchObject({
      object: 'property_item',
      type: 'select',
      select: { name: 'Plan' },
    });
  });
});

describe('request limits', () => {
  it('refuses text content over 2000 characters and arrays over 100 items', async () => {
    const long = await rejection(
      createPage(client(), emu().dataSourceId, { title: 'x'.repeat(2001) }),
    );
    expect(long.code).toBe('validation_error');
    expect(long.message).toMatch(/2000/);
    const parts = Array.from({ length: 101 }, () => ({ text: { content: 'a' } }));
    const many = await rejection(
      createPage(client(), emu().dataSourceId, { properties: { Sync: { rich_text: parts } } }),
    );
    expect(many.code).toBe('validation_error');
    expect(many.message).toMatch(/100/);
    expect(emu().listPages()).toHaveLength(0);
  });

  it('A-API-19: refuses request bodies over 500KB (500,000 bytes)', async () => {
    const chunk = 'x'.repeat(1900);
    const parts = Array.from({ length: 100 }, () => ({ text: { content: chunk } }));
    const blocks = Array.from({ length: 3 }, () => ({ paragraph: { rich_text: parts } }));
    const error = await rejection(
      client().request({
        path: 'pages',
        method: 'post',
        body: { parent: { data_source_id: emu().dataSourceId }, children: blocks },
      }),
    );
    expect(error.code).toBe('validation_error');
    expect(error.message).toMatch(/500/);
  });

  it('A-API-20: refuses more than 1000 blocks in one request, counting every block the markdown makes', async () => {
    const markdown = Array.from({ length: 1001 }, (_, i) => `line ${i}`).join('\n\n');
    const error = await rejection(createPage(client(), emu().dataSourceId, { markdown }));
    expect(error.code).toBe('validation_error');
    expect(error.message).toMatch(/1000/);
    const ok = await createPage(client(), emu().dataSourceId, {
      markdown: Array.from({ length: 1000 }, (_, i) => `l${i}`).join('\n\n'),
    });
    expect(emu().pageBlocks(ok.id)).toHaveLength(1000);
  });

  it('A-API-26: refuses writes to property types the API cannot set', async () => {
    const db = emu().createDatabase({
      properties: { Name: { title: {} }, When: { created_time: {} } },
    });
    const error = await rejection(
      client().pages.create({
        parent: { data_source_id: db.dataSourceId },
        properties: { When: { created_time: '2026-01-01' } } as never,
      }),
    );
    expect(error.code).toBe('validation_error');
  });
});
