// Attack 6, the bounds: a host whose `has_more` never ends (for a listing, for a relation), a
// page body of hundreds of megabytes, a page nested hundreds of levels deep. Each stops with
// an error naming its limit, after a bounded number of requests; where it is one page's
// problem, that page fails alone and the run goes on.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../notion-emulator/index.js';
import { type TempDir, useEmulator, useWorkspace } from '../helpers/emulator-workspace.js';
import { editorUpdate, pull } from '../sync/pull-helpers.js';
import { actionOf, openSpine, pageOf, push, writeWorkspace } from '../sync/push-helpers.js';
import { useTamperProxy, type TamperProxy } from './helpers.js';

const INTENT = '# Search\n\nFind notes fast.\n';
const PLAN = '# Plan\n\nA tiny parser.\n';
const SESSION = '.idse/projects/acme/sessions/search';

let emulator: Emulator;
let proxy: TamperProxy;
let temp: TempDir;
let root: string;
useEmulator((started) => (emulator = started));
useTamperProxy(
  () => emulator,
  (started) => (proxy = started),
);
useWorkspace((made) => (temp = made), 'idse-bounds-');
beforeEach(async () => {
  root = join(temp.dir, 'ws');
  writeWorkspace(root, 'acme', [{ id: 'search', files: { intent: INTENT, plan: PLAN } }]);
  expect((await push(emulator, root)).code).toBe(0);
});

const env = () => ({ NOTION_BASE_URL: proxy.url });

describe('a listing that never ends', () => {
  it('stops after 101 pages of results with the limit named, not in an endless loop', async () => {
    proxy.rule = (request) =>
      request.method === 'POST' && request.path.endsWith('/query')
        ? {
            // Each page answered as the first, with a new cursor: a listing that never ends.
            request: ({ start_cursor: _cursor, ...query }) => query,
            transform: (json) => ({ ...json, has_more: true, next_cursor: randomUUID() }),
          }
        : undefined;
    writeWorkspace(root, 'acme', [{ id: 'search', files: { intent: `${INTENT}\nMore.\n` } }]);
    const run = await push(emulator, root, [], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^idse-sync: the live pages of data source .* still had more after 101 pages of results, more than a Notion listing can have \(100 pages\); stopped reading it\. Fix: Check NOTION_BASE_URL/,
    );
    const queries = proxy.requests.filter((r) => r.path.endsWith('/query'));
    expect(queries).toHaveLength(101);
  });

  it('a cursor answered twice stops at once', async () => {
    proxy.rule = (request) =>
      request.method === 'POST' && request.path.endsWith('/query')
        ? {
            request: ({ start_cursor: _cursor, ...query }) => query,
            transform: (json) => ({ ...json, has_more: true, next_cursor: 'same-cursor' }),
          }
        : undefined;
    const run = await pull(emulator, root, [], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Notion answered a cursor it had answered before; stopped/);
    expect(proxy.requests.filter((r) => r.path.endsWith('/query'))).toHaveLength(2);
  });
});

describe('a relation that never ends', () => {
  it('fails that artifact after 1,000 related pages; the others are pushed', async () => {
    // The plan depends on the intent, so its push reads the page's Upstream Artifact.
    const db = openSpine(root);
    const plan = db.findByIdseId('acme::search::plan');
    const intent = db.findByIdseId('acme::search::intent');
    db.replaceDependencies(plan?.id ?? 0, [intent?.id ?? 0]);
    db.close();
    const planPage = pageOf(emulator, 'search', 'Plan').id;
    proxy.rule = (request) => {
      if (request.method === 'POST' && request.path.endsWith('/query')) {
        return {
          transform: (json) => {
            for (const row of json['results'] as {
              id: string;
              properties: Record<string, { has_more?: boolean }>;
            }[]) {
              const upstream = row.properties['Upstream Artifact'];
              if (row.id === planPage && upstream !== undefined) upstream.has_more = true;
            }
            return json;
          },
        };
      }
      if (
        request.method === 'GET' &&
        request.path.startsWith(`/v1/pages/${planPage}/properties/`)
      ) {
        return {
          respond: (response) => {
            response.writeHead(200, { 'content-type': 'application/json' });
            response.end(
              JSON.stringify({
                object: 'list',
                type: 'property_item',
                results: Array.from({ length: 25 }, () => ({
                  object: 'property_item',
                  type: 'relation',
                  relation: { id: randomUUID() },
                })),
                has_more: true,
                next_cursor: randomUUID(),
              }),
            );
          },
        };
      }
      return undefined;
    };
    writeWorkspace(root, 'acme', [
      { id: 'search', files: { intent: `${INTENT}\nMore.\n`, plan: `${PLAN}\nMore.\n` } },
    ]);
    const run = await push(emulator, root, [], env());
    expect(run.code).toBe(1);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('updated');
    const failed = run.report?.artifacts.find((a) => a.idseId === 'acme::search::plan');
    expect(failed?.action).toBe('failed');
    expect(failed?.reason).toMatch(
      new RegExp(
        `the relation of page ${planPage} has more than 1000 items, the most this tool reads`,
      ),
    );
    const reads = proxy.requests.filter((r) =>
      r.path.startsWith(`/v1/pages/${planPage}/properties/`),
    );
    expect(reads).toHaveLength(41);
  });
});

