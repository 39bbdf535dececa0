import { APIResponseError } from '@notionhq/client';
import { MAX_RELATION_IDS, PaginationGuard } from './bounds.js';
import type { NotionGateway } from './client.js';
import { NotionFiles } from './files.js';
import { isNotionCode, runStoppingError } from './notion-errors.js';
import { listEveryRow, type QueryAnswer } from './page-listing.js';
import { PROPERTIES } from './schema-map.js';
import type { DataSourceProperties, PagePropertyValue } from './schema-check.js';

/** A database row as this tool sees it. */
export interface RemotePage {
  id: string;
  url: string | null;
  createdTime: string;
  createdBy: string;
  lastEditedTime: string;
  lastEditedBy: string;
  inTrash: boolean;
  /** In its data source's archive partition (a live query does not return it). */
  isArchived: boolean;
  properties: Record<string, PagePropertyValue>;
}

/** What a body write left: Notion's rendering, and what it said it changed or ignored. */
export interface WrittenMarkdown {
  markdown: string;
  warnings: string[];
}

/** A page body as Notion renders it in Notion-flavored Markdown v2. */
export interface RemoteMarkdown {
  markdown: string;
  truncated: boolean;
  unknownBlockIds: string[];
}

// Every markdown call says which dialect it speaks; SDK 5.26 has no typed field for it.
// https://developers.notion.com/guides/data-apis/migrate-to-notion-flavored-markdown-v2
const MARKDOWN_VERSION = 'v2';

/**
 * The Notion side of the sync (named after the Python IDSE tool's NotionDesignStore), over the
 * official REST API.
 * Every call goes through the run's gateway, so it is paced and counted.
 */
export class NotionDesignStore {
  private botId: string | undefined;
  private botLookup: Promise<string> | undefined;
  /** Uploads and the media blocks that show them. */
  readonly files: NotionFiles;

  constructor(private readonly gateway: NotionGateway) {
    this.files = new NotionFiles(gateway);
  }

  private get client() {
    return this.gateway.client;
  }

  /**
   * The bot user of our integration: pages it created are the only ones we may trash, and a
   * page it edited last needs no read. One lookup per run at most, shared by concurrent callers
   * (none when a create's answer named it first). Not cached in the spine: the spine is
   * committed and shared, and a bot id taken for another integration's would skip the reads
   * that find a teammate's edits.
   */
  async botUserId(): Promise<string> {
    if (this.botId !== undefined) return this.botId;
    this.botLookup ??= this.client.users.me({}).then(
      (me) => (this.botId = me.id),
      (error: unknown) => {
        this.botLookup = undefined;
        throw runStoppingError(error, {}) ?? error;
      },
    );
    return this.botLookup;
  }

  /** The database's data source and its properties; stops the run if it cannot be read. */
  async openDatabase(
    databaseId: string,
    dataSourceId?: string,
  ): Promise<{ dataSourceId: string; properties: DataSourceProperties }> {
    try {
      let id = dataSourceId;
      if (id === undefined) {
        const database = (await this.client.databases.retrieve({ database_id: databaseId })) as {
          data_sources?: { id: string }[];
        };
        id = database.data_sources?.[0]?.id;
        if (id === undefined) throw new Error(`database ${databaseId} has no data source`);
      }
      const source = (await this.client.dataSources.retrieve({ data_source_id: id })) as {
        properties: DataSourceProperties;
      };
      return { dataSourceId: id, properties: source.properties };
    } catch (error) {
      throw runStoppingError(error, { databaseId }) ?? error;
    }
  }

