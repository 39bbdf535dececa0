import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/fixtures.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { ONE_PIXEL_PNG } from '../notion-emulator/core.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { editorUpdate, git, pull } from './pull-helpers.js';
import {
  commitAll,
  describe as calls,
  pageOf,
  push,
  writeWorkspace,
  writes,
} from './push-helpers.js';

/**
 * A design document as a team writes it, end to end through the CLI: a committed PNG, a link to
 * its plan and to another file of the repository, a GitHub alert and a <details> block.
 */
let emulator: Emulator;
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => emulator.close());
beforeEach(() => emulator.reset());
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

const SESSION = '.idse/projects/acme/sessions/s1';
const SPEC = `${SESSION}/specs/spec.md`;

/** A PNG `size` bytes long whose content is unique to `seed`. */
function png(seed: number, size = 600): Buffer {
  const bytes = Buffer.alloc(size, seed);
  ONE_PIXEL_PNG.copy(bytes, 0, 0, Math.min(size, ONE_PIXEL_PNG.length));
  return bytes;
}

const SPEC_TEXT = `# Search spec

![Architecture](../assets/arch.png)

The index is rebuilt nightly. See [the plan](../plans/plan.md#milestones) and [the notes](../../../../../../docs/notes.md).

> [!WARNING]
> Ship it behind a flag.

<details>
<summary>Rejected options</summary>

- Rebuild on every write.

</details>

\`\`\`mermaid
graph TD
  A --> B
\`\`\`
`;

function workspace(): string {
  const { dir, cleanup } = makeTempDir('idse-design-');
  cleanups.push(cleanup);
  writeWorkspace(dir, 'acme', [
    {
      id: 's1',
      files: { spec: SPEC_TEXT, plan: '# Plan\n\n## Milestones\n\n- M1: the index.\n' },
    },
  ]);
  mkdirSync(join(dir, SESSION, 'assets'), { recursive: true });
  writeFileSync(join(dir, SESSION, 'assets', 'arch.png'), png(1));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'notes.md'), '# Notes\n');
  commitAll(dir, 'design docs');
  git(dir, 'remote', 'add', 'origin', 'git@github.com:acme/design.git');
  return dir;
}

/** Every file of the workspace but git's and the spine, by relative path. */
function filesOf(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    const full = join(entry.parentPath, entry.name);
    const path = relative(root, full).split(sep).join('/');
    if (!entry.isFile() || path.startsWith('.git/') || path.startsWith('.idse/idse.db')) continue;
    files.set(path, readFileSync(full));
  }
  return files;
}

