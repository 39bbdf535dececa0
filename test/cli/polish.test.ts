import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { startProgress } from '../../src/cli/progress.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const SAMPLE = 'examples/sample';
const ANSI = '\u001b[';

async function run(
  args: string[],
  options: { env?: Record<string, string | undefined>; tty?: boolean; stderrTty?: boolean } = {},
) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: Object.assign(
      { write: (chunk: string) => (stderr += chunk) },
      options.stderrTty ? { isTTY: true } : {},
    ),
    cwd: REPO_ROOT,
    env: options.env ?? {},
    isTTY: options.tty ?? false,
  });
  return { code, stdout, stderr };
}

describe('--help', () => {
  const commands = [
    [],
    ['status'],
    ['push'],
    ['pull'],
    ['resolve'],
    ['migrate'],
    ['init'],
    ['doctor'],
    ['hooks'],
    ['hooks', 'install'],
  ];
  it.each(commands.map((c) => [c.join(' ') || '(root)', c] as const))(
    '%s shows usage and examples on stdout, exit 0',
    async (_name, command) => {
      const help = await run([...command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stderr).toBe('');
      expect(help.stdout).toMatch(/^Usage: idse-sync/);
      expect(help.stdout).toMatch(/\nExamples?:\n {2}idse-sync /);
    },
  );
});

describe('errors', () => {
  it('a usage error is the problem and its fix, on stderr only, exit 2', async () => {
    const wrong = await run(['push', '--no-such-flag']);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toBe(
      "idse-sync: unknown option '--no-such-flag'. Fix: run `idse-sync push --help` for the options and examples.\n",
    );
  });

  it('Notion out of reach is a message with a fix, not an internal error', async () => {
    const port = await closedPort();
    const failed = await run(['push', '--workspace', SAMPLE, '--dry-run'], {
      env: {
        NOTION_TOKEN: 'ntn_test_token_that_goes_nowhere_000000',
        IDSE_NOTION_DATABASE_ID: '0123456789abcdef0123456789abcdef',
        NOTION_BASE_URL: `http://127.0.0.1:${port}`,
      },
    });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^idse-sync: Cannot reach Notion \(ECONNREFUSED\)\. Fix: /);
    expect(failed.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('is red on a terminal only, and never with NO_COLOR', async () => {
    const args = ['status', '--workspace', 'no-such-folder'];
    expect((await run(args, { stderrTty: true })).stderr).toContain(`${ANSI}31m`);
    expect((await run(args, { stderrTty: true, env: { NO_COLOR: '1' } })).stderr).not.toContain(
      ANSI,
    );
    expect((await run(args)).stderr).not.toContain(ANSI);
  });
});

describe('output', () => {
  it('colours the report on a terminal, never with NO_COLOR, never in JSON', async () => {
    const status = ['status', '--workspace', SAMPLE];
    expect((await run(status, { tty: true })).stdout).toContain(ANSI);
    expect((await run(status, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ANSI);
    // NO_COLOR set but empty does not count (no-color.org).
    expect((await run(status, { tty: true, env: { NO_COLOR: '' } })).stdout).toContain(ANSI);
    expect((await run(status, { tty: true, env: { TERM: 'dumb' } })).stdout).not.toContain(ANSI);
    expect((await run(status)).stdout).not.toContain(ANSI);
    const json = await run([...status, '--json'], { tty: true });
    expect(json.stdout).not.toContain(ANSI);
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
  });
});

describe('progress indicator', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function recorder() {
    const chunks: string[] = [];
    return { chunks, stream: { write: (chunk: string) => chunks.push(chunk) } };
  }

  it('on a terminal: nothing for a short run, then one line redrawn in place and erased', () => {
    vi.useFakeTimers();
    let now = 0;
    const { chunks, stream } = recorder();
    const meter = startProgress(stream, 'push', { tty: true, now: () => now });
    let requests = 0;
    meter.watch(() => requests);
    now = 1500;
    vi.advanceTimersByTime(1500);
    expect(chunks).toEqual([]);
    requests = 42;
    now = 3000;
    vi.advanceTimersByTime(600);
    expect(chunks.length).toBeGreaterThan(0);
    const line = chunks.at(-1) ?? '';
    expect(line.startsWith('\r')).toBe(true);
    expect(line).toContain(' push: 42 Notion requests, 3 s');
    expect(line.endsWith('\u001b[K')).toBe(true);
    expect(chunks.join('')).not.toContain('\n');
    meter.stop();
    expect(chunks.at(-1)).toBe('\r\u001b[K');
    const count = chunks.length;
    vi.advanceTimersByTime(10_000);
    expect(chunks).toHaveLength(count);
  });

  it('elsewhere (CI): a plain line now and then, nothing to erase', () => {
    vi.useFakeTimers();
    let now = 0;
    const { chunks, stream } = recorder();
    const meter = startProgress(stream, 'pull', { tty: false, now: () => now });
    meter.watch(() => 7);
    meter.watch(() => 3);
    now = 15_000;
    vi.advanceTimersByTime(15_000);
    expect(chunks).toEqual(['idse-sync pull: still running, 10 Notion requests so far (15 s)\n']);
    meter.stop();
    expect(chunks).toHaveLength(1);
  });

  it('a quick run prints nothing at all', () => {
    vi.useFakeTimers();
    const { chunks, stream } = recorder();
    const meter = startProgress(stream, 'push', { tty: true });
    vi.advanceTimersByTime(500);
    meter.stop();
    expect(chunks).toEqual([]);
  });
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
