// The README's first command: the sample workspace in a throwaway git repository, pushed to the
// bundled Notion emulator, pushed again (nothing to do), edited by a teammate in "Notion", and
// pulled back as a one-line git diff. Runs the shipped CLI (dist/).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { emulatorClient } from '../test/notion-emulator/client.js';
import { startEmulator } from '../test/notion-emulator/index.js';

const repoRoot = resolve(import.meta.dirname, '..');
const workspace = mkdtempSync(join(tmpdir(), 'idse-demo-'));
const emulator = await startEmulator();

function git(...args: string[]): void {
  execFileSync('git', args, { cwd: workspace, stdio: 'ignore' });
}

// Asynchronous on purpose: the emulator answers from this same process.
async function idseSync(title: string, ...args: string[]): Promise<void> {
  console.log(`\n$ idse-sync ${args.join(' ')}    # ${title}`);
  const run = await promisify(execFile)(
    process.execPath,
    [join(repoRoot, 'bin/idse-sync.js'), ...args],
    {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        ...process.env,
        NOTION_TOKEN: emulator.token,
        IDSE_NOTION_DATABASE_ID: emulator.databaseId,
        NOTION_BASE_URL: emulator.url,
      },
    },
  ).catch((error: { stdout?: string; stderr?: string; code?: number }) => {
    process.stdout.write(error.stdout ?? '');
    process.stderr.write(error.stderr ?? '');
    throw new Error(`idse-sync ${args[0]} exited with ${error.code}`);
  });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
}

try {
  cpSync(join(repoRoot, 'examples/sample'), workspace, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Demo');
  git('config', 'user.email', 'demo@example.com');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-qm', 'Sample IDSE workspace');
  console.log(`Workspace: ${workspace} (a git repository with the sample artifacts)`);
  console.log(`Notion emulator: ${emulator.url}, database ${emulator.databaseId}`);

  await idseSync('first push: one page per artifact', 'push');
  await idseSync('second push: nothing changed, nothing written', 'push');

  // A teammate edits one sentence of the plan in the Notion app.
  const plan = emulator
    .listPages()
    .find((page) => JSON.stringify(page).includes('Plan – search-v2'));
  if (plan === undefined) throw new Error('the plan page was not created');
  await emulatorClient(emulator, { as: 'editor' }).request({
    path: `pages/${plan.id}/markdown`,
    method: 'patch',
    body: {
      type: 'update_content',
      update_content: {
        content_updates: [
          { old_str: 'first for internal teams', new_str: 'first for the support team' },
        ],
      },
      markdown_version: 'v2',
    },
  });
  console.log(
    '\n# A teammate changes "first for internal teams" to "first for the support team" in Notion.',
  );

  await idseSync('pull: the edit comes back into the file, and is committed', 'pull', '--commit');
  console.log(
    '\n$ git show --stat --format=%B HEAD -- .idse/projects    # the commit the pull made',
  );
  console.log(
    execFileSync('git', ['show', '--format=%B', '--stat', 'HEAD', '--', '.idse/projects'], {
      cwd: workspace,
      encoding: 'utf8',
    }),
  );
  console.log(
    '$ git diff HEAD~1 -U0 -- .idse/projects    # one line changed, every other byte kept',
  );
  console.log(
    execFileSync('git', ['diff', 'HEAD~1', '-U0', '--', '.idse/projects'], {
      cwd: workspace,
      encoding: 'utf8',
    }),
  );
  await idseSync('push after the pull: the loop is closed, nothing to write', 'push');
} finally {
  await emulator.close();
  rmSync(workspace, { recursive: true, force: true });
}
