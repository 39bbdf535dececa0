import { IdseError } from '../../errors.js';
import { NotionGateway } from '../../notion/client.js';
import { NotionSchemaAdmin } from '../../notion/schema-admin.js';
import type { CliIo } from '../io.js';

/** The run's one paced, counted Notion connection; SDK warnings go to stderr, token-free. */
export function openGateway(
  access: { token: string; baseUrl?: string },
  rate: string | undefined,
  io: CliIo,
): NotionGateway {
  const gateway = new NotionGateway({
    token: access.token,
    ...(access.baseUrl !== undefined ? { baseUrl: access.baseUrl } : {}),
    ratePerSecond: requestRate(rate),
    log: (line) => io.stderr.write(`${line}\n`),
  });
  io.meter?.watch(() => gateway.requestCount);
  return gateway;
}

/** A paced, counted connection for `init` and `doctor`. */
export function connectSchemaAdmin(
  access: { token: string; baseUrl?: string },
  rate: string | undefined,
  io: CliIo,
): { admin: NotionSchemaAdmin; requestCount(): number } {
  const gateway = openGateway(access, rate, io);
  return { admin: new NotionSchemaAdmin(gateway), requestCount: () => gateway.requestCount };
}

/** `--rate`: Notion requests per second, 3 (Notion's limit per integration) when absent. */
export function requestRate(rate: string | undefined): number {
  if (rate === undefined) return 3;
  const value = Number(rate);
  if (!Number.isFinite(value) || value <= 0) {
    throw new IdseError(
      'usage',
      `--rate must be a positive number of requests per second, not "${rate}".`,
      'For example: --rate 3',
    );
  }
  return value;
}
