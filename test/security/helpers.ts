import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Emulator } from '../notion-emulator/index.js';

/** One request a tampering proxy or a trap saw. */
export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | undefined;
}

/** What a rule does with one request. */
export type Tamper =
  /** Answer it here; Notion never sees it. */
  | { respond: (response: ServerResponse, request: SeenRequest) => void }
  /** Forward it (its JSON body rewritten by `request`), then rewrite the JSON Notion answered. */
  | {
      transform: (json: Record<string, unknown>) => Record<string, unknown>;
      request?: (json: Record<string, unknown>) => Record<string, unknown>;
    };

/**
 * A loopback HTTP proxy in front of the Notion emulator, standing for a hostile or broken API
 * host: each request passes `rule`, which may answer it itself or rewrite Notion's answer.
 * `tokens` maps a token the client sends to the one forwarded (a home-config token the
 * emulator does not know becomes its own).
 */
export interface TamperProxy {
  readonly url: string;
  requests: SeenRequest[];
  rule: ((request: SeenRequest) => Tamper | undefined) | undefined;
  tokens: Map<string, string>;
  close(): Promise<void>;
}

export async function startTamperProxy(upstream: string): Promise<TamperProxy> {
  const target = new URL(upstream);
  const proxy: Omit<TamperProxy, 'url' | 'close'> = {
    requests: [],
    rule: undefined,
    tokens: new Map(),
  };
  const server = createServer((request, response) => {
    void readAll(request).then((body) => {
      const seen: SeenRequest = {
        method: request.method ?? 'GET',
        path: request.url ?? '/',
        authorization: request.headers.authorization,
      };
      proxy.requests.push(seen);
      const tamper = proxy.rule?.(seen);
      if (tamper !== undefined && 'respond' in tamper) return tamper.respond(response, seen);
      const headers = { ...request.headers, host: target.host };
      const bearer = /^Bearer (.*)$/.exec(seen.authorization ?? '')?.[1];
      const mapped = bearer === undefined ? undefined : proxy.tokens.get(bearer);
      if (mapped !== undefined) headers.authorization = `Bearer ${mapped}`;
      delete headers['accept-encoding'];
      let sent = body;
      if (tamper !== undefined && tamper.request !== undefined && body.length > 0) {
        sent = Buffer.from(JSON.stringify(tamper.request(JSON.parse(body.toString('utf8')))));
        headers['content-length'] = String(sent.length);
      }
      const forward = httpRequest(
        { host: target.hostname, port: target.port, path: seen.path, method: seen.method, headers },
        (answer) => {
          void readAll(answer).then((text) => {
            let out = text;
            if (tamper !== undefined && 'transform' in tamper) {
              out = Buffer.from(
                JSON.stringify(tamper.transform(JSON.parse(text.toString('utf8')))),
              );
            }
            const outHeaders = { ...answer.headers, 'content-length': String(out.length) };
            delete outHeaders['transfer-encoding'];
            response.writeHead(answer.statusCode ?? 502, outHeaders);
            response.end(out);
          });
        },
      );
      forward.on('error', () => {
        response.writeHead(502);
        response.end();
      });
      forward.end(sent);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${port}`,
    close: () => closeServer(server),
  });
}

/** A host that must never be contacted: it records what reaches it and answers 500. */
export interface Trap {
  readonly url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startTrap(): Promise<Trap> {
  const requests: SeenRequest[] = [];
  const server = createServer((request, response) => {
    requests.push({
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      authorization: request.headers.authorization,
    });
    response.writeHead(500);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => closeServer(server) };
}

/** A Notion-shaped 400 whose message quotes what it was sent, in the forms a host echoes. */
export function echoAuthorization(response: ServerResponse, request: SeenRequest): void {
  const auth = request.authorization ?? '';
  response.writeHead(400, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      object: 'error',
      status: 400,
      code: 'validation_error',
      message: `bad header authorization=${auth} (${encodeURIComponent(auth)}) ${JSON.stringify(auth)}`,
    }),
  );
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function closeServer(server: ReturnType<typeof createServer>): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/**
 * A tampering proxy in front of the file's emulator (call after `useEmulator`, whose emulator
 * `emulator()` returns): started once, closed after the file, and emptied of its rule, seen
 * requests and token map before each test.
 */
export function useTamperProxy(emulator: () => Emulator, bind: (proxy: TamperProxy) => void): void {
  let proxy: TamperProxy | undefined;
  beforeAll(async () => {
    proxy = await startTamperProxy(emulator().url);
    bind(proxy);
  });
  afterAll(async () => proxy?.close());
  beforeEach(() => {
    if (proxy === undefined) return;
    proxy.rule = undefined;
    proxy.requests = [];
    proxy.tokens.clear();
  });
}
