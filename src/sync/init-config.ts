import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { IdseError } from '../errors.js';
import { writeFileAtomic } from '../workspace/files.js';

/** Where `init` recorded a database, and whether the file changed. */
export interface RecordedDatabase {
  /** The key set, e.g. `notion.database_id` or `notion.databases.acme`. */
  key: string;
  written: boolean;
  warnings: string[];
}

/**
 * Records a database id in the workspace's `.idse/.idseconfig.json`: `notion.database_id`, or
 * `notion.databases.<project>` when a project is named. Every other key is kept; the file is
 * written atomically, and not at all when it already says so. Never writes a token.
 */
export function recordDatabase(
  path: string,
  databaseId: string,
  project: string | undefined,
): RecordedDatabase {
  const data = readObject(path);
  const notion = objectAt(data, 'notion', path);
  const warnings: string[] = [];
  let key: string;
  let changed: boolean;
  if (project !== undefined) {
    key = `notion.databases.${project}`;
    const databases = objectAt(notion, 'databases', path);
    changed = databases[project] !== databaseId;
    databases[project] = databaseId;
  } else {
    key = 'notion.database_id';
    changed = notion['database_id'] !== databaseId;
    notion['database_id'] = databaseId;
    // A data source id belongs to the database it came from; a stale one would send pushes
    // to the wrong table.
    if (notion['data_source_id'] !== undefined) {
      delete notion['data_source_id'];
      changed = true;
      warnings.push(`removed notion.data_source_id from ${path}: it belonged to another database`);
    }
  }
  // The file is `<root>/.idse/.idseconfig.json`: nothing between root and it may be a link.
  if (changed) writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`, dirname(dirname(path)));
  return { key, written: changed, warnings };
}

function readObject(path: string): Record<string, unknown> {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw invalid(path, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw invalid(path, `is not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(data)) throw invalid(path, 'must hold a JSON object');
  return data;
}

function objectAt(
  parent: Record<string, unknown>,
  key: string,
  path: string,
): Record<string, unknown> {
  const value = parent[key];
  if (value === undefined || value === null) {
    const created: Record<string, unknown> = {};
    parent[key] = created;
    return created;
  }
  if (!isObject(value)) throw invalid(path, `"${key}" must be an object`);
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(path: string, problem: string): IdseError {
  return new IdseError(
    'config-invalid',
    `The configuration file ${path} ${problem}.`,
    'Fix the file (see "Configuration" in the README), then run `idse-sync init` again.',
  );
}
