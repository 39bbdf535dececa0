import { Client, LogLevel } from '@notionhq/client';
import { afterEach, describe, expect, it } from 'vitest';
import { emulatorClient } from './client.js';
import { FAST_RETRY, createPage, rejection, useEmulator } from './harness.js';
import { startEmulator, type Emulator } from './index.js';

const { emu, client, editor } = useEmulator();

const noRetry = () => emulatorClient(emu(), { retry: false });

describe('injected faults', () => {
  it('answers 500 for the next N matching requests; the SDK retries GETs through one', async () => {
    emu().injectFault({ method: 'GET', path: '/v1/users/me', status: 500 });
    await client().users.me({});
    expect(
      emu()
        .log()
        .map((e) => e.status),
    ).toEqual([500, 200]);
    emu().injectFault({ method: 'GET', path: '/v1/users/me', status: 500, count: 3 });
    const error = await rejection(client().users.me({}));
    expect(error).toMatchObject({ status: 500, code: 'internal_server_error' });
  });

  it('answers 502, 503 and 504 with Notion’s codes; POSTs are not retried', async () => {
    emu().injectFault({ method: 'POST', path: '/v1/pages', status: 503 });
    const unavailable = await rejection(createPage(client(), emu().dataSourceId, { title: 'x' }));
    expect(unavailable).toMatchObject({ status: 503, code: 'service_unavailable' });
    expect(emu().listPages()).toHaveLength(0);
    emu().injectFault({ path: '/v1/databases/*', status: 504 });
    expect(
      await rejection(noRetry().databases.retrieve({ database_id: emu().databaseId })),
    ).toMatchObject({ status: 504, code: 'gateway_timeout' });
    emu().injectFault({ path: '/v1/**', status: 502 });
    const bad = await rejection(noRetry().users.me({}));
    expect(bad.status).toBe(502);
    expect(JSON.parse(bad.body ?? '{}')).toMatchObject({ object: 'error', code: 'bad_gateway' });
  });

  it('A-API-18: answers 529 service_overload with Retry-After, which the SDK retries for any method', async () => {
    emu().injectFault({ method: 'POST', path: '/v1/pages', status: 529 });
    const page = await createPage(client(), emu().dataSourceId, { title: 'x' });
    expect(page.id).toBeTruthy();
    expect(
      emu()
        .log()
        .map((e) => e.status),
    ).toEqual([529, 200]);
    emu().injectFault({ status: 529 });
    const error = await rejection(noRetry().users.me({}));
    expect(error).toMatchObject({
      status: 529,
      code: 'service_overload',
      additional_data: { retry_after: '1' },
    });
  });

  it('adds latency to matching requests without changing their answer', async () => {
    emu().injectFault({ method: 'GET', path: '/v1/databases/*', latencyMs: 60 });
    const slow = client().databases.retrieve({ database_id: emu().databaseId });
    const finished: string[] = [];
    await Promise.all([
      slow.then(() => finished.push('slow')),
      client()
        .users.me({})
        .then(() => finished.push('fast')),
    ]);
    expect(finished).toEqual(['fast', 'slow']);
    expect(
      emu()
        .log()
        .find((e) => e.path.startsWith('/v1/databases'))?.fault,
    ).toBe('latency 60ms');
  });

  it('A-API-23: drops the connection before applying the request, or after', async () => {
    emu().injectFault({ method: 'POST', path: '/v1/pages', drop: 'before' });
    await expect(createPage(client(), emu().dataSourceId, { title: 'lost' })).rejects.toThrow();
    expect(emu().listPages()).toHaveLength(0);
    emu().injectFault({ method: 'POST', path: '/v1/pages', drop: 'after' });
    await expect(createPage(client(), emu().dataSourceId, { title: 'saved' })).rejects.toThrow();
    expect(emu().listPages()).toHaveLength(1);
    expect(
      emu()
        .log()
        .map((e) => e.status),
    ).toEqual([null, null]);
  });

  it('saves a write and answers 503 with additional_data.committed_resource_id', async () => {
    emu().injectFault({ method: 'POST', path: '/v1/pages', savedButUnavailable: true });
    const error = await rejection(
      createPage(client(), emu().dataSourceId, { title: 'saved anyway' }),
    );
    expect(error.status).toBe(503);
    expect(error.code).toBe('service_unavailable');
    const [page] = emu().listPages();
    expect(error.additional_data?.committed_resource_id).toBe(page?.id);
    expect(error.additional_data?.retry_guidance).toContain('Do not repeat the write.');
    emu().injectFault({ method: 'PATCH', path: '/v1/pages/*', savedButUnavailable: true });
    const update = await rejection(
      client().pages.update({
        page_id: page?.id ?? '',
        properties: { Version: { rich_text: [{ text: { content: 'v9' } }] } },
      }),
    );
    expect(update.status).toBe(503);
    expect(update.additional_data?.committed_resource_id).toBeUndefined();
    const after = await client().pages.retrieve({ page_id: page?.id ?? '' });
    expect('properties' in after && after.properties.Version).toMatchObject({
      rich_text: [{ plain_text: 'v9' }],
    });
  });

  it('injects faults through POST /__emulator/faults', async () => {
    const res = await fetch(`${emu().url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ method: 'GET', path: '/v1/users/me', status: 503, count: 2 }),
    });
    expect(res.status).toBe(200);
    const error = await rejection(noRetry().users.me({}));
    expect(error.status).toBe(503);
    await rejection(noRetry().users.me({}));
    await noRetry().users.me({});
  });
});

describe('rate limit', () => {
  let limited: Emulator | undefined;
  afterEach(async () => {
    await limited?.close();
    limited = undefined;
  });

  it('answers 429 rate_limited with Retry-After and additional_data past a token’s budget; other tokens are unaffected', async () => {
    limited = await startEmulator({ rateLimit: 2, rateLimitWindowSeconds: 60 });
    limited.clock.setSpeed(0);
    const c = emulatorClient(limited, { retry: false });
    await c.users.me({});
    expect(limited.log()).toHaveLength(1);
    // budget = 2 requests per second × 60 s = 120 in the window
    for (let i = 1; i < 120; i++) await c.users.me({});
    const error = await rejection(c.users.me({}));
    expect(error).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(error.additional_data).toMatchObject({
      rate_limit_reason: 'public_api_request_rate_limit',
      retry_after: '60',
    });
    expect((error.headers as Headers).get('retry-after')).toBe('60');
    await emulatorClient(limited, { as: 'editor', retry: false }).users.me({});
  });

  it('A-API-17: the window restarts 60 seconds after it began; Retry-After is in the caller’s seconds', async () => {
    limited = await startEmulator({ rateLimit: 1 / 60 });
    limited.clock.setSpeed(0);
    const c = emulatorClient(limited, { retry: false });
    await c.users.me({});
    limited.clock.advance(59_500);
    const late = await rejection(c.users.me({}));
    expect((late.headers as Headers).get('retry-after')).toBe('1');
    limited.clock.advance(500);
    await c.users.me({});
    limited.clock.advance(60_000);
    limited.clock.setSpeed(30);
    await c.users.me({});
    const scaled = await rejection(c.users.me({}));
    expect(Number((scaled.headers as Headers).get('retry-after'))).toBe(2);
  });

  it('lets a client paced just under 3 requests per emulated second through 200 requests on a fast clock', async () => {
    limited = await startEmulator({ rateLimit: 3 });
    limited.clock.setSpeed(50);
    const c = emulatorClient(limited, { retry: false });
    // A pacer aims a little under the limit; at speed 50 the run takes about 1.4 s of wall time.
    const intervalMs = 1000 / 2.9 / limited.clock.speed;
    const start = Date.now();
    for (let i = 0; i < 200; i++) {
      const wait = start + i * intervalMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await c.users.me({});
    }
    expect(limited.log().filter((e) => e.status === 429)).toHaveLength(0);
    expect(limited.log()).toHaveLength(200);
  });

  it('stops an unpaced burst of 200 requests after the 180-request budget', async () => {
    limited = await startEmulator({ rateLimit: 3 });
    limited.clock.setSpeed(0);
    const c = emulatorClient(limited, { retry: false });
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++)
      statuses.push(
        await c.users.me({}).then(
          () => 200,
          (e: { status: number }) => e.status,
        ),
      );
    expect(statuses.filter((s) => s === 200)).toHaveLength(180);
    expect(statuses.slice(180).every((s) => s === 429)).toBe(true);
  });
});

describe('log, clock and reset', () => {
  it('A-API-24: logs API requests with method, path, status, token as sent and time; not control routes', async () => {
    emu().clock.setSpeed(0);
    emu().clock.set('2026-04-05T06:07:08.000Z');
    await client().users.me({});
    await editor().databases.retrieve({ database_id: emu().databaseId });
    await fetch(`${emu().url}/__emulator/clock`);
    const res = await fetch(`${emu().url}/__emulator/log`);
    const { entries } = (await res.json()) as { entries: Record<string, unknown>[] };
    expect(entries.map((e) => [e.method, e.path, e.status, e.token, e.time])).toEqual([
      ['GET', '/v1/users/me', 200, emu().token, '2026-04-05T06:07:08.000Z'],
      [
        'GET',
        `/v1/databases/${emu().databaseId}`,
        200,
        emu().editorToken,
        '2026-04-05T06:07:08.000Z',
      ],
    ]);
  });

  it('moves the clock through POST /__emulator/clock', async () => {
    const res = await fetch(`${emu().url}/__emulator/clock`, {
      method: 'POST',
      body: JSON.stringify({ set: '2027-01-01T00:00:00.000Z', speed: 0 }),
    });
    expect(await res.json()).toEqual({ now: '2027-01-01T00:00:00.000Z', speed: 0 });
    await fetch(`${emu().url}/__emulator/clock`, {
      method: 'POST',
      body: JSON.stringify({ advanceMs: 120_000 }),
    });
    const page = (await createPage(client(), emu().dataSourceId, { title: 'x' })) as {
      created_time?: string;
    };
    expect(page.created_time).toBe('2027-01-01T00:02:00.000Z');
  });

  it('A-API-28: reset (also POST /__emulator/reset) empties the workspace but keeps tokens and ids', async () => {
    await createPage(client(), emu().dataSourceId, { title: 'x' });
    emu().injectFault({ status: 500, count: 5 });
    const res = await fetch(`${emu().url}/__emulator/reset`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(emu().log()).toHaveLength(0);
    const db = await client().databases.retrieve({ database_id: emu().databaseId });
    expect('data_sources' in db && db.data_sources[0]?.id).toBe(emu().dataSourceId);
    expect(emu().listPages()).toHaveLength(0);
  });

  it('A-API-33: --latency-ms delays every answer in real time, whatever the clock speed', async () => {
    const slow = await startEmulator({ latencyMs: 40 });
    try {
      slow.clock.setSpeed(1000);
      const c = new Client({
        auth: slow.token,
        baseUrl: slow.url,
        logLevel: LogLevel.ERROR,
        retry: FAST_RETRY,
      });
      const order: string[] = [];
      await Promise.all([
        c.users.me({}).then(() => order.push('slow emulator')),
        client()
          .users.me({})
          .then(() => order.push('plain emulator')),
      ]);
      expect(order).toEqual(['plain emulator', 'slow emulator']);
    } finally {
      await slow.close();
    }
  });
});
