import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { handleControl } from './control.js';
import { serveHostedFile } from './hosted-files.js';
import type { EmulatorCore, LogEntry } from './core.js';
import { ApiError, SERVER_ERROR_CODES, validationError } from './errors.js';
import type { FaultSpec } from './faults.js';
import { API_VERSIONS, type ApiVersion } from './responses.js';
import { isCreate, matchRoute } from './routes.js';

// https://developers.notion.com/reference/request-limits#size-limits: 500KB per payload.
const MAX_PAYLOAD_BYTES = 500_000;
// A file part may be 20 MiB (https://developers.notion.com/reference/upload-file), plus its form.
const HARD_BODY_CAP = 21 * 1024 * 1024;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the HTTP server on loopback; resolves with its base URL. */
export async function listen(
  core: EmulatorCore,
  port: number,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    serve(core, req, res, baseUrlOf(server)).catch((error: unknown) => {
      // A bug in the emulator, not a Notion behaviour: say so loudly.
      console.error('notion emulator bug:', error);
      if (!res.headersSent)
        sendJson(
          res,
          500,
          errorBody(500, 'internal_server_error', `emulator bug: ${String(error)}`, randomUUID()),
        );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  core.serveFilesFrom(`${baseUrlOf(server)}/files`);
  return { server, url: baseUrlOf(server) };
}

function baseUrlOf(server: Server): string {
  const address = server.address() as AddressInfo | null;
  return `http://127.0.0.1:${address?.port ?? 0}`;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > HARD_BODY_CAP) break;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function serve(
  core: EmulatorCore,
  req: IncomingMessage,
  res: ServerResponse,
  baseUrl: string,
): Promise<void> {
  const url = new URL(req.url ?? '/', baseUrl);
  const method = (req.method ?? 'GET').toUpperCase();
  const raw = await readBody(req);
  if (url.pathname.startsWith('/__emulator/')) {
    const result = handleControl(core, method, url, raw, req.socket.remoteAddress);
    sendJson(res, result.status, result.body);
    return;
  }
  // Notion-hosted files: storage, not the API (no token, not in the request log).
  if (url.pathname.startsWith('/files/') && method === 'GET') {
    serveHostedFile(core.store, url, res);
    return;
  }
  const requestId = randomUUID();
  const auth = req.headers.authorization;
  const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : (auth ?? null);
  const entry: LogEntry = {
    seq: core.requestLog.length + 1,
    time: core.clock.nowIso(),
    method,
    path: url.pathname,
    query: url.search,
    token,
    status: null,
    body: parseForLog(raw),
  };
  core.requestLog.push(entry);
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    entry.status = status;
    const delay = core.latencyMs;
    const send = () =>
      sendJson(res, status, body, { 'x-notion-request-id': requestId, ...headers });
    if (delay > 0) setTimeout(send, delay);
    else send();
  };
  const fail = (e: ApiError) =>
    answer(
      e.status,
      errorBody(e.status, e.code, e.message, requestId, e.additionalData),
      e.headers,
    );

  try {
    const integration = core.store.integration(token ?? undefined);
    if (!integration) throw new ApiError(401, 'unauthorized', 'API token is invalid.');
    const version = checkVersion(req.headers['notion-version']);
    const limited = core.limiter.take(integration.token);
    if (limited) {
      const seconds = String(limited.retryAfterSeconds);
      throw new ApiError(
        429,
        'rate_limited',
        'You have been rate limited. Please try again in a few minutes.',
        { rate_limit_reason: 'public_api_request_rate_limit', retry_after: seconds },
        { 'retry-after': seconds },
      );
    }
    const fault = core.faults.take(method, url.pathname);
    if (fault) entry.fault = describeFault(fault);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault?.drop === 'before') return dropConnection(res);
    if (fault?.hold && (await core.held.hold(entry)) === 'drop') return dropConnection(res);
    if (fault?.status !== undefined) throw serverError(fault.status);
    if (fault?.blocked) throw blockedError();
    if (fault?.echoToken) {
      throw validationError(
        `Request rejected for header authorization: "${auth ?? ''}" (token ${token ?? ''}).`,
      );
    }
    const matched = matchRoute(method, url.pathname);
    if (!matched) throw new ApiError(400, 'invalid_request_url', 'Invalid request URL.');
    const contentType = req.headers['content-type'] ?? '';
    const multipart = /^multipart\/form-data/i.test(contentType);
    if (raw.length > MAX_PAYLOAD_BYTES && !multipart) {
      throw validationError(
        `The request body is ${raw.length} bytes; the limit is ${MAX_PAYLOAD_BYTES} (500KB).`,
      );
    }
    const body = multipart ? await parseForm(raw, contentType) : parseBody(raw);
    if (fault?.warnings && fault.ignoredText) ignoreText(body, fault.ignoredText);
    const result = matched.handler({
      store: core.store,
      integration,
      version,
      body,
      query: url.searchParams,
      params: matched.params,
      baseUrl,
      settings: core.settings,
    });
    if (fault?.warnings && method === 'PATCH') addWarnings(result.body, fault.warnings);
    if (fault?.drop === 'after') return dropConnection(res);
    if (fault?.savedButUnavailable) {
      const additional: Record<string, string | string[]> = {
        from: 'emulator.savedButUnavailable',
        elapsed_ms: '55012',
        deadline_ms: '55000',
        retry_guidance: [
          'Read the object again to confirm the saved change.',
          'Do not repeat the write.',
        ],
      };
      if (isCreate(method, url.pathname) && result.createdId)
        additional.committed_resource_id = result.createdId;
      throw new ApiError(
        503,
        'service_unavailable',
        'The change was saved, but the response could not be built in time. Read the object again instead of repeating the write.',
        additional,
      );
    }
    answer(result.status ?? 200, result.body);
  } catch (error) {
    if (error instanceof ApiError) fail(error);
    else throw error;
  }
}

