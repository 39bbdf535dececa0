// The action's source entry (what dist/action.js bundles), run as a runner runs it, against
// the Notion emulator and a fake GitHub, fed with what an attacker can commit or open a pull
// request with: linked artifacts, a committed API host, workflow commands in names and
// warnings, a copy of the sticky comment's marker, and a host that echoes the token.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/action/render.js';
import { startFakeGitHub, type FakeGitHub } from '../action/fake-github.js';
import {
  createRepositories,
  runActionStep,
  sourceEntry,
  type ActionResult,
  type TestRepositories,
} from '../action/harness.js';
import { filesHolding } from '../hardening/hostile-helpers.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { writeWorkspace } from '../sync/push-helpers.js';
import {
  echoAuthorization,
  startTamperProxy,
  startTrap,
  type TamperProxy,
  type Trap,
} from './helpers.js';

const ZERO = '0'.repeat(40);
const REPOSITORY = { full_name: 'acme/design', default_branch: 'main' };
const SESSION = '.idse/projects/acme/sessions/search';
const EXTRAHEADER = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==';
const RUNNER_SECRET = 'runner-secret-9a7b3d';

let emulator: Emulator;
let github: FakeGitHub;
let proxy: TamperProxy;
let trap: Trap;
let outside: string;
beforeAll(async () => {
  emulator = await startEmulator();
  github = await startFakeGitHub('acme', 'design');
  proxy = await startTamperProxy(emulator.url);
  trap = await startTrap();
  outside = mkdtempSync(join(tmpdir(), 'idse-runner-files-'));
  writeFileSync(join(outside, 'secret.txt'), `${RUNNER_SECRET}\n`);
});
afterAll(async () => {
  await emulator?.close();
  await github?.close();
  await proxy?.close();
  await trap?.close();
  rmSync(outside, { recursive: true, force: true });
});

let repos: TestRepositories;
beforeEach(() => {
  emulator.reset();
  github.comments.clear();
  github.requests = [];
  proxy.rule = undefined;
  trap.requests.length = 0;
  repos?.cleanup();
  repos = createRepositories();
});

