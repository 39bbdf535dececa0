import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator-workspace.js';
import { connectGitHub } from '../../src/action/github-api.js';
import type { GitHubContext } from '../../src/action/context.js';
import { parseInputs } from '../../src/action/inputs.js';
import { runAction } from '../../src/action/run.js';
import { startFakeGitHub } from '../action/fake-github.js';
import { commitAll, initRepo } from '../git/git-helpers.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { runIdseSync } from '../helpers/cli.js';
import type { Emulator } from '../notion-emulator/index.js';
import { idseFiles, pull, spineDump } from '../sync/pull-helpers.js';
import {
  actionOf,
  emulatorEnv,
  pageOf,
  push,
  writeArtifact,
  writeWorkspace,
  writes,
} from '../sync/push-helpers.js';
import {
  deepList,
  filesHolding,
  filesUnder,
  hasTerminalControl,
  paragraphs,
  table,
  teammatePage,
} from './hostile-helpers.js';

const INTENT = '# Search\n\nFind notes fast.\n';

let emulator: Emulator;
let temp: { dir: string; cleanup: () => void };
let root: string;
useEmulator((started) => (emulator = started));
beforeEach(() => {
  temp = makeTempDir('idse-hostile-');
  root = join(temp.dir, 'ws');
  writeWorkspace(root, 'acme', [{ id: 'search', files: { intent: INTENT } }]);
});
afterEach(() => temp.cleanup());

/** `idse-sync <command>` with the default, human-readable output. */
const text = (command: string, extra: string[] = []) =>
  runIdseSync([command, '--rate', '1000', '--workspace', root, ...extra], {
    env: emulatorEnv(emulator),
  });

describe('names from Notion that try to leave the tree (pull)', () => {
  const HOSTILE_SESSIONS = [
    '../../x',
    '../..',
    '/etc/cron.d/x',
    'C:\\Windows\\x',
    'a\u0000b',
    'line\nbreak',
    '\u001b[31mred\u001b[0m',
    'a::b',
    'x'.repeat(300),
  ];

  it('every such Session is refused by name; nothing is written anywhere', async () => {
    expect((await push(emulator, root)).code).toBe(0);
    const before = { files: idseFiles(root), spine: spineDump(root), all: filesUnder(temp.dir) };
    for (const session of HOSTILE_SESSIONS) await teammatePage(emulator, session, 'Plan', '# Mine');

    const json = await pull(emulator, root);
    expect(json.code).toBe(0);
    const refused = json.report?.warnings.filter((w) => w.includes('refused')) ?? [];
    expect(refused).toHaveLength(HOSTILE_SESSIONS.length);
    expect(idseFiles(root)).toEqual(before.files);
    expect(spineDump(root)).toBe(before.spine);
    expect(filesUnder(temp.dir)).toEqual(before.all);
    expect(existsSync('/etc/cron.d/x')).toBe(false);

    // In a terminal, a name's escape sequences and line breaks are shown, not obeyed.
    const human = await text('pull');
    expect(human.code).toBe(0);
    expect(hasTerminalControl(human.stdout + human.stderr)).toBe(false);
    expect(human.stdout + human.stderr).toContain('refused');
  });
});