/**
 * Notion-Version is required (400 missing_version); the emulator implements 2025-09-03 and
 * 2026-03-11 only (https://developers.notion.com/reference/versioning).
 */
function checkVersion(raw: string | string[] | undefined): ApiVersion {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === '') {
    throw new ApiError(
      400,
      'missing_version',
      'Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.',
    );
  }
  const version = API_VERSIONS.find((v) => v === value);
  if (!version) {
    throw validationError(
      `Notion-Version header failed validation: the emulator accepts ${API_VERSIONS.join(' and ')}, instead was \`${value}\`.`,
    );
  }
  return version;
}

function serverError(status: number): ApiError {
  const known = SERVER_ERROR_CODES[status] ?? {
    code: 'internal_server_error',
    message: 'Unexpected error occurred.',
  };
  // 529 asks the client to wait like a 429 does (https://developers.notion.com/reference/request-limits).
  if (status === 529)
    return new ApiError(
      status,
      known.code,
      known.message,
      { retry_after: '1' },
      { 'retry-after': '1' },
    );
  return new ApiError(status, known.code, known.message);
}

/**
 * A connection whose requests are blocked: a 429 that waiting does not cure
 * (https://developers.notion.com/reference/request-limits). No Retry-After (ASSUMPTIONS A-API-40).
 */
function blockedError(): ApiError {
  return new ApiError(
    429,
    'rate_limited',
    "This connection's requests are blocked. Contact the workspace owner or Notion support.",
    { rate_limit_reason: 'public_api_request_blocked' },
  );
}

/** Leaves `text` out of a `replace_content` write: the part Notion ignores. */
function ignoreText(body: Record<string, unknown>, text: string): void {
  const command = body.replace_content as { new_str?: unknown } | undefined;
  if (typeof command?.new_str === 'string') command.new_str = command.new_str.split(text).join('');
}

/** Adds injected warnings to a synchronous markdown answer (`page_markdown`); other bodies are left alone. */
function addWarnings(body: unknown, warnings: { code: string; message: string }[]): void {
  if (typeof body !== 'object' || body === null) return;
  const answer = body as { object?: unknown; warnings?: unknown[] };
  if (answer.object !== 'page_markdown') return;
  answer.warnings = [...(answer.warnings ?? []), ...warnings];
}

function describeFault(f: FaultSpec): string {
  if (f.status !== undefined) return `status ${f.status}`;
  if (f.blocked) return 'blocked';
  if (f.warnings) return 'warnings';
  if (f.drop) return `drop ${f.drop}`;
  if (f.savedButUnavailable) return 'saved but 503';
  if (f.hold) return 'hold';
  if (f.echoToken) return 'echo token';
  return `latency ${f.latencyMs ?? 0}ms`;
}

function parseBody(raw: Buffer): Record<string, unknown> {
  if (raw.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new ApiError(400, 'invalid_json', 'Error parsing JSON body.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw validationError('body failed validation: body should be an object.');
  }
  return parsed as Record<string, unknown>;
}

/**
 * A `multipart/form-data` body (only Send a file upload takes one): `{form: {file, part_number}}`,
 * the file as bytes with its name and type, other fields as strings.
 */
async function parseForm(raw: Buffer, contentType: string): Promise<Record<string, unknown>> {
  let data: FormData;
  try {
    data = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new ApiError(400, 'invalid_request', 'The multipart/form-data body could not be read.');
  }
  const form: Record<string, unknown> = {};
  for (const [key, value] of data.entries()) {
    form[key] =
      typeof value === 'string'
        ? value
        : { bytes: Buffer.from(await value.arrayBuffer()), filename: value.name, type: value.type };
  }
  return { form };
}

function parseForLog(raw: Buffer): unknown {
  if (raw.length === 0) return null;
  if (raw.length > MAX_PAYLOAD_BYTES) return `(${raw.length} bytes)`;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return raw.toString('utf8');
  }
}

function dropConnection(res: ServerResponse): void {
  res.socket?.destroy();
}

export function errorBody(
  status: number,
  code: string,
  message: string,
  requestId: string,
  additional?: Record<string, string | string[]>,
): Record<string, unknown> {
  return {
    object: 'error',
    status,
    code,
    message,
    request_id: requestId,
    ...(additional ? { additional_data: additional } : {}),
  };
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
