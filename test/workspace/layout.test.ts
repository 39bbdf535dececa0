import { describe, expect, it } from 'vitest';
import { IdseError } from '../../src/errors.js';
import { WorkspaceLayout, safeName, unsafeNameReason } from '../../src/workspace/layout.js';

describe('name safety', () => {
  it.each([
    ['..', /directory/],
    ['.', /directory/],
    ['../../etc', /separator/],
    ['a/b', /separator/],
    ['a\\b', /separator/],
    ['/etc', /separator/],
    ['', /empty/],
    ['tab\there', /control/],
    ['new\nline', /control/],
    ['x'.repeat(256), /longer than 255 bytes/],
    ['é'.repeat(128), /256 bytes/],
    ['.git', /git keeps/],
    ['.GIT', /git keeps/],
    ['.Git. ', /git keeps/],
    ['...', /only dots/],
    ['rtl\u202eevil', /text-direction.*U\+202E/],
    ['zero\u200bwidth', /invisible/],
    ['cafe\u0301', /NFC/],
    ['a::b', /idse_id separator/],
  ])('refuses %j', (name, reason) => {
    expect(unsafeNameReason(name)).toMatch(reason);
    expect(() => safeName('session', name)).toThrow(IdseError);
  });

  it.each([
    '__blueprint__',
    'search-v2',
    'with space',
    'café',
    'v1.2',
    '*',
    'a?[b]',
    'x'.repeat(255),
    '.github',
  ])('accepts %j', (name) => {
    expect(unsafeNameReason(name)).toBeUndefined();
  });

  it('never builds a path outside the workspace from a hostile name', () => {
    const layout = new WorkspaceLayout('/ws');
    expect(() => layout.artifactPath('p', '../../etc', 'intent')).toThrow(/Refusing session name/);
    expect(() => layout.conflictPath('..', 's', 'spec')).toThrow(/Refusing project name/);
    expect(layout.artifactPath('p', 's', 'implementation')).toBe(
      '/ws/.idse/projects/p/sessions/s/implementation/README.md',
    );
    expect(layout.relative('p', 's', 'spec')).toBe('.idse/projects/p/sessions/s/specs/spec.md');
  });
});
