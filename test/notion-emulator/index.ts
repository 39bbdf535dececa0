import type { Server } from 'node:http';
import { EmulatorClock } from './clock.js';
import { EmulatorCore, type DatabaseSpec, type EmulatorIdentity, type LogEntry } from './core.js';
import type { FaultSpec } from './faults.js';
import type { HeldOutcome } from './held.js';
import { listen } from './server.js';

export { EmulatorClock } from './clock.js';
export type { DatabaseSpec, EmulatorIdentity, LogEntry } from './core.js';
export type { FaultSpec } from './faults.js';
export type { HeldOutcome } from './held.js';
export { IDSE_STAGES, IDSE_STATUS_OPTIONS } from './idse-schema.js';

export interface EmulatorOptions {
  /** 0 (default): any free port. */
  port?: number;
  /** Requests per second per token, as a budget per 60-second window; unlimited when absent. */
  rateLimit?: number;
  /** Length of the rate-limit window in emulated seconds (Notion: 60). */
  rateLimitWindowSeconds?: number;
  /** Real milliseconds added before every API answer. */
  latencyMs?: number;
  /** A clock to share with the test; by default real time at speed 1. */
  clock?: EmulatorClock;
}

/** A running emulator: the HTTP peer plus in-process access for tests. */
export interface Emulator extends EmulatorIdentity {
  readonly url: string;
  readonly clock: EmulatorClock;
  /** The API request log (control routes are not logged). */
  log(): LogEntry[];
  clearLog(): void;
  /**
   * Back to the initial workspace: same tokens and ids; no pages, log, faults or rate-limit state;
   * the clock at real time and speed 1.
   */
  reset(): void;
  injectFault(fault: FaultSpec): void;
  clearFaults(): void;
  /** Requests a `hold` fault is holding, in arrival order. */
  heldRequests(): LogEntry[];
  /** Resolves once at least `count` requests are held (default 1). */
  waitForHeld(count?: number): Promise<LogEntry[]>;
  /** Lets a held request go on (`apply`) or destroys its connection unapplied (`drop`). */
  releaseHeld(seq: number, outcome: HeldOutcome): void;
  createDatabase(spec?: DatabaseSpec): { databaseId: string; dataSourceId: string };
  /** The page body as Notion-flavored Markdown v2, the way GET .../markdown renders it. */
  pageMarkdown(pageId: string): string;
  /** Pages of a data source, oldest first, as the API (2026-03-11) shows them; archived included. */
  listPages(
    dataSourceId?: string,
    options?: { includeTrashed?: boolean },
  ): (Record<string, unknown> & { id: string })[];
  /** Block ids and types of a page body, to check which ids an edit kept. */
  pageBlocks(pageId: string): { id: string; type: string; children: unknown[] }[];
  addUnsupportedBlock(
    pageId: string,
    block?: { type: string; [payload: string]: unknown },
    parentBlockId?: string,
  ): string;
  addChildPage(pageId: string, title: string, options?: { shared?: boolean }): string;
  /** Appends an image block of a hosted file (a 1×1 PNG unless `file` is given). */
  addFileImage(
    pageId: string,
    name?: string,
    file?: { bytes: Buffer; contentType: string },
  ): { blockId: string; fileId: string };
  /** The workspace's largest file upload (default 5 MiB, the Free plan's). */
  setMaxFileUploadBytes(bytes: number): void;
  /** Blocks loaded by one markdown read before the rest becomes `<unknown>` (default 20,000). */
  setMarkdownRecordLimit(limit: number): void;
  /** Results one data source query returns before it is capped as incomplete (default 10,000). */
  setQueryResultLimit(limit: number): void;
  close(): Promise<void>;
}

/** Starts an emulator on loopback. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const core = new EmulatorCore({
    ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
    ...(options.rateLimitWindowSeconds !== undefined
      ? { rateLimitWindowSeconds: options.rateLimitWindowSeconds }
      : {}),
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const { server, url } = await listen(core, options.port ?? 0);
  return {
    ...core.identity,
    url,
    clock: core.clock,
    log: () => [...core.requestLog],
    clearLog: () => {
      core.requestLog = [];
    },
    reset: () => core.reset(),
    injectFault: (fault) => core.faults.add(fault),
    clearFaults: () => core.faults.clear(),
    heldRequests: () => core.held.list(),
    waitForHeld: (count) => core.held.waitFor(count),
    releaseHeld: (seq, outcome) => core.held.release(seq, outcome),
    createDatabase: (spec) => core.createDatabase(spec),
    pageMarkdown: (pageId) => core.pageMarkdown(pageId),
    listPages: (dataSourceId = core.identity.dataSourceId, opts) =>
      core.listPages(dataSourceId, opts),
    pageBlocks: (pageId) => core.pageBlocks(pageId),
    addUnsupportedBlock: (pageId, block, parentBlockId) =>
      core.addUnsupportedBlock(pageId, block, parentBlockId),
    addChildPage: (pageId, title, opts) => core.addChildPage(pageId, title, opts),
    addFileImage: (pageId, name, file) => core.addFileImage(pageId, name, file),
    setMaxFileUploadBytes: (bytes) => {
      core.settings.maxFileUploadBytes = bytes;
    },
    setMarkdownRecordLimit: (limit) => {
      core.settings.markdownRecordLimit = limit;
    },
    setQueryResultLimit: (limit) => {
      core.settings.queryResultLimit = limit;
    },
    close: () => {
      core.held.dropAll();
      return closeServer(server);
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