describe('a page body of hundreds of megabytes', () => {
  it('fails that page alone, naming the 32 MB limit; the other pages are pulled', async () => {
    const planPage = pageOf(emulator, 'search', 'Plan').id;
    let sent = 0;
    proxy.rule = (request) =>
      request.method === 'GET' && request.path.startsWith(`/v1/pages/${planPage}/markdown`)
        ? {
            respond: (response) => {
              // A 300 MB answer, streamed without a length; the client must stop reading.
              response.writeHead(200, { 'content-type': 'application/json' });
              response.on('error', () => undefined);
              const chunk = 'x'.repeat(1024 * 1024);
              response.write('{"object":"page_markdown","markdown":"');
              const more = (): void => {
                while (sent < 300 && !response.destroyed) {
                  sent++;
                  if (!response.write(chunk)) return void response.once('drain', more);
                }
                if (!response.destroyed) response.end('","truncated":false}');
              };
              more();
            },
          }
        : undefined;
    await editorUpdate(emulator, pageOf(emulator, 'search', 'Intent').id, [
      { old_str: 'fast.', new_str: 'faster.' },
    ]);
    // A teammate's edit made the page what the host answers (a pull reads only edited pages).
    await editorUpdate(emulator, planPage, [{ old_str: 'tiny', new_str: 'small' }]);
    const run = await pull(emulator, root, [], env());
    expect(run.code).toBe(1);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('pulled');
    const plan = run.report?.artifacts.find((a) => a.idseId === 'acme::search::plan');
    expect(plan?.action).toBe('failed');
    expect(plan?.reason).toMatch(
      /Notion's answer to GET \/v1\/pages\/.*\/markdown is larger than 32 MB, the most this tool reads/,
    );
    expect(sent).toBeLessThan(300);
    expect(readFileSync(join(root, SESSION, 'plans/plan.md'), 'utf8')).toBe(PLAN);
  });
});

describe('a page nested hundreds of levels deep', () => {
  it('fails that page alone, naming the depth limit; the other pages are pulled', async () => {
    // Notion's rendering of a page a teammate nested 400 levels deep (the emulator renders
    // only shallower ones, so the host answers it here).
    const deep = Array.from({ length: 400 }, (_, i) => `${'\t'.repeat(i)}- level ${i + 1}`);
    const planPage = pageOf(emulator, 'search', 'Plan').id;
    proxy.rule = (request) =>
      request.method === 'GET' && request.path.startsWith(`/v1/pages/${planPage}/markdown`)
        ? { transform: (json) => ({ ...json, markdown: `${deep.join('\n')}\n` }) }
        : undefined;
    await editorUpdate(emulator, pageOf(emulator, 'search', 'Intent').id, [
      { old_str: 'fast.', new_str: 'faster.' },
    ]);
    // A teammate's edit made the page what the host answers (a pull reads only edited pages).
    await editorUpdate(emulator, planPage, [{ old_str: 'tiny', new_str: 'small' }]);
    const run = await pull(emulator, root, [], env());
    expect(run.code).toBe(1);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('pulled');
    const plan = run.report?.artifacts.find((a) => a.idseId === 'acme::search::plan');
    expect(plan?.action).toBe('failed');
    expect(plan?.reason).toBe(
      'the page has blocks nested 399 levels deep, more than the 64 this tool converts; nothing was written. Flatten the deepest lists, quotes or toggles',
    );
    expect(readFileSync(join(root, SESSION, 'plans/plan.md'), 'utf8')).toBe(PLAN);
  });

  it('a file nested that deep fails its push alone', async () => {
    const deep = `${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')}\n`;
    writeWorkspace(root, 'acme', [
      { id: 'search', files: { plan: deep, intent: `${INTENT}\nMore.\n` } },
    ]);
    const run = await push(emulator, root);
    expect(run.code).toBe(1);
    expect(actionOf(run.report, 'acme::search::intent')).toBe('updated');
    expect(run.report?.artifacts.find((a) => a.idseId === 'acme::search::plan')?.reason).toMatch(
      /^blocks nested 99 levels deep, more than the 64/,
    );
  });
});
