import { ExitCode, IdseError } from '../errors.js';
import type { NotionGateway } from './client.js';
import { isNotionCode, runStoppingError } from './notion-errors.js';

/** A select or status option as a data source reports it. */
export interface SchemaOption {
  id: string;
  name: string;
}

/** One column of a data source with the configuration `init` and `doctor` read. */
export interface SchemaProperty {
  id: string;
  name: string;
  type: string;
  select?: { options: SchemaOption[] };
  status?: { options: SchemaOption[] };
  relation?: {
    data_source_id?: string;
    database_id?: string;
    type?: string;
    dual_property?: { synced_property_name?: string; synced_property_id?: string };
  };
}

/** A data source's columns by name. */
export type SchemaProperties = Record<string, SchemaProperty>;

/** A database with its (first) data source, as `init` and `doctor` see it. */
export interface DatabaseSchema {
  databaseId: string;
  dataSourceId: string;
  title: string;
  url: string | null;
  properties: SchemaProperties;
}

/** The bot user behind a token. */
export interface BotIdentity {
  id: string;
  name: string | null;
}

/**
 * Schema administration over the run's gateway (paced and counted like every other call):
 * who the token is, a database's columns, creating a database and adding columns. Kept apart
 * from the NotionDesignStore, which reads and writes pages.
 */
export class NotionSchemaAdmin {
  constructor(private readonly gateway: NotionGateway) {}

  private get client() {
    return this.gateway.client;
  }

  /** `users.me`: the bot user of the token; a refused token is an IdseError. */
  async whoAmI(): Promise<BotIdentity> {
    try {
      const me = await this.client.users.me({});
      return { id: me.id, name: me.name ?? null };
    } catch (error) {
      throw runStoppingError(error, {}) ?? error;
    }
  }

  /** The database's first data source and its columns; 401/404 become IdseErrors. */
  async readDatabase(databaseId: string): Promise<DatabaseSchema> {
    try {
      const database = (await this.client.databases.retrieve({ database_id: databaseId })) as {
        id: string;
        url?: string;
        title?: { plain_text: string }[];
        data_sources?: { id: string }[];
      };
      const dataSourceId = database.data_sources?.[0]?.id;
      if (dataSourceId === undefined) {
        throw new IdseError(
          'database-no-data-source',
          `The Notion database ${databaseId} has no data source (it may be a linked view).`,
          'Use the id of the source database, not of a linked view of it.',
        );
      }
      const source = (await this.client.dataSources.retrieve({
        data_source_id: dataSourceId,
      })) as { properties: SchemaProperties };
      return {
        databaseId: database.id,
        dataSourceId,
        title: (database.title ?? []).map((t) => t.plain_text).join(''),
        url: database.url ?? null,
        properties: source.properties,
      };
    } catch (error) {
      throw runStoppingError(error, { databaseId }) ?? error;
    }
  }

  /**
   * Creates a database under a page with one data source of these columns. Status options
   * cannot be set through the API, so a status column gets Notion's defaults.
   * https://developers.notion.com/reference/database-create
   */
  async createDatabase(
    parentPageId: string,
    title: string,
    properties: Record<string, unknown>,
  ): Promise<{ databaseId: string; dataSourceId: string; url: string | null }> {
    try {
      const request = {
        parent: { type: 'page_id', page_id: parentPageId },
        title: [{ type: 'text', text: { content: title } }],
        initial_data_source: { properties },
      } as Parameters<typeof this.client.databases.create>[0];
      const database = (await this.client.databases.create(request)) as {
        id: string;
        url?: string;
        data_sources?: { id: string }[];
      };
      const dataSourceId = database.data_sources?.[0]?.id;
      if (dataSourceId === undefined) {
        throw new Error(`Notion created database ${database.id} without a data source`);
      }
      return { databaseId: database.id, dataSourceId, url: database.url ?? null };
    } catch (error) {
      throw parentPageError(error, parentPageId) ?? runStoppingError(error, {}) ?? error;
    }
  }

  /** Checks that the integration can see a page (for a dry run of a database create). */
  async checkParentPage(parentPageId: string): Promise<void> {
    try {
      await this.client.pages.retrieve({ page_id: parentPageId });
    } catch (error) {
      throw parentPageError(error, parentPageId) ?? runStoppingError(error, {}) ?? error;
    }
  }

  /**
   * Adds columns to a data source in one request; columns not named are left as they are.
   * https://developers.notion.com/reference/update-data-source-properties
   */
  async addProperties(
    dataSourceId: string,
    properties: Record<string, unknown>,
  ): Promise<SchemaProperties> {
    const source = (await this.client.dataSources.update({
      data_source_id: dataSourceId,
      properties: properties as Parameters<typeof this.client.dataSources.update>[0]['properties'],
    })) as { properties: SchemaProperties };
    return source.properties;
  }
}

function parentPageError(error: unknown, parentPageId: string): IdseError | undefined {
  if (!isNotionCode(error, 'object_not_found') && !isNotionCode(error, 'restricted_resource')) {
    return undefined;
  }
  return new IdseError(
    'parent-page-not-found',
    `Notion has no page ${parentPageId} that this integration can see.`,
    'Check the page id, and share the page with the integration (••• → Connections) so it may create the database there.',
    { exitCode: ExitCode.UsageOrConfig },
  );
}
