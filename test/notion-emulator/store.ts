import { randomBytes } from 'node:crypto';
import type { EmulatorClock } from './clock.js';
import { notFound, validationError } from './errors.js';
import { newId, normalizeId } from './ids.js';
import type { EmuBlock } from './markdown/index.js';
import type { RichText } from './rich-text.js';
import { textItem } from './rich-text.js';
import { buildProperty, type PropertySchema, type SchemaBuildContext } from './schema.js';

export interface UserRecord {
  id: string;
  name: string;
  type: 'bot' | 'person';
  email?: string;
}

/** A token the emulator accepts: `bot` answers users.me, `actor` is who its edits show as. */
export interface Integration {
  token: string;
  bot: UserRecord;
  actor: UserRecord;
}

export interface Audit {
  createdTime: number;
  createdBy: string;
  lastEditedTime: number;
  lastEditedBy: string;
}

export interface DatabaseRecord extends Audit {
  id: string;
  title: RichText[];
  description: RichText[];
  parentPageId: string | null;
  dataSourceIds: string[];
  inTrash: boolean;
  /** False: the database is not shared with the integrations, so the API answers 404. */
  shared: boolean;
  isInline: boolean;
}

export interface DataSourceRecord extends Audit {
  id: string;
  databaseId: string;
  title: RichText[];
  properties: PropertySchema[];
  inTrash: boolean;
}

export type PageParent =
  | { type: 'data_source_id'; dataSourceId: string; databaseId: string }
  | { type: 'page_id'; pageId: string }
  | { type: 'workspace' };

/** A block of a page body; `block` holds the type and payload, never `children`. */
export interface StoredBlock extends Audit {
  id: string;
  block: EmuBlock;
  children: StoredBlock[];
}

export interface PageRecord extends Audit {
  id: string;
  parent: PageParent;
  /** Property values by property id (data source pages only). */
  values: Map<string, unknown>;
  /** Title of a page outside a data source. */
  title: RichText[];
  inTrash: boolean;
  /** In the archive partition of its data source: queried only with `is_archived: true`. */
  isArchived: boolean;
  shared: boolean;
  icon: unknown;
  cover: unknown;
  blocks: StoredBlock[];
}

