import { describe, expect, it } from 'vitest';
import type { EventPayload, GitHubContext } from '../../src/action/context.js';
import { planRun } from '../../src/action/plan.js';
import { isIdseError } from '../../src/errors.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const M = 'c'.repeat(40);
const ZERO = '0'.repeat(40);
const REPOSITORY = { default_branch: 'main', full_name: 'acme/design' };

function context(eventName: string, payload: EventPayload, extra: Partial<GitHubContext> = {}) {
  return {
    eventName,
    payload,
    owner: 'acme',
    repo: 'design',
    sha: M,
    ref: 'refs/heads/main',
    workspace: '/w',
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
    tempDir: '/tmp',
    runId: '1',
    ...extra,
  };
}

function pullRequest(
  action: string,
  extra: Record<string, unknown> = {},
  headRepo: unknown = { full_name: 'acme/design' },
) {
  return {
    action,
    repository: REPOSITORY,
    pull_request: {
      number: 7,
      merged: false,
      merge_commit_sha: null,
      base: { ref: 'main', sha: A, repo: { full_name: 'acme/design' } },
      head: { ref: 'feature', sha: B, repo: headRepo },
      ...extra,
    },
  } as EventPayload;
}

describe('the event decides the mode and the commits', () => {
  it('a push to the default branch pushes before..after', () => {
    const plan = planRun(
      undefined,
      context('push', { ref: 'refs/heads/main', before: A, after: B, repository: REPOSITORY }),
    );
    expect(plan).toEqual({ mode: 'push', range: { from: A, to: B }, pullRequest: null });
  });

  it('a new branch (zero before) compares with nothing: every artifact', () => {
    const plan = planRun(
      undefined,
      context('push', { ref: 'refs/heads/main', before: ZERO, after: B, repository: REPOSITORY }),
    );
    expect(plan).toMatchObject({ mode: 'push', range: { from: null, to: B } });
  });

  it('pushes to other branches, tags and deletions are skipped with the reason', () => {
    expect(
      planRun(
        undefined,
        context('push', { ref: 'refs/heads/feature', before: A, after: B, repository: REPOSITORY }),
      ),
    ).toEqual({
      mode: 'skip',
      reason: 'pushes run only from the default branch main; this run is on refs/heads/feature',
    });
    expect(
      planRun(
        undefined,
        context('push', { ref: 'refs/tags/v1', before: A, after: B, repository: REPOSITORY }),
      ),
    ).toMatchObject({ mode: 'skip' });
    expect(
      planRun(
        undefined,
        context('push', {
          ref: 'refs/heads/main',
          deleted: true,
          before: A,
          after: ZERO,
          repository: REPOSITORY,
        }),
      ),
    ).toMatchObject({ mode: 'skip', reason: 'refs/heads/main was deleted' });
  });

  it('a merged pull request pushes base..merge commit, for that pull request', () => {
    const payload = pullRequest('closed', { merged: true, merge_commit_sha: M });
    expect(planRun(undefined, context('pull_request', payload, { sha: 'f'.repeat(40) }))).toEqual({
      mode: 'push',
      range: { from: A, to: M },
      pullRequest: 7,
    });
  });

  it('a pull request closed unmerged, or merged elsewhere, pushes nothing', () => {
    expect(planRun(undefined, context('pull_request', pullRequest('closed')))).toMatchObject({
      mode: 'skip',
      reason: 'pull request #7 is not merged; only merged changes are pushed',
    });
    const elsewhere = pullRequest('closed', {
      merged: true,
      merge_commit_sha: M,
      base: { ref: 'release', sha: A },
    });
    expect(planRun(undefined, context('pull_request', elsewhere))).toMatchObject({
      mode: 'skip',
      reason: 'pull request #7 was merged into release, not the default branch main',
    });
  });

  it('an opened or updated pull request previews base..the merge ref', () => {
    for (const action of ['opened', 'synchronize', 'reopened', 'ready_for_review']) {
      expect(planRun(undefined, context('pull_request', pullRequest(action)))).toEqual({
        mode: 'preview',
        range: { from: A, to: M },
        pullRequest: 7,
        fork: false,
      });
    }
    expect(planRun(undefined, context('pull_request', pullRequest('labeled')))).toMatchObject({
      mode: 'skip',
    });
  });

  it('tells a fork by its head repository, also when the fork was deleted', () => {
    const fork = planRun(
      undefined,
      context(
        'pull_request',
        pullRequest('opened', {}, { full_name: 'outsider/design', fork: true }),
      ),
    );
    expect(fork).toMatchObject({ mode: 'preview', fork: true });
    const gone = planRun(undefined, context('pull_request', pullRequest('opened', {}, null)));
    expect(gone).toMatchObject({ fork: true });
  });

  it('schedule and workflow_dispatch pull', () => {
    expect(planRun(undefined, context('schedule', {}))).toEqual({ mode: 'pull' });
    expect(planRun(undefined, context('workflow_dispatch', { repository: REPOSITORY }))).toEqual({
      mode: 'pull',
    });
  });

  it('the mode input wins over the event; a push still only from the default branch', () => {
    expect(planRun('push', context('workflow_dispatch', { repository: REPOSITORY }))).toEqual({
      mode: 'push',
      range: null,
      pullRequest: null,
    });
    expect(
      planRun(
        'push',
        context('workflow_dispatch', { repository: REPOSITORY }, { ref: 'refs/heads/x' }),
      ),
    ).toMatchObject({ mode: 'skip' });
    expect(
      planRun(
        'preview',
        context('push', { ref: 'refs/heads/main', before: A, after: B, repository: REPOSITORY }),
      ),
    ).toEqual({ mode: 'preview', range: { from: A, to: B }, pullRequest: null, fork: false });
    expect(
      planRun('pull', context('push', { ref: 'refs/heads/main', before: A, after: B })),
    ).toEqual({ mode: 'pull' });
  });

  it('an event without a default mode asks for the input', () => {
    try {
      planRun(undefined, context('release', {}));
      throw new Error('accepted');
    } catch (error) {
      expect(isIdseError(error) && `${error.message} ${error.fix}`).toBe(
        'The "release" event has no default mode. Set the mode input to push, pull or preview.',
      );
    }
  });
});