describe('a design document with an image, links, an alert and <details>', () => {
  it('goes to Notion as an uploaded image, page and repository links, a callout and a toggle; comes back byte for byte', async () => {
    const root = workspace();
    const first = await push(emulator, root);
    expect(first.report?.counts).toMatchObject({ created: 2, failed: 0 });
    const spec = pageOf(emulator, 's1', 'Specification');
    const plan = pageOf(emulator, 's1', 'Plan');
    const page = emulator.pageMarkdown(spec.id);
    const planUrl = `https://www.notion.so/${plan.id.replace(/-/g, '')}#milestones`;
    expect(page).toMatch(
      /^# Search spec\n\n!\[Architecture\]\(http:\/\/127\.0\.0\.1:\d+\/files\/\S+\?X-Amz-\S+\)\n\n/,
    );
    expect(page).not.toContain('../assets');
    expect(page).toContain(`[the plan](${planUrl})`);
    expect(page).toContain('[the notes](https://github.com/acme/design/blob/HEAD/docs/notes.md)');
    expect(page).toContain('<callout icon="⚠️" color="yellow_bg">Ship it behind a flag.</callout>');
    expect(page).toContain('<toggle>\nRejected options\n\n- Rebuild on every write.\n</toggle>');
    expect(page).toContain('```mermaid\ngraph TD\n  A --> B\n```');
    const uploads = first.report?.requests ?? 0;
    expect(calls(emulator.log()).filter((c) => c.includes('file_uploads'))).toEqual([
      'POST /v1/file_uploads',
      expect.stringMatching(/^POST \/v1\/file_uploads\/.+\/send$/),
    ]);
    expect(uploads).toBeGreaterThan(0);

    // Nothing changed: nothing uploaded, nothing written.
    emulator.clearLog();
    const second = await push(emulator, root);
    expect(second.report?.counts).toMatchObject({ skipped: 2, failed: 0 });
    expect(writes(emulator.log())).toEqual([]);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'pushed');

    // A teammate edits a paragraph and uploads a screenshot into the page.
    await editorUpdate(emulator, spec.id, [
      { old_str: 'rebuilt nightly', new_str: 'rebuilt every hour' },
    ]);
    const editor = emulatorClient(emulator, { as: 'editor' });
    const shot = png(2, 900);
    const upload = await editor.fileUploads.create({
      filename: 'screenshot.png',
      content_type: 'image/png',
    });
    await editor.fileUploads.send({
      file_upload_id: upload.id,
      file: { filename: 'screenshot.png', data: new Blob([shot], { type: 'image/png' }) },
    });
    await editor.blocks.children.append({
      block_id: spec.id,
      children: [
        {
          type: 'image',
          image: {
            type: 'file_upload',
            file_upload: { id: upload.id },
            caption: [{ type: 'text', text: { content: 'Dashboard' } }],
          },
        },
      ],
    });

    const pulled = await pull(emulator, root, ['--commit']);
    expect(pulled.report?.counts).toMatchObject({ pulled: 1, failed: 0, conflicts: 0 });
    const text = readFileSync(join(root, SPEC), 'utf8');
    const assets = readdirSync(join(root, SESSION, 'assets')).filter((n) => n !== 'arch.png');
    expect(assets).toHaveLength(1);
    const saved = assets[0] as string;
    expect(saved).toMatch(/^[0-9a-f]{16}\.png$/);
    expect(readFileSync(join(root, SESSION, 'assets', saved)).equals(shot)).toBe(true);
    expect(text).toBe(
      `${SPEC_TEXT.replace('rebuilt nightly', 'rebuilt every hour')}\n![Dashboard](../assets/${saved})\n`,
    );
    // The pull committed the new image with the file; no file anywhere holds a signed URL.
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD')).toContain(
      `${SESSION}/assets/${saved}`,
    );
    for (const [path, bytes] of filesOf(root)) {
      expect(bytes.toString('latin1'), path).not.toMatch(/X-Amz-|Signature=/);
    }

    // The push after the pull recognises the image: no upload, no write.
    emulator.clearLog();
    const third = await push(emulator, root);
    expect(third.report?.counts).toMatchObject({ failed: 0, conflicts: 0, created: 0 });
    expect(writes(emulator.log())).toEqual([]);

    // An edit elsewhere is written without uploading either image again or touching their blocks.
    const imageBlocks = () =>
      emulator
        .pageBlocks(spec.id)
        .filter((b) => b.type === 'image')
        .map((b) => b.id);
    const before = imageBlocks();
    writeFileSync(
      join(root, SPEC),
      text.replace('Ship it behind a flag.', 'Ship it behind a flag, off by default.'),
    );
    emulator.clearLog();
    const fourth = await push(emulator, root);
    expect(fourth.report?.counts).toMatchObject({ updated: 1, failed: 0 });
    expect(calls(writes(emulator.log())).filter((c) => /file_uploads|blocks/.test(c))).toEqual([]);
    expect(imageBlocks()).toEqual(before);
  });

  it('links to a page the same push creates: written in a second pass, then nothing to do', async () => {
    const root = workspace();
    await push(emulator, root);
    const spec = pageOf(emulator, 's1', 'Specification');
    const plan = pageOf(emulator, 's1', 'Plan');
    expect(emulator.pageMarkdown(spec.id)).toContain(
      `[the plan](https://www.notion.so/${plan.id.replace(/-/g, '')}#milestones)`,
    );
    emulator.clearLog();
    await push(emulator, root);
    expect(writes(emulator.log())).toEqual([]);
  });

  it('uploads an image over 20 MiB in parts on a paid plan, after reading the workspace limit', async () => {
    emulator.setMaxFileUploadBytes(5 * 1024 * 1024 * 1024);
    const root = workspace();
    writeFileSync(join(root, SESSION, 'assets', 'poster.png'), png(4, 21 * 1024 * 1024));
    writeFileSync(
      join(root, SESSION, 'plans', 'plan.md'),
      '# Plan\n\n![Poster](../assets/poster.png)\n',
    );
    const run = await push(emulator, root);
    expect(run.report?.counts).toMatchObject({ created: 2, failed: 0 });
    const uploadCalls = calls(emulator.log()).filter((c) => /file_uploads|users\/me/.test(c));
    expect(uploadCalls.filter((c) => c.endsWith('/send'))).toHaveLength(1 + 3);
    expect(uploadCalls.filter((c) => c.endsWith('/complete'))).toHaveLength(1);
    expect(uploadCalls).toContain('GET /v1/users/me');
    const page = emulator.pageMarkdown(pageOf(emulator, 's1', 'Plan').id);
    expect(page).toMatch(
      /^# Plan\n\n!\[Poster\]\(http:\/\/127\.0\.0\.1:\d+\/files\/\S+\/poster\.png\?X-Amz-/,
    );
  });

  it('on another machine with the spine, uploads nothing again', async () => {
    const root = workspace();
    await push(emulator, root);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'pushed');
    // A second artifact in a fresh clone shows the same image.
    const { dir: clone, cleanup } = makeTempDir('idse-clone-');
    cleanups.push(cleanup);
    git(dirname(clone), 'clone', '-q', root, clone);
    const tasks = join(clone, SESSION, 'tasks', 'tasks.md');
    mkdirSync(dirname(tasks), { recursive: true });
    writeFileSync(tasks, '# Tasks\n\n![Architecture](../assets/arch.png)\n');
    emulator.clearLog();
    const run = await push(emulator, clone);
    expect(run.report?.counts).toMatchObject({ created: 1, failed: 0 });
    expect(calls(emulator.log()).filter((c) => c.includes('file_uploads'))).toEqual([]);
    const page = emulator.pageMarkdown(pageOf(emulator, 's1', 'Tasks').id);
    expect(page).toMatch(/!\[Architecture\]\(http:\/\/127\.0\.0\.1:\d+\/files\//);
    expect(existsSync(join(clone, SESSION, 'assets', 'arch.png'))).toBe(true);
  });
});
