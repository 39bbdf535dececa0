// Attack 1: a commit (or a pull request) holds symbolic links where the tool reads and writes:
// an artifact file pointing at the runner's .git/config or an absolute path, a stage folder,
// .idse/conflicts, a session folder, session.json, the config, the spine, the log. None is
// followed; each is refused with its reason, and the rest of the run goes on.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator-workspace.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { runIdseSync } from '../helpers/cli.js';
import type { Emulator } from '../notion-emulator/index.js';
import { editorUpdate, pull, spineDump } from '../sync/pull-helpers.js';
import {
  actionOf,
  commitAll,
  emulatorEnv,
  pageOf,
  push,
  writeWorkspace,
} from '../sync/push-helpers.js';

const INTENT = '# Search\n\nFind notes fast.\n';
const PLAN = '# Plan\n\nA tiny parser turns queries into filters.\n';
const SPEC = '# Spec\n\nResults come back ranked.\n\nThe index lives in memory.\n';
const SESSION = '.idse/projects/acme/sessions/search';
// What actions/checkout leaves in .git/config, and a file of the runner outside the checkout.
const EXTRAHEADER = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==';
const RUNNER_SECRET = 'runner-secret-5f1e0c';

let emulator: Emulator;
let temp: { dir: string; cleanup: () => void };
let root: string;
let outside: string;
useEmulator((started) => (emulator = started));
beforeEach(() => {
  temp = makeTempDir('idse-links-');
  root = join(temp.dir, 'ws');
  outside = join(temp.dir, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), `${RUNNER_SECRET}\n`);
});
afterEach(() => temp.cleanup());

/** Everything Notion holds: every page body. */
function notionText(): string {
  return emulator
    .listPages()
    .map((page) => emulator.pageMarkdown(page.id))
    .join('\n');
}

function link(path: string, target: string): void {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  rmSync(full, { recursive: true, force: true });
  symlinkSync(target, full);
}

