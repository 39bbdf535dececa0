import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { idseProperties } from '../notion-emulator/idse-schema.js';
import type { Emulator } from '../notion-emulator/index.js';
import { actionOf, push, writeWorkspace, writes, type PushRun } from './push-helpers.js';

const PROJECT = 'acme';

let emulator: Emulator;
let workspace: TempDir;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(() => {
  writeWorkspace(workspace.dir, PROJECT, [
    { id: 'search', files: { intent: '# Search\n\nFind notes.\n', spec: '# Spec\n\nRanked.\n' } },
  ]);
});

/** Every file under the workspace, by relative path, with its bytes. */
function snapshotTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = join(root, entry);
    if (statSync(path).isFile()) files.set(entry, readFileSync(path).toString('base64'));
  }
  return files;
}

/** The run's whole output, and every file it left, hold no trace of the token. */
function expectNoToken(run: PushRun, token: string): void {
  expect(run.stdout).not.toContain(token);
  expect(run.stderr).not.toContain(token);
  for (const [path, bytes] of snapshotTree(workspace.dir)) {
    expect(Buffer.from(bytes, 'base64').toString('latin1'), path).not.toContain(token);
  }
}

/** A run stopped before any write: exit 2, one clear message, no stack trace, nothing written. */
async function expectStopped(
  env: Record<string, string>,
  message: RegExp,
  token = env['NOTION_TOKEN'] ?? emulator.token,
): Promise<PushRun> {
  const before = snapshotTree(workspace.dir);
  emulator.clearLog();
  const run = await push(emulator, workspace.dir, [], env);
  expect(run.code).toBe(2);
  expect(run.report).toBeUndefined();
  expect(run.stderr).toMatch(message);
  // One message and its fix: no SDK log lines, no stack trace.
  expect(run.stderr).toMatch(/^idse-sync: [^\n]+ Fix: [^\n]+\n$/);
  expect(writes(emulator.log())).toEqual([]);
  expect(snapshotTree(workspace.dir)).toEqual(before);
  expectNoToken(run, token);
  return run;
}

describe('bad input stops the run with one clear message', () => {
  it('an invalid token (401): exit 2, the token in no output', async () => {
    const token = 'secret-token-that-notion-refuses-0123456789';
    await expectStopped({ NOTION_TOKEN: token }, /Notion refused the token \(401 unauthorized\)/);
  });

  it('an unknown database id (404): exit 2, says how to share it', async () => {
    const run = await expectStopped(
      { IDSE_NOTION_DATABASE_ID: '0f0e0d0c-0b0a-4998-8776-655443322110' },
      /no database 0f0e0d0c-0b0a-4998-8776-655443322110 that this integration can see/,
    );
    expect(run.stderr).toMatch(/share the database with the integration/);
  });

  it('a database not shared with the integration (404): exit 2', async () => {
    const { databaseId } = emulator.createDatabase({ shared: false });
    await expectStopped({ IDSE_NOTION_DATABASE_ID: databaseId }, /that this integration can see/);
  });

  it('Stage missing: exit 2, names the property and its type', async () => {
    const { Stage: _stage, ...properties } = idseProperties();
    const { databaseId } = emulator.createDatabase({ properties });
    await expectStopped(
      { IDSE_NOTION_DATABASE_ID: databaseId },
      /"Stage" is missing \(add it as a Select\)/,
    );
  });

  it('Stage of the wrong type: exit 2, names the property, its type and the expected one', async () => {
    const { databaseId } = emulator.createDatabase({
      properties: { ...idseProperties(), Stage: { rich_text: {} } },
    });
    await expectStopped(
      { IDSE_NOTION_DATABASE_ID: databaseId },
      /"Stage" is a Text, not a Select \(change its type in Notion\)/,
    );
  });

  it('two projects aimed at one database: exit 2, nothing written anywhere', async () => {
    writeWorkspace(workspace.dir, 'other', [{ id: 'x', files: { intent: '# X\n' } }]);
    const run = await expectStopped(
      {},
      /Projects "acme" and "other" are aimed at the same Notion database/,
    );
    expect(run.stderr).toMatch(/notion\.databases/);
    // Not even the schema was read: the configuration alone is wrong.
    expect(emulator.log()).toEqual([]);
  });
});

describe('bad local data', () => {
  it('an unreadable file fails alone (exit 1); the others are pushed', async () => {
    mkdirSync(join(workspace.dir, '.idse/projects/acme/sessions/search/plans'), {
      recursive: true,
    });
    writeFileSync(
      join(workspace.dir, '.idse/projects/acme/sessions/search/plans/plan.md'),
      Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]),
      { flag: 'w' },
    );
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(1);
    expect(actionOf(run.report, 'acme::search::plan')).toBe('failed');
    expect(run.report?.artifacts.find((a) => a.idseId === 'acme::search::plan')?.reason).toMatch(
      /UTF-8/,
    );
    expect(run.report?.counts).toMatchObject({ created: 2, failed: 1 });
  });

  it('a corrupt spine: exit 2, one message, nothing sent', async () => {
    writeFileSync(join(workspace.dir, '.idse/idse.db'), 'this is not a database'.repeat(100));
    await expectStopped({}, /idse\.db/);
    expect(emulator.log()).toEqual([]);
  });
});

describe('an artifact over Notion request limits', () => {
  it('over 500 KB fails alone (exit 1); the others are pushed', async () => {
    const paragraph = `${'lorem ipsum dolor sit amet '.repeat(70).trim()}\n\n`;
    writeWorkspace(workspace.dir, PROJECT, [
      { id: 'huge', files: { intent: `# Huge\n\n${paragraph.repeat(300)}` } },
    ]);
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(1);
    expect(actionOf(run.report, 'acme::huge::intent')).toBe('failed');
    expect(run.report?.artifacts.find((a) => a.idseId === 'acme::huge::intent')?.reason).toMatch(
      /too large for one Notion request: about 5\d\d KB .*Notion accepts 500 KB.*nothing was written/,
    );
    // Refused before sending: the oversized body never cost a request.
    expect(emulator.log().filter((e) => e.status === 400)).toEqual([]);
    expect(run.report?.counts).toMatchObject({ created: 2, failed: 1 });
    expectNoToken(run, emulator.token);
  });

  it('over 1000 blocks fails alone (exit 1); the others are pushed', async () => {
    const items = Array.from({ length: 1200 }, (_, i) => `- item ${i}`).join('\n');
    writeWorkspace(workspace.dir, PROJECT, [
      { id: 'long', files: { tasks: `# Tasks\n\n${items}\n` } },
    ]);
    const run = await push(emulator, workspace.dir);
    expect(run.code).toBe(1);
    expect(actionOf(run.report, 'acme::long::tasks')).toBe('failed');
    expect(run.report?.artifacts.find((a) => a.idseId === 'acme::long::tasks')?.reason).toMatch(
      /too many blocks for one Notion request: at least 1201 \(Notion accepts 1000\)/,
    );
    expect(run.report?.counts).toMatchObject({ created: 2, failed: 1 });
  });
});
