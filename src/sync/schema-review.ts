import type { SchemaProperties, SchemaProperty } from '../notion/schema-admin.js';
import {
  DOWNSTREAM_PROPERTY,
  PROPERTIES,
  STAGE_LABELS,
  STATUS_LABELS,
  compactId,
  stageFromNotion,
  type PropertySpec,
} from '../notion/schema-map.js';

export type PropertyKey = keyof typeof PROPERTIES;

/** The Status options the push writes, in pipeline order. */
export const STATUS_OPTIONS: readonly string[] = [...new Set(Object.values(STATUS_LABELS))];

/** How the Upstream Artifact relation stands. */
export type RelationState =
  | 'ok'
  /** Absent, and `init` can add it. */
  | 'missing'
  /** Absent, but a column already has the name its dual would take. */
  | 'blocked'
  | 'mistyped'
  | 'one-way'
  /** A relation to another data source. */
  | 'elsewhere';

/** What a data source has of the IDSE schema, and what it lacks. */
export interface SchemaReview {
  /** The title column, whatever its name. */
  titleName: string | undefined;
  /** Required columns of another type, as sentences naming the column and both types. */
  mistypedRequired: string[];
  /** Columns (other than the title) that do not exist; `init` can add them. */
  missing: PropertyKey[];
  /** Optional columns of another type: never changed, only reported. */
  mistypedOptional: string[];
  /** Status options the push needs that the column lacks; undefined without a Status column. */
  statusOptionsMissing: string[] | undefined;
  /** Status options beyond the four. */
  statusOptionsExtra: string[];
  /** Stage labels without an option (the push adds a select option on first use). */
  stageOptionsMissing: string[] | undefined;
  relation: { state: RelationState; message: string };
}

/**
 * Compares a data source's columns with the IDSE schema (ARCHITECTURE.md "The Notion database").
 */
export function reviewSchema(properties: SchemaProperties, dataSourceId: string): SchemaReview {
  const titleName = Object.entries(properties).find(([, p]) => p.type === 'title')?.[0];
  const review: SchemaReview = {
    titleName,
    mistypedRequired: [],
    missing: [],
    mistypedOptional: [],
    statusOptionsMissing: undefined,
    statusOptionsExtra: [],
    stageOptionsMissing: undefined,
    relation: reviewRelation(properties, dataSourceId),
  };
  for (const [key, spec] of Object.entries(PROPERTIES) as [PropertyKey, PropertySpec][]) {
    if (key === 'title' || key === 'upstream') continue;
    const actual = properties[spec.name];
    if (actual === undefined) review.missing.push(key);
    else if (actual.type !== spec.type) {
      const sentence = `"${spec.name}" is ${typeLabel(actual.type)}, not ${typeLabel(spec.type)}`;
      (spec.required ? review.mistypedRequired : review.mistypedOptional).push(sentence);
    }
  }
  const status = properties[PROPERTIES.status.name];
  if (status?.type === 'status') {
    const names = (status.status?.options ?? []).map((o) => o.name);
    review.statusOptionsMissing = STATUS_OPTIONS.filter((name) => !names.includes(name));
    review.statusOptionsExtra = names.filter((name) => !STATUS_OPTIONS.includes(name));
  }
  const stage = properties[PROPERTIES.stage.name];
  if (stage?.type === 'select') {
    const covered = new Set<string | undefined>(
      (stage.select?.options ?? []).map((o) => stageFromNotion(o.name)),
    );
    review.stageOptionsMissing = Object.entries(STAGE_LABELS)
      .filter(([stageKey]) => !covered.has(stageKey))
      .map(([, label]) => label);
  }
  return review;
}

function reviewRelation(
  properties: SchemaProperties,
  dataSourceId: string,
): SchemaReview['relation'] {
  const name = PROPERTIES.upstream.name;
  const upstream: SchemaProperty | undefined = properties[name];
  if (upstream === undefined) {
    if (properties[DOWNSTREAM_PROPERTY] !== undefined) {
      return {
        state: 'blocked',
        message:
          `"${name}" is missing and a "${DOWNSTREAM_PROPERTY}" column already exists, so it ` +
          'cannot be added as its two-way partner; upstream links are not written',
      };
    }
    return { state: 'missing', message: `"${name}" is missing; upstream links are not written` };
  }
  if (upstream.type !== 'relation') {
    return {
      state: 'mistyped',
      message: `"${name}" is ${typeLabel(upstream.type)}, not a Relation; it is left alone`,
    };
  }
  const relation = upstream.relation ?? {};
  if (
    relation.data_source_id !== undefined &&
    compactId(relation.data_source_id) !== compactId(dataSourceId)
  ) {
    return {
      state: 'elsewhere',
      message: `"${name}" relates to another data source (${relation.data_source_id}), not to this one`,
    };
  }
  if (relation.type !== 'dual_property') {
    return {
      state: 'one-way',
      message: `"${name}" is a one-way relation: Notion keeps no "${DOWNSTREAM_PROPERTY}" for it`,
    };
  }
  const partner = relation.dual_property?.synced_property_name ?? DOWNSTREAM_PROPERTY;
  return { state: 'ok', message: `"${name}" is a two-way relation with "${partner}"` };
}

/** The column configuration `init` creates for one IDSE property. */
export function columnConfig(key: Exclude<PropertyKey, 'upstream'>): Record<string, unknown> {
  const spec = PROPERTIES[key];
  switch (spec.type) {
    case 'title':
      return { title: {} };
    case 'rich_text':
      return { rich_text: {} };
    case 'status':
      // The API creates a status column with Notion's default options and cannot set others.
      return { status: {} };
    case 'select':
      return {
        select: {
          options: key === 'stage' ? Object.values(STAGE_LABELS).map((name) => ({ name })) : [],
        },
      };
  }
}

/** Upstream Artifact as a two-way relation of the data source to itself. */
export function upstreamRelationConfig(dataSourceId: string): Record<string, unknown> {
  return {
    relation: {
      data_source_id: dataSourceId,
      type: 'dual_property',
      dual_property: { synced_property_name: DOWNSTREAM_PROPERTY },
    },
  };
}

/** "a Select", "a Text"… as Notion's app names the types. */
export function typeLabel(type: string): string {
  const names: Record<string, string> = {
    title: 'a Title',
    select: 'a Select',
    multi_select: 'a Multi-select',
    rich_text: 'a Text',
    status: 'a Status',
    relation: 'a Relation',
  };
  return names[type] ?? `a "${type}" property`;
}
