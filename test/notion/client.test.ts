import { afterEach, describe, expect, it } from 'vitest';
import { NOTION_VERSION, NotionGateway } from '../../src/notion/client.js';
import { redactSecrets } from '../../src/notion/redact.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('NotionGateway', () => {
  it('counts every request, and paced under the limit gets no 429', async () => {
    // 30 requests per 10 emulated seconds; 60 requests span several windows.
    emulator = await startEmulator({ rateLimit: 3, rateLimitWindowSeconds: 10 });
    const speed = 20;
    emulator.clock.setSpeed(speed);
    const gateway = new NotionGateway({
      token: emulator.token,
      baseUrl: emulator.url,
      // 2.5 requests per emulated second, in real time: a margin for timer jitter under load.
      ratePerSecond: 2.5 * speed,
    });
    await Promise.all(Array.from({ length: 60 }, () => gateway.client.users.me({})));
    expect(gateway.requestCount).toBe(60);
    expect(gateway.rateLimitedCount).toBe(0);
    expect(emulator.log().filter((e) => e.status === 429)).toHaveLength(0);
  });

  it('survives 429s when unpaced: retries are counted and every call succeeds', async () => {
    emulator = await startEmulator({ rateLimit: 3, rateLimitWindowSeconds: 1 });
    emulator.clock.setSpeed(50);
    const gateway = new NotionGateway({
      token: emulator.token,
      baseUrl: emulator.url,
      ratePerSecond: 1000,
      concurrency: 10,
    });
    const results = await Promise.all(Array.from({ length: 8 }, () => gateway.client.users.me({})));
    expect(results).toHaveLength(8);
    expect(gateway.rateLimitedCount).toBeGreaterThan(0);
    expect(gateway.requestCount).toBe(emulator.log().length);
    expect(gateway.requestCount).toBe(8 + gateway.rateLimitedCount);
  });
});

/** A clock that moves only when the test says: sleepers wake when it reaches their time. */
class VirtualTimer {
  time = 0;
  sleepers: { at: number; wake: () => void }[] = [];
  readonly now = () => this.time;
  readonly sleep = (ms: number) =>
    new Promise<void>((wake) => this.sleepers.push({ at: this.time + ms, wake }));
  advance(ms: number): void {
    this.time += ms;
    const due = this.sleepers.filter((s) => s.at <= this.time);
    this.sleepers = this.sleepers.filter((s) => s.at > this.time);
    for (const sleeper of due) sleeper.wake();
  }
}

