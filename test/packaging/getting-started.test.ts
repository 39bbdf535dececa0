// The README's "Install it in your repository", done as a team would: the commands of its `sh`
// blocks, read from the README itself and run one step at a time in a shell, in a git repository
// that holds only an IDSE workspace, from the packed tarball, against the emulator (in this
// process) in place of Notion. A README step that stops working, or a step added without a check
// here, fails this test.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, makeTempDir } from '../helpers/fixtures.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { packRepository, teamPath } from './pack-helpers.js';

const run = promisify(execFile);
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

/** The steps of the README's getting started: each `sh` block's commands, comments removed. */
function readmeSteps(): string[][] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Install it in your repository\n');
  const end = readme.indexOf('\n## ', start + 1);
  expect(start).toBeGreaterThan(-1);
  const section = readme.slice(start, end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((block) =>
    (block[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/\s+#\s.*$/, '').trim())
      .filter((line) => line !== ''),
  );
}

const SPEC = '.idse/projects/acme-notes/sessions/search-v2/specs/spec.md';
const PLAN = '.idse/projects/acme-notes/sessions/search-v2/plans/plan.md';
const SESSION = '.idse/projects/acme-notes/sessions/search-v2/metadata/session.json';

let emulator: Emulator;
let temp: { dir: string; cleanup: () => void };
let repo: string;
let env: Record<string, string>;
beforeAll(async () => {
  emulator = await startEmulator();
  temp = makeTempDir('idse-getting-started-');
  repo = join(temp.dir, 'team-repo');
  mkdirSync(repo);
  // Today's install: the release's tarball, downloaded into the repository.
  const tarball = packRepository(temp.dir).path;
  copyFileSync(tarball, join(repo, basename(tarball)));
  env = {
    PATH: teamPath(dirname(process.execPath)),
    HOME: temp.dir, // no ~/.idseconfig.json or git identity of the machine's user
    // "Notion" is the emulator: the API host setting the README's Configuration names.
    NOTION_BASE_URL: emulator.url,
    // The package bundles what it runs: nothing may come from the registry.
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  };
  // A team's repository: an IDSE workspace, committed, and nothing else.
  await shell('git init --quiet --initial-branch=main');
  await shell('git config user.name Teammate && git config user.email teammate@example.com');
  write(SPEC, '# Search v2\n\nSearch returns results in under a second.\n');
  write(PLAN, '# Plan\n\n1. Index the notes.\n2. Rank them.\n');
  write(SESSION, '{ "status": "in_progress", "tags": ["application"] }\n');
  await shell(`git add .idse && git commit --quiet -m "IDSE workspace"`);
}, 120_000);
afterAll(async () => {
  await waitForHookWorker().catch(() => undefined);
  await emulator.close();
  temp.cleanup();
});

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

/** Runs one command line in the team's repository; fails the test with its output otherwise. */
async function shell(line: string): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run('bash', ['-euo', 'pipefail', '-c', line], {
      cwd: repo,
      env,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    throw new Error(
      `\`${line}\` exited with ${failed.code}\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`,
      { cause: error },
    );
  }
}

/** Waits until the post-commit hook's background worker has nothing pending and holds no lock. */
async function waitForHookWorker(timeoutMs = 60_000): Promise<void> {
  const state = join(repo, '.git', 'idse-sync');
  const read = (name: string) =>
    existsSync(join(state, name)) ? readFileSync(join(state, name), 'utf8').trim() : undefined;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = read('pending');
    if (pending === undefined || (pending === read('done') && !existsSync(join(state, 'lock')))) {
      return;
    }
    if (Date.now() > deadline) throw new Error(`the hook's worker is busy after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function eventually(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() <= deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

/** The pages of a data source, each with its Stage. */
function stagePages(dataSourceId: string): { id: string; stage: string | undefined }[] {
  return emulator.listPages(dataSourceId).map((page) => {
    const stage = (page.properties as { Stage?: { select?: { name: string } | null } }).Stage;
    return { id: page.id, stage: stage?.select?.name };
  });
}

/** The database `init` created, by the id it recorded in the committed config. */
async function createdDatabase(): Promise<{ databaseId: string; dataSourceId: string }> {
  const config = JSON.parse(readFileSync(join(repo, '.idse/.idseconfig.json'), 'utf8')) as {
    notion: { database_id: string };
  };
  const database = (await emulatorClient(emulator).databases.retrieve({
    database_id: config.notion.database_id,
  })) as { data_sources?: { id: string }[] };
  return {
    databaseId: config.notion.database_id,
    dataSourceId: database.data_sources?.[0]?.id ?? '',
  };
}

describe("the README's getting started, from the packed tarball", () => {
  it('installs, creates the database, pushes, pushes on commit and writes the workflows', async () => {
    const steps = readmeSteps();
    // Each README step below is checked; a new one needs its check here.
    expect(steps).toEqual([
      ['npm i -D idse-notion-sync', 'npm i -D ./idse-notion-sync-*.tgz'],
      ['export NOTION_TOKEN=<the secret>'],
      ['npx idse-sync init --parent-page <page URL>'],
      ['npx idse-sync push'],
      ['npx idse-sync hooks install'],
      ['npx idse-sync init --workflows'],
    ]);
    const parentUrl = `https://www.notion.so/Team-designs-${emulator.parentPageId.replaceAll('-', '')}`;
    const outputs: string[] = [];
    for (const line of steps.flat()) {
      // Not on the registry yet: the next line installs the tarball instead.
      if (line === 'npm i -D idse-notion-sync') continue;
      const exported = /^export (\w+)=(.*)$/.exec(line);
      if (exported !== null) {
        expect(exported[2]).toBe('<the secret>');
        env[exported[1] ?? ''] = emulator.token;
        continue;
      }
      const { stdout, stderr } = await shell(line.replace('<page URL>', parentUrl));
      outputs.push(`${stdout}\n${stderr}`);
    }
    const [installed, init, push, hooks, workflows] = outputs;

    // 1. The package, from the tarball, with nothing else installed.
    expect(installed).toBeDefined();
    const manifestOf = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(manifestOf.devDependencies)).toEqual(['idse-notion-sync']);
    expect((await shell('npx idse-sync --version')).stdout.trim()).toBe(manifest.version);

    // 3. A database under the shared page, its id recorded for the team.
    expect(init).toMatch(/Created .* with Title, Stage, Session, Status/);
    expect(init).toMatch(/Manual steps/);
    const database = await createdDatabase();
    expect(database.databaseId).not.toBe(emulator.databaseId);
    expect(database.dataSourceId).not.toBe('');

    // 4. One page per artifact; Status left out, with a warning, until the manual step is done.
    expect(push).toMatch(/pushed 2 \(created 2, updated 0\)/);
    expect(push).toMatch(/Status left out/);
    const pages = stagePages(database.dataSourceId);
    expect(pages.map((page) => page.stage).sort()).toEqual(['Plan', 'Specification']);
    const spec = pages.find((page) => page.stage === 'Specification');
    expect(emulator.pageMarkdown(spec?.id ?? '')).toContain('under a second');
    const status = JSON.parse((await shell('npx idse-sync status --json')).stdout) as {
      states: Record<string, number>;
    };
    expect(status.states).toMatchObject({ 'in-sync': 2 });

    // 5. The hook: committed as the README says, then a commit that edits an artifact is pushed
    // in the background, and the run is one line of .idse/sync.log.
    expect(hooks).toMatch(/Installed the post-commit hook/);
    await shell('git add .husky .idse/.gitignore && git commit --quiet -m "Push IDSE on commit"');
    write(SPEC, '# Search v2\n\nSearch returns results in under 200 ms.\n');
    await shell(`git commit --quiet -am "Tighten the search target"`);
    const pushed = await eventually(
      () => emulator.pageMarkdown(spec?.id ?? '').includes('under 200 ms'),
      60_000,
    );
    expect(pushed).toBe(true);
    await waitForHookWorker();
    const log = readFileSync(join(repo, '.idse/sync.log'), 'utf8');
    expect(log).toMatch(/push \w{12}\.\.\w{12}: pushed 1 \(created 0, updated 1\)/);
    expect(stagePages(database.dataSourceId)).toHaveLength(2);

    // 6. The three workflows, the action pinned to the installed version.
    expect(workflows).toBeDefined();
    for (const name of ['sync-on-merge.yml', 'pr-preview.yml', 'nightly-pull.yml']) {
      const text = readFileSync(join(repo, '.github/workflows', name), 'utf8');
      expect(text).toContain(`idse-notion-sync/idse-notion-sync@v${manifest.version}`);
      expect(text).toContain('secrets.NOTION_TOKEN');
    }
    // The token went only where the README sends it: never into a file of the repository.
    const tracked = (await shell('git ls-files -z --cached --others --exclude-standard')).stdout
      .split('\0')
      .filter((path) => path !== '' && !path.startsWith('node_modules/') && !path.endsWith('.tgz'));
    const leaking = tracked.filter((path) =>
      readFileSync(join(repo, path)).includes(emulator.token),
    );
    expect(leaking).toEqual([]);
  }, 240_000);
});
