import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IdseError } from '../../src/errors.js';
import { discoverWorkspace, findWorkspaceRoot } from '../../src/workspace/discover.js';
import { readSessionMetadata } from '../../src/workspace/session-metadata.js';
import { SHARED_FIXTURES, itWithSharedFixtures, makeTempDir } from '../helpers/fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
function temp(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return dir;
}

function write(root: string, relative: string, text: string): void {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

describe('findWorkspaceRoot', () => {
  it('finds the nearest ancestor holding .idse/', () => {
    const root = temp();
    mkdirSync(join(root, '.idse'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    expect(findWorkspaceRoot(join(root, 'a', 'b'))).toBe(root);
    expect(findWorkspaceRoot('/', root)).toBe(root);
  });

  it('says what to do when there is no workspace', () => {
    const dir = temp();
    expect(() => findWorkspaceRoot(dir)).toThrow(IdseError);
    try {
      findWorkspaceRoot(dir, '.');
    } catch (error) {
      expect((error as IdseError).code).toBe('workspace-missing');
      expect((error as IdseError).fix).toContain('--workspace');
    }
  });
});

describe('discoverWorkspace', () => {
  it('lists sessions and the stage files they have, in pipeline order', () => {
    const root = temp();
    write(root, '.idse/projects/p/sessions/s1/specs/spec.md', 'spec');
    write(root, '.idse/projects/p/sessions/s1/intents/intent.md', 'intent');
    write(root, '.idse/projects/p/sessions/s1/notes/other.md', 'not an artifact');
    write(root, '.idse/projects/p/sessions/s2/implementation/README.md', 'impl');
    write(root, '.idse/projects/q/sessions/s3/metadata/session.json', '{}');
    const found = discoverWorkspace(root);
    expect(found.projects).toEqual(['p', 'q']);
    expect(
      found.sessions.map((s) => [s.project, s.session, s.artifacts.map((a) => a.stage)]),
    ).toEqual([
      ['p', 's1', ['intent', 'spec']],
      ['p', 's2', ['implementation']],
      ['q', 's3', []],
    ]);
    expect(discoverWorkspace(root, { project: 'p', session: 's2' }).sessions).toHaveLength(1);
  });

  it('skips folders whose names could not be used safely and reports them', () => {
    const root = temp();
    write(root, '.idse/projects/p/sessions/ok/intents/intent.md', 'x');
    write(root, '.idse/projects/p/sessions/bad\u0007name/intents/intent.md', 'x');
    const found = discoverWorkspace(root);
    expect(found.sessions.map((s) => s.session)).toEqual(['ok']);
    expect(found.problems).toHaveLength(1);
    expect(found.problems[0]?.problem).toMatch(/control character/);
  });

  itWithSharedFixtures('finds the 56 stage files of the head fixture', () => {
    const found = discoverWorkspace(join(SHARED_FIXTURES, 'head'));
    expect(found.sessions).toHaveLength(8);
    expect(found.sessions.flatMap((s) => s.artifacts)).toHaveLength(56);
  });
});

describe('readSessionMetadata', () => {
  it('reads the fields the IDSE tool writes', () => {
    const root = temp();
    const path = join(root, 'session.json');
    writeFileSync(
      path,
      JSON.stringify({
        session_id: 's',
        status: 'in_progress',
        tags: ['ui', 'feature', 'ui'],
        description: null,
        is_blueprint: false,
        related_sessions: [],
      }),
    );
    expect(readSessionMetadata(path, dirname(path))).toEqual({
      ok: true,
      metadata: {
        sessionId: 's',
        status: 'in_progress',
        tags: ['ui', 'feature'],
        description: null,
        isBlueprint: false,
      },
    });
  });

  it.each([
    ['{ not json', /not valid JSON/],
    ['[]', /JSON object/],
    ['{"status": "done"}', /"status" must be one of/],
    ['{"tags": "ui"}', /"tags" must be a list/],
    ['{"is_blueprint": "yes"}', /is_blueprint/],
  ])('reports malformed content %j as a problem, not an exception', (text, problem) => {
    const path = join(temp(), 'session.json');
    writeFileSync(path, text);
    const result = readSessionMetadata(path, dirname(path));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });

  it('treats a missing session.json as no metadata', () => {
    const dir = temp();
    expect(readSessionMetadata(join(dir, 'absent.json'), dir)).toEqual({ ok: true, metadata: {} });
  });
});