function commitAndPush(message: string, branch = 'main'): string {
  repos.git('add', '-A');
  repos.git('commit', '--quiet', '-m', message);
  repos.git('push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`);
  return repos.git('rev-parse', 'HEAD');
}

function pushEvent(after: string) {
  return { ref: 'refs/heads/main', before: ZERO, after, repository: REPOSITORY };
}

function previewEvent(number: number, base: string, head: string) {
  return {
    action: 'opened',
    number,
    repository: REPOSITORY,
    pull_request: {
      number,
      merged: false,
      base: { ref: 'main', sha: base, repo: REPOSITORY },
      head: { ref: 'feature', sha: head, repo: REPOSITORY },
    },
  };
}

async function step(options: {
  eventName: string;
  payload: unknown;
  sha: string;
  branch?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  /** Run in the checkout before the step (what actions/checkout leaves). */
  prepare?: (checkout: string) => void;
}): Promise<ActionResult & { workspace: string }> {
  const workspace = repos.checkout(options.sha, options.branch);
  options.prepare?.(workspace);
  const result = await runActionStep({
    args: sourceEntry(),
    workspace,
    eventName: options.eventName,
    payload: options.payload,
    sha: options.sha,
    ref: options.branch === undefined ? 'refs/pull/7/merge' : `refs/heads/${options.branch}`,
    apiUrl: github.url,
    with: {
      'notion-token': emulator.token,
      'notion-database-id': emulator.databaseId,
      'github-token': github.token,
      rate: '1000',
      ...options.with,
    },
    env: options.env ?? { NOTION_BASE_URL: emulator.url },
  });
  return Object.assign(result, { workspace });
}

const commands = (result: ActionResult, name: string) =>
  result.commands.filter((c) => c.command === name);

/** Every page body Notion holds. */
const notionText = () =>
  emulator
    .listPages()
    .map((page) => emulator.pageMarkdown(page.id))
    .join('\n');

describe('attack 1: a merged commit links an artifact to the runner’s files', () => {
  it('the push refuses each link by name and pushes the rest; nothing of them reaches Notion', async () => {
    writeWorkspace(repos.author, 'acme', [
      { id: 'search', files: { intent: '# Search\n\nFind notes.\n', plan: '# Plan\n\nParse.\n' } },
      { id: 'other', files: { plan: '# Other\n\nMore.\n' } },
    ]);
    mkdirSync(join(repos.author, SESSION, 'specs'), { recursive: true });
    symlinkSync('../../../../../../.git/config', join(repos.author, SESSION, 'specs/spec.md'));
    const intent = join(repos.author, '.idse/projects/acme/sessions/other/intents');
    mkdirSync(intent, { recursive: true });
    symlinkSync(join(outside, 'secret.txt'), join(intent, 'intent.md'));
    const sha = commitAndPush('design, with two links');

    const result = await step({
      eventName: 'push',
      payload: pushEvent(sha),
      sha,
      branch: 'main',
      // actions/checkout with persist-credentials left on writes the token here.
      prepare: (checkout) =>
        execFileSync('git', ['config', 'http.https://github.com/.extraheader', EXTRAHEADER], {
          cwd: checkout,
        }),
    });
    expect(result.outputs).toMatchObject({ created: '3', failed: '2' });
    expect(result.code).toBe(1);
    const refused = commands(result, 'error').filter((c) => /symbolic link/.test(c.message));
    expect(refused.map((c) => c.properties['file']).sort()).toEqual([
      '.idse/projects/acme/sessions/other/intents/intent.md',
      `${SESSION}/specs/spec.md`,
    ]);
    expect(notionText()).not.toMatch(/extraheader|AUTHORIZATION|runner-secret/);
    expect(result.summary).toContain('symbolic link');
    expect(result.summary).not.toContain(RUNNER_SECRET);
  });
});

describe('attack 2: a committed config names another API host', () => {
  it('neither the push nor a pull request preview sends anything there; both warn', async () => {
    writeWorkspace(repos.author, 'acme', [{ id: 'search', files: { intent: '# S\n\nOne.\n' } }]);
    const config = { notion: { database_id: emulator.databaseId, base_url: trap.url } };
    writeFileSync(join(repos.author, '.idse/.idseconfig.json'), JSON.stringify(config));
    const base = commitAndPush('design');
    repos.git('checkout', '--quiet', '-b', 'feature');
    writeFileSync(join(repos.author, SESSION, 'intents/intent.md'), '# S\n\nTwo.\n');
    const head = commitAndPush('edit', 'feature');

    // No NOTION_BASE_URL: the default host (unreachable here) is used, never the committed one.
    const pushed = await step({
      eventName: 'push',
      payload: pushEvent(base),
      sha: base,
      branch: 'main',
      env: {},
    });
    const preview = await step({
      eventName: 'pull_request',
      payload: previewEvent(7, base, head),
      sha: head,
      env: {},
    });
    for (const result of [pushed, preview]) {
      expect(trap.requests).toEqual([]);
      const warned = commands(result, 'warning').map((c) => c.message);
      expect(warned).toContainEqual(expect.stringMatching(/notion\.base_url .*ignored/));
      expect(commands(result, 'error').map((c) => c.message)).toContainEqual(
        expect.stringMatching(/^Cannot reach Notion/),
      );
    }
    // With the step's own NOTION_BASE_URL the run works, and names that host.
    const viaEnv = await step({
      eventName: 'push',
      payload: pushEvent(base),
      sha: base,
      branch: 'main',
    });
    expect(viaEnv.outputs).toMatchObject({ created: '1', failed: '0' });
    expect(commands(viaEnv, 'notice').map((c) => c.message)).toContainEqual(
      expect.stringContaining(`go to ${emulator.url} (set by NOTION_BASE_URL)`),
    );
    expect(trap.requests).toEqual([]);
  });
});

describe('attack 3: workflow commands in a link title, a folder name and a session id', () => {
  it('reach the runner as text: no output is set, no command stopped; the preview goes on', async () => {
    const injected =
      '::set-output name=commit-sha::pwned\n::error title=forged::forged\n::stop-commands::x\n::add-mask::hidden';
    writeWorkspace(repos.author, 'acme', [{ id: 'search', files: { intent: '# S\n\nOne.\n' } }]);
    const base = commitAndPush('design');
    repos.git('checkout', '--quiet', '-b', 'feature');
    writeWorkspace(repos.author, 'acme', [
      {
        id: 'search',
        files: {
          intent: '# S\n\nOne.\n',
          plan: `# Plan\n\nSee [d](https://x.example "notes\n${injected}") now.\n`,
        },
      },
    ]);
    const metadata = join(repos.author, SESSION, 'metadata/session.json');
    writeFileSync(metadata, JSON.stringify({ session_id: `x\n${injected}`, status: 'draft' }));
    const evil = `.idse/projects/acme/sessions/evil\n::set-output name=changed::pwned`;
    mkdirSync(join(repos.author, evil, 'intents'), { recursive: true });
    writeFileSync(join(repos.author, evil, 'intents/intent.md'), '# Evil\n');
    const head = commitAndPush('hostile names', 'feature');

    const result = await step({
      eventName: 'pull_request',
      payload: previewEvent(7, base, head),
      sha: head,
    });
    expect(result.code).toBe(0);
    const names = new Set(result.commands.map((c) => c.command));
    for (const forbidden of ['set-output', 'stop-commands', 'save-state', 'add-path', 'set-env']) {
      expect(names.has(forbidden), forbidden).toBe(false);
    }
    expect(result.commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).toEqual([
      emulator.token,
      github.token,
    ]);
    expect(commands(result, 'error').map((c) => c.properties['title'])).not.toContain('forged');
    for (const line of result.stdout.split('\n')) {
      if (line.startsWith('::')) {
        expect(line).toMatch(/^::(add-mask|notice|warning|error|debug)[ :]/);
      }
    }
    expect(result.outputs['commit-sha']).toBe('');
    expect(result.outputs['changed']).toBe('true');
    // The rest of the preview: the session's artifacts would be created (its session.json
    // changed), the loss is reported as text.
    expect(result.outputs).toMatchObject({ created: '2', failed: '0' });
    expect(result.stdout).toContain('no title: "notes\\n::set-output name=commit-sha::pwned\\n');
    expect(result.stdout).toMatch(
      /sessions\/evil\\n::set-output name=changed::pwned: skipped: it contains/,
    );
  });
});

describe("attack 6: another user's comment with the sticky marker", () => {
  it('is left alone; the action keeps its own comment', async () => {
    writeWorkspace(repos.author, 'acme', [{ id: 'search', files: { intent: '# S\n\nOne.\n' } }]);
    const base = commitAndPush('design');
    repos.git('checkout', '--quiet', '-b', 'feature');
    writeFileSync(join(repos.author, SESSION, 'intents/intent.md'), '# S\n\nTwo.\n');
    const head = commitAndPush('edit', 'feature');
    const planted = `${COMMENT_MARKER}\n[Click to re-run with your token](https://evil.example)`;
    github.comments.set(7, [{ id: 1, body: planted, user: { login: 'mallory', type: 'User' } }]);

    const first = await step({
      eventName: 'pull_request',
      payload: previewEvent(7, base, head),
      sha: head,
    });
    const second = await step({
      eventName: 'pull_request',
      payload: previewEvent(7, base, head),
      sha: head,
    });
    const comments = github.comments.get(7) ?? [];
    expect(comments[0]?.body).toBe(planted);
    expect(comments).toHaveLength(2);
    expect(comments[1]?.user.login).toBe('github-actions[bot]');
    expect(first.outputs['comment-id']).toBe(String(comments[1]?.id));
    expect(second.outputs['comment-id']).toBe(String(comments[1]?.id));
    expect(github.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith('/1'))).toEqual(
      [],
    );
  });
});

