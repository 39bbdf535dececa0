import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { createPage } from '../notion-emulator/harness.js';
import type { Emulator } from '../notion-emulator/index.js';
import {
  actionOf,
  openSpine,
  plainPages,
  push,
  writeArtifact,
  writeSessionJson,
  writeWorkspace,
  writes,
} from './push-helpers.js';

const PROJECT = 'acme';

let emulator: Emulator;
let workspace: TempDir;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(() => {
  writeWorkspace(workspace.dir, PROJECT, [
    {
      id: 'search',
      files: { intent: '# Search\n\nFind notes.\n', spec: '# Spec\n\nRanked.\n' },
    },
  ]);
});

/** Every file under the workspace with its bytes: the spine included. */
function tree(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(workspace.dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(workspace.dir, entry);
    if (statSync(path).isFile()) files.set(entry, readFileSync(path).toString('base64'));
  }
  return files;
}

describe('push --dry-run', () => {
  it('on a workspace never pushed: reports the creates, writes nothing, makes no spine', async () => {
    const before = tree();
    const run = await push(emulator, workspace.dir, ['--dry-run']);
    expect(run.code).toBe(0);
    expect(run.report?.dryRun).toBe(true);
    expect(run.report?.counts).toMatchObject({ created: 2, pushed: 2 });
    expect(writes(emulator.log())).toEqual([]);
    expect(existsSync(join(workspace.dir, '.idse', 'idse.db'))).toBe(false);
    expect(tree()).toEqual(before);
    expect(plainPages(emulator)).toEqual([]);
  });

  it('reports what the conversion to Notion would lose, before any write', async () => {
    writeArtifact(
      workspace.dir,
      PROJECT,
      'search',
      'plan',
      '# Plan\n\nRanked[^1].\n\n[^1]: By date.\n',
    );
    const run = await push(emulator, workspace.dir, ['--dry-run']);
    const losses = run.report?.warnings.filter((w) => w.startsWith('acme::search::plan line '));
    expect(losses?.map((w) => /line (\d+):/.exec(w)?.[1])).toEqual(['3', '5']);
    for (const loss of losses ?? []) expect(loss).toMatch(/footnote/);
    expect(writes(emulator.log())).toEqual([]);
  });

  it('after a push: reports updates, a spine-only create and a duplicate, touches nothing', async () => {
    await push(emulator, workspace.dir);
    writeArtifact(workspace.dir, PROJECT, 'search', 'intent', '# Search\n\nFind notes fast.\n');
    writeSessionJson(workspace.dir, PROJECT, { id: 'search', status: 'complete' });
    const db = openSpine(workspace.dir);
    db.saveArtifact({ project: PROJECT, session: 'search', stage: 'plan', content: '# Plan\n' });
    db.close();
    emulator.clock.advance(5 * 60_000);
    const duplicate = await createPage(emulatorClient(emulator), emulator.dataSourceId, {
      properties: {
        Title: { title: [{ text: { content: 'Specification – search' } }] },
        Stage: { select: { name: 'Specification' } },
        Session: { rich_text: [{ text: { content: 'search' } }] },
      },
    });
    const before = tree();
    const pagesBefore = plainPages(emulator);
    emulator.clearLog();

    const run = await push(emulator, workspace.dir, ['--dry-run']);
    expect(run.code).toBe(0);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('updated');
    expect(actionOf(run.report, 'acme::search::spec')).toBe('updated');
    expect(actionOf(run.report, 'acme::search::plan')).toBe('created');
    expect(run.report?.warnings).toContain(
      `acme::search::spec: would trash duplicate page ${duplicate.id}`,
    );
    expect(writes(emulator.log())).toEqual([]);
    expect(tree()).toEqual(before);
    expect(plainPages(emulator)).toEqual(pagesBefore);

    // The real run does what the dry run said.
    const real = await push(emulator, workspace.dir);
    expect(real.report?.artifacts.map((a) => [a.idseId, a.action])).toEqual(
      run.report?.artifacts.map((a) => [a.idseId, a.action]),
    );
  });
});
