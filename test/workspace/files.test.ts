import { readdirSync, readFileSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IdseError } from '../../src/errors.js';
import { readArtifactText, writeFileAtomic } from '../../src/workspace/files.js';
import { makeTempDir } from '../helpers/fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
function temp(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return dir;
}

function expectIdseError(fn: () => unknown, code: string): IdseError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(IdseError);
    expect((error as IdseError).code).toBe(code);
    return error as IdseError;
  }
  throw new Error(`expected IdseError ${code}`);
}

describe('readArtifactText', () => {
  it('reads UTF-8 text exactly, BOM and CRLF included', () => {
    const path = join(temp(), 'a.md');
    const text = '\uFEFF# Título\r\n\r\nNaïve café — 日本語 😀\n';
    writeFileSync(path, text, 'utf8');
    expect(readArtifactText(path, dirname(path))).toBe(text);
  });

  it('refuses bytes that are not UTF-8, naming the file and the offset', () => {
    const path = join(temp(), 'latin1.md');
    // "# ok\n# café\n" saved as Latin-1: the é is one byte 0xe9 on line 2.
    writeFileSync(path, Buffer.from([0x23, 0x20, 0x6f, 0x6b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const error = expectIdseError(() => readArtifactText(path, dirname(path)), 'file-not-utf8');
    expect(error.message).toContain(path);
    expect(error.message).toContain('line 2');
    expect(error.fix).toMatch(/UTF-8/);
  });

  it('refuses text with a NUL character, naming the line', () => {
    const path = join(temp(), 'nul.md');
    writeFileSync(path, 'one\ntwo\u0000\n', 'utf8');
    const error = expectIdseError(() => readArtifactText(path, dirname(path)), 'file-has-nul');
    expect(error.message).toContain('line 2');
  });

  it('reports a missing file as unreadable', () => {
    const dir = temp();
    expectIdseError(() => readArtifactText(join(dir, 'absent.md'), dir), 'file-unreadable');
  });
});

describe('writeFileAtomic', () => {
  it('creates folders, writes the exact text and leaves no temp file', () => {
    const dir = temp();
    const path = join(dir, 'deep', 'er', 'file.md');
    writeFileAtomic(path, 'hello\n', dir);
    writeFileAtomic(path, 'replaced\n', dir);
    expect(readFileSync(path, 'utf8')).toBe('replaced\n');
    expect(readdirSync(join(dir, 'deep', 'er'))).toEqual(['file.md']);
  });

  it('keeps the old content and no temp file when the write fails', () => {
    if (process.getuid?.() === 0) {
      // root ignores directory permissions; make the target a directory instead.
      const dir = temp();
      const path = join(dir, 'target');
      mkdirSync(path);
      expectIdseError(() => writeFileAtomic(path, 'x', dir), 'file-unwritable');
      expect(readdirSync(dir)).toEqual(['target']);
      return;
    }
    const dir = temp();
    const path = join(dir, 'file.md');
    writeFileSync(path, 'old\n');
    chmodSync(dir, 0o500);
    try {
      expectIdseError(() => writeFileAtomic(path, 'new\n', dir), 'file-unwritable');
    } finally {
      chmodSync(dir, 0o700);
    }
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['file.md']);
  });
});