/** Resolves once `done()` holds; fails the test after a generous bound instead of hanging. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(done()).toBe(true);
}

const me = () => Response.json({ object: 'user', id: 'u1', type: 'bot', bot: {} });
const error = (status: number, code: string, extra: object = {}, headers: object = {}) =>
  Response.json(
    { object: 'error', status, code, message: code, ...extra },
    { status, headers: { ...headers } },
  );

function gatewayOver(answers: (() => Response)[], timer = new VirtualTimer()) {
  const calls: { url: string; init: RequestInit | undefined; at: number }[] = [];
  const gateway = new NotionGateway({
    token: 'secret_test_token_0123456789',
    ratePerSecond: 1000,
    timer,
    fetch: async (url, init) => {
      calls.push({ url: String(url), init, at: timer.now() });
      return (answers.shift() ?? me)();
    },
  });
  return { gateway, calls, timer };
}

describe('pacing', () => {
  it('keeps up to `concurrency` requests in flight: a slow answer does not hold the next back', async () => {
    let inFlight = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const gateway = new NotionGateway({
      token: 'secret_test_token_0123456789',
      ratePerSecond: 1000,
      concurrency: 3,
      fetch: async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise<void>((r) => release.push(r));
        inFlight--;
        return me();
      },
    });
    const answers = Array.from({ length: 5 }, () => gateway.client.users.me({}));
    await until(() => release.length === 3);
    while (release.length > 0 || inFlight > 0) {
      release.shift()?.();
      await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all(answers);
    expect(most).toBe(3);
  });
});

describe('the run-wide retry policy', () => {
  it('a 529 pauses the whole queue for its Retry-After; nothing is sent until then', async () => {
    const { gateway, calls, timer } = gatewayOver([
      () => error(529, 'service_overload', {}, { 'retry-after': '2' }),
    ]);
    const first = gateway.client.users.me({});
    await until(() => calls.length === 1 && timer.sleepers.length === 1);
    const others = [gateway.client.users.me({}), gateway.client.users.me({})];
    // Requests in flight at once (up to the concurrency) all wait the pause out: none is sent.
    await until(() => timer.sleepers.length === 3);
    timer.advance(1999);
    expect(calls).toHaveLength(1);
    expect(timer.sleepers).toHaveLength(3);
    timer.advance(1);
    await Promise.all([first, ...others]);
    // The retry and the requests queued behind it all went out after the pause, not before.
    expect(calls.map((c) => c.at)).toEqual([0, 2000, 2000, 2000]);
    expect(gateway.overloadedCount).toBe(1);
    expect(gateway.requestCount).toBe(4);
  });

  it('a 429 is paused and sent again by the gateway alone: the SDK retries nothing', async () => {
    const { gateway, calls, timer } = gatewayOver([
      () => error(429, 'rate_limited', {}, { 'retry-after': '1' }),
    ]);
    const answer = gateway.client.users.me({});
    await until(() => timer.sleepers.length === 1);
    timer.advance(1000);
    await answer;
    expect(calls).toHaveLength(2);
    expect(gateway.rateLimitedCount).toBe(1);
    // A write answered 500 is not repeated (it may have been applied), by anyone.
    const write = gatewayOver([() => error(500, 'internal_server_error')]);
    await expect(
      write.gateway.client.pages.update({ page_id: 'p', properties: {} }),
    ).rejects.toMatchObject({ status: 500 });
    expect(write.calls).toHaveLength(1);
  });

  it('a 5xx on a read is retried a bounded number of times', async () => {
    const failing = Array.from({ length: 10 }, () => () => error(503, 'service_unavailable'));
    const { gateway, calls, timer } = gatewayOver(failing);
    const answer = gateway.client.users.me({}).catch((e: unknown) => e);
    for (let i = 0; i < 3; i++) {
      await until(() => timer.sleepers.length === 1);
      timer.advance(60_000);
    }
    expect(await answer).toMatchObject({ status: 503 });
    expect(calls).toHaveLength(4);
  });

  it('a blocked connection stops every request with one error and sends nothing more', async () => {
    const blocked = () =>
      error(429, 'rate_limited', {
        additional_data: { rate_limit_reason: 'public_api_request_blocked' },
      });
    const { gateway, calls } = gatewayOver([blocked]);
    const first = await gateway.client.users.me({}).catch((e: unknown) => e);
    expect(first).toMatchObject({ code: 'notion-blocked' });
    const again = await gateway.client.users.me({}).catch((e: unknown) => e);
    expect(again).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it('sends the newest Notion-Version the reference documents', async () => {
    const { gateway, calls } = gatewayOver([]);
    await gateway.client.users.me({});
    const headers = calls[0]?.init?.headers as Record<string, string>;
    expect(headers['Notion-Version']).toBe('2026-03-11');
    expect(NOTION_VERSION).toBe('2026-03-11');
  });
});

describe('redactSecrets', () => {
  it('removes the token in plain and URL-encoded form, and anything shaped like one', () => {
    const token = 'secret_abc+def/ghi=jkl012345';
    const text = `bad ${token} and ${encodeURIComponent(token)} and ntn_${'x'.repeat(30)}`;
    const redacted = redactSecrets(text, [token]);
    expect(redacted).not.toContain('abc');
    expect(redacted).not.toContain('ntn_');
    expect(redacted.match(/\[redacted\]/g)).toHaveLength(3);
  });
});
