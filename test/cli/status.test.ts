import { readFileSync, writeFileSync, mkdirSync, readdirSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArtifactDatabase, contentHash } from '../../src/spine/index.js';
import type { SyncReportJson } from '../../src/sync/report.js';
import { discoverWorkspace } from '../../src/workspace/discover.js';
import { importWorkspace } from '../../src/workspace/import.js';
import { runIdseSync } from '../helpers/cli.js';
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

function snapshotTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, contentHash(readFileSync(path, 'latin1')));
  }
  return files;
}

async function statusJson(root: string, extra: string[] = []) {
  const run = await runIdseSync(['status', '--json', '--workspace', root, ...extra]);
  return { ...run, report: JSON.parse(run.stdout) as SyncReportJson };
}

describe('idse-sync status', () => {
  itWithSharedFixtures(
    'reports the real disagreements of the head fixture and writes nothing',
    async () => {
      const { root, cleanup } = copySharedFixture('head');
      cleanups.push(cleanup);
      const before = snapshotTree(root);
      const { code, report, stderr } = await statusJson(root);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(snapshotTree(root)).toEqual(before);

      const byId = new Map(report.artifacts.map((a) => [a.idseId, a]));
      expect(report.artifacts).toHaveLength(56);
      for (const stage of ['context', 'spec', 'plan', 'tasks']) {
        const artifact = byId.get(`idse-orchestrator::notion-designstore-refactor::${stage}`);
        expect(artifact?.action).toBe('file-changed');
        expect(artifact?.reason).toMatch(/spine content is empty/);
      }
      const noRows = report.artifacts.filter((a) =>
        a.idseId.startsWith('idse-orchestrator::blueprint-bootstrap-lifecycle::'),
      );
      expect(noRows.map((a) => a.action)).toEqual(Array(7).fill('file-only'));
      expect(report.warnings.some((w) => w.includes('"demo"'))).toBe(true);
      // Rows the Python tool recorded as pushed carry their (dead) page ids.
      expect(byId.get('idse-orchestrator::notion-designstore-refactor::intent')?.pageId).toBe(
        '303ffcca-b9d6-816b-a1b0-e1a355544908',
      );
      const total = Object.values(report.states ?? {}).reduce((a, b) => a + b, 0);
      expect(total).toBe(56);
      expect(report.command).toBe('status');
      expect(report.requests).toBe(0);
    },
  );

  it('reads a workspace without a spine: every file is file-only', async () => {
    const root = sampleCopy();
    const { code, report } = await statusJson(root);
    expect(code).toBe(0);
    expect(report.artifacts).toHaveLength(10);
    expect(new Set(report.artifacts.map((a) => a.action))).toEqual(new Set(['file-only']));
    expect(report.warnings[0]).toMatch(/no spine yet/);
    expect(readdirSync(join(root, '.idse'))).toEqual(['projects']);
  });

  it('tells in-sync, changed-since-push, never-pushed, file-changed and spine-only apart', async () => {
    const root = sampleCopy();
    const db = ArtifactDatabase.open(join(root, '.idse/idse.db'), { create: true });
    db.migrate();
    importWorkspace(db, discoverWorkspace(root));
    const intent = db.getArtifact('acme-notes', 'search-v2', 'intent');
    const spec = db.getArtifact('acme-notes', 'search-v2', 'spec');
    if (!intent || !spec) throw new Error('import failed');
    db.recordPush(intent.id, { hash: intent.contentHash, pageId: 'page-intent' });
    db.recordPush(spec.id, { hash: 'an-older-hash', pageId: 'page-spec' });
    db.saveArtifact({ project: 'acme-notes', session: 'old', stage: 'plan', content: 'gone\n' });
    db.close();
    writeFileSync(
      join(root, '.idse/projects/acme-notes/sessions/search-v2/plans/plan.md'),
      '# Edited\n',
    );

    const { report } = await statusJson(root, ['--project', 'acme-notes']);
    const action = (id: string) => report.artifacts.find((a) => a.idseId === id)?.action;
    expect(action('acme-notes::search-v2::intent')).toBe('in-sync');
    expect(report.artifacts.find((a) => a.idseId === 'acme-notes::search-v2::intent')?.pageId).toBe(
      'page-intent',
    );
    expect(action('acme-notes::search-v2::spec')).toBe('changed-since-push');
    expect(action('acme-notes::search-v2::context')).toBe('never-pushed');
    expect(action('acme-notes::search-v2::plan')).toBe('file-changed');
    expect(action('acme-notes::old::plan')).toBe('spine-only');

    const text = await runIdseSync(['status', '--workspace', root, '--session', 'search-v2']);
    expect(text.stdout).toMatch(/^in-sync\s+acme-notes::search-v2::intent$/m);
    expect(text.stdout).not.toContain('acme-notes::old::plan');
    expect(text.stdout).toMatch(
      /7 artifacts: 1 in-sync, 1 changed-since-push, 4 never-pushed, 1 file-changed/,
    );
  });

  it('reports an unreadable file and a malformed session.json, and goes on with the rest', async () => {
    const root = sampleCopy();
    const session = join(root, '.idse/projects/acme-notes/sessions/search-v2');
    writeFileSync(join(session, 'tasks/tasks.md'), Buffer.from([0x2d, 0x20, 0xff, 0xfe, 0x0a]));
    writeFileSync(join(session, 'metadata/session.json'), '{"status": "done"');
    const { code, report } = await statusJson(root);
    expect(code).toBe(1);
    const tasks = report.artifacts.find((a) => a.idseId === 'acme-notes::search-v2::tasks');
    expect(tasks?.action).toBe('unreadable');
    expect(tasks?.reason).toMatch(/not valid UTF-8/);
    expect(report.counts.failed).toBe(1);
    expect(report.warnings.some((w) => w.includes('session.json is not valid JSON'))).toBe(true);
    expect(report.artifacts.filter((a) => a.action === 'file-only')).toHaveLength(9);
  });

  it('fails with exit 2 and one message outside a workspace', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const run = await runIdseSync(['status', '--workspace', dir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/is not an IDSE workspace/);
    expect(run.stderr).toMatch(/ Fix: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails with exit 2 on a corrupt spine, naming it, and changes nothing', async () => {
    const root = sampleCopy();
    mkdirSync(join(root, '.idse'), { recursive: true });
    const spine = join(root, '.idse/idse.db');
    writeFileSync(spine, 'SQLite format 3\u0000'.padEnd(4096, 'x'));
    const before = readFileSync(spine);
    const run = await runIdseSync(['status', '--workspace', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(spine);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(spine)).toEqual(before);
    expect(readdirSync(join(root, '.idse')).sort()).toEqual(['idse.db', 'projects']);
  });
});
