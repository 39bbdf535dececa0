import { ExitCode, IdseError } from '../errors.js';
import { describeNotionError } from '../notion/notion-errors.js';
import type { NotionSchemaAdmin } from '../notion/schema-admin.js';
import { PROPERTIES, compactId, type PropertySpec } from '../notion/schema-map.js';
import { recordDatabase } from './init-config.js';
import { emptyCounts, runWarning, type DatabaseSetup, type SyncReport } from './report.js';
import {
  STATUS_OPTIONS,
  columnConfig,
  reviewSchema,
  upstreamRelationConfig,
  type PropertyKey,
} from './schema-review.js';
import type { NotionTargets } from './targets.js';

/** What `init` is asked to do, as the entries parse it from flags, environment and config. */
export interface InitSettings {
  targets: NotionTargets;
  /** `--project`: the database is recorded under `notion.databases.<project>`. */
  project?: string;
  /** `--parent-page`: where to create a database when none is configured. */
  parentPageId?: string;
  /** `--title` of a created database. */
  title?: string;
  dryRun: boolean;
  /** The workspace's `.idse/.idseconfig.json`. */
  configPath: string;
  /** Projects that have artifacts (files or spine): one database serves only one of them. */
  projects: readonly string[];
  /** Kept out of every message (the token). */
  secrets: readonly string[];
}

export interface InitCollaborators {
  admin: NotionSchemaAdmin;
  requestCount(): number;
}

// https://developers.notion.com/reference/update-data-source-properties ("Limitations": the
// name and options of a status property cannot be changed through the API).
const STATUS_DOC = 'https://developers.notion.com/reference/update-data-source-properties';

/**
 * Sets up the Notion side: checks each configured database and adds the IDSE columns it
 * lacks (never changing or removing one), or creates a database under `--parent-page` and
 * records its id in `.idse/.idseconfig.json`. A second run changes nothing. What the API
 * cannot do is returned as `manualSteps`.
 */
export async function runInit(settings: InitSettings, c: InitCollaborators): Promise<SyncReport> {
  const warnings: string[] = [];
  const databases: DatabaseSetup[] = [];
  const statusDone: boolean[] = [];
  const configured = configuredDatabases(settings.targets, settings.project);
  if (configured.length > 0) {
    if (settings.parentPageId !== undefined) {
      warnings.push(
        '--parent-page was ignored: a database is configured already (remove it from the configuration to create a new one)',
      );
    }
    for (const target of configured) {
      const result = await completeDatabase(target, settings, c, warnings);
      databases.push(result.setup);
      statusDone.push(result.statusDone);
    }
  } else if (settings.parentPageId !== undefined) {
    databases.push(await createDatabase(settings.parentPageId, settings, c, warnings));
    statusDone.push(false);
  } else {
    throw new IdseError(
      'database-missing',
      'No Notion database is configured, and no --parent-page to create one under.',
      'Run `idse-sync init --parent-page <id or URL of a Notion page shared with the integration>` to create one, or set IDSE_NOTION_DATABASE_ID (or notion.database_id in .idse/.idseconfig.json) to use an existing one.',
    );
  }
  return {
    command: 'init',
    dryRun: settings.dryRun,
    counts: emptyCounts(),
    artifacts: [],
    warnings: warnings.map(runWarning),
    requests: c.requestCount(),
    databases,
    manualSteps: manualSteps(statusDone.every(Boolean)),
  };
}

/** A database the configuration names, and the project it is mapped to, if any. */
export interface ConfiguredDatabase {
  databaseId: string;
  project?: string;
}

/**
 * The databases the configuration names (one per id): for `project`, the one that serves it;
 * otherwise `database_id` and every database of `notion.databases`.
 */
export function configuredDatabases(
  targets: NotionTargets,
  project: string | undefined,
): ConfiguredDatabase[] {
  if (project !== undefined) {
    const id = targets.databases[project] ?? targets.databaseId;
    return id === undefined ? [] : [{ databaseId: id }];
  }
  const found = new Map<string, ConfiguredDatabase>();
  if (targets.databaseId !== undefined) {
    found.set(compactId(targets.databaseId), { databaseId: targets.databaseId });
  }
  for (const [name, id] of Object.entries(targets.databases)) {
    if (!found.has(compactId(id))) found.set(compactId(id), { databaseId: id, project: name });
  }
  return [...found.values()];
}