  /**
   * Every page of the data source's live partition, or with `archived` its archive partition:
   * ⌈pages/100⌉ requests while the result stays under Notion's query result limit, narrowed
   * further when it does not (see {@link listEveryRow}); never an incomplete list. With
   * `editedSince`, only pages edited on or after it: `last_edited_time` is rounded down to the
   * minute, so callers pass an `editedSince` that overlaps the previous read. Trashed pages are
   * in neither partition: a page known and missing is retrieved to learn why.
   */
  async listPages(
    dataSourceId: string,
    options: { editedSince?: string; archived?: boolean; stageOptions?: readonly string[] } = {},
  ): Promise<RemotePage[]> {
    const rows = await listEveryRow(
      (body) =>
        this.client.request<QueryAnswer>({
          path: `data_sources/${dataSourceId}/query`,
          method: 'post',
          body,
        }),
      {
        conditions:
          options.editedSince === undefined
            ? []
            : [
                {
                  timestamp: 'last_edited_time',
                  last_edited_time: { on_or_after: options.editedSince },
                },
              ],
        archived: options.archived === true,
        ...(options.stageOptions !== undefined
          ? { split: { property: PROPERTIES.stage.name, options: options.stageOptions } }
          : {}),
        what: `the ${options.archived === true ? 'archived' : 'live'} pages of data source ${dataSourceId}`,
      },
    );
    return rows
      .filter((row) => row.object === 'page' && 'properties' in row)
      .map((row) => toRemotePage(row));
  }

  /** One page, or undefined when it does not exist for us (deleted, never shared). */
  async getPage(pageId: string): Promise<RemotePage | undefined> {
    try {
      const page = await this.client.pages.retrieve({ page_id: pageId });
      return 'properties' in page ? toRemotePage(page) : undefined;
    } catch (error) {
      if (isNotionCode(error, 'object_not_found') || isNotionCode(error, 'validation_error')) {
        return undefined;
      }
      throw error;
    }
  }

  /** Display names of Notion users (for commit messages); an id stands in for one it cannot read. */
  async userNames(ids: readonly string[]): Promise<string[]> {
    const names: string[] = [];
    for (const id of ids) {
      try {
        const user = await this.client.users.retrieve({ user_id: id });
        names.push(user.name ?? id);
      } catch {
        names.push(id);
      }
    }
    return names;
  }

  /** All ids of a relation property: the page object lists 25 at most. */
  async relationIds(pageId: string, propertyId: string): Promise<string[]> {
    const ids: string[] = [];
    const guard = new PaginationGuard(`the relation of page ${pageId}`, MAX_RELATION_IDS);
    let cursor: string | undefined;
    do {
      const response = (await this.client.pages.properties.retrieve({
        page_id: pageId,
        property_id: propertyId,
        ...(cursor !== undefined ? { start_cursor: cursor } : {}),
      })) as {
        results?: { relation?: { id: string } }[];
        has_more?: boolean;
        next_cursor?: string | null;
      };
      for (const item of response.results ?? []) if (item.relation) ids.push(item.relation.id);
      cursor = guard.next(response, response.results?.length ?? 0);
    } while (cursor !== undefined);
    return ids;
  }

  /**
   * A block's subtree from an earlier read's `unknown_block_ids`
   * (https://developers.notion.com/reference/retrieve-page-markdown), or undefined when Notion
   * answers 404: the block is content not shared with the integration.
   */
  async readSubtree(blockId: string): Promise<RemoteMarkdown | undefined> {
    try {
      return await this.readMarkdown(blockId);
    } catch (error) {
      if (isNotionCode(error, 'object_not_found')) return undefined;
      throw error;
    }
  }

  async readMarkdown(pageId: string): Promise<RemoteMarkdown> {
    const response = await this.client.request<{
      markdown: string;
      truncated?: boolean;
      unknown_block_ids?: string[];
    }>({
      path: `pages/${pageId}/markdown`,
      method: 'get',
      query: { markdown_version: MARKDOWN_VERSION },
    });
    return {
      markdown: response.markdown,
      truncated: response.truncated === true,
      unknownBlockIds: response.unknown_block_ids ?? [],
    };
  }

