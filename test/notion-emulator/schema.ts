import { validationError } from './errors.js';
import { newId, newPropertyId } from './ids.js';

export interface SelectOption {
  id: string;
  name: string;
  color: string;
  description: string | null;
}

export interface StatusGroup {
  id: string;
  name: string;
  color: string;
  option_ids: string[];
}

export interface RelationConfig {
  dataSourceId: string;
  databaseId: string;
  kind: 'single_property' | 'dual_property';
  syncedPropertyId?: string;
  syncedPropertyName?: string;
}

/** One column of a data source. */
export interface PropertySchema {
  id: string;
  name: string;
  type: string;
  description: string | null;
  options?: SelectOption[];
  groups?: StatusGroup[];
  relation?: RelationConfig;
  numberFormat?: string;
}

/** Property types Notion knows; the emulator stores values for the writable subset below. */
export const PROPERTY_TYPES = new Set([
  'title',
  'rich_text',
  'number',
  'select',
  'multi_select',
  'status',
  'date',
  'people',
  'files',
  'checkbox',
  'url',
  'email',
  'phone_number',
  'formula',
  'relation',
  'rollup',
  'created_time',
  'created_by',
  'last_edited_time',
  'last_edited_by',
  'unique_id',
  'button',
  'verification',
  'place',
  'location',
  'last_visited_time',
]);

export const SELECT_COLORS = new Set([
  'default',
  'gray',
  'brown',
  'orange',
  'yellow',
  'green',
  'blue',
  'purple',
  'pink',
  'red',
]);

export function newOption(
  name: string,
  color = 'default',
  description: string | null = null,
): SelectOption {
  if (name.includes(','))
    throw validationError(`Select option names cannot contain commas: "${name}".`);
  if (!SELECT_COLORS.has(color)) throw validationError(`Invalid select option color: "${color}".`);
  return { id: newId(), name, color, description };
}

/**
 * Notion creates a status property with these options; the API cannot set or change them
 * (https://developers.notion.com/reference/update-data-source-properties, "Limitations").
 */
export function defaultStatusConfig(): { options: SelectOption[]; groups: StatusGroup[] } {
  return statusConfig([
    { name: 'Not started', color: 'default', group: 'To-do' },
    { name: 'In progress', color: 'blue', group: 'In progress' },
    { name: 'Done', color: 'green', group: 'Complete' },
  ]);
}

export function statusConfig(
  entries: { name: string; color?: string; group: 'To-do' | 'In progress' | 'Complete' }[],
): { options: SelectOption[]; groups: StatusGroup[] } {
  const options = entries.map((e) => newOption(e.name, e.color ?? 'default'));
  const groupColors = { 'To-do': 'gray', 'In progress': 'blue', Complete: 'green' } as const;
  const groups = (['To-do', 'In progress', 'Complete'] as const).map((name) => ({
    id: newId(),
    name,
    color: groupColors[name],
    option_ids: options.filter((_, i) => entries[i]?.group === name).map((o) => o.id),
  }));
  return { options, groups };
}

/** Which key of a property configuration object names its type (`{select: {...}}` → select). */
export function configType(config: Record<string, unknown>): string | undefined {
  if (typeof config.type === 'string') return config.type;
  return Object.keys(config).find((key) => PROPERTY_TYPES.has(key));
}

export interface SchemaBuildContext {
  /** Resolves a relation target; throws when the data source is unknown or not shared. */
  resolveDataSource(id: string): { dataSourceId: string; databaseId: string };
  /** Status options may be given only through the emulator's control routes, not the API. */
  allowStatusOptions: boolean;
  /** Id of the data source being built, for self relations from control routes. */
  selfDataSourceId?: string;
  selfDatabaseId?: string;
}