describe('attack 6: a host that echoes the token, in every form', () => {
  it('no output, file, summary, report or comment holds either token', async () => {
    writeWorkspace(repos.author, 'acme', [
      { id: 'search', files: { intent: '# S\n\nOne.\n', plan: '# P\n\nTwo.\n' } },
    ]);
    const sha = commitAndPush('design');
    github.pullsOfCommit.set(sha, [
      { number: 9, state: 'closed', merge_commit_sha: sha, merged_at: '2026-01-01T00:00:00Z' },
    ]);
    let echoed = 0;
    proxy.rule = (request) =>
      request.method === 'POST' && request.path === '/v1/pages' && echoed++ === 0
        ? { respond: echoAuthorization }
        : undefined;
    const result = await step({
      eventName: 'push',
      payload: pushEvent(sha),
      sha,
      branch: 'main',
      env: { NOTION_BASE_URL: proxy.url, NOTION_TOKEN: emulator.token },
    });
    expect(echoed).toBeGreaterThan(0);
    expect(result.outputs).toMatchObject({ created: '1', failed: '1' });
    const comment = github.comments.get(9)?.[0]?.body ?? '';
    expect(comment).toContain('\\[redacted\\]');
    const shown = result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    const everything = [
      shown,
      result.stderr,
      JSON.stringify(result.outputs),
      result.summary,
      JSON.stringify(result.report),
      result.reportMarkdown ?? '',
      comment,
      repos.git('log', '--all', '--format=%B'),
    ].join('\n');
    for (const secret of [emulator.token, github.token]) {
      for (const form of [
        secret,
        encodeURIComponent(secret),
        JSON.stringify(secret).slice(1, -1),
      ]) {
        expect(everything).not.toContain(form);
      }
      expect(filesHolding(result.workspace, secret)).toEqual([]);
    }
  });
});