describe('a linked artifact file or folder (push)', () => {
  it('is refused per artifact and never read; the other artifacts are pushed', async () => {
    writeWorkspace(root, 'acme', [
      { id: 'search', files: { intent: INTENT, plan: PLAN } },
      { id: 'other', files: { plan: PLAN } },
    ]);
    commitAll(root);
    execFileSync('git', ['config', 'http.https://github.com/.extraheader', EXTRAHEADER], {
      cwd: root,
    });
    // Relative, to .git/config; absolute, to a file of the runner; a linked stage folder.
    link(`${SESSION}/specs/spec.md`, '../../../../../../.git/config');
    link('.idse/projects/acme/sessions/other/intents/intent.md', join(outside, 'secret.txt'));
    mkdirSync(join(outside, 'tasks'));
    writeFileSync(join(outside, 'tasks', 'tasks.md'), `# Tasks\n\n${RUNNER_SECRET}\n`);
    link(`${SESSION}/tasks`, join(outside, 'tasks'));

    const run = await push(emulator, root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('created');
    expect(actionOf(run.report, 'acme::search::plan')).toBe('created');
    expect(actionOf(run.report, 'acme::other::plan')).toBe('created');
    for (const idseId of ['acme::search::spec', 'acme::other::intent', 'acme::search::tasks']) {
      const outcome = run.report?.artifacts.find((a) => a.idseId === idseId);
      expect(outcome?.action, idseId).toBe('failed');
      expect(outcome?.reason).toMatch(
        /Refusing to use .*symbolic link \(links are never followed\)/,
      );
    }
    expect(emulator.listPages()).toHaveLength(3);
    expect(notionText()).not.toContain('extraheader');
    expect(notionText()).not.toContain(RUNNER_SECRET);
    expect(spineDump(root)).not.toContain(RUNNER_SECRET);
    expect(spineDump(root)).not.toContain('extraheader');
  });

  it('a linked session folder is skipped with a warning; the project is still pushed', async () => {
    writeWorkspace(root, 'acme', [{ id: 'search', files: { intent: INTENT } }]);
    writeWorkspace(outside, 'acme', [{ id: 'elsewhere', files: { intent: RUNNER_SECRET } }]);
    link(
      '.idse/projects/acme/sessions/elsewhere',
      join(outside, '.idse/projects/acme/sessions/elsewhere'),
    );
    const run = await push(emulator, root);
    expect(run.code).toBe(0);
    expect(run.report?.artifacts.map((a) => a.idseId)).toEqual(['acme::search::intent']);
    expect(run.report?.warnings).toContainEqual(
      expect.stringMatching(/sessions\/elsewhere: skipped: it is a symbolic link/),
    );
    expect(notionText()).not.toContain(RUNNER_SECRET);
  });

  it('a linked session.json is refused by name; its artifacts still go with defaults', async () => {
    writeWorkspace(root, 'acme', [{ id: 'search', files: { intent: INTENT } }]);
    writeFileSync(join(outside, 'session.json'), `{"description": "${RUNNER_SECRET}"}`);
    link(`${SESSION}/metadata/session.json`, join(outside, 'session.json'));
    const run = await push(emulator, root);
    expect(run.code).toBe(0);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('created');
    expect(run.report?.warnings).toContainEqual(
      expect.stringMatching(/session\.json: refused: .*symbolic link/),
    );
    expect(JSON.stringify(emulator.listPages())).not.toContain(RUNNER_SECRET);
  });
});

describe('the workspace itself: config, spine, .idse/ (a run error, nothing read)', () => {
  for (const [name, path] of [
    ['the committed config', '.idse/.idseconfig.json'],
    ['the spine', '.idse/idse.db'],
    ['the spine journal', '.idse/idse.db-journal'],
  ] as const) {
    it(`${name} as a link stops the run before anything is read or written`, async () => {
      writeWorkspace(root, 'acme', [{ id: 'search', files: { intent: INTENT } }]);
      writeFileSync(join(outside, 'target'), '{}');
      link(path, join(outside, 'target'));
      for (const command of ['push', 'pull', 'status']) {
        const run = await runIdseSync([command, '--workspace', root], {
          env: emulatorEnv(emulator),
        });
        expect(run.code, command).toBe(2);
        expect(run.stderr).toMatch(
          new RegExp(`Refusing to use ${path.replace(/\./g, '\\.')}: .*symbolic link`),
        );
      }
      expect(readFileSync(join(outside, 'target'), 'utf8')).toBe('{}');
      expect(emulator.log()).toEqual([]);
    });
  }

  it('doctor reports a linked .idse/ as the workspace problem', async () => {
    writeWorkspace(outside, 'acme', [{ id: 'search', files: { intent: INTENT } }]);
    mkdirSync(root);
    symlinkSync(join(outside, '.idse'), join(root, '.idse'));
    const run = await runIdseSync(['doctor', '--json', '--workspace', root], {
      env: emulatorEnv(emulator),
    });
    expect(run.code).toBe(2);
    const checks = JSON.parse(run.stdout).checks as { name: string; message: string }[];
    expect(checks.find((c) => c.name === 'workspace')?.message).toMatch(
      /Refusing to use \.idse\/: \.idse is a symbolic link/,
    );
  });
});

describe('pull through a linked stage folder or .idse/conflicts', () => {
  beforeEach(async () => {
    writeWorkspace(root, 'acme', [
      { id: 'search', files: { intent: INTENT, plan: PLAN, spec: SPEC } },
    ]);
    expect((await push(emulator, root)).code).toBe(0);
    commitAll(root);
  });

  it('writes nothing outside the workspace; the other pages are pulled', async () => {
    // The plans folder now points outside, holding a copy of the plan.
    mkdirSync(join(outside, 'plans'));
    writeFileSync(join(outside, 'plans', 'plan.md'), PLAN);
    link(`${SESSION}/plans`, join(outside, 'plans'));
    await editorUpdate(emulator, pageOf(emulator, 'search', 'Plan').id, [
      { old_str: 'A tiny parser', new_str: 'A hostile parser' },
    ]);
    await editorUpdate(emulator, pageOf(emulator, 'search', 'Intent').id, [
      { old_str: 'Find notes fast.', new_str: 'Find notes faster.' },
    ]);
    // .idse/conflicts points outside, and the spec is edited on both sides.
    mkdirSync(join(outside, 'conflicts'));
    link('.idse/conflicts', join(outside, 'conflicts'));
    writeFileSync(join(root, SESSION, 'specs/spec.md'), SPEC.replace('in memory', 'on disk'));
    await editorUpdate(emulator, pageOf(emulator, 'search', 'Specification').id, [
      { old_str: 'in memory', new_str: 'in Redis' },
    ]);

    const run = await pull(emulator, root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('pulled');
    expect(readFileSync(join(root, SESSION, 'intents/intent.md'), 'utf8')).toContain('faster');
    const plan = run.report?.artifacts.find((a) => a.idseId === 'acme::search::plan');
    expect(plan).toMatchObject({ action: 'failed' });
    expect(plan?.reason).toMatch(/plans is a symbolic link/);
    const spec = run.report?.artifacts.find((a) => a.idseId === 'acme::search::spec');
    expect(spec).toMatchObject({ action: 'failed' });
    expect(spec?.reason).toMatch(/\.idse\/conflicts is a symbolic link/);
    expect(readFileSync(join(outside, 'plans', 'plan.md'), 'utf8')).toBe(PLAN);
    expect(readdirSync(join(outside, 'plans'))).toEqual(['plan.md']);
    expect(readdirSync(join(outside, 'conflicts'))).toEqual([]);
    // The file keeps the local edit: nothing was overwritten.
    expect(readFileSync(join(root, SESSION, 'specs/spec.md'), 'utf8')).toContain('on disk');
  });
});

describe('the run log', () => {
  it('a linked .idse/sync.log is not written through; the push still runs', async () => {
    writeWorkspace(root, 'acme', [{ id: 'search', files: { intent: INTENT } }]);
    writeFileSync(join(outside, 'profile'), 'export PATH=/usr/bin\n');
    link('.idse/sync.log', join(outside, 'profile'));
    const run = await push(emulator, root, ['--log-file', join(root, '.idse/sync.log')]);
    expect(run.code).toBe(0);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('created');
    expect(run.stderr).toMatch(/log .*sync\.log.*symbolic link/);
    // As the hook runs it, from the repository's top: a linked .idse/ is refused too.
    const hook = await runIdseSync(['push', '--changed', '--log-file', '.idse/sync.log'], {
      cwd: root,
      env: emulatorEnv(emulator),
    });
    expect(hook.stderr).toMatch(/not writing the log: \.idse\/sync\.log is a symbolic link/);
    expect(readFileSync(join(outside, 'profile'), 'utf8')).toBe('export PATH=/usr/bin\n');
    expect(existsSync(join(outside, 'sync.log'))).toBe(false);
  });
});
