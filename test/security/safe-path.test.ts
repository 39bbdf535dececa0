// The one check every read and write under the workspace goes through.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unsafePathReason } from '../../src/workspace/safe-path.js';
import { makeTempDir } from '../helpers/fixtures.js';

let temp: { dir: string; cleanup: () => void };
let root: string;
beforeEach(() => {
  temp = makeTempDir('idse-safe-path-');
  root = join(temp.dir, 'ws');
  mkdirSync(join(root, 'a/b'), { recursive: true });
  writeFileSync(join(root, 'a/b/file.md'), 'x');
  mkdirSync(join(temp.dir, 'elsewhere'));
});
afterEach(() => temp.cleanup());

describe('unsafePathReason', () => {
  it('accepts plain files and folders, and parts not made yet', () => {
    expect(unsafePathReason(root, join(root, 'a/b/file.md'))).toBeUndefined();
    expect(unsafePathReason(root, join(root, 'a/new/deeper/file.md'))).toBeUndefined();
    expect(unsafePathReason(root, root)).toBeUndefined();
  });

  it('names the first link on the way, whether it is a folder or the file', () => {
    symlinkSync(join(temp.dir, 'elsewhere'), join(root, 'a/linked'));
    expect(unsafePathReason(root, join(root, 'a/linked/file.md'))).toBe(
      'a/linked is a symbolic link (links are never followed)',
    );
    expect(unsafePathReason(root, join(root, 'a/linked/x/y.md'))).toMatch(/^a\/linked is a/);
    symlinkSync('../../../elsewhere', join(root, 'a/b/out.md'));
    expect(unsafePathReason(root, join(root, 'a/b/out.md'))).toBe(
      'a/b/out.md is a symbolic link (links are never followed)',
    );
    // A dangling link is refused too: a write would create its target.
    symlinkSync(join(temp.dir, 'nowhere.md'), join(root, 'a/b/dangling.md'));
    expect(unsafePathReason(root, join(root, 'a/b/dangling.md'))).toMatch(/symbolic link/);
  });

  it('refuses a path outside the root', () => {
    expect(unsafePathReason(root, join(root, '../elsewhere/x'))).toMatch(/is outside/);
  });

  it('a root reached through a link of the user is fine: only what lies below it is checked', () => {
    symlinkSync(root, join(temp.dir, 'alias'));
    const alias = join(temp.dir, 'alias');
    expect(unsafePathReason(alias, join(alias, 'a/b/file.md'))).toBeUndefined();
  });
});
