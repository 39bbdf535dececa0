import { Client, LogLevel, type Logger } from '@notionhq/client';
import PQueue from 'p-queue';
import { IdseError } from '../errors.js';
import { boundedResponse } from './bounds.js';
import { redactSecrets } from './redact.js';

const READ_RETRIES = 3;
const READ_RETRY_DELAY_MS = 250;
const RETRIED_READ_STATUSES = new Set([500, 502, 503, 504]);

/** GETs, and the POSTs that only read: data source and database queries, search. */
function isRead(url: string, method: string | undefined): boolean {
  const verb = (method ?? 'GET').toUpperCase();
  if (verb === 'GET') return true;
  const path = new URL(url, 'http://localhost').pathname;
  return verb === 'POST' && (/\/query$/.test(path) || /\/v1\/search$/.test(path));
}

/** How a run talks to Notion. */
export interface NotionClientOptions {
  token: string;
  /** A non-default API host (the emulator, a proxy). */
  baseUrl?: string;
  /** Requests per second for the whole run (Notion allows ~3/s per integration). */
  ratePerSecond?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Where the SDK's warnings go, already stripped of the token. */
  log?: (line: string) => void;
  /** For tests: the transport under the pacer. */
  fetch?: typeof fetch;
}

/**
 * The one `@notionhq/client` of a run, behind one scheduler: every HTTP request (the SDK's
 * retries included) waits for its turn at the configured rate, is counted, and a 429 pauses
 * everyone for its `Retry-After`, so rate limiting is an exception rather than the pacing.
 */
export class NotionGateway {
  readonly client: Client;
  private readonly queue: PQueue;
  private requests = 0;
  private rateLimitedResponses = 0;
  private pausedUntil = 0;

  constructor(options: NotionClientOptions) {
    const rate = options.ratePerSecond ?? 3;
    if (!(rate > 0)) throw new RangeError('ratePerSecond must be positive');
    // One start every 1/rate seconds: an even spread instead of bursts at window edges.
    this.queue = new PQueue({
      concurrency: options.concurrency ?? 3,
      intervalCap: 1,
      interval: Math.max(1, Math.ceil(1000 / rate)),
      carryoverIntervalCount: true,
    });
    const transport = options.fetch ?? fetch;
    const secrets = [options.token];
    const log = options.log;
    const logger: Logger = (level, message, extra) => {
      // Every failed request becomes a run-stopping message or an artifact's reason already;
      // the SDK's own "request fail" line would only say it twice.
      if (message === 'request fail') return;
      if (log) log(redactSecrets(`notion ${level}: ${message} ${JSON.stringify(extra)}`, secrets));
    };
    this.client = new Client({
      auth: options.token,
      ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
      logLevel: LogLevel.WARN,
      logger,
      // 429 storms outlast the SDK's default two retries; each retry still waits its turn.
      retry: { maxRetries: 5 },
      fetch: (url, init) => this.send(transport, url, init),
    });
  }

  /** Notion HTTP requests made so far, retries included. */
  get requestCount(): number {
    return this.requests;
  }

  /** 429 answers seen so far. */
  get rateLimitedCount(): number {
    return this.rateLimitedResponses;
  }

  /**
   * A read is safe to repeat, so a 5xx or a dropped connection on one is retried here: the SDK
   * retries only 500/503 and only on GET, and a data source query is a POST. A write is never
   * repeated blindly (it may have been applied); its caller looks before writing again.
   */
  private async send(
    transport: typeof fetch,
    url: string,
    init: RequestInit | undefined,
  ): Promise<Response> {
    const read = isRead(url, init?.method);
    // A redirect could carry the token's request to another host: never followed.
    const request: RequestInit = { ...init, redirect: 'error' };
    const what = `${(init?.method ?? 'GET').toUpperCase()} ${new URL(url, 'http://localhost').pathname}`;
    for (let attempt = 0; ; attempt++) {
      const last = !read || attempt >= READ_RETRIES;
      try {
        const response = await this.paced(() => transport(url, request));
        if (last || !RETRIED_READ_STATUSES.has(response.status)) {
          return await boundedResponse(response, what);
        }
        await response.body?.cancel();
      } catch (error) {
        if (last || init?.signal?.aborted === true || error instanceof IdseError) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS * 2 ** attempt));
    }
  }

  private async paced(send: () => Promise<Response>): Promise<Response> {
    return this.queue.add(async () => {
      const wait = this.pausedUntil - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.requests++;
      const response = await send();
      if (response.status === 429) {
        this.rateLimitedResponses++;
        const seconds = Number(response.headers.get('retry-after'));
        const delay = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000;
        this.pausedUntil = Math.max(this.pausedUntil, Date.now() + delay);
      }
      return response;
    }) as Promise<Response>;
  }

  /** Waits for requests in flight (tests and benchmarks). */
  async idle(): Promise<void> {
    await this.queue.onIdle();
  }
}
