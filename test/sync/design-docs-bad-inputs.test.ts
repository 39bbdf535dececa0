import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/fixtures.js';
import { ONE_PIXEL_PNG } from '../notion-emulator/core.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { editorUpdate, git, pull } from './pull-helpers.js';
import { commitAll, pageOf, push, writeWorkspace } from './push-helpers.js';

/** Bad input around images and links: each a clear warning, the rest of the run unaffected. */
let emulator: Emulator;
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => emulator.close());
beforeEach(() => emulator.reset());
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

const SESSION = '.idse/projects/acme/sessions/s1';

function png(seed: number, size = 600): Buffer {
  const bytes = Buffer.alloc(size, seed);
  ONE_PIXEL_PNG.copy(bytes, 0, 0, Math.min(size, ONE_PIXEL_PNG.length));
  return bytes;
}

/** A repository inside a folder of its own, so "outside the repository" is a real place. */
function repository(spec: string): { root: string; outside: string } {
  const { dir, cleanup } = makeTempDir('idse-bad-');
  cleanups.push(cleanup);
  const root = join(dir, 'repo');
  writeWorkspace(root, 'acme', [
    { id: 's1', files: { spec, plan: '# Plan\n\nFirst milestone.\n' } },
  ]);
  mkdirSync(join(root, SESSION, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'secret.png'), png(9));
  commitAll(root);
  return { root, outside: dir };
}

describe('bad input on push', () => {
  it('warns for a link to a missing artifact, a too large, outside or linked image; pushes the rest', async () => {
    const spec = [
      '# Spec',
      '',
      'Tasks are in [the task list](../tasks/tasks.md).',
      '',
      '![Huge](../assets/huge.png)',
      '',
      '![Secret](../../../../../../../secret.png)',
      '',
      '![Linked](../assets/linked.png)',
      '',
      '![Gone](../assets/gone.png)',
      '',
      '![Text](../assets/notes.png)',
      '',
      'The end.',
      '',
    ].join('\n');
    const { root, outside } = repository(spec);
    writeFileSync(join(root, SESSION, 'assets', 'huge.png'), png(3, 5 * 1024 * 1024 + 1));
    writeFileSync(join(root, SESSION, 'assets', 'notes.png'), 'just text, named .png');
    symlinkSync(join(outside, 'secret.png'), join(root, SESSION, 'assets', 'linked.png'));
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'images');

    const run = await push(emulator, root);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ created: 2, failed: 0 });
    const warnings = run.report?.warnings.join('\n') ?? '';
    expect(warnings).toMatch(
      /line 3: link \.\.\/tasks\/tasks\.md is to a missing artifact \(acme::s1::tasks\)/,
    );
    expect(warnings).toMatch(
      /line 5: image \.\.\/assets\/huge\.png: it is 5\.0 MiB, over the 5\.0 MiB Notion takes; it is not sent/,
    );
    expect(warnings).toMatch(
      /line 7: image \.\.\/\.\.\/.*secret\.png: it is outside the repository; it is not sent/,
    );
    expect(warnings).toMatch(
      /line 9: image \.\.\/assets\/linked\.png: \S+linked\.png is a symbolic link \(links are never followed\); it is not sent/,
    );
    expect(warnings).toMatch(
      /line 11: image \.\.\/assets\/gone\.png: it does not exist; it is not sent/,
    );
    expect(warnings).toMatch(
      /line 13: image \.\.\/assets\/notes\.png: its content is not an image type Notion shows; it is not sent/,
    );
    const page = emulator.pageMarkdown(pageOf(emulator, 's1', 'Specification').id);
    expect(page).toBe('# Spec\n\nTasks are in [the task list](../tasks/tasks.md).\n\nThe end.');
    expect(emulator.log().some((e) => e.path.includes('file_uploads'))).toBe(false);
    // Nothing was changed on disk but the spine, and the next push has nothing to do.
    expect(git(root, 'status', '--porcelain', '--', '.idse/projects', 'secret.png')).toBe('');
    emulator.clearLog();
    await push(emulator, root);
    expect(emulator.log().filter((e) => e.method !== 'GET' && !e.path.endsWith('/query'))).toEqual(
      [],
    );
  });
});

