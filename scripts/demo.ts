// The README's first command: the sample workspace in a throwaway git repository, pushed to the
// bundled Notion emulator, then pushed again (nothing to do). Runs the shipped CLI (dist/).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  git('-c', 'user.name=Demo', '-c', 'user.email=demo@example.com', 'add', '-A');
  git(
    '-c',
    'user.name=Demo',
    '-c',
    'user.email=demo@example.com',
    '-c',
    'commit.gpgsign=false',
    'commit',
    '-qm',
    'Sample IDSE workspace',
  );
  console.log(`Workspace: ${workspace} (a git repository with the sample artifacts)`);
  console.log(`Notion emulator: ${emulator.url}, database ${emulator.databaseId}`);

  await idseSync('first push: one page per artifact', 'push');
  await idseSync('second push: nothing changed, nothing written', 'push');
  const writes = emulator.log().filter((entry) => entry.method !== 'GET').length;
  console.log(
    `\nThe emulator saw ${emulator.log().length} requests, ${writes} of them writes or queries.`,
  );
} finally {
  await emulator.close();
  rmSync(workspace, { recursive: true, force: true });
}
