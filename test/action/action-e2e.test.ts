// The built dist/action.js, run as a runner runs it, against the Notion emulator and a fake
// GitHub: one repository's life from first push to nightly pull. The steps build on each
// other (pages the first push made are what the merge updates), so they run in order.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { pageOf, writes } from '../sync/push-helpers.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import {
  actionYmlOutputs,
  buildDist,
  createRepositories,
  runActionStep,
  type ActionResult,
  type ActionStep,
  type TestRepositories,
} from './harness.js';
import { COMMENT_MARKER } from '../../src/action/render.js';

const PLAN = '.idse/projects/acme-notes/sessions/search-v2/plans/plan.md';
const SPEC = '.idse/projects/acme-notes/sessions/search-v2/specs/spec.md';
const TASKS = '.idse/projects/acme-notes/sessions/search-v2/tasks/tasks.md';
const INTENT = '.idse/projects/acme-notes/sessions/search-v2/intents/intent.md';
const BLUEPRINT_CONTEXT = '.idse/projects/acme-notes/sessions/__blueprint__/contexts/context.md';
const FEEDBACK = '.idse/projects/acme-notes/sessions/search-v2/feedback/feedback.md';
const IMPLEMENTATION = '.idse/projects/acme-notes/sessions/search-v2/implementation/README.md';
const ZERO = '0000000000000000000000000000000000000000';
const REPOSITORY = {
  id: 1,
  name: 'design',
  full_name: 'acme/design',
  default_branch: 'main',
  master_branch: 'main',
  owner: { login: 'acme', type: 'Organization' },
};

let dist: { dir: string; cleanup: () => void };
let emulator: Emulator;
let github: FakeGitHub;
let repos: TestRepositories;
const results: ActionResult[] = [];
const sha: Record<string, string> = {};

beforeAll(async () => {
  dist = buildDist();
  emulator = await startEmulator();
  github = await startFakeGitHub('acme', 'design');
  repos = createRepositories();
  cpSync(join(REPO_ROOT, 'examples/sample'), repos.author, { recursive: true });
  sha['A'] = commitAndPush('Sample IDSE workspace');
});

afterAll(async () => {
  await emulator?.close();
  await github?.close();
  repos?.cleanup();
  dist?.cleanup();
});

