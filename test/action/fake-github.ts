import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake GitHub answered. */
export interface GitHubRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
  status: number;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
}

export interface FakeRun {
  head_sha: string;
  head_branch: string;
  event: string;
  conclusion: 'success' | 'failure';
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  merge_commit_sha: string | null;
  merged_at: string | null;
}

/**
 * A loopback stand-in for the few REST endpoints the action calls: the pull requests of a
 * commit, a pull request's comments (list with Link pagination, create, update), this
 * workflow's runs, and who the token is. Only the `token` is accepted; `readOnly` answers every
 * write with 403, `forbidden` every request. The token is an installation token by default
 * (`GET /user` answers 403, GraphQL's `viewer` names the bot, comments are written as it);
 * `userLogin` makes it a user's token.
 */
export interface FakeGitHub {
  readonly url: string;
  readonly token: string;
  requests: GitHubRequest[];
  /** Comments by pull request number, oldest first. */
  comments: Map<number, FakeComment[]>;
  /** Pull requests by commit sha. */
  pullsOfCommit: Map<string, FakePull[]>;
  /** Finished runs of the one workflow (id 77), newest first. */
  workflowRuns: FakeRun[];
  readOnly: boolean;
  forbidden: boolean;
  /** Set: the token is this user's (`GET /user` answers it, comments are written as it). */
  userLogin: string | undefined;
  close(): Promise<void>;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };

export async function startFakeGitHub(owner: string, repo: string): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: Omit<FakeGitHub, 'url' | 'close'> = {
    token: 'ghs_fakeGitHubInstallationToken0123456789',
    requests: [],
    comments: new Map(),
    pullsOfCommit: new Map(),
    workflowRuns: [],
    readOnly: false,
    forbidden: false,
    userLogin: undefined,
  };
  const prefix = `/repos/${owner}/${repo}`;

  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const url = new URL(request.url ?? '/', base);
      const record: GitHubRequest = {
        method: request.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        authorization: request.headers.authorization,
        body,
        status: 0,
      };
      fake.requests.push(record);
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(data));
      };
      if (request.headers.authorization !== `token ${fake.token}`) {
        return send(401, { message: 'Bad credentials' });
      }
      // A GraphQL query is a POST that only reads.
      const write = record.method !== 'GET' && url.pathname !== '/graphql';
      if (fake.forbidden || (write && fake.readOnly)) {
        return send(403, { message: 'Resource not accessible by integration' });
      }
      route(record, url, send);
    });
  });

  const route = (
    record: GitHubRequest,
    url: URL,
    send: (status: number, data: unknown, headers?: Record<string, string>) => void,
  ) => {
    const path = url.pathname;
    if (path === '/user' && record.method === 'GET') {
      if (fake.userLogin === undefined) {
        return send(403, { message: 'Resource not accessible by integration' });
      }
      return send(200, { login: fake.userLogin, type: 'User' });
    }
    if (path === '/graphql' && record.method === 'POST') {
      return send(200, { data: { viewer: { login: fake.userLogin ?? BOT.login } } });
    }
    let match = new RegExp(`^${prefix}/commits/([0-9a-f]+)/pulls$`).exec(path);
    if (match && record.method === 'GET') {
      return send(200, fake.pullsOfCommit.get(match[1] ?? '') ?? []);
    }
    match = new RegExp(`^${prefix}/actions/runs/(\\d+)$`).exec(path);
    if (match && record.method === 'GET') {
      return send(200, { id: Number(match[1]), workflow_id: 77, status: 'in_progress' });
    }
    if (path === `${prefix}/actions/workflows/77/runs` && record.method === 'GET') {
      const q = url.searchParams;
      const runs = fake.workflowRuns.filter(
        (run) =>
          (!q.has('branch') || run.head_branch === q.get('branch')) &&
          (!q.has('event') || run.event === q.get('event')) &&
          (!q.has('status') || run.conclusion === q.get('status')),
      );
      const perPage = Number(q.get('per_page') ?? 30);
      return send(200, { total_count: runs.length, workflow_runs: runs.slice(0, perPage) });
    }
    match = new RegExp(`^${prefix}/issues/(\\d+)/comments$`).exec(path);
    if (match) {
      const number = Number(match[1]);
      const list = fake.comments.get(number) ?? [];
      if (record.method === 'GET') {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = list.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < list.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers['link'] = `<${next.toString()}>; rel="next"`;
        }
        return send(200, slice, headers);
      }
      if (record.method === 'POST') {
        const user =
          fake.userLogin === undefined ? BOT : { login: fake.userLogin, type: 'User' as const };
        const comment = { id: nextId++, body: bodyText(record.body), user };
        fake.comments.set(number, [...list, comment]);
        return send(201, comment);
      }
    }
    match = new RegExp(`^${prefix}/issues/comments/(\\d+)$`).exec(path);
    if (match && record.method === 'PATCH') {
      const id = Number(match[1]);
      for (const list of fake.comments.values()) {
        const comment = list.find((c) => c.id === id);
        if (comment === undefined) continue;
        comment.body = bodyText(record.body);
        return send(200, comment);
      }
    }
    return send(404, { message: 'Not Found' });
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return Object.assign(fake, {
    url: base,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  });
}

function bodyText(body: unknown): string {
  return typeof body === 'object' && body !== null && 'body' in body
    ? String((body as { body: unknown }).body)
    : '';
}

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text === '' ? null : JSON.parse(text));
      } catch {
        resolve(text);
      }
    });
  });
}
