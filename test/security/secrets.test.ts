// Attack 6, redaction: a token from ~/.idseconfig.json (not the environment) echoed by the API
// host as is, URL-encoded, after `Bearer%20` and JSON-escaped, plus a foreign `ntn_` token
// with underscores. None of them appears in any output of push, pull or doctor: stdout, stderr,
// the JSON report, the run log, or any file of the workspace.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/notion/redact.js';
import { filesHolding } from '../hardening/hostile-helpers.js';
import { runIdseSync, type CliRun } from '../helpers/cli.js';
import type { Emulator } from '../notion-emulator/index.js';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { commitAll, writeWorkspace } from '../sync/push-helpers.js';
import { echoAuthorization, useTamperProxy, type TamperProxy } from './helpers.js';

// Shaped like no known token: only its value can find it.
const HOME_TOKEN = 'home-config-secret-7f3a9c2e5b';
const FOREIGN = 'ntn_foreign_team_token_0123456789abcdefXYZ';

let emulator: Emulator;
let proxy: TamperProxy;
let temp: TempDir;
let root: string;
let home: string;
useEmulator((started) => (emulator = started));
useTamperProxy(
  () => emulator,
  (started) => (proxy = started),
);
useWorkspace((made) => (temp = made), 'idse-secrets-');
beforeEach(() => {
  proxy.tokens.set(HOME_TOKEN, emulator.token);
  root = join(temp.dir, 'ws');
  home = join(temp.dir, 'home');
  mkdirSync(home);
  writeFileSync(
    join(home, '.idseconfig.json'),
    JSON.stringify({ notion: { token: HOME_TOKEN, base_url: proxy.url } }),
  );
  writeWorkspace(root, 'acme', [
    { id: 'search', files: { intent: '# Search\n\nOne.\n', plan: '# Plan\n\nTwo.\n' } },
  ]);
  commitAll(root);
});

/** Echoes the request's Authorization (in three forms) and a foreign token, `times` times. */
function echoOn(method: string, path: RegExp, times = 1): void {
  let left = times;
  proxy.rule = (request) =>
    request.method === method && path.test(request.path.split('?')[0] ?? '') && left-- > 0
      ? {
          respond: (response, seen) =>
            echoAuthorization(response, {
              ...seen,
              authorization: `${seen.authorization ?? ''} (team: Bearer%20${FOREIGN})`,
            }),
        }
      : undefined;
}

const run = (args: string[]) =>
  runIdseSync([...args, '--workspace', root], {
    env: { HOME: home, IDSE_NOTION_DATABASE_ID: emulator.databaseId },
  });

describe('a token from the home config, echoed by the host', () => {
  it('is in no output, report, log or workspace file of push, pull and doctor', async () => {
    const log = join(root, '.idse/sync.log');
    const outputs: CliRun[] = [];
    echoOn('POST', /^\/v1\/pages$/);
    outputs.push(await run(['push', '--json', '--rate', '1000', '--log-file', log]));
    echoOn('POST', /^\/v1\/pages$/);
    outputs.push(await run(['push', '--rate', '1000', '--log-file', log]));
    echoOn('GET', /^\/v1\/pages\/[^/]+\/markdown$/, 2);
    outputs.push(await run(['pull', '--json', '--rate', '1000']));
    echoOn('GET', /^\/v1\/data_sources\/[^/]+$/);
    outputs.push(await run(['push', '--rate', '1000', '--log-file', log]));
    echoOn('GET', /^\/v1\/users\/me$/);
    outputs.push(await run(['doctor']));

    expect(proxy.requests.some((r) => r.authorization === `Bearer ${HOME_TOKEN}`)).toBe(true);
    const everything = [
      ...outputs.flatMap((o) => [o.stdout, o.stderr]),
      readFileSync(log, 'utf8'),
    ].join('\n');
    expect(everything).toContain('[redacted]');
    expect(everything).toMatch(/Bearer%20\[redacted\]/);
    for (const secret of [HOME_TOKEN, FOREIGN, emulator.token]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(encodeURIComponent(secret));
      expect(filesHolding(root, secret)).toEqual([]);
    }
    // Each echo became a user-facing line, not an internal error.
    expect(everything).not.toMatch(/internal error/);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(3);
  });
});

describe('the fallback patterns, for tokens the run does not know', () => {
  it('catch ntn_ tokens with underscores, after Bearer%20, and GitHub tokens', () => {
    const text = [
      `Bearer%20${FOREIGN}`,
      `"authorization":"Bearer ${FOREIGN}"`,
      'token ghs_0123456789abcdefABCDEF0123456789ab and github_pat_11ABCDEFG0123456789_abcdefghijklmnop',
      'secret_abcdefghijklmnopqrstuvwxyz0123',
    ].join('\n');
    const clean = redactSecrets(text, []);
    expect(clean).not.toMatch(/ntn_|ghs_|github_pat_|secret_[a-z]/);
    expect(clean.match(/\[redacted\]/g)).toHaveLength(5);
  });
});
