import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArtifactDatabase, contentHash } from '../../src/spine/index.js';
import { discoverWorkspace } from '../../src/workspace/discover.js';
import { writeSpineOnlyArtifacts } from '../../src/workspace/export.js';
import { importWorkspace } from '../../src/workspace/import.js';
import { WorkspaceLayout } from '../../src/workspace/layout.js';
import {
  REPO_ROOT,
  copySharedFixture,
  itWithSharedFixtures,
  makeTempDir,
} from '../helpers/fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function sampleCopy(): string {
  const { dir, cleanup } = makeTempDir('idse-sample-');
  cleanups.push(cleanup);
  cpSync(join(REPO_ROOT, 'examples/sample'), dir, { recursive: true });
  return dir;
}

function openSpine(root: string): ArtifactDatabase {
  const db = ArtifactDatabase.open(join(root, '.idse/idse.db'), { create: true });
  db.migrate();
  return db;
}

describe('importWorkspace', () => {
  itWithSharedFixtures(
    'makes the file win on the head fixture, then writes nothing on a re-import',
    () => {
      const { root, cleanup } = copySharedFixture('head');
      cleanups.push(cleanup);
      const db = openSpine(root);
      const first = importWorkspace(db, discoverWorkspace(root));
      const actions = (prefix: string) =>
        first.artifacts.filter((a) => a.idseId.startsWith(prefix)).map((a) => a.action);
      expect(actions('idse-orchestrator::blueprint-bootstrap-lifecycle::')).toEqual(
        Array(7).fill('created'),
      );
      const context = db.getArtifact('idse-orchestrator', 'notion-designstore-refactor', 'context');
      const file = readFileSync(
        join(
          root,
          '.idse/projects/idse-orchestrator/sessions/notion-designstore-refactor/contexts/context.md',
        ),
        'utf8',
      );
      expect(context?.content).toBe(file);
      expect(context?.contentHash).toBe(contentHash(file));
      expect(first.sessionProblems).toEqual([]);
      // session.json's description reaches the sessions table.
      expect(db.getSession('idse-orchestrator', 'designstore-file-artifacts')?.description).toBe(
        'Design store file artifacts session',
      );
      db.close();

      const spineBytes = readFileSync(join(root, '.idse/idse.db'));
      const again = openSpine(root);
      const second = importWorkspace(again, discoverWorkspace(root));
      again.close();
      expect(new Set(second.artifacts.map((a) => a.action))).toEqual(new Set(['unchanged']));
      expect(readFileSync(join(root, '.idse/idse.db'))).toEqual(spineBytes);
    },
  );

  it('imports session metadata and tags, and goes on past a malformed session.json', () => {
    const root = sampleCopy();
    const blueprint = join(root, '.idse/projects/acme-notes/sessions/__blueprint__');
    writeFileSync(join(blueprint, 'metadata/session.json'), '{"tags": 3}');
    const db = openSpine(root);
    const report = importWorkspace(db, discoverWorkspace(root));
    expect(report.sessionProblems).toHaveLength(1);
    expect(report.sessionProblems[0]?.problem).toMatch(/"tags" must be a list/);
    expect(report.artifacts.filter((a) => a.action === 'created')).toHaveLength(10);
    const session = db.getSession('acme-notes', 'search-v2');
    expect(session?.status).toBe('review');
    expect(session?.tags).toEqual(['application', 'feature']);
    expect(session?.parentSession).toBe('__blueprint__');
    db.close();
  });

  it('reports a file that is not UTF-8 and imports the others', () => {
    const root = sampleCopy();
    const tasks = join(root, '.idse/projects/acme-notes/sessions/search-v2/tasks/tasks.md');
    writeFileSync(tasks, Buffer.from([0xc3, 0x28]));
    const db = openSpine(root);
    const report = importWorkspace(db, discoverWorkspace(root));
    const failed = report.artifacts.filter((a) => a.action === 'failed');
    expect(failed.map((a) => a.idseId)).toEqual(['acme-notes::search-v2::tasks']);
    expect(failed[0]?.reason).toMatch(/not valid UTF-8/);
    expect(db.getArtifact('acme-notes', 'search-v2', 'tasks')).toBeUndefined();
    expect(db.listArtifacts()).toHaveLength(9);
    db.close();
  });

  it('updates a row when its file changed, and only that row', () => {
    const root = sampleCopy();
    const db = openSpine(root);
    importWorkspace(db, discoverWorkspace(root));
    const plan = join(root, '.idse/projects/acme-notes/sessions/search-v2/plans/plan.md');
    writeFileSync(plan, '# Plan\n\nShorter.\n');
    const report = importWorkspace(db, discoverWorkspace(root));
    expect(report.artifacts.filter((a) => a.action !== 'unchanged')).toEqual([
      { idseId: 'acme-notes::search-v2::plan', path: plan, action: 'updated' },
    ]);
    expect(db.getArtifact('acme-notes', 'search-v2', 'plan')?.content).toBe('# Plan\n\nShorter.\n');
    db.close();
  });
});

describe('writeSpineOnlyArtifacts', () => {
  it('writes spine-only artifacts as files and never touches existing ones', () => {
    const root = sampleCopy();
    const layout = new WorkspaceLayout(root);
    const db = openSpine(root);
    importWorkspace(db, discoverWorkspace(root));
    const intent = layout.artifactPath('acme-notes', 'search-v2', 'intent');
    const intentBefore = readFileSync(intent, 'utf8');
    db.saveArtifact({
      project: 'acme-notes',
      session: 'search-v2',
      stage: 'intent',
      content: 'spine\n',
    });
    rmSync(layout.artifactPath('acme-notes', 'search-v2', 'feedback'));
    db.saveArtifact({
      project: 'acme-notes',
      session: 'new-one',
      stage: 'spec',
      content: '# New\n',
    });
    db.saveArtifact({ project: 'acme-notes', session: 'new-one', stage: 'plan', content: '' });

    const dry = writeSpineOnlyArtifacts(db, layout, {}, { dryRun: true });
    expect(dry.filter((r) => r.action === 'written')).toHaveLength(2);
    expect(existsSync(layout.artifactPath('acme-notes', 'new-one', 'spec'))).toBe(false);

    const results = writeSpineOnlyArtifacts(db, layout);
    expect(new Map(results.map((r) => [r.idseId, r.action]))).toEqual(
      new Map([
        ['acme-notes::search-v2::feedback', 'written'],
        ['acme-notes::new-one::spec', 'written'],
        ['acme-notes::new-one::plan', 'skipped'],
      ]),
    );
    expect(readFileSync(layout.artifactPath('acme-notes', 'new-one', 'spec'), 'utf8')).toBe(
      '# New\n',
    );
    expect(readFileSync(intent, 'utf8')).toBe(intentBefore);
    db.close();
  });

  it('refuses spine names that would escape the workspace', () => {
    const root = sampleCopy();
    const db = openSpine(root);
    db.saveArtifact({ project: 'acme-notes', session: '..', stage: 'spec', content: 'x' });
    const results = writeSpineOnlyArtifacts(db, new WorkspaceLayout(root));
    expect(results).toEqual([
      expect.objectContaining({ idseId: 'acme-notes::..::spec', action: 'failed' }),
    ]);
    expect(existsSync(join(root, '.idse/projects/acme-notes/specs'))).toBe(false);
    db.close();
  });
});
