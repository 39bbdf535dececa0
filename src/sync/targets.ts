import { IdseError } from '../errors.js';
import type { NotionDesignStore } from '../notion/design-store.js';
import { checkSchema, type CheckedSchema } from '../notion/schema-check.js';
import { compactId } from '../notion/schema-map.js';
import { runWarning, type ReportWarning } from './report.js';

/** Where one project's artifacts live in Notion. */
export interface DatabaseTarget {
  databaseId: string;
  dataSourceId?: string;
}

/** The Notion side of the configuration, after flags, environment and files are merged. */
export interface NotionTargets {
  /** Per project (`notion.databases`). */
  databases: Record<string, string>;
  /** The single database of a one-project workspace (`notion.database_id`). */
  databaseId?: string;
  dataSourceId?: string;
}

/**
 * The database of each project that has artifacts to sync. Every project needs one, and two
 * projects must not share one: each has a `__blueprint__` session, so their pages would collide.
 */
export function resolveTargets(
  projects: readonly string[],
  config: NotionTargets,
): Map<string, DatabaseTarget> {
  const targets = new Map<string, DatabaseTarget>();
  const missing: string[] = [];
  for (const project of projects) {
    const mapped = config.databases[project];
    if (mapped !== undefined) targets.set(project, { databaseId: mapped });
    else if (config.databaseId !== undefined) {
      targets.set(project, {
        databaseId: config.databaseId,
        ...(config.dataSourceId !== undefined ? { dataSourceId: config.dataSourceId } : {}),
      });
    } else missing.push(project);
  }
  if (missing.length > 0) {
    throw new IdseError(
      'database-missing',
      `No Notion database is configured for project${missing.length > 1 ? 's' : ''} ${missing.map((p) => `"${p}"`).join(', ')}.`,
      'Set IDSE_NOTION_DATABASE_ID or notion.database_id (one project), or notion.databases in .idse/.idseconfig.json (one per project).',
    );
  }
  const byDatabase = new Map<string, string[]>();
  for (const [project, target] of targets) {
    const key = compactId(target.databaseId);
    byDatabase.set(key, [...(byDatabase.get(key) ?? []), project]);
  }
  for (const [, shared] of byDatabase) {
    if (shared.length > 1) {
      throw new IdseError(
        'database-shared',
        `Projects ${shared.map((p) => `"${p}"`).join(' and ')} are aimed at the same Notion database; their pages would collide (each has a __blueprint__ session).`,
        'Give each project its own database in notion.databases, or sync one project with --project.',
      );
    }
  }
  return targets;
}

/** A project's database, opened and its schema checked. */
export interface OpenedDatabase {
  dataSourceId: string;
  schema: CheckedSchema;
}

/**
 * Opens each project's database and checks its schema, before any write: a bad token, an
 * unshared database or a missing property stops the run here. Schema warnings go to `warnings`.
 */
export async function openDatabases(
  targets: Map<string, DatabaseTarget>,
  store: NotionDesignStore,
  warnings: ReportWarning[],
): Promise<Map<string, OpenedDatabase>> {
  const databases = new Map<string, OpenedDatabase>();
  for (const [project, target] of targets) {
    const { dataSourceId, properties } = await store.openDatabase(
      target.databaseId,
      target.dataSourceId,
    );
    const schema = checkSchema(properties, target.databaseId);
    warnings.push(...schema.warnings.map((w) => runWarning(`database ${target.databaseId}: ${w}`)));
    databases.set(project, { dataSourceId, schema });
  }
  return databases;
}
