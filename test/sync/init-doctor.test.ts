import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import type { DoctorCheck, SyncReportJson } from '../../src/sync/report.js';
import { pageIdOf } from '../../src/cli/commands/init.js';
import { runIdseSync, type CliRun } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { emulatorClient } from '../notion-emulator/client.js';
import { idseProperties } from '../notion-emulator/idse-schema.js';
import type { Emulator } from '../notion-emulator/index.js';
import { writeWorkspace, writes } from './push-helpers.js';

const STAGES = [
  'Intent',
  'Context',
  'Specification',
  'Plan',
  'Tasks',
  'Implementation',
  'Feedback',
];
const BAD_TOKEN = 'ntn_refused_by_notion_0123456789abcdefghijklmnop';

let emulator: Emulator;
let workspace: TempDir;
useEmulator((started) => (emulator = started));
useWorkspace((made) => (workspace = made));
beforeEach(() => {
  writeWorkspace(workspace.dir, 'acme', [{ id: 'search', files: { intent: '# Search\n' } }]);
});

const configPath = () => join(workspace.dir, '.idse', '.idseconfig.json');

interface Run extends CliRun {
  report: SyncReportJson | undefined;
}

/**
 * `idse-sync <args> --workspace <tmp> --rate 1000` against the emulator. Every run is checked
 * for the token: it must appear in no output and in no file of the workspace config.
 */
async function idse(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const fullEnv = { NOTION_TOKEN: emulator.token, NOTION_BASE_URL: emulator.url, ...env };
  const run = await runIdseSync([...args, '--workspace', workspace.dir, '--rate', '1000'], {
    env: fullEnv,
  });
  for (const secret of [emulator.token, fullEnv.NOTION_TOKEN ?? emulator.token]) {
    expect(run.stdout).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
  }
  expect(run.stderr).not.toMatch(/\n\s+at /);
  const json = args.includes('--json') && run.stdout.trim().startsWith('{');
  return { ...run, report: json ? (JSON.parse(run.stdout) as SyncReportJson) : undefined };
}

function readConfig(): Record<string, unknown> {
  return JSON.parse(readFileSync(configPath(), 'utf8')) as Record<string, unknown>;
}

type Column = {
  id: string;
  type: string;
  select?: { options: { name: string }[] };
  status?: { options: { name: string }[] };
  relation?: {
    data_source_id: string;
    type: string;
    dual_property?: { synced_property_name: string };
  };
};

async function columnsOf(databaseId: string): Promise<{
  dataSourceId: string;
  parentPageId: string | undefined;
  columns: Record<string, Column>;
}> {
  const client = emulatorClient(emulator);
  const database = (await client.databases.retrieve({ database_id: databaseId })) as {
    data_sources: { id: string }[];
    parent?: { page_id?: string };
  };
  const dataSourceId = database.data_sources[0]?.id ?? '';
  const source = await client.dataSources.retrieve({ data_source_id: dataSourceId });
  return {
    dataSourceId,
    parentPageId: database.parent?.page_id,
    columns: (source as unknown as { properties: Record<string, Column> }).properties,
  };
}

function withoutProperty(name: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(idseProperties()).filter(([key]) => key !== name));
}

