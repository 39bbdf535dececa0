import { Client, LogLevel, type Logger } from '@notionhq/client';
import PQueue from 'p-queue';
import { ExitCode, IdseError } from '../errors.js';
import { boundedResponse } from './bounds.js';
import { redactSecrets } from './redact.js';

/**
 * The newest Notion-Version the reference documents
 * (https://developers.notion.com/reference/versioning): `archived` is gone (this tool reads and
 * writes `in_trash` only), and pages carry `is_archived` for the archive partition.
 */
export const NOTION_VERSION = '2026-03-11';

const SERVER_RETRIES = 3;
const SERVER_RETRY_DELAY_MS = 250;
const RETRIED_READ_STATUSES = new Set([500, 502, 503, 504]);
// A request waits out at most this many 429/529 answers before its error is reported.
const PAUSES_PER_REQUEST = 8;
const DEFAULT_PAUSE_MS = 1000;

/** GETs, and the POSTs that only read: data source and database queries, search. */
function isRead(url: string, method: string | undefined): boolean {
  const verb = (method ?? 'GET').toUpperCase();
  if (verb === 'GET') return true;
  const path = new URL(url, 'http://localhost').pathname;
  return verb === 'POST' && (/\/query$/.test(path) || /\/v1\/search$/.test(path));
}

/** The gateway's sense of time; tests pass a virtual one. */
export interface GatewayTimer {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realTimer: GatewayTimer = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

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
  /** For tests: the clock pauses are measured and waited on. */
  timer?: GatewayTimer;
}

/**
 * The one `@notionhq/client` of a run, behind one scheduler and one retry policy
 * (https://developers.notion.com/reference/request-limits). Every HTTP request waits for its
 * turn at the configured rate and is counted. A 429 or 529 pauses the whole queue for its
 * Retry-After and the request is sent again; a 429 whose `rate_limit_reason` is
 * `public_api_request_blocked` stops the run, since waiting does not cure it; a 5xx on a read is
 * retried a bounded number of times. The SDK's own retries are off, so no loop nests in another.
 */
export class NotionGateway {
  readonly client: Client;
  /** The API host requests go to (Notion's unless configured). */
  readonly baseUrl: string;
  private readonly queue: PQueue;
  private readonly timer: GatewayTimer;
  private requests = 0;
  private rateLimitedResponses = 0;
  private overloadedResponses = 0;
  private pausedUntil = 0;
  private blocked: IdseError | undefined;

  constructor(options: NotionClientOptions) {
    const rate = options.ratePerSecond ?? 3;
    if (!(rate > 0)) throw new RangeError('ratePerSecond must be positive');
    this.timer = options.timer ?? realTimer;
    this.baseUrl = options.baseUrl ?? 'https://api.notion.com';
    // One start every 1/rate seconds, with up to `concurrency` requests in flight: a request
    // slower than 1/rate seconds must not hold the next one back, or a 300 ms Notion answer
    // halves the rate. (Carrying running requests over into the next window's count let only
    // one be in flight.)
    this.queue = new PQueue({
      concurrency: options.concurrency ?? 3,
      intervalCap: 1,
      interval: Math.max(1, Math.ceil(1000 / rate)),
      carryoverIntervalCount: false,
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
      notionVersion: NOTION_VERSION,
      logLevel: LogLevel.WARN,
      logger,
      retry: false,
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

  /** 529 answers seen so far. */
  get overloadedCount(): number {
    return this.overloadedResponses;
  }

  /**
   * Sends one SDK request under the run's retry policy. A write answered 5xx is never repeated
   * here (it may have been applied): its caller looks before writing again.
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
    let serverRetries = 0;
    let pauses = 0;
    for (;;) {
      let response: Response;
      try {
        response = await this.paced(() => transport(url, request));
      } catch (error) {
        if (error === this.blocked || !read || serverRetries >= SERVER_RETRIES) throw error;
        if (init?.signal?.aborted === true || error instanceof IdseError) throw error;
        await this.timer.sleep(SERVER_RETRY_DELAY_MS * 2 ** serverRetries++);
        continue;
      }
      if (this.blocked !== undefined && response.status === 429) {
        await response.body?.cancel();
        throw this.blocked;
      }
      if ((response.status === 429 || response.status === 529) && pauses < PAUSES_PER_REQUEST) {
        // The pause was set when the answer came in: the next turn of the queue waits it out.
        pauses++;
        await response.body?.cancel();
        continue;
      }
      if (read && RETRIED_READ_STATUSES.has(response.status) && serverRetries < SERVER_RETRIES) {
        await response.body?.cancel();
        await this.timer.sleep(SERVER_RETRY_DELAY_MS * 2 ** serverRetries++);
        continue;
      }
      return boundedResponse(response, what);
    }
  }

  private async paced(send: () => Promise<Response>): Promise<Response> {
    return this.queue.add(async () => {
      if (this.blocked !== undefined) throw this.blocked;
      const wait = this.pausedUntil - this.timer.now();
      if (wait > 0) await this.timer.sleep(wait);
      if (this.blocked !== undefined) throw this.blocked;
      this.requests++;
      const response = await send();
      if (response.status === 429 || response.status === 529) {
        if (response.status === 429) this.rateLimitedResponses++;
        else this.overloadedResponses++;
        if (response.status === 429 && (await rateLimitReason(response)) === BLOCKED_REASON) {
          this.blocked = blockedError();
          return response;
        }
        this.pausedUntil = Math.max(this.pausedUntil, this.timer.now() + retryAfterMs(response));
      }
      return response;
    }) as Promise<Response>;
  }

  /** Waits for requests in flight (tests and benchmarks). */
  async idle(): Promise<void> {
    await this.queue.onIdle();
  }
}

const BLOCKED_REASON = 'public_api_request_blocked';

async function rateLimitReason(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.clone().json()) as {
      additional_data?: { rate_limit_reason?: unknown };
    };
    const reason = body.additional_data?.rate_limit_reason;
    return typeof reason === 'string' ? reason : undefined;
  } catch {
    return undefined;
  }
}

/** Retry-After "is set as an integer number of seconds"; a 529 without one waits a second. */
function retryAfterMs(response: Response): number {
  const header = response.headers.get('retry-after');
  const seconds = header === null || header.trim() === '' ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : DEFAULT_PAUSE_MS;
}

function blockedError(): IdseError {
  return new IdseError(
    'notion-blocked',
    "Notion is blocking this integration's requests (429 rate_limited, public_api_request_blocked); the run stopped and sent nothing more.",
    "Waiting does not lift it: ask the workspace owner to check the integration in Notion's connection settings (or Notion support), then run again.",
    { exitCode: ExitCode.UsageOrConfig },
  );
}
