import { IdseError } from '../errors.js';
import {
  PROPERTIES,
  type PropertySpec,
  type PropertyType,
  type PropertyValue,
} from './schema-map.js';

/** A data source's properties as `dataSources.retrieve` returns them (only what we read). */
export type DataSourceProperties = Record<
  string,
  {
    id: string;
    type: string;
    name?: string;
    status?: { options?: { name: string }[] };
    select?: { options?: { name: string }[] };
  }
>;

/** Which of our properties the database has, under which name. */
export interface CheckedSchema {
  /** The database's title property (every database has exactly one, whatever its name). */
  titleName: string;
  /** Property keys of {@link PROPERTIES} present with the right type. */
  available: Set<keyof typeof PROPERTIES>;
  /** Optional properties that exist with another type: skipped, and said so. */
  warnings: string[];
  /**
   * The Status property's options, when the API listed them. Notion's API cannot add a status
   * option, so a value missing here could only fail the write: push leaves Status out instead.
   */
  statusOptions?: ReadonlySet<string>;
  /** The Stage property's options: a listing too large for one query is split by them. */
  stageOptions?: readonly string[];
}

/**
 * Checks the schema once per run, before any write: a missing or mistyped required property
 * stops the run (exit 2) with the property, its type and how to add it.
 */
export function checkSchema(properties: DataSourceProperties, databaseId: string): CheckedSchema {
  const problems: string[] = [];
  const warnings: string[] = [];
  const available = new Set<keyof typeof PROPERTIES>();
  const titleName = Object.entries(properties).find(([, p]) => p.type === 'title')?.[0];

  for (const [key, spec] of Object.entries(PROPERTIES) as [
    keyof typeof PROPERTIES,
    PropertySpec,
  ][]) {
    if (key === 'title') {
      if (titleName !== undefined) available.add(key);
      continue;
    }
    const actual = properties[spec.name];
    if (actual === undefined) {
      if (spec.required) problems.push(`"${spec.name}" is missing (add it as ${label(spec.type)})`);
      else if (key === 'sync') {
        warnings.push(
          `the database has no "Sync" text property: without it each machine trusts only its own ` +
            'spine; run `idse-sync init` to add it',
        );
      }
      continue;
    }
    if (actual.type !== spec.type) {
      const message = `"${spec.name}" is ${label(actual.type)}, not ${label(spec.type)}`;
      if (spec.required) problems.push(`${message} (change its type in Notion)`);
      else warnings.push(`${message}; it is left alone`);
      continue;
    }
    available.add(key);
  }
  if (problems.length > 0) {
    throw new IdseError(
      'schema-invalid',
      `The Notion database ${databaseId} does not have the IDSE properties: ${problems.join('; ')}.`,
      'Fix the properties in Notion (or run `idse-sync init` to create a database), then run again.',
    );
  }
  const options = properties[PROPERTIES.status.name]?.status?.options;
  const stages = properties[PROPERTIES.stage.name]?.select?.options;
  return {
    titleName: titleName ?? PROPERTIES.title.name,
    available,
    warnings,
    ...(options !== undefined ? { statusOptions: new Set(options.map((o) => o.name)) } : {}),
    ...(stages !== undefined ? { stageOptions: stages.map((o) => o.name) } : {}),
  };
}

function label(type: string): string {
  const names: Record<string, string> = {
    title: 'a Title',
    select: 'a Select',
    rich_text: 'a Text',
    status: 'a Status',
    relation: 'a Relation',
  };
  return names[type] ?? `a "${type}" property`;
}

/** A page property as Notion returns it (only the parts we read). */
export interface PagePropertyValue {
  id?: string;
  type: string;
  title?: { plain_text: string }[];
  rich_text?: { plain_text: string }[];
  select?: { name: string } | null;
  status?: { name: string } | null;
  relation?: { id: string }[];
  has_more?: boolean;
}

/** A page's property in the comparable form of {@link PropertyValue}; undefined when empty. */
export function readValue(
  property: PagePropertyValue | undefined,
  type: PropertyType,
): PropertyValue | undefined {
  if (property === undefined || property.type !== type) return undefined;
  switch (type) {
    case 'title':
    case 'rich_text': {
      const text = (property[type] ?? []).map((part) => part.plain_text).join('');
      return text === '' ? undefined : { type, text };
    }
    case 'select':
    case 'status': {
      const name = property[type]?.name;
      return name === undefined ? undefined : { type, name };
    }
    case 'relation':
      return { type, ids: (property.relation ?? []).map((r) => r.id) };
  }
}
