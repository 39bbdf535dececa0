import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GitHubApiError,
  connectGitHub,
  type PullRequestComments,
} from '../../src/action/github-api.js';
import { COMMENT_MARKER } from '../../src/action/render.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

let github: FakeGitHub;
let api: PullRequestComments;

beforeAll(async () => {
  github = await startFakeGitHub('acme', 'design');
  // @actions/github reads GITHUB_API_URL once, when connectGitHub first imports it.
  process.env['GITHUB_API_URL'] = github.url;
  api = await connectGitHub({
    token: github.token,
    apiUrl: github.url,
    owner: 'acme',
    repo: 'design',
  });
});
afterAll(async () => github?.close());
beforeEach(() => {
  github.requests = [];
  github.comments.clear();
  github.readOnly = false;
  github.forbidden = false;
});

const others = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    body: `review ${i}`,
    user: { login: 'someone', type: 'User' as const },
  }));

describe('the sticky comment through the REST API', () => {
  it('searches every page of comments for the marker and edits that comment', async () => {
    github.comments.set(3, [
      ...others(230),
      {
        id: 500,
        body: `${COMMENT_MARKER}\nold`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      },
    ]);
    const written = await api.upsertComment(3, `${COMMENT_MARKER}\nnew`, { create: true });
    expect(written).toEqual({ id: 500, write: 'updated' });
    expect(github.requests.map((r) => `${r.method} ${r.path} ${r.query['page'] ?? ''}`)).toEqual([
      'GET /repos/acme/design/issues/3/comments ',
      'GET /repos/acme/design/issues/3/comments 2',
      'GET /repos/acme/design/issues/3/comments 3',
      // The job token cannot read /user; GraphQL names the bot it writes as.
      'GET /user ',
      'POST /graphql ',
      'PATCH /repos/acme/design/issues/comments/500 ',
    ]);
    expect(github.requests[0]?.query['per_page']).toBe('100');
    expect(github.requests[0]?.authorization).toBe(`token ${github.token}`);
    expect(github.comments.get(3)?.at(-1)?.body).toBe(`${COMMENT_MARKER}\nnew`);
  });

  it('writes nothing when the body is the same (a CRLF copy from the web editor too)', async () => {
    github.comments.set(3, [
      {
        id: 9,
        body: `${COMMENT_MARKER}\r\nsame\r\n`,
        user: { login: 'github-actions[bot]', type: 'Bot' },
      },
    ]);
    expect(await api.upsertComment(3, `${COMMENT_MARKER}\nsame\n`, { create: true })).toEqual({
      id: 9,
      write: 'unchanged',
    });
    expect(github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
  });

  it('ignores a comment that only quotes the marker; creates one only when asked', async () => {
    github.comments.set(3, [
      { id: 1, body: `> ${COMMENT_MARKER}`, user: { login: 'someone', type: 'User' } },
    ]);
    expect(await api.upsertComment(3, `${COMMENT_MARKER}\nx`, { create: false })).toBeNull();
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    const created = await api.upsertComment(3, `${COMMENT_MARKER}\nx`, { create: true });
    expect(created?.write).toBe('created');
    expect(github.comments.get(3)).toHaveLength(2);
  });

  it('finds the pull request a commit came from by its merge commit', async () => {
    github.pullsOfCommit.set('abc1', [
      { number: 4, state: 'open', merge_commit_sha: 'zzz', merged_at: null },
      { number: 5, state: 'closed', merge_commit_sha: 'abc1', merged_at: '2026-01-01T00:00:00Z' },
    ]);
    expect(await api.pullRequestOfCommit('abc1')).toBe(5);
    github.pullsOfCommit.set('abc2', []);
    expect(await api.pullRequestOfCommit('abc2')).toBeNull();
  });

  it("finds the commit of this workflow's last successful run on the branch", async () => {
    github.workflowRuns = [
      { head_sha: 'newfail', head_branch: 'main', event: 'push', conclusion: 'failure' },
      { head_sha: 'other', head_branch: 'feature', event: 'push', conclusion: 'success' },
      { head_sha: 'good', head_branch: 'main', event: 'push', conclusion: 'success' },
    ];
    expect(await api.lastSuccessfulRun('4242', { branch: 'main', event: 'push' })).toBe('good');
    github.workflowRuns = [];
    expect(await api.lastSuccessfulRun('4242', { branch: 'main', event: 'push' })).toBeNull();
  });

  it("edits only its own marked comment: another user's copy of the marker is left alone", async () => {
    github.comments.set(3, [
      {
        id: 7,
        body: `${COMMENT_MARKER}\nplease run this`,
        user: { login: 'mallory', type: 'User' },
      },
      {
        id: 8,
        body: `${COMMENT_MARKER}\nfake bot`,
        user: { login: 'github-actions', type: 'User' },
      },
    ]);
    const written = await api.upsertComment(3, `${COMMENT_MARKER}\nreport`, { create: true });
    expect(written?.write).toBe('created');
    expect(github.comments.get(3)?.map((c) => c.body)).toEqual([
      `${COMMENT_MARKER}\nplease run this`,
      `${COMMENT_MARKER}\nfake bot`,
      `${COMMENT_MARKER}\nreport`,
    ]);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    // The next run finds the comment it wrote, not theirs.
    const again = await api.upsertComment(3, `${COMMENT_MARKER}\nreport 2`, { create: true });
    expect(again).toEqual({ id: written?.id, write: 'updated' });
  });

  it("with a user's token, its comments are the ones that user wrote", async () => {
    github.userLogin = 'release-bot-user';
    try {
      const asUser = await connectGitHub({
        token: github.token,
        apiUrl: github.url,
        owner: 'acme',
        repo: 'design',
      });
      github.comments.set(3, [
        {
          id: 20,
          body: `${COMMENT_MARKER}\nbot`,
          user: { login: 'github-actions[bot]', type: 'Bot' },
        },
        {
          id: 21,
          body: `${COMMENT_MARKER}\nmine`,
          user: { login: 'release-bot-user', type: 'User' },
        },
      ]);
      expect(await asUser.upsertComment(3, `${COMMENT_MARKER}\nnew`, { create: true })).toEqual({
        id: 21,
        write: 'updated',
      });
      expect(github.requests.some((r) => r.path === '/graphql')).toBe(false);
    } finally {
      github.userLogin = undefined;
    }
  });

  it('turns a refusal into an error with the status and no token', async () => {
    github.readOnly = true;
    const refused = await api.upsertComment(3, 'x', { create: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GitHubApiError);
    expect((refused as GitHubApiError).status).toBe(403);
    expect((refused as GitHubApiError).message).toBe(
      'could not comment on the pull request: GitHub answered 403 (Resource not accessible by integration)',
    );
    expect(JSON.stringify(refused)).not.toContain(github.token);
  });
});
