import { readFileSync } from 'node:fs';
import { IdseError } from '../errors.js';
import { readRegularFile } from './files.js';

/** The `notion` section of an `.idseconfig.json` (keys as the Python IDSE tool wrote them). */
export interface NotionConfig {
  databaseId?: string;
  dataSourceId?: string;
  /** project name → database id */
  databases?: Record<string, string>;
  /** Only ever read from the home config: a committed file must not hold a secret. */
  token?: string;
  /** Only ever taken from the home config: a committed file must not send the token elsewhere. */
  baseUrl?: string;
  /** A `base_url` the committed file holds: never used, only reported. */
  ignoredBaseUrl?: string;
}

/**
 * Reads one config file; a missing file is an empty config. `allowToken` is false for the
 * workspace's `.idse/.idseconfig.json`, which is committed: a token there is refused, its
 * `base_url` is set aside as `ignoredBaseUrl`, and the file is not read through a link. The
 * home config is the user's own and may be a link (dotfile managers make them).
 */
export function readNotionConfig(path: string, options: { allowToken: boolean }): NotionConfig {
  let raw: string;
  try {
    raw = options.allowToken ? readFileSync(path, 'utf8') : readRegularFile(path).toString('utf8');
  } catch (error) {
    if (error instanceof IdseError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      throw configError(path, 'is a symbolic link, which is never followed');
    }
    throw configError(path, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw configError(path, `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw configError(path, 'must hold a JSON object');
  }
  const notion = (data as Record<string, unknown>)['notion'];
  if (notion === undefined) return {};
  if (typeof notion !== 'object' || notion === null || Array.isArray(notion)) {
    throw configError(path, '"notion" must be an object');
  }
  const section = notion as Record<string, unknown>;
  const config: NotionConfig = {};
  const text = (key: string): string | undefined => {
    const value = section[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      throw configError(path, `"notion.${key}" must be a non-empty string`);
    }
    return value.trim();
  };
  const databaseId = text('database_id');
  if (databaseId !== undefined) config.databaseId = databaseId;
  const dataSourceId = text('data_source_id');
  if (dataSourceId !== undefined) config.dataSourceId = dataSourceId;
  const baseUrl = text('base_url');
  if (baseUrl !== undefined && options.allowToken) config.baseUrl = baseUrl;
  else if (baseUrl !== undefined) config.ignoredBaseUrl = baseUrl;
  for (const key of ['token', 'api_key', 'notion_token']) {
    if (section[key] === undefined) continue;
    if (!options.allowToken) {
      // The message must not echo the value.
      throw new IdseError(
        'token-in-committed-config',
        `${path} holds a Notion token ("notion.${key}"); this file is committed with the workspace.`,
        'Remove it from the file, revoke the token in Notion (it may be in git history), and set NOTION_TOKEN instead.',
      );
    }
    const token = text(key);
    if (token !== undefined) config.token = token;
  }
  const databases = section['databases'];
  if (databases !== undefined && databases !== null) {
    if (typeof databases !== 'object' || Array.isArray(databases)) {
      throw configError(path, '"notion.databases" must map project names to database ids');
    }
    const map: Record<string, string> = {};
    for (const [project, id] of Object.entries(databases)) {
      if (typeof id !== 'string' || id.trim() === '') {
        throw configError(path, `"notion.databases.${project}" must be a database id`);
      }
      map[project] = id.trim();
    }
    config.databases = map;
  }
  return config;
}

function configError(path: string, problem: string): IdseError {
  return new IdseError(
    'config-invalid',
    `The configuration file ${path} ${problem}.`,
    'Fix the file (see "Configuration" in the README).',
  );
}
