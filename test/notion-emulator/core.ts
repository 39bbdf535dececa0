import { randomBytes } from 'node:crypto';
import { canonicalFileUrl, hostFile } from './hosted-files.js';
import { EmulatorClock } from './clock.js';
import { defaultSettings, type EmulatorSettings } from './context.js';
import { FaultQueue } from './faults.js';
import { HeldRequests } from './held.js';
import { idseProperties } from './idse-schema.js';
import { newId, normalizeId } from './ids.js';
import type { EmuBlock } from './markdown/index.js';
import { renderBlocks } from './markdown-read.js';
import { RateLimiter } from './rate-limit.js';
import { pageObject } from './responses.js';
import { textItem } from './rich-text.js';
import { Store, type PageRecord } from './store.js';

/** One API request as the emulator saw it. */
export interface LogEntry {
  seq: number;
  /** Emulated time the request arrived. */
  time: string;
  method: string;
  path: string;
  query: string;
  /** The bearer token exactly as sent (null when absent), to tell which integration wrote. */
  token: string | null;
  /** HTTP status answered; null when the connection was dropped. */
  status: number | null;
  body: unknown;
  fault?: string;
}

export interface EmulatorIdentity {
  token: string;
  editorToken: string;
  databaseId: string;
  dataSourceId: string;
  /** A shared page under which `init` can create databases. */
  parentPageId: string;
  botUserId: string;
  editorBotUserId: string;
  /** The person the editor token's edits are attributed to (a teammate in the Notion app). */
  teammateUserId: string;
}

export interface CoreOptions {
  rateLimit?: number;
  rateLimitWindowSeconds?: number;
  latencyMs?: number;
  clock?: EmulatorClock;
}

export interface DatabaseSpec {
  title?: string;
  /** Notion property configurations; may set status options and omit a relation's data_source_id (self). */
  properties?: Record<string, unknown>;
  /** False: not shared with the integrations, so the API answers 404 for it. */
  shared?: boolean;
  parentPageId?: string;
}

/** State and behaviour of one emulator, independent of HTTP. */
export class EmulatorCore {
  readonly clock: EmulatorClock;
  readonly faults = new FaultQueue();
  readonly held = new HeldRequests();
  readonly limiter: RateLimiter;
  readonly identity: EmulatorIdentity;
  readonly latencyMs: number;
  readonly settings: EmulatorSettings = defaultSettings();
  store: Store;
  requestLog: LogEntry[] = [];
  /** Where hosted files are served: Notion's file host until `listen` serves them itself. */
  private fileOrigin: string | undefined;

  constructor(options: CoreOptions = {}) {
    this.clock = options.clock ?? new EmulatorClock();
    this.limiter = new RateLimiter(
      this.clock,
      options.rateLimit,
      (options.rateLimitWindowSeconds ?? 60) * 1000,
    );
    this.latencyMs = options.latencyMs ?? 0;
    const suffix = randomBytes(12).toString('hex');
    this.identity = {
      token: `ntn_emulator_integration_${suffix}`,
      editorToken: `ntn_emulator_editor_${suffix}`,
      databaseId: newId(),
      dataSourceId: newId(),
      parentPageId: newId(),
      botUserId: newId(),
      editorBotUserId: newId(),
      teammateUserId: newId(),
    };
    this.store = this.seed();
  }

  /** Serves hosted files from `origin` (set by the HTTP server to its own `/files`). */
  serveFilesFrom(origin: string): void {
    this.fileOrigin = origin;
    this.store = this.seed();
  }

  /** Back to the initial workspace: same tokens and ids, no pages, no log, no faults, real time. */
  reset(): void {
    this.clock.setSpeed(1);
    this.clock.set(Date.now());
    this.store = this.seed();
    this.requestLog = [];
    this.faults.clear();
    this.held.dropAll();
    this.limiter.reset();
    Object.assign(this.settings, defaultSettings());
  }

  private seed(): Store {
    const id = this.identity;
    const store = new Store(this.clock, this.fileOrigin);
    const bot = { id: id.botUserId, name: 'IDSE Sync', type: 'bot' as const };
    const editorBot = { id: id.editorBotUserId, name: 'IDSE Editor', type: 'bot' as const };
    const teammate = {
      id: id.teammateUserId,
      name: 'Teammate',
      type: 'person' as const,
      email: 'teammate@example.com',
    };
    for (const user of [bot, editorBot, teammate]) store.users.set(user.id, user);
    store.integrations.set(id.token, { token: id.token, bot, actor: bot });
    store.integrations.set(id.editorToken, {
      token: id.editorToken,
      bot: editorBot,
      actor: teammate,
    });
    const root = store.createPageRecord({ type: 'workspace' }, teammate.id, true, id.parentPageId);
    root.title = [textItem('IDSE Emulator Root')];
    store.createDatabase({
      title: 'IDSE Artifacts',
      parentPageId: root.id,
      properties: idseProperties(),
      actorId: teammate.id,
      fromControl: true,
      ids: { databaseId: id.databaseId, dataSourceId: id.dataSourceId },
    });
    return store;
  }

