import { afterEach, describe, expect, it } from 'vitest';
import { NotionGateway } from '../../src/notion/client.js';
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
