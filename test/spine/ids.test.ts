import { describe, expect, it } from 'vitest';
import { isIdseError } from '../../src/errors.js';
import {
  STAGES,
  contentHash,
  makeIdseId,
  parseIdseId,
  pythonTimestamp,
  semanticFingerprint,
} from '../../src/spine/index.js';

describe('contentHash', () => {
  it('is the SHA-256 hex of the UTF-8 text', () => {
    expect(contentHash('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(contentHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    // Multi-byte characters are hashed as UTF-8, not as UTF-16 code units.
    expect(contentHash('é')).toBe(
      '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c',
    );
    expect(contentHash('é')).not.toBe(contentHash('e\u0301'));
  });
});

describe('semanticFingerprint', () => {
  it('lower-cases and collapses whitespace as Python does', () => {
    expect(semanticFingerprint('  Hello\n\tWORLD  ')).toBe(contentHash('hello world'));
    // U+001F is whitespace to Python's str.split(); U+FEFF is not.
    expect(semanticFingerprint('a\u001fb')).toBe(contentHash('a b'));
    expect(semanticFingerprint('a\ufeffb')).toBe(contentHash('a\ufeffb'));
  });
});

describe('idse ids', () => {
  it('builds <project>::<session>::<stage>', () => {
    expect(makeIdseId('idse-orchestrator', '__blueprint__', 'intent')).toBe(
      'idse-orchestrator::__blueprint__::intent',
    );
  });

  it('parses what it builds, for every stage', () => {
    for (const stage of STAGES) {
      expect(parseIdseId(makeIdseId('p', 's-1', stage))).toEqual({
        project: 'p',
        session: 's-1',
        stage,
      });
    }
  });

  it('accepts a stage in any case and returns it lower case', () => {
    expect(parseIdseId('p::s::Intent')?.stage).toBe('intent');
  });

  it('rejects malformed ids', () => {
    for (const bad of [
      '',
      'p::s',
      'p::s::intent::x',
      '::s::intent',
      'p::::intent',
      'p::s::design',
    ]) {
      expect(parseIdseId(bad)).toBeUndefined();
    }
  });

  it('refuses names that would not parse back', () => {
    for (const [project, session] of [
      ['a::b', 's'],
      ['p', ''],
    ] as const) {
      let caught: unknown;
      try {
        makeIdseId(project, session, 'spec');
      } catch (error) {
        caught = error;
      }
      expect(isIdseError(caught) && caught.code).toBe('spine-invalid-input');
    }
  });
});

describe('pythonTimestamp', () => {
  it('matches the Python tool format: naive, microseconds', () => {
    const stamp = pythonTimestamp(new Date(2026, 1, 4, 21, 33, 44, 97));
    expect(stamp).toBe('2026-02-04T21:33:44.097000');
    expect(pythonTimestamp()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
  });
});