describe('bad input on pull', () => {
  it('warns for a non-image download and a name with ../, writes nothing outside, pulls the rest', async () => {
    const { root, outside } = repository('# Spec\n\nIntro.\n');
    await push(emulator, root);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'pushed');
    const spec = pageOf(emulator, 's1', 'Specification');
    const plan = pageOf(emulator, 's1', 'Plan');
    // A teammate pastes a PDF, a "PNG" that is text, and an image whose name climbs out.
    emulator.addFileImage(spec.id, 'brief.pdf', {
      bytes: Buffer.from('%PDF-1.4 not an image'),
      contentType: 'application/pdf',
    });
    emulator.addFileImage(spec.id, 'fake.png', {
      bytes: Buffer.from('plain text pretending'),
      contentType: 'image/png',
    });
    const escape = png(5);
    emulator.addFileImage(spec.id, '../../../../../../escape.png', {
      bytes: escape,
      contentType: 'image/png',
    });
    await editorUpdate(emulator, plan.id, [
      { old_str: 'First milestone.', new_str: 'First milestone, by May.' },
    ]);

    const run = await pull(emulator, root);
    expect(run.code).toBe(0);
    expect(run.report?.counts).toMatchObject({ pulled: 2, failed: 0, conflicts: 0 });
    const warnings = run.report?.warnings.join('\n') ?? '';
    expect(warnings).toMatch(
      /acme::s1::spec: an image in Notion was not downloaded: it is application\/pdf, not an image/,
    );
    expect(warnings).toMatch(
      /acme::s1::spec: an image in Notion was not downloaded: its content is not an image \(it claims image\/png\)/,
    );
    expect(warnings).toMatch(
      /acme::s1::spec: an image in Notion claims the file name "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/escape\.png"; the name is not used/,
    );

    expect(readFileSync(join(root, SESSION, 'plans', 'plan.md'), 'utf8')).toBe(
      '# Plan\n\nFirst milestone, by May.\n',
    );
    const text = readFileSync(join(root, SESSION, 'specs', 'spec.md'), 'utf8');
    const saved = readdirSync(join(root, SESSION, 'assets'));
    expect(saved).toEqual([expect.stringMatching(/^[0-9a-f]{16}\.png$/)]);
    expect(readFileSync(join(root, SESSION, 'assets', saved[0] as string)).equals(escape)).toBe(
      true,
    );
    expect(text).toMatch(
      /^# Spec\n\nIntro\.\n\n!\[\]\(http:\/\/127\.0\.0\.1:\d+\/files\/\S+\/brief\.pdf\)\n\n!\[\]\(http:\/\/127\.0\.0\.1:\d+\/files\/\S+\/fake\.png\)\n\n!\[\]\(\.\.\/assets\/[0-9a-f]{16}\.png\)\n$/,
    );
    expect(text).not.toMatch(/X-Amz-/);
    // Nothing outside the workspace: no escape.png anywhere above it.
    for (let dir = join(root, SESSION, 'assets'); dir !== dirname(outside); dir = dirname(dir)) {
      expect(existsSync(join(dir, 'escape.png')), dir).toBe(false);
    }
    expect(readdirSync(outside).sort()).toEqual(['repo', 'secret.png']);
  });

  it('never downloads from a host that is not Notion’s, whatever the page says', async () => {
    const { root } = repository('# Spec\n\nIntro.\n');
    await push(emulator, root);
    const spec = pageOf(emulator, 's1', 'Specification');
    const { editorReplace } = await import('./pull-helpers.js');
    await editorReplace(
      emulator,
      spec.id,
      '# Spec\n\nIntro.\n\n![x](https://evil.example/x.png?X-Amz-Signature=abc&X-Amz-Date=1)',
    );
    const run = await pull(emulator, root);
    expect(run.report?.warnings.join('\n')).toMatch(
      /https:\/\/evil\.example is not Notion's file host/,
    );
    expect(readFileSync(join(root, SESSION, 'specs', 'spec.md'), 'utf8')).toBe(
      '# Spec\n\nIntro.\n\n![x](https://evil.example/x.png)\n',
    );
  });
});
