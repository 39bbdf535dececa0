import { APIErrorCode, Client, LogLevel } from '@notionhq/client';
import { describe, expect, it } from 'vitest';
import { emulatorClient } from './client.js';
import { IDSE_STAGES } from './index.js';
import { FAST_RETRY, rejection, useEmulator } from './harness.js';

const { emu, client, editor } = useEmulator();

async function raw(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${emu().url}${path}`, { headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('auth and versions', () => {
  it('answers 401 unauthorized in Notion’s error envelope for an unknown token', async () => {
    const bad = new Client({
      auth: 'ntn_not_a_token',
      baseUrl: emu().url,
      logLevel: LogLevel.ERROR,
    });
    const error = await rejection(bad.users.me({}));
    expect(error.code).toBe(APIErrorCode.Unauthorized);
    expect(error.status).toBe(401);
    const res = await raw('/v1/users/me', { 'Notion-Version': '2025-09-03' });
    expect(res.body).toMatchObject({ object: 'error', status: 401, code: 'unauthorized' });
    expect(typeof res.body.request_id).toBe('string');
  });

  it('answers 400 missing_version without a Notion-Version header', async () => {
    const res = await raw('/v1/users/me', { Authorization: `Bearer ${emu().token}` });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ object: 'error', code: 'missing_version' });
  });

  it('A-API-01: checks the token before the Notion-Version header', async () => {
    const res = await raw('/v1/users/me', { Authorization: 'Bearer nope' });
    expect(res.body.code).toBe('unauthorized');
  });

  it('A-API-02: accepts 2025-09-03 and 2026-03-11 and refuses other versions', async () => {
    for (const version of ['2025-09-03', '2026-03-11']) {
      const res = await raw('/v1/users/me', {
        Authorization: `Bearer ${emu().token}`,
        'Notion-Version': version,
      });
      expect(res.status).toBe(200);
    }
    const old = await raw('/v1/users/me', {
      Authorization: `Bearer ${emu().token}`,
      'Notion-Version': '2022-06-28',
    });
    expect(old.status).toBe(400);
    expect(old.body.code).toBe('validation_error');
  });

  it('accepts the Notion-Version @notionhq/client 5.26 sends by default (2025-09-03)', async () => {
    expect(Client.defaultNotionVersion).toBe('2025-09-03');
    await client().users.me({});
    expect(emu().log().at(-1)?.status).toBe(200);
  });

  it('answers 404 object_not_found for unknown ids and 400 invalid_request_url for unknown paths', async () => {
    const missing = await rejection(
      client().pages.retrieve({ page_id: '0123456789abcdef0123456789abcdef' }),
    );
    expect(missing.code).toBe(APIErrorCode.ObjectNotFound);
    expect(missing.status).toBe(404);
    const notAnId = await rejection(client().databases.retrieve({ database_id: 'nope' }));
    expect(notAnId.code).toBe(APIErrorCode.ObjectNotFound);
    const res = await raw('/v1/nowhere', {
      Authorization: `Bearer ${emu().token}`,
      'Notion-Version': '2025-09-03',
    });
    expect(res.body.code).toBe('invalid_request_url');
  });

  it('answers 400 invalid_json for a body that is not JSON', async () => {
    const res = await fetch(`${emu().url}/v1/pages`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${emu().token}`,
        'Notion-Version': '2025-09-03',
        'content-type': 'application/json',
      },
      body: '{nope',
    });
    expect(((await res.json()) as { code: string }).code).toBe('invalid_json');
  });
});

describe('users', () => {
  it('users.me answers the bot user of the token; users.retrieve finds users by id', async () => {
    const me = await client().users.me({});
    expect(me).toMatchObject({ object: 'user', id: emu().botUserId, type: 'bot' });
    const found = await client().users.retrieve({ user_id: emu().teammateUserId });
    expect(found).toMatchObject({ id: emu().teammateUserId, type: 'person' });
    const missing = await rejection(
      client().users.retrieve({ user_id: '0123456789abcdef0123456789abcdef' }),
    );
    expect(missing.code).toBe('object_not_found');
  });

  it('A-API-10: the editor token is its own bot for users.me, and its writes show the teammate person', async () => {
    const me = await editor().users.me({});
    expect(me.id).toBe(emu().editorBotUserId);
    expect(me.id).not.toBe(emu().botUserId);
    const page = await editor().pages.create({
      parent: { data_source_id: emu().dataSourceId },
      properties: {},
    });
    expect('created_by' in page && page.created_by.id).toBe(emu().teammateUserId);
  });
});

