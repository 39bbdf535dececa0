import { join } from 'node:path';
import { IdseError } from '../errors.js';
import {
  checkNotionApiHost,
  committedBaseUrlWarning,
  type NotionApiHost,
} from '../notion/api-host.js';
import { runWarning, type SyncReport } from '../sync/report.js';
import type { NotionTargets } from '../sync/targets.js';
import { readNotionConfig, type NotionConfig } from '../workspace/config.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import type { CliIo } from './io.js';

/** How to reach Notion, merged from environment and config files (ARCHITECTURE.md "Contracts"). */
export interface NotionSettings {
  token: string;
  baseUrl?: string;
  /** Set when requests go anywhere but https://api.notion.com: says where, and who said so. */
  apiNotice?: string;
  targets: NotionTargets;
  /** What the run must say about the configuration (a committed base_url that was ignored). */
  warnings: string[];
}

/**
 * Highest first: environment (`NOTION_TOKEN`, `IDSE_NOTION_DATABASE_ID`, `NOTION_BASE_URL`),
 * `.idse/.idseconfig.json`, then `~/.idseconfig.json`. Neither the token nor the API host is
 * ever taken from the workspace's file: it is committed, and anyone who can open a pull
 * request can write it. A token from the home config joins the secrets kept out of output.
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
  io.secrets?.add(user.token);
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
  const host = resolveNotionApiHost(io, user);
  const warnings =
    workspace.ignoredBaseUrl === undefined
      ? []
      : [committedBaseUrlWarning(workspace.ignoredBaseUrl)];
  // Said at once, not only in the report: a run that stops early still says it.
  for (const warning of warnings) io.stderr.write(`idse-sync: warning: ${warning}\n`);
  return {
    token,
    ...(host.baseUrl !== undefined ? { baseUrl: host.baseUrl } : {}),
    ...(host.notice !== undefined ? { apiNotice: host.notice } : {}),
    warnings,
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

/**
 * The API host: `NOTION_BASE_URL`, else `base_url` in `~/.idseconfig.json` (`homeConfig`, when
 * the caller has read it), else Notion's. Never the workspace's committed config.
 */
export function resolveNotionApiHost(io: CliIo, homeConfig?: NotionConfig): NotionApiHost {
  const fromEnv = io.env['NOTION_BASE_URL']?.trim();
  if (fromEnv) return checkNotionApiHost(fromEnv, 'NOTION_BASE_URL');
  const home = io.env['HOME'];
  const user =
    homeConfig ??
    (home ? readNotionConfig(join(home, '.idseconfig.json'), { allowToken: true }) : {});
  return checkNotionApiHost(user.baseUrl, 'base_url in ~/.idseconfig.json');
}

/** Puts what the settings must say into a run's report: where Notion was reached, and why. */
export function noteSettings(report: SyncReport, notion: NotionSettings): SyncReport {
  report.warnings.unshift(...notion.warnings.map(runWarning));
  if (notion.apiNotice !== undefined) report.notionApi = notion.apiNotice;
  return report;
}
