import { parseArgs } from 'node:util';
import { startEmulator } from './index.js';

/**
 * `npm run emulator -- [--port N] [--rate-limit RPS] [--latency-ms MS]`: runs in the
 * foreground and prints one JSON line when ready.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'rate-limit': { type: 'string' },
      'latency-ms': { type: 'string' },
    },
  });
  const number = (name: string, raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0)
      throw new Error(`--${name} needs a non-negative number, got "${raw}"`);
    return n;
  };
  const rateLimit = number('rate-limit', values['rate-limit']);
  const latencyMs = number('latency-ms', values['latency-ms']);
  const emulator = await startEmulator({
    port: number('port', values.port) ?? 0,
    ...(rateLimit !== undefined ? { rateLimit } : {}),
    ...(latencyMs !== undefined ? { latencyMs } : {}),
  });
  const { url, token, editorToken, databaseId, dataSourceId, parentPageId } = emulator;
  process.stdout.write(
    `${JSON.stringify({ url, token, editorToken, databaseId, dataSourceId, parentPageId })}\n`,
  );
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