describe('databases and data sources (2025-09-03 shapes)', () => {
  it('databases.retrieve lists the data source; dataSources.retrieve has the IDSE schema', async () => {
    const db = await client().databases.retrieve({ database_id: emu().databaseId });
    expect(db).toMatchObject({
      object: 'database',
      data_sources: [{ id: emu().dataSourceId, name: 'IDSE Artifacts' }],
    });
    const ds = await client().dataSources.retrieve({ data_source_id: emu().dataSourceId });
    if (!('properties' in ds)) throw new Error('partial data source');
    const props = ds.properties;
    expect(Object.keys(props)).toEqual([
      'Title',
      'Stage',
      'Session',
      'Status',
      'Layer',
      'Run Scope',
      'Version',
      'Feature / Capability',
      'Upstream Artifact',
      'Downstream Artifact(s)',
      'Sync',
    ]);
    expect(props.Title?.type).toBe('title');
    const stage = props.Stage;
    expect(stage?.type === 'select' && stage.select.options.map((o) => o.name)).toEqual(
      IDSE_STAGES,
    );
    const status = props.Status;
    expect(status?.type === 'status' && status.status.options.map((o) => o.name)).toEqual([
      'Draft',
      'In Review',
      'Locked',
      'Superseded',
    ]);
    for (const name of ['Session', 'Version', 'Feature / Capability', 'Sync'])
      expect(props[name]?.type).toBe('rich_text');
    for (const name of ['Layer', 'Run Scope']) expect(props[name]?.type).toBe('select');
    const up = props['Upstream Artifact'];
    const down = props['Downstream Artifact(s)'];
    expect(up?.type === 'relation' && up.relation).toMatchObject({
      data_source_id: emu().dataSourceId,
      type: 'dual_property',
      dual_property: {
        synced_property_name: 'Downstream Artifact(s)',
        synced_property_id: down?.id,
      },
    });
  });

  it('creates a database under a page with an initial data source, as init does', async () => {
    const db = await client().databases.create({
      parent: { type: 'page_id', page_id: emu().parentPageId },
      title: [{ text: { content: 'New IDSE' } }],
      initial_data_source: {
        properties: {
          Title: { title: {} },
          Stage: { select: { options: [{ name: 'Intent' }] } },
          Status: { status: {} },
        },
      },
    });
    if (!('data_sources' in db)) throw new Error('partial database');
    const ds = await client().dataSources.retrieve({
      data_source_id: db.data_sources[0]?.id ?? '',
    });
    expect('properties' in ds && Object.keys(ds.properties)).toEqual(['Title', 'Stage', 'Status']);
  });

  it('A-API-09: a status property made through the API gets Notion’s default options; options in the request are refused', async () => {
    const db = await client().databases.create({
      parent: { type: 'page_id', page_id: emu().parentPageId },
      initial_data_source: { properties: { Name: { title: {} }, State: { status: {} } } },
    });
    const dsId = 'data_sources' in db ? (db.data_sources[0]?.id ?? '') : '';
    const ds = await client().dataSources.retrieve({ data_source_id: dsId });
    const state = 'properties' in ds ? ds.properties.State : undefined;
    expect(state?.type === 'status' && state.status.options.map((o) => o.name)).toEqual([
      'Not started',
      'In progress',
      'Done',
    ]);
    const refused = await rejection(
      client().databases.create({
        parent: { type: 'page_id', page_id: emu().parentPageId },
        initial_data_source: {
          properties: { Name: { title: {} }, State: { status: { options: [{ name: 'Draft' }] } } },
        },
      }),
    );
    expect(refused.code).toBe('validation_error');
  });

  it('adds the Sync property to an existing data source and refuses to change status options', async () => {
    const missing = emu().createDatabase({
      properties: { Title: { title: {} }, Status: { status: {} } },
    });
    const updated = await client().dataSources.update({
      data_source_id: missing.dataSourceId,
      properties: { Sync: { rich_text: {} } },
    });
    expect('properties' in updated && updated.properties.Sync?.type).toBe('rich_text');
    const refused = await rejection(
      client().dataSources.update({
        data_source_id: emu().dataSourceId,
        properties: { Status: { status: { options: [{ name: 'Draft' }, { name: 'Archived' }] } } },
      }),
    );
    expect(refused.code).toBe('validation_error');
    expect(refused.message).toMatch(/status/i);
  });

  it('A-API-27: updating select options keeps listed options (by id or name) and drops unlisted ones', async () => {
    const before = await client().dataSources.retrieve({ data_source_id: emu().dataSourceId });
    const stage = 'properties' in before ? before.properties.Stage : undefined;
    const intent =
      stage?.type === 'select' ? stage.select.options.find((o) => o.name === 'Intent') : undefined;
    const after = await client().dataSources.update({
      data_source_id: emu().dataSourceId,
      properties: {
        Stage: {
          select: { options: [{ id: intent?.id ?? '', name: 'Intent' }, { name: 'Spec' }] },
        },
      },
    });
    const next = 'properties' in after ? after.properties.Stage : undefined;
    expect(
      next?.type === 'select' &&
        next.select.options.map((o) => [o.name, o.name === 'Intent' ? o.id : '']),
    ).toEqual([
      ['Intent', intent?.id],
      ['Spec', ''],
    ]);
  });

  it('A-API-22: an extra database can have any schema; one not shared answers 404 to both tokens', async () => {
    const mistyped = emu().createDatabase({
      title: 'Mistyped',
      properties: { Name: { title: {} }, Stage: { rich_text: {} } },
    });
    const ds = await client().dataSources.retrieve({ data_source_id: mistyped.dataSourceId });
    expect('properties' in ds && ds.properties.Stage?.type).toBe('rich_text');
    const hidden = emu().createDatabase({ shared: false });
    for (const c of [client(), editor()]) {
      expect((await rejection(c.databases.retrieve({ database_id: hidden.databaseId }))).code).toBe(
        'object_not_found',
      );
      expect(
        (await rejection(c.dataSources.query({ data_source_id: hidden.dataSourceId }))).code,
      ).toBe('object_not_found');
    }
  });

  it('creates extra databases through POST /__emulator/databases', async () => {
    const res = await fetch(`${emu().url}/__emulator/databases`, {
      method: 'POST',
      body: JSON.stringify({ title: 'No Sync', properties: { Title: { title: {} } } }),
    });
    const created = (await res.json()) as { databaseId: string; dataSourceId: string };
    const db = await client().databases.retrieve({ database_id: created.databaseId });
    expect('data_sources' in db && db.data_sources[0]?.id).toBe(created.dataSourceId);
  });
});

describe('client helper', () => {
  it('points a real @notionhq/client at the emulator for either token', async () => {
    const c = emulatorClient(emu(), { as: 'editor', retry: FAST_RETRY });
    await c.users.me({});
    expect(emu().log().at(-1)?.token).toBe(emu().editorToken);
  });
});
