// The README's first command: the sample workspace in a throwaway git repository, its spec given
// a diagram (a PNG in the repository) and a link to its plan, pushed to the bundled Notion
// emulator (the diagram uploaded, the link pointing at the plan's page), pushed again (nothing
// to do), edited by a teammate in "Notion", and pulled back as a one-line git diff. Runs the
// shipped CLI (dist/; IDSE_DEMO_CLI names another entry, e.g. the sources run through tsx).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    [
      ...(process.env['IDSE_DEMO_CLI']?.split(' ') ?? [join(repoRoot, 'bin/idse-sync.js')]),
      ...args,
    ],
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

/** A small architecture diagram: three boxes joined by a bar, as a 160×48 PNG. */
function diagramPng(): Buffer {
  const [width, height] = [160, 48];
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3, 255);
    for (let x = 0; x < width; x++) {
      const box = x % 56 < 40 && y > 8 && y < 40;
      const bar = y > 22 && y < 26;
      const [r, g, b] = box ? [52, 120, 246] : bar ? [120, 120, 120] : [255, 255, 255];
      row.set([r, g, b], 1 + x * 3);
    }
    row[0] = 0;
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const session = join(workspace, '.idse/projects/acme-notes/sessions/search-v2');

try {
  cpSync(join(repoRoot, 'examples/sample'), workspace, { recursive: true });
  // The spec shows a diagram committed beside it and links to its plan.
  mkdirSync(join(session, 'assets'), { recursive: true });
  writeFileSync(join(session, 'assets', 'architecture.png'), diagramPng());
  appendFileSync(
    join(session, 'specs', 'spec.md'),
    '\n![Architecture](../assets/architecture.png)\n\nThe rollout is in [the plan](../plans/plan.md#phase-3-rollout).\n',
  );
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Demo');
  git('config', 'user.email', 'demo@example.com');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-qm', 'Sample IDSE workspace');
  console.log(`Workspace: ${workspace} (a git repository with the sample artifacts)`);
  console.log(`Notion emulator: ${emulator.url}, database ${emulator.databaseId}`);

  await idseSync('first push: one page per artifact', 'push');
  const page = (title: string) =>
    emulator.listPages().find((p) => JSON.stringify(p).includes(title));
  const spec = page('Specification – search-v2');
  if (spec === undefined) throw new Error('the spec page was not created');
  console.log(
    '\n# The spec page in Notion ends with the uploaded diagram and a link to the plan page:',
  );
  console.log(
    emulator
      .pageMarkdown(spec.id)
      .split('\n')
      .slice(-3)
      .map((line) => (line === '' ? '' : `    ${line.replace(/\?X-Amz-\S+\)/, '?X-Amz-…)')}`))
      .join('\n'),
  );
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