  /**
   * Creates a row with its body. A create answered 503 may have been saved all the same
   * (`additional_data.committed_resource_id`): that page is returned instead of an error, so
   * the caller never creates twice.
   */
  async createPage(
    dataSourceId: string,
    properties: Record<string, unknown>,
    markdown: string,
  ): Promise<RemotePage> {
    try {
      const page = await this.client.request<Record<string, unknown>>({
        path: 'pages',
        method: 'post',
        body: {
          parent: { type: 'data_source_id', data_source_id: dataSourceId },
          properties,
          markdown,
          markdown_version: MARKDOWN_VERSION,
        },
      });
      const created = toRemotePage(page);
      // The page's creator is this integration's bot user: learnt here, no request needed.
      if (this.botId === undefined && created.createdBy !== '') this.botId = created.createdBy;
      return created;
    } catch (error) {
      const committed = committedResourceId(error);
      if (committed !== undefined) {
        const page = await this.getPage(committed);
        if (page !== undefined) return page;
      }
      throw error;
    }
  }

  /**
   * Replaces the body; Notion keeps the ids of unchanged blocks. Returns the new rendering and
   * the `warnings` a synchronous v2 answer carries "when the parser changed or ignored part of
   * your content" (https://developers.notion.com/reference/update-page-markdown).
   */
  async replaceMarkdown(pageId: string, markdown: string): Promise<WrittenMarkdown> {
    const response = await this.client.request<{ markdown: string; warnings?: unknown[] }>({
      path: `pages/${pageId}/markdown`,
      method: 'patch',
      body: {
        type: 'replace_content',
        replace_content: { new_str: markdown },
        markdown_version: MARKDOWN_VERSION,
      },
    });
    return { markdown: response.markdown, warnings: (response.warnings ?? []).map(warningText) };
  }

  async updateProperties(pageId: string, properties: Record<string, unknown>): Promise<RemotePage> {
    const page = await this.client.pages.update({
      page_id: pageId,
      properties: properties as Parameters<typeof this.client.pages.update>[0]['properties'],
    });
    return toRemotePage(page as unknown as Record<string, unknown>);
  }

  /** Moves a page to the trash (Notion keeps it 30 days; nothing is deleted for good). */
  async trashPage(pageId: string): Promise<void> {
    await this.client.pages.update({ page_id: pageId, in_trash: true } as Parameters<
      typeof this.client.pages.update
    >[0]);
  }
}

/** The `warnings` entries' shape is not documented: a message, a code, or the entry itself. */
function warningText(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  if (typeof entry === 'object' && entry !== null) {
    const { message, code } = entry as { message?: unknown; code?: unknown };
    if (typeof message === 'string') return message;
    if (typeof code === 'string') return code;
  }
  return JSON.stringify(entry);
}

function committedResourceId(error: unknown): string | undefined {
  if (!APIResponseError.isAPIResponseError(error) || error.status !== 503) return undefined;
  const id = (error.additional_data as { committed_resource_id?: unknown } | undefined)
    ?.committed_resource_id;
  return typeof id === 'string' ? id : undefined;
}

/** A page object from any endpoint, as this tool sees it. */
export function toRemotePage(raw: object): RemotePage {
  const page = raw as Record<string, unknown> & {
    id: string;
    url?: string;
    created_time: string;
    last_edited_time: string;
    created_by?: { id: string };
    last_edited_by?: { id: string };
    in_trash?: boolean;
    archived?: boolean;
    is_archived?: boolean;
    properties: Record<string, PagePropertyValue>;
  };
  return {
    id: page.id,
    url: page.url ?? null,
    createdTime: page.created_time,
    createdBy: page.created_by?.id ?? '',
    lastEditedTime: page.last_edited_time,
    lastEditedBy: page.last_edited_by?.id ?? '',
    inTrash: page.in_trash === true || page.archived === true,
    isArchived: page.is_archived === true,
    properties: page.properties,
  };
}