/** Builds a column from a request configuration (`{type?, [type]: config, description?}`). */
export function buildProperty(
  name: string,
  raw: unknown,
  ctx: SchemaBuildContext,
  id = newPropertyId(),
): PropertySchema {
  if (!isRecord(raw)) throw validationError(`body.properties.${name} should be an object.`);
  const type = configType(raw);
  if (!type || !PROPERTY_TYPES.has(type)) {
    throw validationError(`body.properties.${name} has no valid property type.`);
  }
  const config = raw[type];
  if (config !== undefined && !isRecord(config)) {
    throw validationError(`body.properties.${name}.${type} should be an object.`);
  }
  const description = typeof raw.description === 'string' ? raw.description : null;
  const schema: PropertySchema = { id: type === 'title' ? 'title' : id, name, type, description };
  const cfg = (config ?? {}) as Record<string, unknown>;
  if (type === 'select' || type === 'multi_select') {
    schema.options = readOptions(cfg.options, `${name}.${type}.options`);
  } else if (type === 'status') {
    if (cfg.options !== undefined && !ctx.allowStatusOptions) {
      throw validationError(
        `Status options cannot be set through the API (property "${name}"). Create the property without options and edit them in the Notion app.`,
      );
    }
    const entries = Array.isArray(cfg.options) ? (cfg.options as unknown[]) : undefined;
    Object.assign(
      schema,
      entries
        ? statusConfig(
            entries.map((e) => {
              const o = isRecord(e) ? e : {};
              const group = o.group === 'In progress' || o.group === 'Complete' ? o.group : 'To-do';
              return {
                name: String(o.name ?? ''),
                color: typeof o.color === 'string' ? o.color : 'default',
                group,
              };
            }),
          )
        : defaultStatusConfig(),
    );
  } else if (type === 'relation') {
    schema.relation = readRelation(name, cfg, ctx);
  } else if (type === 'number') {
    schema.numberFormat = typeof cfg.format === 'string' ? cfg.format : 'number';
  }
  return schema;
}

function readOptions(raw: unknown, where: string): SelectOption[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw validationError(`body.properties.${where} should be an array.`);
  if (raw.length > 100) throw validationError(`body.properties.${where}.length should be ≤ 100.`);
  return raw.map((o) => {
    if (!isRecord(o) || typeof o.name !== 'string') {
      throw validationError(`body.properties.${where}[].name should be a string.`);
    }
    return newOption(o.name, typeof o.color === 'string' ? o.color : 'default');
  });
}

function readRelation(
  name: string,
  cfg: Record<string, unknown>,
  ctx: SchemaBuildContext,
): RelationConfig {
  const rawId = cfg.data_source_id;
  let target: { dataSourceId: string; databaseId: string };
  if (rawId === undefined && ctx.selfDataSourceId && ctx.selfDatabaseId && ctx.allowStatusOptions) {
    target = { dataSourceId: ctx.selfDataSourceId, databaseId: ctx.selfDatabaseId };
  } else if (typeof rawId === 'string') {
    target = ctx.resolveDataSource(rawId);
  } else {
    throw validationError(`body.properties.${name}.relation.data_source_id should be defined.`);
  }
  const kind =
    cfg.type === 'dual_property' || isRecord(cfg.dual_property)
      ? 'dual_property'
      : 'single_property';
  const relation: RelationConfig = { ...target, kind };
  if (kind === 'dual_property' && isRecord(cfg.dual_property)) {
    const synced = cfg.dual_property.synced_property_name;
    if (typeof synced === 'string') relation.syncedPropertyName = synced;
  }
  return relation;
}

/** The property configuration as `databases`/`data_sources` answers show it. */
export function propertyConfigResponse(p: PropertySchema): Record<string, unknown> {
  let config: Record<string, unknown> = {};
  if (p.type === 'select' || p.type === 'multi_select') config = { options: p.options ?? [] };
  else if (p.type === 'status') config = { options: p.options ?? [], groups: p.groups ?? [] };
  else if (p.type === 'number') config = { format: p.numberFormat ?? 'number' };
  else if (p.type === 'relation' && p.relation) {
    const r = p.relation;
    config = {
      database_id: r.databaseId,
      data_source_id: r.dataSourceId,
      type: r.kind,
      [r.kind]:
        r.kind === 'dual_property'
          ? {
              synced_property_id: r.syncedPropertyId ?? '',
              synced_property_name: r.syncedPropertyName ?? '',
            }
          : {},
    };
  }
  return { id: p.id, name: p.name, description: p.description, type: p.type, [p.type]: config };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