  /** Creates a database with any schema (missing or mistyped properties, unshared...). */
  createDatabase(spec: DatabaseSpec = {}): { databaseId: string; dataSourceId: string } {
    const { database, dataSource } = this.store.createDatabase({
      title: spec.title ?? 'Extra database',
      parentPageId: spec.parentPageId ?? this.identity.parentPageId,
      properties: spec.properties ?? idseProperties(),
      actorId: this.identity.teammateUserId,
      shared: spec.shared ?? true,
      fromControl: true,
    });
    return { databaseId: database.id, dataSourceId: dataSource.id };
  }

  private anyPage(id: string): PageRecord {
    const key = normalizeId(id);
    const page = key ? this.store.pages.get(key) : undefined;
    if (!page) throw new Error(`no page ${id}`);
    return page;
  }

  /** The page body as GET .../markdown (v2) renders it, ignoring sharing. */
  pageMarkdown(pageId: string): string {
    return renderBlocks(this.store, this.anyPage(pageId).blocks, this.settings.markdownRecordLimit)
      .markdown;
  }

  /**
   * Pages of a data source as the API shows them (2026-03-11 shape): archived ones included,
   * trashed ones only on request.
   */
  listPages(
    dataSourceId: string,
    options: { includeTrashed?: boolean } = {},
  ): (Record<string, unknown> & { id: string })[] {
    const ds = normalizeId(dataSourceId);
    return [...this.store.pages.values()]
      .filter((p) => p.parent.type === 'data_source_id' && p.parent.dataSourceId === ds)
      .filter((p) => options.includeTrashed === true || !p.inTrash)
      .sort((a, b) => a.createdTime - b.createdTime || (a.id < b.id ? -1 : 1))
      .map((p) => ({ ...pageObject(this.store, p, '2026-03-11'), id: p.id }));
  }

  /** The stored block tree of a page, with ids (for checking that ids survived an edit). */
  pageBlocks(pageId: string): { id: string; type: string; children: unknown[] }[] {
    const strip = (
      list: PageRecord['blocks'],
    ): { id: string; type: string; children: unknown[] }[] =>
      list.map((b) => ({ id: b.id, type: b.block.type, children: strip(b.children) }));
    return strip(this.anyPage(pageId).blocks);
  }

  /**
   * Appends a block the markdown format cannot show (breadcrumb, link preview...) to a page, or
   * inside one of its blocks: it reads back as `<unknown>`.
   */
  addUnsupportedBlock(
    pageId: string,
    block: EmuBlock = { type: 'breadcrumb', breadcrumb: {} },
    parentBlockId?: string,
  ): string {
    const page = this.anyPage(pageId);
    const parent = parentBlockId ? this.store.findBlock(parentBlockId) : undefined;
    if (parentBlockId && parent?.page !== page)
      throw new Error(`no block ${parentBlockId} in page ${pageId}`);
    const blockId = newId();
    (parent ? parent.block.children : page.blocks).push({
      id: blockId,
      block,
      children: [],
      ...this.store.audit(this.identity.teammateUserId),
    });
    // A block added in Notion's editor is an edit of the page: its last editor is the teammate.
    this.store.touch(page, this.identity.teammateUserId);
    return blockId;
  }

  /** Appends a sub-page; `shared: false` makes it invisible to the integrations (`<unknown>` in markdown). */
  addChildPage(pageId: string, title: string, options: { shared?: boolean } = {}): string {
    const page = this.anyPage(pageId);
    const actor = this.identity.teammateUserId;
    const child = this.store.createPageRecord(
      { type: 'page_id', pageId: page.id },
      actor,
      options.shared ?? true,
    );
    child.title = [textItem(title)];
    page.blocks.push({
      id: child.id,
      block: { type: 'child_page', child_page: { title: '' } },
      children: [],
      ...this.store.audit(actor),
    });
    this.store.touch(page, actor);
    return child.id;
  }

  /** Appends an image of a hosted file (a 1×1 PNG unless given); its URL is signed anew on every read. */
  addFileImage(
    pageId: string,
    name = 'diagram.png',
    file: { bytes: Buffer; contentType: string } = {
      bytes: ONE_PIXEL_PNG,
      contentType: 'image/png',
    },
  ): { blockId: string; fileId: string } {
    const page = this.anyPage(pageId);
    const hosted = hostFile(this.store, { name, ...file });
    const fileId = hosted.id;
    const blockId = newId();
    const url = canonicalFileUrl(this.store, hosted);
    page.blocks.push({
      id: blockId,
      block: { type: 'image', image: { type: 'file', file: { url }, caption: [] } },
      children: [],
      ...this.store.audit(this.identity.teammateUserId),
    });
    this.store.touch(page, this.identity.teammateUserId);
    return { blockId, fileId };
  }
}

/** A 1×1 transparent PNG. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