describe('idse-sync init', () => {
  it('creates a database under the parent page with the IDSE schema and records only its id', async () => {
    writeFileSync(configPath(), JSON.stringify({ project_name: 'acme' }));
    const url = `https://www.notion.so/IDSE-Root-${emulator.parentPageId.replace(/-/g, '')}?pvs=4`;
    const run = await idse(['init', '--parent-page', url, '--json']);
    expect(run.code).toBe(0);
    const setup = run.report?.databases?.[0];
    expect(setup?.created).toBe(true);
    const databaseId = setup?.databaseId ?? '';
    expect(readConfig()).toEqual({ project_name: 'acme', notion: { database_id: databaseId } });
    expect(readFileSync(configPath(), 'utf8')).not.toContain(emulator.token);

    const { dataSourceId, parentPageId, columns } = await columnsOf(databaseId);
    expect(parentPageId).toBe(emulator.parentPageId);
    const types = Object.fromEntries(Object.entries(columns).map(([n, c]) => [n, c.type]));
    expect(types).toEqual({
      Title: 'title',
      Stage: 'select',
      Session: 'rich_text',
      Status: 'status',
      Layer: 'select',
      'Run Scope': 'select',
      Version: 'rich_text',
      'Feature / Capability': 'rich_text',
      Sync: 'rich_text',
      'Upstream Artifact': 'relation',
      'Downstream Artifact(s)': 'relation',
    });
    expect(columns['Stage']?.select?.options.map((o) => o.name)).toEqual(STAGES);
    expect(columns['Upstream Artifact']?.relation).toMatchObject({
      data_source_id: dataSourceId,
      type: 'dual_property',
      dual_property: { synced_property_name: 'Downstream Artifact(s)' },
    });
    const steps = run.report?.manualSteps ?? [];
    expect(steps[0]).toMatch(/exactly Draft, In Review, Locked, Superseded/);
    expect(steps[0]).toMatch(/developers\.notion\.com/);
    expect(steps[1]).toMatch(/Share the database/);
  });

  it('a second run changes nothing and says so, printing the manual steps again', async () => {
    const first = await idse(['init', '--parent-page', emulator.parentPageId]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Created .* with Title, Stage, Session, Status/);
    expect(first.stdout).toMatch(/Wrote notion\.database_id to \.idse\/\.idseconfig\.json/);
    const config = readFileSync(configPath(), 'utf8');
    emulator.clearLog();

    const second = await idse(['init', '--parent-page', emulator.parentPageId]);
    expect(second.code).toBe(0);
    expect(writes(emulator.log())).toEqual([]);
    expect(readFileSync(configPath(), 'utf8')).toBe(config);
    expect(second.stdout).toMatch(/has every property the API can add/);
    expect(second.stdout).toMatch(/Nothing to change\./);
    expect(second.stdout).toMatch(/Manual steps[\s\S]*1\. In Notion[\s\S]*2\. Share/);
    expect(second.stdout).toMatch(/--parent-page was ignored/);
  });

  it('a dry run asks Notion nothing that writes and leaves no config file', async () => {
    const run = await idse(['init', '--parent-page', emulator.parentPageId, '--dry-run', '--json']);
    expect(run.code).toBe(0);
    expect(writes(emulator.log())).toEqual([]);
    expect(existsSync(configPath())).toBe(false);
    expect(run.report?.databases?.[0]).toMatchObject({
      databaseId: null,
      created: true,
      configWritten: 'notion.database_id',
    });
  });

  it('adds the Sync property to a database without it and changes nothing else', async () => {
    const { databaseId, dataSourceId } = emulator.createDatabase({
      properties: withoutProperty('Sync'),
    });
    const before = await columnsOf(databaseId);
    emulator.clearLog();
    const run = await idse(['init', '--json'], { IDSE_NOTION_DATABASE_ID: databaseId });
    expect(run.code).toBe(0);
    expect(run.report?.databases?.[0]).toMatchObject({
      created: false,
      addedProperties: ['Sync'],
      configWritten: null,
    });
    expect(writes(emulator.log()).map((e) => `${e.method} ${e.path}`)).toEqual([
      `PATCH /v1/data_sources/${dataSourceId}`,
    ]);
    const after = await columnsOf(databaseId);
    expect(after.columns['Sync']?.type).toBe('rich_text');
    for (const [name, column] of Object.entries(before.columns)) {
      expect(after.columns[name], name).toEqual(column);
    }
    expect(existsSync(configPath())).toBe(false);
    expect(run.report?.manualSteps?.[0]).toMatch(/already|nothing to do/);
  });

  it('completes a bare database: Status with a manual step, the relation two-way to itself', async () => {
    const { databaseId, dataSourceId } = emulator.createDatabase({
      properties: { Name: { title: {} }, Stage: { select: { options: [] } }, Notes: { url: {} } },
    });
    const run = await idse(['init', '--json'], { IDSE_NOTION_DATABASE_ID: databaseId });
    expect(run.code).toBe(0);
    expect(run.report?.databases?.[0]?.addedProperties).toEqual([
      'Session',
      'Status',
      'Layer',
      'Run Scope',
      'Version',
      'Feature / Capability',
      'Sync',
      'Upstream Artifact',
    ]);
    const { columns } = await columnsOf(databaseId);
    expect(columns['Name']?.type).toBe('title');
    expect(columns['Title']).toBeUndefined();
    expect(columns['Notes']?.type).toBe('url');
    expect(columns['Stage']?.select?.options).toEqual([]);
    expect(columns['Status']?.type).toBe('status');
    expect(columns['Upstream Artifact']?.relation?.data_source_id).toBe(dataSourceId);
    expect(columns['Downstream Artifact(s)']?.relation?.type).toBe('dual_property');
    expect(run.report?.manualSteps?.[0]).toMatch(/exactly Draft, In Review, Locked, Superseded/);
  });

  it('refuses a Stage of the wrong type, naming it, and writes nothing', async () => {
    const { databaseId } = emulator.createDatabase({
      properties: { ...withoutProperty('Sync'), Stage: { rich_text: {} } },
    });
    emulator.clearLog();
    const run = await idse(['init'], { IDSE_NOTION_DATABASE_ID: databaseId });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"Stage" is a Text, not a Select/);
    expect(run.stderr).toMatch(/never changes an existing property/);
    expect(run.stderr).toMatch(/ Fix: /);
    expect(writes(emulator.log())).toEqual([]);
  });

  it('without a database or --parent-page, exits 2 with the fix', async () => {
    const run = await idse(['init']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No Notion database is configured/);
    expect(run.stderr).toMatch(/Fix: .*--parent-page/);
  });

  it('a parent page the integration cannot see: exit 2 naming the page', async () => {
    const missing = '0f0e0d0c-0b0a-4998-8776-655443322110';
    const run = await idse(['init', '--parent-page', missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`no page ${missing} that this integration can see`));
    expect(existsSync(configPath())).toBe(false);
  });

  it('two projects need --project; with it the database is recorded for that project', async () => {
    writeWorkspace(workspace.dir, 'zeta', [{ id: 'auth', files: { spec: '# Auth\n' } }]);
    const refused = await idse(['init', '--parent-page', emulator.parentPageId]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/2 projects \(acme, zeta\)/);
    expect(writes(emulator.log())).toEqual([]);

    const run = await idse(['init', '--parent-page', emulator.parentPageId, '--project', 'zeta']);
    expect(run.code).toBe(0);
    const databases = (readConfig()['notion'] as { databases: Record<string, string> }).databases;
    expect(Object.keys(databases)).toEqual(['zeta']);
  });
});

