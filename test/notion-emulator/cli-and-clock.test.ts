import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { EmulatorClock, isoRoundedToMinute } from './clock.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

function firstLine(
  command: string,
  args: string[],
): Promise<{ line: string; child: ReturnType<typeof spawn> }> {
  // Its own process group, so stopping it also stops what npx starts underneath.
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', (line) => resolve({ line, child }));
    child.once('exit', (code) => reject(new Error(`emulator exited early with ${String(code)}`)));
  });
}

function exitOf(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Sends `signal` to the process group the test started (npx, npm, tsx and the emulator). */
function signalGroup(child: ReturnType<typeof spawn>, signal: NodeJS.Signals): void {
  if (child.pid !== undefined) process.kill(-child.pid, signal);
}

describe('npm run emulator', () => {
  it('prints one JSON line with url, tokens and ids when ready, and serves the API at that url', async () => {
    const { line, child } = await firstLine(process.execPath, [
      '--import',
      'tsx',
      'test/notion-emulator/main.ts',
      '--port',
      '0',
    ]);
    try {
      const info = JSON.parse(line) as Record<string, string>;
      expect(Object.keys(info)).toEqual(
        expect.arrayContaining(['url', 'token', 'editorToken', 'databaseId', 'dataSourceId']),
      );
      const res = await fetch(`${info.url}/v1/databases/${info.databaseId}`, {
        headers: { Authorization: `Bearer ${info.token}`, 'Notion-Version': '2025-09-03' },
      });
      expect(((await res.json()) as { data_sources: { id: string }[] }).data_sources[0]?.id).toBe(
        info.dataSourceId,
      );
    } finally {
      const exited = exitOf(child);
      signalGroup(child, 'SIGTERM');
      await exited;
    }
  });

  it('applies --rate-limit and exits with 0 on SIGTERM', async () => {
    // As `npm run emulator` starts it: node with tsx's loader, no tsx wrapper process (whose
    // 30 ms wait for the child's signal handshake turns a SIGTERM into exit 143 under load).
    const { line, child } = await firstLine(process.execPath, [
      '--import',
      'tsx',
      'test/notion-emulator/main.ts',
      '--port',
      '0',
      '--rate-limit',
      '0.02',
    ]);
    const info = JSON.parse(line) as Record<string, string>;
    const headers = { Authorization: `Bearer ${info.token}`, 'Notion-Version': '2025-09-03' };
    // 0.02 requests per second = a budget of one request per minute
    expect((await fetch(`${info.url}/v1/users/me`, { headers })).status).toBe(200);
    expect((await fetch(`${info.url}/v1/users/me`, { headers })).status).toBe(429);
    const exited = exitOf(child);
    signalGroup(child, 'SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('clock', () => {
  it('sets, advances, scales and freezes emulated time', () => {
    let real = 1_000_000;
    const clock = new EmulatorClock('2026-01-01T00:00:00.000Z', 1, () => real);
    real += 1000;
    expect(clock.nowIso()).toBe('2026-01-01T00:00:01.000Z');
    clock.setSpeed(20);
    real += 1000;
    expect(clock.nowIso()).toBe('2026-01-01T00:00:21.000Z');
    expect(clock.toRealMs(60_000)).toBe(3000);
    clock.advance(39_000);
    expect(clock.nowIso()).toBe('2026-01-01T00:01:00.000Z');
    clock.setSpeed(0);
    real += 5000;
    expect(clock.nowIso()).toBe('2026-01-01T00:01:00.000Z');
    clock.set('2030-05-05T05:05:05.000Z');
    expect(clock.nowIso()).toBe('2030-05-05T05:05:05.000Z');
    expect(() => clock.setSpeed(-1)).toThrow();
  });

  it('rounds timestamps down to the minute', () => {
    expect(isoRoundedToMinute(Date.parse('2026-01-01T10:59:59.999Z'))).toBe(
      '2026-01-01T10:59:00.000Z',
    );
  });
});
