import { execFileSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { parseLedger, shortHash } from '../../src/notion/ledger.js';
import type { Emulator } from '../notion-emulator/index.js';
import { commitAll, pageOf, push, writeArtifact, writeWorkspace, writes } from './push-helpers.js';

const PROJECT = 'acme';
const INTENT = '# Search\n\nFind notes.\n';

let emulator: Emulator;
let workspace: TempDir;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(() => {
  writeWorkspace(workspace.dir, PROJECT, [
    { id: 'search', files: { intent: INTENT, spec: '# Spec\n\nRanked.\n' } },
  ]);
});

function ledgerOf(stage: string) {
  const text = pageOf(emulator, 'search', stage).values['Sync'];
  return parseLedger(typeof text === 'string' ? text : undefined);
}

describe('the Sync ledger in a git repository', () => {
  it('records the source hash, the rendering hash and the commit holding the content', async () => {
    const first = commitAll(workspace.dir);
    await push(emulator, workspace.dir);
    const ledger = ledgerOf('Intent');
    expect(ledger?.source).toBe(shortHash(INTENT));
    expect(ledger?.commit).toBe(first);
    expect(ledger?.markdown).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(ledger?.properties ?? {}).sort()).toEqual(['Stage', 'Status']);

    // The next commit moves only the ledger of the page whose content it changed.
    writeArtifact(workspace.dir, PROJECT, 'search', 'intent', '# Search\n\nFind notes fast.\n');
    execFileSync('git', ['commit', '--quiet', '-am', 'faster'], { cwd: workspace.dir });
    const second = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: workspace.dir,
      encoding: 'utf8',
    }).trim();
    emulator.clearLog();
    await push(emulator, workspace.dir);
    expect(ledgerOf('Intent')?.commit).toBe(second);
    expect(ledgerOf('Specification')?.commit).toBe(first);
    expect(
      writes(emulator.log()).every((e) => e.path.includes(pageOf(emulator, 'search', 'Intent').id)),
    ).toBe(true);
  });

  it('a new spelling of the same document moves the ledger to its commit, without a body write', async () => {
    writeArtifact(workspace.dir, PROJECT, 'search', 'plan', '# Plan\n\n- index\n- query\n');
    commitAll(workspace.dir);
    await push(emulator, workspace.dir);
    writeArtifact(workspace.dir, PROJECT, 'search', 'plan', '# Plan\n\n* index\n* query\n');
    execFileSync('git', ['commit', '--quiet', '-am', 'markers'], { cwd: workspace.dir });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: workspace.dir,
      encoding: 'utf8',
    }).trim();
    emulator.clearLog();
    const run = await push(emulator, workspace.dir);
    const plan = pageOf(emulator, 'search', 'Plan').id;
    expect(run.report?.artifacts.find((a) => a.idseId === 'acme::search::plan')?.reason).toBe(
      'unchanged; recorded the sync ledger',
    );
    expect(writes(emulator.log()).map((e) => `${e.method} ${e.path}`)).toEqual([
      `PATCH /v1/pages/${plan}`,
    ]);
    expect(ledgerOf('Plan')).toMatchObject({
      source: shortHash('# Plan\n\n* index\n* query\n'),
      commit: head,
    });
  });

  it('an uncommitted change is pushed with no commit in the ledger', async () => {
    commitAll(workspace.dir);
    writeArtifact(workspace.dir, PROJECT, 'search', 'intent', '# Search\n\nNot committed yet.\n');
    await push(emulator, workspace.dir);
    expect(ledgerOf('Intent')?.commit).toBeNull();
    expect(ledgerOf('Specification')?.commit).toMatch(/^[0-9a-f]{40}$/);
  });
});