describe('idse-sync doctor', () => {
  const statuses = (report: SyncReportJson | undefined) =>
    Object.fromEntries((report?.checks ?? []).map((c: DoctorCheck) => [c.name, c.status]));
  const check = (report: SyncReportJson | undefined, name: string) =>
    report?.checks?.find((c) => c.name === name);

  it('passes on a good setup, every check ok (the emulator host named as a warning)', async () => {
    expect((await runIdseSync(['migrate', '--workspace', workspace.dir])).code).toBe(0);
    const env = { IDSE_NOTION_DATABASE_ID: emulator.databaseId };
    const run = await idse(['doctor', '--json'], env);
    expect(run.code).toBe(0);
    expect(statuses(run.report)).toEqual({
      'Node.js version': 'ok',
      workspace: 'ok',
      spine: 'ok',
      'config files': 'ok',
      // Any host but https://api.notion.com is named: here the emulator's.
      'Notion API host': 'warn',
      'token present': 'ok',
      'token accepted': 'ok',
      'database reachable': 'ok',
      'required properties': 'ok',
      'optional properties': 'ok',
      'Status options': 'ok',
      'Sync property': 'ok',
      'Upstream/Downstream relation': 'ok',
      'Stage options': 'ok',
    });
    expect(writes(emulator.log())).toEqual([]);
    const text = await idse(['doctor'], env);
    expect(text.stdout).toMatch(/^ok {4}Node\.js version/m);
    expect(check(run.report, 'Notion API host')?.message).toContain(emulator.url);
    expect(text.stdout).toMatch(/13 ok, 1 warning, 0 failed, 0 skipped/);
  });

  it('warns, and still passes, without the Sync property or a spine', async () => {
    const { databaseId } = emulator.createDatabase({ properties: withoutProperty('Sync') });
    const run = await idse(['doctor', '--json'], { IDSE_NOTION_DATABASE_ID: databaseId });
    expect(run.code).toBe(0);
    expect(check(run.report, 'Sync property')).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(/single-machine mode/),
      fix: expect.stringMatching(/idse-sync init/),
    });
    expect(check(run.report, 'spine')?.status).toBe('warn');
  });

  it('fails with a token Notion refuses; the token is in no output', async () => {
    const run = await idse(['doctor', '--json'], {
      NOTION_TOKEN: BAD_TOKEN,
      IDSE_NOTION_DATABASE_ID: emulator.databaseId,
    });
    expect(run.code).toBe(2);
    expect(check(run.report, 'token accepted')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/Notion refused the token \(401 unauthorized\)/),
    });
    expect(check(run.report, 'database reachable')?.status).toBe('skip');
    const text = await idse(['doctor'], { NOTION_TOKEN: BAD_TOKEN });
    expect(text.stdout).toMatch(/^FAIL {2}token accepted/m);
    expect(text.stdout).toMatch(/fix: Check NOTION_TOKEN/);
  });

  it('fails on a database the integration cannot see', async () => {
    const unknown = '0f0e0d0c-0b0a-4998-8776-655443322110';
    const run = await idse(['doctor', '--json'], { IDSE_NOTION_DATABASE_ID: unknown });
    expect(run.code).toBe(2);
    expect(check(run.report, 'database reachable')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(
        new RegExp(`no database ${unknown} that this integration can see`),
      ),
      fix: expect.stringMatching(/share the database with the integration/),
    });
  });

  it('fails when Stage is missing, naming it', async () => {
    const { databaseId } = emulator.createDatabase({ properties: withoutProperty('Stage') });
    const run = await idse(['doctor', '--json'], { IDSE_NOTION_DATABASE_ID: databaseId });
    expect(run.code).toBe(2);
    expect(check(run.report, 'required properties')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/"Stage" is missing/),
    });
    expect(check(run.report, 'Stage options')?.status).toBe('skip');
  });

  it('fails on a token in the committed .idse/.idseconfig.json without echoing it', async () => {
    mkdirSync(join(workspace.dir, '.idse'), { recursive: true });
    writeFileSync(configPath(), JSON.stringify({ notion: { token: emulator.token } }));
    const run = await idse(['doctor', '--json'], { IDSE_NOTION_DATABASE_ID: emulator.databaseId });
    expect(run.code).toBe(2);
    expect(check(run.report, 'config files')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/holds a Notion token \("notion\.token"\)/),
      fix: expect.stringMatching(/revoke the token/),
    });
    expect(check(run.report, 'token present')?.status).toBe('skip');
  });

  it('after init creates a database, asks for the manual Status options', async () => {
    expect((await idse(['init', '--parent-page', emulator.parentPageId])).code).toBe(0);
    const run = await idse(['doctor', '--json']);
    expect(run.code).toBe(2);
    expect(check(run.report, 'Status options')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/missing Draft, In Review, Locked, Superseded/),
    });
    expect(check(run.report, 'Sync property')?.status).toBe('ok');
    expect(check(run.report, 'Upstream/Downstream relation')?.status).toBe('ok');
    expect(check(run.report, 'Stage options')?.status).toBe('ok');
  });

  it('outside a workspace, fails on the workspace and still checks the token', async () => {
    const elsewhere = makeTempDir();
    try {
      const run = await runIdseSync(['doctor', '--json', '--rate', '1000'], {
        cwd: elsewhere.dir,
        env: { NOTION_TOKEN: emulator.token, NOTION_BASE_URL: emulator.url },
      });
      const report = JSON.parse(run.stdout) as SyncReportJson;
      expect(run.code).toBe(2);
      expect(statuses(report)).toMatchObject({
        workspace: 'fail',
        spine: 'skip',
        'token accepted': 'ok',
        'database reachable': 'fail',
      });
    } finally {
      elsewhere.cleanup();
    }
  });
});

describe('--parent-page', () => {
  it('takes an id with or without dashes, or the last id of a Notion URL', () => {
    const id = '0123abcd-4567-89ef-0123-456789abcdef';
    expect(pageIdOf(id)).toBe(id);
    expect(pageIdOf(id.replace(/-/g, '').toUpperCase())).toBe(id);
    expect(
      pageIdOf(
        'https://www.notion.so/team/Design-ffffffffffffffffffffffffffffffff-0123abcd456789ef0123456789abcdef?v=1',
      ),
    ).toBe(id);
    expect(() => pageIdOf('my page')).toThrow(/must be a Notion page id or URL/);
  });
});