function commitAndPush(message: string, branch = 'main'): string {
  repos.git('add', '-A');
  repos.git('commit', '--quiet', '-m', message);
  repos.git('push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`);
  return repos.git('rev-parse', 'HEAD');
}

function edit(path: string, from: string, to: string): void {
  const file = join(repos.author, path);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

async function step(options: {
  eventName: string;
  payload: unknown;
  sha: string;
  ref?: string;
  with?: Record<string, string>;
  branch?: string;
  fullHistory?: boolean;
  onStart?: ActionStep['onStart'];
}): Promise<ActionResult & { workspace: string }> {
  const workspace = repos.checkout(options.sha, options.branch, options.fullHistory);
  const result = await runActionStep({
    dist: dist.dir,
    workspace,
    eventName: options.eventName,
    payload: options.payload,
    sha: options.sha,
    ref: options.ref ?? 'refs/heads/main',
    apiUrl: github.url,
    with: {
      'notion-token': emulator.token,
      'notion-database-id': emulator.databaseId,
      'github-token': github.token,
      rate: '1000',
      ...options.with,
    },
    env: { NOTION_BASE_URL: emulator.url },
    ...(options.onStart !== undefined ? { onStart: options.onStart } : {}),
  });
  results.push(result);
  return Object.assign(result, { workspace });
}

function pushEvent(before: string, after: string) {
  return {
    ref: 'refs/heads/main',
    before,
    after,
    created: before === ZERO,
    deleted: false,
    forced: false,
    repository: REPOSITORY,
    pusher: { name: 'dev' },
    sender: { login: 'dev' },
  };
}

function pullRequestEvent(
  action: string,
  number: number,
  base: string,
  head: string,
  headRepo = 'acme/design',
) {
  return {
    action,
    number,
    pull_request: {
      number,
      state: 'open',
      merged: false,
      merge_commit_sha: null,
      base: { ref: 'main', sha: base, repo: { full_name: 'acme/design', fork: false } },
      head: {
        ref: 'feature',
        sha: head,
        repo: { full_name: headRepo, fork: headRepo !== 'acme/design' },
      },
    },
    repository: REPOSITORY,
    sender: { login: 'dev' },
  };
}

/** A teammate changes one phrase of a page in the Notion app. */
async function teammateEdits(stage: string, from: string, to: string): Promise<void> {
  const page = pageOf(emulator, 'search-v2', stage);
  await emulatorClient(emulator, { as: 'editor' }).request({
    path: `pages/${page.id}/markdown`,
    method: 'patch',
    body: {
      type: 'update_content',
      update_content: { content_updates: [{ old_str: from, new_str: to }] },
      markdown_version: 'v2',
    },
  });
}

// A GraphQL query (who the token writes as) is a POST that only reads.
const commentWrites = () =>
  github.requests.filter(
    (r) => (r.method === 'POST' || r.method === 'PATCH') && r.path !== '/graphql',
  );

function errors(result: ActionResult): string[] {
  return result.commands.filter((c) => c.command === 'error').map((c) => c.message);
}

describe('dist/action.js on a runner', () => {
  it('first push to main (zero before): every artifact is created, no PR so no comment', async () => {
    github.pullsOfCommit.set(sha['A'] ?? '', []);
    const result = await step({
      eventName: 'push',
      payload: pushEvent(ZERO, sha['A'] ?? ''),
      sha: sha['A'] ?? '',
    });
    expect(errors(result)).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({
      pushed: '10',
      created: '10',
      updated: '0',
      failed: '0',
      changed: 'true',
      'comment-id': '',
    });
    expect(emulator.listPages()).toHaveLength(10);
    expect(Object.keys(result.outputs).sort()).toEqual(actionYmlOutputs().sort());
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/acme/design/commits/${sha['A']}/pulls`,
    ]);
    expect(result.summary).toContain('| 10 | 10 | 0 | 0 | 0 | 0 |');
    expect(result.report).toMatchObject({ command: 'push', counts: { created: 10 } });
  });

  it('a merged pull request: the changed artifact is updated and one comment counts it', async () => {
    // Someone else's 120 comments come first: ours must be found past the first page.
    github.comments.set(
      7,
      Array.from({ length: 120 }, (_, i) => ({
        id: i + 1,
        body: i === 5 ? `quoting ${COMMENT_MARKER} is not ours` : `comment ${i}`,
        user: { login: 'reviewer', type: 'User' as const },
      })),
    );
    edit(PLAN, 'A small parser turns', 'A tiny parser turns');
    sha['B'] = commitAndPush('Plan: a tiny parser');
    github.pullsOfCommit.set(sha['B'] ?? '', [
      {
        number: 7,
        state: 'closed',
        merge_commit_sha: sha['B'] ?? '',
        merged_at: '2026-01-01T00:00:00Z',
      },
    ]);
    github.requests = [];
    emulator.clearLog();
    const result = await step({
      eventName: 'push',
      payload: pushEvent(sha['A'] ?? '', sha['B'] ?? ''),
      sha: sha['B'] ?? '',
      branch: 'main',
    });
    expect(errors(result)).toEqual([]);
    expect(result.outputs).toMatchObject({
      pushed: '1',
      created: '0',
      updated: '1',
      skipped: '0',
      changed: 'true',
    });
    // Only the plan's page was touched: the range named one artifact.
    const touched = new Set(writes(emulator.log()).map((e) => e.path.split('/')[3]));
    expect([...touched]).toEqual([pageOf(emulator, 'search-v2', 'Plan').id]);
    expect(commentWrites().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/design/issues/7/comments',
    ]);
    const ours = (github.comments.get(7) ?? []).filter((c) => c.body.startsWith(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(result.outputs['comment-id']).toBe(String(ours[0]?.id));
    expect(ours[0]?.body).toContain('| 1 | 0 | 1 | 0 | 0 | 0 |');
    expect(ours[0]?.body).toContain('`acme-notes::search-v2::plan`');
    const planId = pageOf(emulator, 'search-v2', 'Plan').id.replace(/-/g, '');
    expect(ours[0]?.body).toContain(`[open](https://www.notion.so/${planId})`);
    expect(result.summary).toContain('| 1 | 0 | 1 | 0 | 0 | 0 |');
  });

  it('the same run again edits the same comment instead of adding one', async () => {
    github.requests = [];
    const result = await step({
      eventName: 'push',
      payload: pushEvent(sha['A'] ?? '', sha['B'] ?? ''),
      sha: sha['B'] ?? '',
      branch: 'main',
    });
    expect(errors(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ pushed: '0', skipped: '1', changed: 'false' });
    const first = results.at(-2)?.outputs['comment-id'];
    expect(result.outputs['comment-id']).toBe(first);
    expect(commentWrites().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/design/issues/comments/${first}`,
    ]);
    // The search went past the first page of 100.
    expect(github.requests.some((r) => r.method === 'GET' && r.query['page'] === '2')).toBe(true);
    const ours = (github.comments.get(7) ?? []).filter((c) => c.body.startsWith(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('| 0 | 0 | 0 | 1 | 0 | 0 |');
  });

  it('a run with the same result writes no comment at all', async () => {
    github.requests = [];
    const result = await step({
      eventName: 'push',
      payload: pushEvent(sha['A'] ?? '', sha['B'] ?? ''),
      sha: sha['B'] ?? '',
      branch: 'main',
    });
    expect(errors(result)).toEqual([]);
    expect(commentWrites()).toEqual([]);
    expect(result.outputs['comment-id']).toBe(results.at(-2)?.outputs['comment-id']);
  });

  it('the same merge as a pull_request "closed" event: pushed from the payload, same comment', async () => {
    github.requests = [];
    emulator.clearLog();
    const payload = pullRequestEvent('closed', 7, sha['A'] ?? '', 'f'.repeat(40));
    Object.assign(payload.pull_request, {
      state: 'closed',
      merged: true,
      merge_commit_sha: sha['B'],
      head: {
        ref: 'feature',
        sha: 'f'.repeat(40),
        repo: { full_name: 'acme/design', fork: false },
      },
    });
    const result = await step({
      eventName: 'pull_request',
      payload,
      sha: sha['B'] ?? '',
      branch: 'main',
    });
    expect(errors(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ pushed: '0', skipped: '1' });
    expect(writes(emulator.log())).toEqual([]);
    // The pull request comes from the payload: no commit lookup; the comment is unchanged.
    expect(github.requests.some((r) => r.path.includes('/commits/'))).toBe(false);
    expect(commentWrites()).toEqual([]);
    expect(result.outputs['comment-id']).toBe(results.at(-2)?.outputs['comment-id']);
  });

  it('a pull request preview says what a merge would do and writes nothing to Notion', async () => {
    repos.git('checkout', '--quiet', '-b', 'feature');
    edit(SPEC, 'Search', 'Fast search');
    sha['C'] = commitAndPush('Spec: fast search', 'feature');
    emulator.clearLog();
    github.requests = [];
    const result = await step({
      eventName: 'pull_request',
      payload: pullRequestEvent('synchronize', 8, sha['B'] ?? '', sha['C'] ?? ''),
      sha: sha['C'] ?? '',
      ref: 'refs/pull/8/merge',
    });
    expect(errors(result)).toEqual([]);
    expect(result.code).toBe(0);
    expect(writes(emulator.log())).toEqual([]);
    expect(result.outputs).toMatchObject({ pushed: '1', updated: '1', changed: 'true' });
    expect(commentWrites().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/design/issues/8/comments',
    ]);
    const body = github.comments.get(8)?.[0]?.body ?? '';
    expect(body).toContain('what merging this pull request would do');
    expect(body).toContain('| `acme-notes::search-v2::spec` | would update |');
  });

  it("a fork's pull request (no secrets, read-only token): job summary only, no failure", async () => {
    github.readOnly = true;
    github.requests = [];
    emulator.clearLog();
    try {
      const result = await step({
        eventName: 'pull_request',
        payload: pullRequestEvent('opened', 9, sha['B'] ?? '', sha['C'] ?? '', 'outsider/design'),
        sha: sha['C'] ?? '',
        ref: 'refs/pull/9/merge',
        with: { 'notion-token': '' },
      });
      expect(errors(result)).toEqual([]);
      expect(result.code).toBe(0);
      expect(github.requests).toEqual([]);
      expect(emulator.log()).toEqual([]);
      expect(result.summary).toContain('`acme-notes::search-v2::spec`');
      expect(result.summary).toContain('comes from a fork');
      expect(result.summary.trim()).toBe(result.reportMarkdown?.trim());
    } finally {
      github.readOnly = false;
    }
  });

  it('a token without pull request permission: the push still succeeds and the step warns', async () => {
    edit(TASKS, '- [', '- [x] Review the index format\n- [');
    repos.git('checkout', '--quiet', 'main');
    sha['D'] = commitAndPush('Tasks: one more');
    github.pullsOfCommit.set(sha['D'] ?? '', [
      {
        number: 10,
        state: 'closed',
        merge_commit_sha: sha['D'] ?? '',
        merged_at: '2026-01-02T00:00:00Z',
      },
    ]);
    github.readOnly = true;
    github.requests = [];
    emulator.clearLog();
    try {
      const result = await step({
        eventName: 'push',
        payload: pushEvent(sha['B'] ?? '', sha['D'] ?? ''),
        sha: sha['D'] ?? '',
        branch: 'main',
      });
      expect(result.code).toBe(0);
      expect(errors(result)).toEqual([]);
      expect(result.outputs).toMatchObject({ updated: '1', failed: '0', 'comment-id': '' });
      expect(writes(emulator.log()).length).toBeGreaterThan(0);
      expect(commentWrites().map((r) => `${r.status} ${r.method} ${r.path}`)).toEqual([
        '403 POST /repos/acme/design/issues/10/comments',
      ]);
      const warnings = result.commands.filter((c) => c.command === 'warning').map((c) => c.message);
      expect(warnings).toEqual([
        expect.stringMatching(/push succeeded.*403.*pull-requests: write/),
      ]);
    } finally {
      github.readOnly = false;
    }
  });

  it("the nightly pull commits a teammate's Notion edit as the bot", async () => {
    await teammateEdits('Plan', 'A tiny parser turns', 'A hand-written parser turns');
    const result = await step({
      eventName: 'schedule',
      payload: { schedule: '0 3 * * *' },
      sha: sha['D'] ?? '',
      branch: 'main',
      fullHistory: true,
    });
    expect(errors(result)).toEqual([]);
    expect(result.code).toBe(0);
    const checkout = result.workspace;
    const head = gitIn(checkout, 'rev-parse', 'HEAD');
    expect(head).not.toBe(sha['D']);
    expect(result.outputs).toMatchObject({ changed: 'true', 'commit-sha': head, pulled: '1' });
    expect(gitIn(checkout, 'log', '-1', '--format=%an <%ae>')).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
    expect(gitIn(checkout, 'show', '--stat', '--format=', 'HEAD')).toContain('plans/plan.md');
    expect(readFileSync(join(checkout, PLAN), 'utf8')).toContain('A hand-written parser turns');
    expect(gitIn(checkout, 'status', '--porcelain', '--', '.idse/projects')).toBe('');
    // The workflow's next step pushes the commit (examples/workflows/nightly-pull.yml).
    gitIn(checkout, 'push', '--quiet', 'origin', 'HEAD:main');
    repos.git('pull', '--quiet', '--ff-only', 'origin', 'main');
  });

  it('a push also covers the commits of runs that failed or were dropped from the queue', async () => {
    edit(FEEDBACK, '', 'Early readers asked for search by date.\n\n');
    commitAndPush('Feedback: dates'); // its run was replaced by the next one, so it never ran
    const before = repos.git('rev-parse', 'HEAD');
    edit(IMPLEMENTATION, '', 'Index build runs nightly.\n\n');
    repos.git('rm', '--quiet', BLUEPRINT_CONTEXT);
    sha['H'] = commitAndPush('Implementation: nightly index; the blueprint context goes');
    const pagesBefore = emulator.listPages().length;
    github.workflowRuns = [
      { head_sha: sha['D'] ?? '', head_branch: 'main', event: 'push', conclusion: 'success' },
    ];
    github.requests = [];
    const result = await step({
      eventName: 'push',
      payload: pushEvent(before, sha['H'] ?? ''),
      sha: sha['H'] ?? '',
      branch: 'main',
    });
    github.workflowRuns = [];
    expect(errors(result)).toEqual([]);
    // Feedback and implementation written; the plan (pulled since D) is already what Notion has.
    expect(result.outputs).toMatchObject({ updated: '2', skipped: '1', conflicts: '0' });
    expect(
      (result.report as { artifacts: { idseId: string; action: string }[] }).artifacts.map(
        (a) => `${a.action} ${a.idseId}`,
      ),
    ).toEqual([
      'deleted acme-notes::__blueprint__::context',
      'updated acme-notes::search-v2::feedback',
      'updated acme-notes::search-v2::implementation',
      'skipped acme-notes::search-v2::plan',
    ]);
    // A file deleted in git leaves its page alone, and says so.
    expect(emulator.listPages()).toHaveLength(pagesBefore);
    expect(result.summary).toContain(
      '| `acme-notes::__blueprint__::context` | deleted |  | file deleted in git\\; its Notion page is left as it is |',
    );
    expect(github.requests.map((r) => `${r.method} ${r.path}`).slice(0, 2)).toEqual([
      'GET /repos/acme/design/actions/runs/4242',
      'GET /repos/acme/design/actions/workflows/77/runs',
    ]);
    expect(github.requests[1]?.query).toMatchObject({
      branch: 'main',
      event: 'push',
      status: 'success',
    });
  });

  it("a merge over a teammate's Notion edit: a conflict, annotated on the file, and the step fails", async () => {
    await teammateEdits('Intent', 'under 300 ms', 'under 200 ms');
    edit(INTENT, 'under 300 ms', 'under 100 ms');
    const before = repos.git('rev-parse', 'HEAD');
    sha['E'] = commitAndPush('Intent: faster');
    github.pullsOfCommit.set(sha['E'] ?? '', [
      {
        number: 11,
        state: 'closed',
        merge_commit_sha: sha['E'] ?? '',
        merged_at: '2026-01-03T00:00:00Z',
      },
    ]);
    const result = await step({
      eventName: 'push',
      payload: pushEvent(before, sha['E'] ?? ''),
      sha: sha['E'] ?? '',
      branch: 'main',
    });
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ conflicts: '1', pushed: '0' });
    expect(emulator.pageMarkdown(pageOf(emulator, 'search-v2', 'Intent').id)).toContain(
      'under 200 ms',
    );
    const annotation = result.commands.find(
      (c) => c.command === 'error' && c.properties['file'] !== undefined,
    );
    expect(annotation?.properties).toMatchObject({ file: INTENT, title: 'idse-sync: conflict' });
    expect(errors(result).at(-1)).toMatch(/0 artifacts failed, 1 conflict/);
    const ours = (github.comments.get(11) ?? [])[0]?.body ?? '';
    expect(ours).toContain('| 0 | 0 | 0 | 0 | 0 | 1 |');
    expect(ours).toContain('| `acme-notes::search-v2::intent` | conflict |');
  });

  it('a nightly pull with a conflict commits the clean part, then fails with the annotation', async () => {
    await teammateEdits('Tasks', 'for internal teams', 'for every team');
    const result = await step({
      eventName: 'workflow_dispatch',
      payload: {
        inputs: {},
        ref: 'refs/heads/main',
        repository: REPOSITORY,
        sender: { login: 'dev' },
      },
      sha: sha['E'] ?? '',
      branch: 'main',
      fullHistory: true,
    });
    expect(result.code).toBe(1);
    const head = gitIn(result.workspace, 'rev-parse', 'HEAD');
    expect(result.outputs).toMatchObject({
      conflicts: '1',
      pulled: '1',
      changed: 'true',
      'commit-sha': head,
    });
    expect(head).not.toBe(sha['E']);
    expect(readFileSync(join(result.workspace, TASKS), 'utf8')).toContain('for every team');
    // The conflicting file keeps the local version; Notion's is kept beside it.
    expect(readFileSync(join(result.workspace, INTENT), 'utf8')).toContain('under 100 ms');
    const annotation = result.commands.find(
      (c) => c.command === 'error' && c.properties['file'] === INTENT,
    );
    expect(annotation?.properties['title']).toBe('idse-sync: conflict');
    expect(errors(result).at(-1)).toMatch(
      new RegExp(`1 conflict \\(the clean part is committed as ${head}\\)`),
    );
    expect(result.summary).toContain('| 1 | 8 | 0 | 1 |');
  });
});

describe('dist/action.js refuses bad input with one clear message', () => {
  const cases: {
    name: string;
    eventName?: string;
    with: Record<string, string>;
    message: RegExp;
  }[] = [
    {
      name: 'a missing notion-token',
      with: { 'notion-token': '' },
      message:
        /^The notion-token input is empty\. Store the Notion integration secret as a repository secret/,
    },
    {
      name: 'a database the integration cannot see',
      with: { 'notion-database-id': '0123456789abcdef0123456789abcdef' },
      message:
        /^Notion has no database 0123456789abcdef0123456789abcdef that this integration can see \(404 object_not_found\)\. Check the database id/,
    },
    {
      name: 'an unknown mode',
      with: { mode: 'sync' },
      message: /^Unknown mode "sync": the mode input is push, pull or preview\./,
    },
    {
      name: 'a token Notion refuses',
      with: { 'notion-token': 'ntn_notTheRightToken0123456789abcdefABCDEF' },
      message: /^Notion refused the token \(401 unauthorized\)\. Check the notion-token input/,
    },
    {
      name: 'a switch that is not a boolean',
      with: { comment: 'yes' },
      message: /^The comment input must be true or false, not "yes"\./,
    },
    {
      name: 'an event with no default mode',
      eventName: 'release',
      with: {},
      message:
        /^The "release" event has no default mode\. Set the mode input to push, pull or preview\./,
    },
  ];
  for (const bad of cases) {
    it(`${bad.name}: exit 1, one error, nothing written`, async () => {
      emulator.clearLog();
      github.requests = [];
      const result = await step({
        eventName: bad.eventName ?? 'push',
        payload: pushEvent(ZERO, sha['A'] ?? ''),
        sha: sha['A'] ?? '',
        branch: 'main',
        with: bad.with,
      });
      expect(result.code).toBe(1);
      expect(errors(result)).toEqual([expect.stringMatching(bad.message)]);
      expect(result.stderr).toBe('');
      expect(writes(emulator.log())).toEqual([]);
      expect(commentWrites()).toEqual([]);
      for (const secret of Object.values(bad.with).filter((v) => v.startsWith('ntn_'))) {
        const shown = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
        expect(shown.join('\n')).not.toContain(secret);
      }
    });
  }
});

describe('secrets', () => {
  it('never prints a token: not in the log, outputs, summaries, reports or comments', () => {
    const comments = [...github.comments.values()].flat().map((c) => c.body);
    for (const secret of [emulator.token, github.token]) {
      for (const result of results) {
        // The runner consumes ::add-mask:: and hides the value everywhere after it.
        const stdout = result.stdout
          .split('\n')
          .filter((line) => line !== `::add-mask::${secret}`)
          .join('\n');
        expect(stdout).not.toContain(secret);
        expect(result.stderr).not.toContain(secret);
        expect(JSON.stringify(result.outputs)).not.toContain(secret);
        expect(result.summary).not.toContain(secret);
        expect(JSON.stringify(result.report ?? null)).not.toContain(secret);
      }
      for (const body of comments) expect(body).not.toContain(secret);
    }
    expect(results[0]?.stdout).toContain(`::add-mask::${emulator.token}`);
  });
});

describe('dist/action.js in a cancelled job', () => {
  it('SIGINT: no further writes start, the report says what ran, the step fails; a rerun converges', async () => {
    emulator.reset();
    github.pullsOfCommit.set(sha['A'] ?? '', []);
    // Request 4 is the first create (after the database, data source and query reads).
    emulator.injectFault({ hold: true, skip: 3 });
    let stdout = '';
    const running = step({
      eventName: 'push',
      payload: pushEvent(ZERO, sha['A'] ?? ''),
      sha: sha['A'] ?? '',
      onStart: (child) => {
        child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        void emulator.waitForHeld(1).then(() => child.kill('SIGINT'));
      },
    });
    await expect.poll(() => stdout, { timeout: 20_000 }).toContain('SIGINT received');
    emulator.clearFaults();
    for (const held of emulator.heldRequests()) emulator.releaseHeld(held.seq, 'apply');
    const result = await running;
    expect(result.code).not.toBe(0);
    expect(errors(result).join('\n')).toContain('cancelled');
    const report = result.report as { artifacts: { action: string; reason?: string }[] };
    const created = report.artifacts.filter((a) => a.action === 'created');
    const cancelled = report.artifacts.filter((a) => a.reason?.includes('cancelled'));
    expect(cancelled.length).toBeGreaterThan(0);
    expect(emulator.listPages()).toHaveLength(created.length);

    const again = await step({
      eventName: 'push',
      payload: pushEvent(ZERO, sha['A'] ?? ''),
      sha: sha['A'] ?? '',
    });
    expect(again.code).toBe(0);
    expect(emulator.listPages()).toHaveLength(10);
  });
});

function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}
