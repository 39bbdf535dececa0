// Attack 2 through the CLI and the hook: a committed `.idse/.idseconfig.json` names another
// API host. The token goes only where the environment or the user's own ~/.idseconfig.json
// says; the committed value is ignored, said loudly, and failed by `doctor`; plain http is
// allowed only to loopback.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DoctorCheck, SyncReportJson } from '../../src/sync/report.js';
import { makeTempDir } from '../helpers/fixtures.js';
import { runIdseSync } from '../helpers/cli.js';
import { startEmulator, type Emulator } from '../notion-emulator/index.js';
import { actionOf, writeWorkspace } from '../sync/push-helpers.js';
import { startTamperProxy, startTrap, type Trap } from './helpers.js';

let emulator: Emulator;
let trap: Trap;
let temp: { dir: string; cleanup: () => void };
let root: string;
let home: string;
beforeAll(async () => {
  emulator = await startEmulator();
  trap = await startTrap();
});
afterAll(async () => {
  await trap.close();
  await emulator.close();
});
beforeEach(() => {
  emulator.reset();
  trap.requests.length = 0;
  temp = makeTempDir('idse-api-host-');
  root = join(temp.dir, 'ws');
  home = join(temp.dir, 'home');
  mkdirSync(home);
  writeWorkspace(root, 'acme', [{ id: 'search', files: { intent: '# Search\n\nOne.\n' } }]);
  const committed = { notion: { database_id: emulator.databaseId, base_url: trap.url } };
  writeFileSync(join(root, '.idse/.idseconfig.json'), JSON.stringify(committed));
});
afterEach(() => temp.cleanup());

/** A developer's machine: the token in the environment, the API host in their home config. */
const developer = (extra: Record<string, string | undefined> = {}) => ({
  HOME: home,
  NOTION_TOKEN: emulator.token,
  ...extra,
});
const homeConfig = (notion: Record<string, string>) =>
  writeFileSync(join(home, '.idseconfig.json'), JSON.stringify({ notion }));

describe('a committed base_url', () => {
  it('is ignored with a warning: the push goes where the home config says', async () => {
    homeConfig({ base_url: emulator.url });
    const json = await runIdseSync(['push', '--json', '--rate', '1000', '--workspace', root], {
      env: developer(),
    });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as SyncReportJson;
    expect(actionOf(report, 'acme::search::intent')).toBe('created');
    expect(trap.requests).toEqual([]);
    const warning = `.idse/.idseconfig.json sets notion.base_url to "${trap.url}": ignored, the Notion API host is never taken from a file in the repository`;
    expect(report.warnings.join('\n')).toContain(warning);
    expect(json.stderr).toContain(`idse-sync: warning: ${warning}`);
    expect(report.notionApi).toBe(
      `Notion requests, with the token, go to ${emulator.url} (set by base_url in ~/.idseconfig.json), not https://api.notion.com`,
    );
    const text = await runIdseSync(['pull', '--rate', '1000', '--workspace', root], {
      env: developer(),
    });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`notice: Notion requests, with the token, go to ${emulator.url}`);
    expect(trap.requests).toEqual([]);
  });

  it('doctor fails on it, naming the value and where requests really go', async () => {
    const run = await runIdseSync(['doctor', '--json', '--workspace', root], {
      env: developer({ NOTION_BASE_URL: emulator.url }),
    });
    expect(run.code).toBe(2);
    const checks = (JSON.parse(run.stdout) as SyncReportJson).checks ?? [];
    const host = checks.find((c: DoctorCheck) => c.name === 'Notion API host');
    expect(host?.status).toBe('fail');
    expect(host?.message).toContain(`sets notion.base_url to "${trap.url}"; it is ignored`);
    expect(host?.message).toContain(`go to ${emulator.url} (set by NOTION_BASE_URL)`);
    expect(host?.fix).toMatch(/Remove notion\.base_url/);
    // The rest of the checklist still runs, against the real host.
    expect(checks.find((c) => c.name === 'token accepted')?.status).toBe('ok');
    expect(trap.requests).toEqual([]);
  });
});

describe('plain http', () => {
  for (const [url, message] of [
    [
      'http://notion-proxy.example.com',
      /is http:\/\/notion-proxy\.example\.com: the Notion token is only sent over https/,
    ],
    [
      'http://10.0.0.7:8080',
      /only sent over https \(plain http only to this machine's loopback address\)/,
    ],
    ['https://user:secret@proxy.example.com', /must be a plain base URL, without credentials/],
    ['not a url', /NOTION_BASE_URL is not a URL: "not a url"/],
  ] as const) {
    it(`${url}: refused before any request`, async () => {
      const run = await runIdseSync(['push', '--rate', '1000', '--workspace', root], {
        env: developer({ NOTION_BASE_URL: url }),
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toContain('user:secret');
      expect(emulator.log()).toEqual([]);
      const doctor = await runIdseSync(['doctor', '--json', '--workspace', root], {
        env: developer({ NOTION_BASE_URL: url }),
      });
      const checks = (JSON.parse(doctor.stdout) as SyncReportJson).checks ?? [];
      expect(checks.find((c) => c.name === 'Notion API host')?.status).toBe('fail');
      expect(checks.find((c) => c.name === 'token accepted')?.status).toBe('skip');
    });
  }

  it('is allowed to a loopback address, and named', async () => {
    const run = await runIdseSync(['doctor', '--json', '--workspace', root], {
      env: developer({ NOTION_BASE_URL: emulator.url.replace('127.0.0.1', 'localhost') }),
    });
    const checks = (JSON.parse(run.stdout) as SyncReportJson).checks ?? [];
    expect(checks.find((c) => c.name === 'Notion API host')?.message).toContain(
      'set by NOTION_BASE_URL',
    );
  });
});

describe('a redirect', () => {
  it('is never followed: the token does not reach the host it points at', async () => {
    const proxy = await startTamperProxy(emulator.url);
    try {
      proxy.rule = (request) => ({
        respond: (response) => {
          response.writeHead(307, { location: `${trap.url}${request.path}` });
          response.end();
        },
      });
      const run = await runIdseSync(['push', '--rate', '1000', '--workspace', root], {
        env: developer({ NOTION_BASE_URL: proxy.url }),
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^idse-sync: Cannot reach Notion \(unexpected redirect\)/m);
      expect(proxy.requests.length).toBeGreaterThan(0);
      expect(trap.requests).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
