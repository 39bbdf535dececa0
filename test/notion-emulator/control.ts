import type { EmulatorCore } from './core.js';
import type { FaultSpec } from './faults.js';
import type { HeldOutcome } from './held.js';
import { isRecord } from './schema.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

interface ControlResult {
  status: number;
  body: unknown;
}

/**
 * Routes under /__emulator/ for tests and the demo: request log, faults, held requests, reset, clock, extra
 * databases, special blocks. No auth; loopback callers only.
 */
export function handleControl(
  core: EmulatorCore,
  method: string,
  url: URL,
  raw: Buffer,
  remote: string | undefined,
): ControlResult {
  if (!remote || !LOOPBACK.has(remote))
    return { status: 403, body: { error: 'control routes are for loopback callers only' } };
  let body: Record<string, unknown> = {};
  if (raw.length > 0) {
    try {
      const parsed = JSON.parse(raw.toString('utf8')) as unknown;
      if (isRecord(parsed)) body = parsed;
    } catch {
      return { status: 400, body: { error: 'body is not JSON' } };
    }
  }
  try {
    return route(core, method, url.pathname.slice('/__emulator'.length), body);
  } catch (error) {
    return { status: 400, body: { error: error instanceof Error ? error.message : String(error) } };
  }
}

function route(
  core: EmulatorCore,
  method: string,
  path: string,
  body: Record<string, unknown>,
): ControlResult {
  const ok = (b: unknown): ControlResult => ({ status: 200, body: b });
  const key = `${method} ${path.replace(/\/[0-9a-f-]{32,36}(?=\/|$)/gi, '/:id')}`;
  const id = /\/([0-9a-f-]{32,36})(?=\/|$)/i.exec(path)?.[1] ?? '';
  switch (key) {
    case 'GET /info':
      return ok({ ...core.identity });
    case 'GET /log':
      return ok({ entries: core.requestLog });
    case 'DELETE /log':
      core.requestLog = [];
      return ok({ cleared: true });
    case 'POST /reset':
      core.reset();
      return ok({ reset: true });
    case 'GET /faults':
      return ok({ pending: core.faults.pending() });
    case 'POST /faults': {
      const specs = Array.isArray(body.faults) ? (body.faults as FaultSpec[]) : [body as FaultSpec];
      for (const spec of specs) core.faults.add(spec);
      return ok({ pending: core.faults.pending() });
    }
    case 'GET /held':
      return ok({ held: core.held.list() });
    case 'POST /held/release':
      core.held.release(Number(body.seq), body.outcome as HeldOutcome);
      return ok({ held: core.held.list() });
    case 'DELETE /faults':
      core.faults.clear();
      return ok({ pending: [] });
    case 'GET /clock':
      return ok({ now: core.clock.nowIso(), speed: core.clock.speed });
    case 'POST /clock': {
      if (typeof body.set === 'string' || typeof body.set === 'number') core.clock.set(body.set);
      if (typeof body.advanceMs === 'number') core.clock.advance(body.advanceMs);
      if (typeof body.speed === 'number') core.clock.setSpeed(body.speed);
      return ok({ now: core.clock.nowIso(), speed: core.clock.speed });
    }
    case 'POST /databases':
      return ok(
        core.createDatabase({
          ...(typeof body.title === 'string' ? { title: body.title } : {}),
          ...(isRecord(body.properties) ? { properties: body.properties } : {}),
          ...(typeof body.shared === 'boolean' ? { shared: body.shared } : {}),
          ...(typeof body.parentPageId === 'string' ? { parentPageId: body.parentPageId } : {}),
        }),
      );
    case 'POST /settings':
      if (typeof body.markdownRecordLimit === 'number')
        core.settings.markdownRecordLimit = body.markdownRecordLimit;
      if (typeof body.queryResultLimit === 'number')
        core.settings.queryResultLimit = body.queryResultLimit;
      if (typeof body.maxFileUploadBytes === 'number')
        core.settings.maxFileUploadBytes = body.maxFileUploadBytes;
      return ok({ ...core.settings });
    case 'GET /pages/:id/markdown':
      return ok({ markdown: core.pageMarkdown(id) });
    case 'POST /pages/:id/unsupported-blocks':
      return ok({
        blockId: core.addUnsupportedBlock(
          id,
          isRecord(body.block) ? (body.block as { type: string }) : undefined,
          typeof body.parentBlockId === 'string' ? body.parentBlockId : undefined,
        ),
      });
    case 'POST /pages/:id/child-pages':
      return ok({
        pageId: core.addChildPage(id, typeof body.title === 'string' ? body.title : 'Sub-page', {
          shared: body.shared !== false,
        }),
      });
    case 'POST /pages/:id/file-images':
      return ok(core.addFileImage(id, typeof body.name === 'string' ? body.name : undefined));
    default:
      return { status: 404, body: { error: `no control route ${method} ${path}` } };
  }
}