/** Adds the columns a configured database lacks; refuses a mistyped required column. */
async function completeDatabase(
  target: ConfiguredDatabase,
  settings: InitSettings,
  c: InitCollaborators,
  warnings: string[],
): Promise<{ setup: DatabaseSetup; statusDone: boolean }> {
  const schema = await c.admin.readDatabase(target.databaseId);
  const review = reviewSchema(schema.properties, schema.dataSourceId);
  if (review.mistypedRequired.length > 0) {
    throw new IdseError(
      'schema-mistyped',
      `The Notion database ${target.databaseId} has ${review.mistypedRequired.join('; ')}. init never changes an existing property.`,
      'In Notion, change that property to the type named (or rename it so init can add a new one), then run `idse-sync init` again.',
    );
  }
  const additions: Record<string, unknown> = {};
  for (const key of review.missing) {
    additions[PROPERTIES[key].name] = columnConfig(key as Exclude<PropertyKey, 'upstream'>);
  }
  if (review.relation.state === 'missing') {
    additions[PROPERTIES.upstream.name] = upstreamRelationConfig(schema.dataSourceId);
  } else if (review.relation.state !== 'ok') {
    warnings.push(`database ${target.databaseId}: ${review.relation.message}`);
  }
  for (const problem of review.mistypedOptional) {
    warnings.push(`database ${target.databaseId}: ${problem}; it is left alone`);
  }
  const added = Object.keys(additions);
  if (added.length > 0 && !settings.dryRun) {
    const after = await c.admin.addProperties(schema.dataSourceId, additions);
    for (const name of added) {
      if (after[name] === undefined) {
        warnings.push(`database ${target.databaseId}: Notion did not add "${name}"`);
      }
    }
  }
  return {
    setup: {
      databaseId: schema.databaseId,
      ...(target.project !== undefined ? { project: target.project } : {}),
      created: false,
      title: schema.title || null,
      addedProperties: added,
      configWritten: null,
      url: schema.url,
    },
    // A Status column added just now has Notion's default options.
    statusDone:
      review.statusOptionsMissing !== undefined && review.statusOptionsMissing.length === 0,
  };
}

/**
 * Creates the database with every column but the relation, records it in the config file
 * (so a run stopped after this point resumes by completing it), then adds Upstream Artifact:
 * a relation to itself needs the data source id the create answers.
 */
async function createDatabase(
  parentPageId: string,
  settings: InitSettings,
  c: InitCollaborators,
  warnings: string[],
): Promise<DatabaseSetup> {
  const project = settings.project;
  if (project === undefined && settings.projects.length > 1) {
    throw new IdseError(
      'project-needed',
      `This workspace has ${settings.projects.length} projects (${settings.projects.join(', ')}); each needs its own Notion database.`,
      'Run `idse-sync init --parent-page <page> --project <name>` once per project.',
    );
  }
  const columns: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(PROPERTIES) as [PropertyKey, PropertySpec][]) {
    if (key !== 'upstream') columns[spec.name] = columnConfig(key);
  }
  const names = [...Object.keys(columns), PROPERTIES.upstream.name];
  const name = project ?? (settings.projects.length === 1 ? settings.projects[0] : undefined);
  const title =
    settings.title ?? (name !== undefined ? `IDSE artifacts – ${name}` : 'IDSE artifacts');
  const key = project !== undefined ? `notion.databases.${project}` : 'notion.database_id';
  if (settings.dryRun) {
    await c.admin.checkParentPage(parentPageId);
    return {
      databaseId: null,
      ...(project !== undefined ? { project } : {}),
      created: true,
      title,
      addedProperties: names,
      configWritten: key,
      url: null,
    };
  }
  const created = await c.admin.createDatabase(parentPageId, title, columns);
  const recorded = recordDatabase(settings.configPath, created.databaseId, project);
  warnings.push(...recorded.warnings);
  try {
    await c.admin.addProperties(created.dataSourceId, {
      [PROPERTIES.upstream.name]: upstreamRelationConfig(created.dataSourceId),
    });
  } catch (error) {
    throw new IdseError(
      'init-incomplete',
      `Created the database ${created.databaseId} and recorded it in ${settings.configPath}, but adding "${PROPERTIES.upstream.name}" failed: ${describeNotionError(error, settings.secrets)}.`,
      'Run `idse-sync init` again: it adds what the database still lacks.',
      { exitCode: ExitCode.ArtifactsFailed },
    );
  }
  return {
    databaseId: created.databaseId,
    ...(project !== undefined ? { project } : {}),
    created: true,
    title,
    addedProperties: names,
    configWritten: recorded.written ? recorded.key : null,
    url: created.url,
  };
}

function manualSteps(statusDone: boolean): string[] {
  const options = STATUS_OPTIONS.join(', ');
  return [
    statusDone
      ? `Status options: the database has ${options}; nothing to do.`
      : `In Notion, open the database, click the Status column → Edit property, and make its options exactly ${options} (Draft under To-do, In Review under In progress, Locked and Superseded under Complete; delete defaults such as Not started, In progress, Done). Notion's API cannot create or edit status options (${STATUS_DOC}); until then pushes leave Status out, with a warning.`,
    'Share the database with every integration that syncs it (••• → Connections → add it), for example the one whose token CI uses; a database init created is already shared with this integration.',
  ];
}