/** A Notion-hosted file that image/file blocks point at; its URL is signed afresh on every read. */
export interface FileRecord {
  id: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** A File Upload (https://developers.notion.com/reference/file-upload) of one integration. */
export interface UploadRecord {
  id: string;
  /** The token of the integration that created it: only it sees and attaches it. */
  ownerToken: string;
  createdBy: string;
  createdTime: number;
  lastEditedTime: number;
  /** Null once attached: an unattached upload expires an hour after it was created. */
  expiryTime: number | null;
  mode: 'single_part' | 'multi_part';
  filename: string | null;
  contentType: string | null;
  numberOfParts: number | null;
  parts: Map<number, Buffer>;
  bytes: Buffer | null;
  /** The hosted file its first attachment made; later attachments show the same file. */
  fileId: string | null;
}

/** All state of one emulated workspace. */
export class Store {
  readonly users = new Map<string, UserRecord>();
  readonly integrations = new Map<string, Integration>();
  readonly databases = new Map<string, DatabaseRecord>();
  readonly dataSources = new Map<string, DataSourceRecord>();
  readonly pages = new Map<string, PageRecord>();
  readonly files = new Map<string, FileRecord>();
  readonly uploads = new Map<string, UploadRecord>();
  /** Key of the signatures on hosted file URLs. */
  readonly fileSecret = randomBytes(16);

  /** @param fileOrigin where hosted files are served (the emulator's own `/files` when listening). */
  constructor(
    readonly clock: EmulatorClock,
    readonly fileOrigin = 'https://prod-files-secure.s3.us-west-2.amazonaws.com',
  ) {}

  audit(actorId: string): Audit {
    const now = this.clock.now();
    return { createdTime: now, createdBy: actorId, lastEditedTime: now, lastEditedBy: actorId };
  }

  touch(record: Audit, actorId: string): void {
    record.lastEditedTime = this.clock.now();
    record.lastEditedBy = actorId;
  }

  integration(token: string | undefined): Integration | undefined {
    return token === undefined ? undefined : this.integrations.get(token);
  }

  /** A page or database is visible when it and every ancestor are shared. */
  pageVisible(page: PageRecord): boolean {
    if (!page.shared) return false;
    const parent = page.parent;
    if (parent.type === 'data_source_id') {
      const db = this.databases.get(parent.databaseId);
      return db !== undefined && this.databaseVisible(db);
    }
    if (parent.type === 'page_id') {
      const up = this.pages.get(parent.pageId);
      return up !== undefined && this.pageVisible(up);
    }
    return true;
  }

  databaseVisible(db: DatabaseRecord): boolean {
    if (!db.shared) return false;
    if (db.parentPageId === null) return true;
    const up = this.pages.get(db.parentPageId);
    return up !== undefined && this.pageVisible(up);
  }

  /** The visible page with this id (dashed or not), else Notion's 404. */
  page(rawId: string): PageRecord {
    const id = normalizeId(rawId);
    const page = id ? this.pages.get(id) : undefined;
    if (!page || !this.pageVisible(page)) throw notFound(rawId, 'page');
    return page;
  }

  database(rawId: string): DatabaseRecord {
    const id = normalizeId(rawId);
    const db = id ? this.databases.get(id) : undefined;
    if (!db || !this.databaseVisible(db)) throw notFound(rawId, 'database');
    return db;
  }

  dataSource(rawId: string): DataSourceRecord {
    const id = normalizeId(rawId);
    const ds = id ? this.dataSources.get(id) : undefined;
    const db = ds ? this.databases.get(ds.databaseId) : undefined;
    if (!ds || !db || !this.databaseVisible(db)) throw notFound(rawId, 'data_source');
    return ds;
  }

  dataSourceOf(page: PageRecord): DataSourceRecord | undefined {
    return page.parent.type === 'data_source_id'
      ? this.dataSources.get(page.parent.dataSourceId)
      : undefined;
  }

  /** Finds a block by id in any visible page: the block, its page and its parent list. */
  findBlock(
    rawId: string,
  ): { page: PageRecord; block: StoredBlock; siblings: StoredBlock[] } | undefined {
    const id = normalizeId(rawId);
    if (!id) return undefined;
    for (const page of this.pages.values()) {
      const hit = findIn(page.blocks, id);
      if (hit) return { page, ...hit };
    }
    return undefined;
  }

  pageTitle(page: PageRecord): RichText[] {
    const ds = this.dataSourceOf(page);
    if (!ds) return page.title;
    const titleProp = ds.properties.find((p) => p.type === 'title');
    return titleProp ? ((page.values.get(titleProp.id) as RichText[] | undefined) ?? []) : [];
  }

  createPageRecord(parent: PageParent, actorId: string, shared = true, id = newId()): PageRecord {
    const page: PageRecord = {
      id,
      parent,
      values: new Map(),
      title: [],
      inTrash: false,
      isArchived: false,
      shared,
      icon: null,
      cover: null,
      blocks: [],
      ...this.audit(actorId),
    };
    this.pages.set(page.id, page);
    return page;
  }

  /**
   * Creates a database with one data source. `properties` uses Notion's request format;
   * `fromControl` also allows what only the Notion app can do (status options, self relations).
   */
  createDatabase(input: {
    title: string | RichText[];
    parentPageId: string | null;
    properties: Record<string, unknown>;
    actorId: string;
    shared?: boolean;
    fromControl?: boolean;
    /** Fixed ids, so a reset emulator keeps the ids it announced. */
    ids?: { databaseId: string; dataSourceId: string };
  }): { database: DatabaseRecord; dataSource: DataSourceRecord } {
    const title = typeof input.title === 'string' ? [textItem(input.title)] : input.title;
    const database: DatabaseRecord = {
      id: input.ids?.databaseId ?? newId(),
      title,
      description: [],
      parentPageId: input.parentPageId,
      dataSourceIds: [],
      inTrash: false,
      shared: input.shared ?? true,
      isInline: false,
      ...this.audit(input.actorId),
    };
    const dataSource: DataSourceRecord = {
      id: input.ids?.dataSourceId ?? newId(),
      databaseId: database.id,
      title,
      properties: [],
      inTrash: false,
      ...this.audit(input.actorId),
    };
    const ctx = this.schemaContext(input.fromControl ?? false, dataSource);
    const props = Object.entries(input.properties).map(([name, raw]) =>
      buildProperty(name, raw, ctx),
    );
    if (props.filter((p) => p.type === 'title').length !== 1) {
      throw validationError('A data source must have exactly one title property.');
    }
    database.dataSourceIds.push(dataSource.id);
    this.databases.set(database.id, database);
    this.dataSources.set(dataSource.id, dataSource);
    dataSource.properties = props;
    this.pairDualRelations(dataSource);
    return { database, dataSource };
  }

  schemaContext(fromControl: boolean, self?: DataSourceRecord): SchemaBuildContext {
    return {
      allowStatusOptions: fromControl,
      selfDataSourceId: self?.id,
      selfDatabaseId: self?.databaseId,
      resolveDataSource: (id) => {
        if (self && normalizeId(id) === self.id)
          return { dataSourceId: self.id, databaseId: self.databaseId };
        const ds = this.dataSource(id);
        return { dataSourceId: ds.id, databaseId: ds.databaseId };
      },
    };
  }

  /**
   * Dual relations come in pairs: each side names the other in `synced_property_*`. A side
   * whose partner does not exist yet gets one created in the target data source, as Notion does.
   */
  pairDualRelations(ds: DataSourceRecord): void {
    for (const prop of ds.properties) {
      const rel = prop.relation;
      if (!rel || rel.kind !== 'dual_property' || rel.syncedPropertyId) continue;
      const target = this.dataSources.get(rel.dataSourceId);
      if (!target) continue;
      let partner = target.properties.find(
        (p) => p !== prop && p.type === 'relation' && p.name === rel.syncedPropertyName,
      );
      if (!partner) {
        const dbTitle =
          this.databases
            .get(ds.databaseId)
            ?.title.map((t) => t.plain_text)
            .join('') ?? '';
        partner = buildProperty(
          rel.syncedPropertyName ?? `Related to ${dbTitle} (${prop.name})`,
          { relation: { data_source_id: ds.id, dual_property: {} } },
          this.schemaContext(true, target),
        );
        target.properties.push(partner);
      }
      if (!partner.relation) continue;
      partner.relation = {
        ...partner.relation,
        kind: 'dual_property',
        dataSourceId: ds.id,
        databaseId: ds.databaseId,
      };
      rel.syncedPropertyId = partner.id;
      rel.syncedPropertyName = partner.name;
      partner.relation.syncedPropertyId = prop.id;
      partner.relation.syncedPropertyName = prop.name;
    }
  }
}

function findIn(
  blocks: StoredBlock[],
  id: string,
): { block: StoredBlock; siblings: StoredBlock[] } | undefined {
  for (const block of blocks) {
    if (block.id === id) return { block, siblings: blocks };
    const inner = findIn(block.children, id);
    if (inner) return inner;
  }
  return undefined;
}
