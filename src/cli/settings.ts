import { join } from 'node:path';
import { IdseError } from '../errors.js';
import type { NotionTargets } from '../sync/targets.js';
import { readNotionConfig } from '../workspace/config.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import type { CliIo } from './io.js';

/** How to reach Notion, merged from environment and config files (DESIGN.md section 5). */
export interface NotionSettings {
  token: string;
  baseUrl?: string;
  targets: NotionTargets;
}

/**
 * Highest first: environment (`NOTION_TOKEN`, `IDSE_NOTION_DATABASE_ID`, `NOTION_BASE_URL`),
 * `.idse/.idseconfig.json`, then `~/.idseconfig.json`. The token is never taken from the
 * workspace's file: it is committed.
 */
export function resolveNotionSettings(layout: WorkspaceLayout, io: CliIo): NotionSettings {
  const workspace = readNotionConfig(join(layout.idseDir, '.idseconfig.json'), {
    allowToken: false,
  });
  const home = io.env['HOME'];
  const user = home ? readNotionConfig(join(home, '.idseconfig.json'), { allowToken: true }) : {};
  const env = (name: string) => {
    const value = io.env[name]?.trim();
    return value ? value : undefined;
  };
  const token = env('NOTION_TOKEN') ?? user.token;
  if (token === undefined) {
    throw new IdseError(
      'token-missing',
      'No Notion token: NOTION_TOKEN is not set.',
      'Create an internal integration in Notion, share the database with it, and export NOTION_TOKEN=<its secret>.',
    );
  }
  const databaseId = env('IDSE_NOTION_DATABASE_ID') ?? workspace.databaseId ?? user.databaseId;
  const dataSourceId = workspace.dataSourceId ?? user.dataSourceId;
  const baseUrl = env('NOTION_BASE_URL') ?? workspace.baseUrl ?? user.baseUrl;
  return {
    token,
    ...(baseUrl !== undefined ? { baseUrl } : {}),
    targets: {
      databases: { ...user.databases, ...workspace.databases },
      ...(databaseId !== undefined ? { databaseId } : {}),
      // A data source id only belongs with the database id it came with.
      ...(dataSourceId !== undefined && env('IDSE_NOTION_DATABASE_ID') === undefined
        ? { dataSourceId }
        : {}),
    },
  };
}