describe('hostile bytes in artifact files (push)', () => {
  it('a NUL byte or invalid UTF-8 fails that artifact alone, naming the file; the rest is pushed', async () => {
    writeArtifact(root, 'acme', 'search', 'spec', '# Spec\n\nnul \u0000 here\n');
    const plan = join(root, '.idse/projects/acme/sessions/search/plans/plan.md');
    writeArtifact(root, 'acme', 'search', 'plan', '');
    writeFileSync(plan, Buffer.from([0x23, 0x20, 0xc3, 0x28, 0x0a]));
    const run = await push(emulator, root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('created');
    const failed = run.report?.artifacts.filter((a) => a.action === 'failed') ?? [];
    expect(failed.map((a) => a.idseId).sort()).toEqual([
      'acme::search::plan',
      'acme::search::spec',
    ]);
    expect(failed.find((a) => a.idseId.endsWith('spec'))?.reason).toMatch(/NUL character/);
    expect(failed.find((a) => a.idseId.endsWith('plan'))?.reason).toMatch(/not valid UTF-8/);
    expect(emulator.listPages()).toHaveLength(1);
    // The file on disk is left exactly as it was.
    expect([...readFileSync(plan)]).toEqual([0x23, 0x20, 0xc3, 0x28, 0x0a]);
  });
});

describe('documents at and over Notion limits (push)', () => {
  it('a 10 MB artifact fails alone before any request, saying to split it', async () => {
    const line = 'A long line of design prose that repeats to fill the file. '.repeat(16);
    const big = `# Big\n\n${`${line}\n\n`.repeat(Math.ceil(10_000_000 / (line.length + 2)))}`;
    expect(big.length).toBeGreaterThan(10_000_000);
    writeArtifact(root, 'acme', 'search', 'spec', big);
    const run = await push(emulator, root);
    expect(run.code).toBe(1);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('created');
    const spec = run.report?.artifacts.find((a) => a.idseId === 'acme::search::spec');
    expect(spec).toMatchObject({ action: 'failed', pageId: null });
    expect(spec?.reason).toMatch(/^too large for one Notion request: the file is \d+ KB/);
    expect(spec?.reason).toMatch(/Split the artifact/);
    expect(
      emulator.log().filter((e) => e.method === 'POST' && e.path === '/v1/pages'),
    ).toHaveLength(1);
    expect(emulator.listPages()).toHaveLength(1);
  });

  it('10,000 blocks fail alone with the block limit named; 1,000 blocks are pushed', async () => {
    writeArtifact(root, 'acme', 'search', 'spec', `# Spec\n\n${paragraphs(10_000)}`);
    writeArtifact(root, 'acme', 'search', 'plan', paragraphs(999));
    const run = await push(emulator, root);
    expect(run.code).toBe(1);
    const spec = run.report?.artifacts.find((a) => a.idseId === 'acme::search::spec');
    expect(spec?.action).toBe('failed');
    expect(spec?.reason).toMatch(/too many blocks for one Notion request: at least 10001/);
    expect(actionOf(run.report, 'acme::search::plan')).toBe('created');
    expect(emulator.pageMarkdown(pageOf(emulator, 'search', 'Plan').id)).toContain(
      'Paragraph 999.',
    );
  });

  it('a 2,000-row table is refused by the block limit; a 500-row table round-trips', async () => {
    writeArtifact(root, 'acme', 'search', 'spec', table(2000));
    writeArtifact(root, 'acme', 'search', 'plan', table(500));
    const run = await push(emulator, root);
    expect(run.code).toBe(1);
    expect(run.report?.artifacts.find((a) => a.idseId === 'acme::search::spec')?.reason).toMatch(
      /too many blocks/,
    );
    expect(actionOf(run.report, 'acme::search::plan')).toBe('created');
    const again = await pull(emulator, root);
    expect(again.code).toBe(0);
    expect(
      readFileSync(join(root, '.idse/projects/acme/sessions/search/plans/plan.md'), 'utf8'),
    ).toBe(table(500));
  });

  it('a list nested 50 levels deep: pushed or refused with a reason, never a crash', async () => {
    writeArtifact(root, 'acme', 'search', 'plan', deepList(50));
    const run = await push(emulator, root);
    expect(run.stderr).toBe('');
    const plan = run.report?.artifacts.find((a) => a.idseId === 'acme::search::plan');
    expect(plan?.action).toBe('created');
    expect(emulator.pageMarkdown(plan?.pageId ?? '')).toContain('level 50');
    emulator.clearLog();
    expect((await push(emulator, root)).report?.counts.skipped).toBe(2);
    expect(writes(emulator.log())).toEqual([]);
  });
});

describe('a token echoed in an error body', () => {
  it('the emulator really echoes it (so the scans below mean something)', async () => {
    emulator.injectFault({ method: 'POST', path: '/v1/pages', echoToken: true });
    const run = await push(emulator, root);
    const logged = emulator.log().find((e) => e.fault === 'echo token');
    expect(logged?.status).toBe(400);
    expect(run.report?.artifacts[0]?.reason).toMatch(/header authorization.*\[redacted\]/);
  });

  it('is in no output, report, log, snapshot, spine or file of push, pull and doctor', async () => {
    writeArtifact(root, 'acme', 'search', 'spec', '# Spec\n\nRanked.\n');
    const outputs: string[] = [];
    const keep = (run: { stdout: string; stderr: string }) => outputs.push(run.stdout, run.stderr);
    const log = ['--log-file', join(root, '.idse/sync.log')];

    emulator.injectFault({ method: 'POST', path: '/v1/pages', echoToken: true });
    keep(await push(emulator, root, log));
    emulator.injectFault({ method: 'POST', path: '/v1/pages', echoToken: true });
    keep(await text('push', log));
    keep(await push(emulator, root, log));
    const page = pageOf(emulator, 'search', 'Intent').id;
    await teammatePage(emulator, 'search', 'Plan', '# Plan\n\nFrom Notion.\n');
    emulator.injectFault({ method: 'GET', path: '/v1/pages/*/markdown', echoToken: true });
    keep(await pull(emulator, root));
    emulator.injectFault({ method: 'GET', path: '/v1/pages/*/markdown', echoToken: true });
    keep(await text('pull'));
    writeArtifact(root, 'acme', 'search', 'intent', '# Search\n\nFind notes faster.\n');
    // Only this integration edited that page: the push writes its body without a read.
    emulator.injectFault({ method: 'PATCH', path: `/v1/pages/${page}/markdown`, echoToken: true });
    keep(await push(emulator, root, log));
    // Run-stopping calls: the schema read and the bot lookup.
    emulator.injectFault({ method: 'GET', path: '/v1/data_sources/*', echoToken: true });
    const stopped = await text('push', log);
    keep(stopped);
    // A 4xx with no message of its own is still a user error, not "internal error".
    expect(stopped.stderr).toMatch(/^idse-sync: Notion refused a request \(400 validation_error\)/);
    expect(stopped.code).toBe(2);
    emulator.injectFault({ method: 'GET', path: '/v1/users/me', echoToken: true });
    keep(await text('doctor'));
    emulator.injectFault({ method: 'POST', path: '/v1/data_sources/*/query', echoToken: true });
    keep(await text('pull'));

    const echoed = emulator.log().filter((e) => e.fault === 'echo token');
    expect(echoed.length).toBeGreaterThanOrEqual(8);
    expect(outputs.join('\n')).toContain('[redacted]');
    for (const output of outputs) expect(output).not.toContain(emulator.token);
    expect(filesHolding(temp.dir, emulator.token)).toEqual([]);
    expect(readFileSync(join(root, '.idse/sync.log'), 'utf8')).toContain('failed 1');
  });
});

describe('the action: hostile artifact names and an echoed token in PR comment and summary', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>[x](javascript:alert(1))|@octocat**b**`t`';

  it('names render as inert text; the token is in no comment, summary, output or file', async () => {
    const github = await startFakeGitHub('acme', 'design');
    try {
      writeWorkspace(root, 'acme', [{ id: HOSTILE, files: { intent: '# Evil\n\n<b>hi</b>\n' } }]);
      initRepo(root);
      const sha = commitAll(root, 'design');
      github.pullsOfCommit.set(sha, [
        { number: 7, state: 'closed', merge_commit_sha: sha, merged_at: '2026-01-01T00:00:00Z' },
      ]);
      emulator.injectFault({ method: 'POST', path: '/v1/pages', echoToken: true });
      const said: string[] = [];
      const summaries: string[] = [];
      const outputs = new Map<string, string>();
      await runAction({
        inputs: parseInputs(
          (name) =>
            ({
              'notion-token': emulator.token,
              'notion-database-id': emulator.databaseId,
              'github-token': github.token,
              rate: '1000',
            })[name] ?? '',
          () => undefined,
        ),
        context: {
          eventName: 'push',
          payload: {
            ref: 'refs/heads/main',
            before: '0'.repeat(40),
            after: sha,
            repository: { default_branch: 'main' },
          } as GitHubContext['payload'],
          owner: 'acme',
          repo: 'design',
          sha,
          ref: 'refs/heads/main',
          workspace: root,
          apiUrl: github.url,
          serverUrl: 'https://github.example',
          tempDir: temp.dir,
          runId: '1',
        },
        notionBaseUrl: emulator.url,
        io: {
          info: (m) => said.push(m),
          notice: (m) => said.push(m),
          warning: (m) => said.push(m),
          error: (m) => said.push(m),
          setOutput: (name, value) => outputs.set(name, value),
          setFailed: (m) => said.push(m),
          summary: async (m) => {
            summaries.push(m);
          },
        },
        connectGitHub,
      });
      expect(outputs.get('failed')).toBe('1');
      expect(outputs.get('created')).toBe('1');
      const comment = github.comments.get(7)?.[0]?.body ?? '';
      expect(comment).toContain('header authorization');
      const everything = [
        ...said,
        ...summaries,
        ...outputs.values(),
        ...github.requests.map((r) => JSON.stringify(r.body)),
      ].join('\n');
      expect(everything).not.toContain(emulator.token);
      expect(filesHolding(temp.dir, emulator.token)).toEqual([]);

      // Outside code spans nothing of the name is markup: no tag, link, mention or extra cell.
      for (const markdown of [comment, summaries.join('\n')]) {
        const prose = markdown.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
        expect(prose).not.toMatch(/<img|\]\(javascript|(^|[^\\])@octocat/);
        for (const line of markdown.split('\n').filter((l) => l.startsWith('| `'))) {
          expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(6);
        }
      }
      expect(comment).toContain('``');
    } finally {
      await github.close();
    }
  });
});
