import { isoRoundedToMinute } from './clock.js';
import { validationError } from './errors.js';
import { normalizeId } from './ids.js';
import { MAX_ARRAY, MAX_URL_LENGTH, readRichTextArray, type RichText } from './rich-text.js';
import { isRecord, newOption, type PropertySchema, type SelectOption } from './schema.js';
import type { DataSourceRecord, PageRecord, Store } from './store.js';

/** Page property values hold at most 25 page references; the property item endpoint pages the rest. */
export const PAGE_REFERENCE_LIMIT = 25;

const READ_ONLY = new Set([
  'formula',
  'rollup',
  'created_time',
  'created_by',
  'last_edited_time',
  'last_edited_by',
  'unique_id',
  'button',
  'verification',
  'location',
  'last_visited_time',
  'place',
  'files',
]);

type Change = () => void;

export function findProperty(ds: DataSourceRecord, key: string): PropertySchema | undefined {
  const decoded = safeDecode(key);
  return (
    ds.properties.find((p) => p.name === key) ??
    ds.properties.find((p) => p.id === key || safeDecode(p.id) === decoded)
  );
}

/**
 * Validates every property of a create/update request against the data source schema and only
 * then applies them all, so a rejected request changes nothing.
 */
export function writeProperties(
  store: Store,
  page: PageRecord,
  ds: DataSourceRecord,
  raw: unknown,
  actorId: string,
): void {
  if (raw === undefined) return;
  if (!isRecord(raw)) throw validationError('body.properties should be an object.');
  const changes: Change[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const prop = findProperty(ds, key);
    if (!prop) throw validationError(`${key} is not a property that exists.`);
    changes.push(planWrite(store, page, prop, value));
  }
  for (const change of changes) change();
  if (changes.length > 0) store.touch(page, actorId);
}

function planWrite(store: Store, page: PageRecord, prop: PropertySchema, raw: unknown): Change {
  if (!isRecord(raw)) throw validationError(`${prop.name} should be an object.`);
  const given =
    typeof raw.type === 'string'
      ? raw.type
      : Object.keys(raw).find((k) => k !== 'id' && k !== 'type');
  if (given !== prop.type) {
    throw validationError(`${prop.name} is expected to be ${prop.type}.`);
  }
  if (READ_ONLY.has(prop.type)) {
    throw validationError(
      `${prop.name} is a ${prop.type} property and cannot be written through the API.`,
    );
  }
  const value = raw[prop.type];
  const where = `body.properties.${prop.name}.${prop.type}`;
  const set =
    (v: unknown): Change =>
    () =>
      page.values.set(prop.id, v);
  switch (prop.type) {
    case 'title':
    case 'rich_text':
      return set(readRichTextArray(value, where));
    case 'number':
      if (value !== null && typeof value !== 'number')
        throw validationError(`${where} should be a number or null.`);
      return set(value);
    case 'checkbox':
      if (typeof value !== 'boolean') throw validationError(`${where} should be a boolean.`);
      return set(value);
    case 'url':
    case 'email':
    case 'phone_number': {
      if (value !== null && typeof value !== 'string')
        throw validationError(`${where} should be a string or null.`);
      const max = prop.type === 'url' ? MAX_URL_LENGTH : 200;
      if (typeof value === 'string' && value.length > max) {
        throw validationError(
          `${where}.length should be ≤ \`${max}\`, instead was \`${value.length}\`.`,
        );
      }
      return set(value);
    }
    case 'date':
      if (value === null) return set(null);
      if (
        !isRecord(value) ||
        typeof value.start !== 'string' ||
        Number.isNaN(Date.parse(value.start))
      ) {
        throw validationError(`${where}.start should be an ISO 8601 date string.`);
      }
      return set({
        start: value.start,
        end: typeof value.end === 'string' ? value.end : null,
        time_zone: null,
      });
    case 'select':
      return planSelect(prop, value, where, false, set);
    case 'status':
      return planSelect(prop, value, where, true, set);
    case 'multi_select': {
      if (!Array.isArray(value)) throw validationError(`${where} should be an array.`);
      if (value.length > MAX_ARRAY)
        throw validationError(
          `${where}.length should be ≤ \`${MAX_ARRAY}\`, instead was \`${value.length}\`.`,
        );
      const created: SelectOption[] = [];
      const ids = value.map((v) => resolveOption(prop, v, where, false, created).id);
      return () => {
        prop.options?.push(...created);
        page.values.set(prop.id, ids);
      };
    }
    case 'people': {
      if (!Array.isArray(value)) throw validationError(`${where} should be an array.`);
      if (value.length > MAX_ARRAY)
        throw validationError(
          `${where}.length should be ≤ \`${MAX_ARRAY}\`, instead was \`${value.length}\`.`,
        );
      const ids = value.map((v) => {
        const id = isRecord(v) && typeof v.id === 'string' ? normalizeId(v.id) : undefined;
        if (!id || !store.users.has(id))
          throw validationError(`${where} contains an unknown user.`);
        return id;
      });
      return set(ids);
    }
    case 'relation':
      return planRelation(store, page, prop, value, where);
    default:
      throw validationError(
        `${prop.name}: writing ${prop.type} properties is not supported by the emulator.`,
      );
  }
}

function planSelect(
  prop: PropertySchema,
  value: unknown,
  where: string,
  isStatus: boolean,
  set: (v: unknown) => Change,
): Change {
  if (value === null) return set(null);
  const created: SelectOption[] = [];
  const option = resolveOption(prop, value, where, isStatus, created);
  return () => {
    prop.options?.push(...created);
    set(option.id)();
  };
}

/** Select options are created on first use; status options must already exist. */
function resolveOption(
  prop: PropertySchema,
  value: unknown,
  where: string,
  isStatus: boolean,
  created: SelectOption[],
): SelectOption {
  if (!isRecord(value)) throw validationError(`${where} should be an object with a name or an id.`);
  const options = [...(prop.options ?? []), ...created];
  if (typeof value.id === 'string') {
    const byId = options.find((o) => o.id === value.id);
    if (!byId) throw validationError(`${where}: no option with id "${value.id}".`);
    return byId;
  }
  if (typeof value.name !== 'string') throw validationError(`${where}.name should be a string.`);
  const byName = options.find((o) => o.name === value.name);
  if (byName) return byName;
  if (isStatus) {
    throw validationError(
      `Invalid status option. Status option "${value.name}" does not exist for property "${prop.name}".`,
    );
  }
  const option = newOption(value.name, typeof value.color === 'string' ? value.color : 'default');
  created.push(option);
  return option;
}

function planRelation(
  store: Store,
  page: PageRecord,
  prop: PropertySchema,
  value: unknown,
  where: string,
): Change {
  const rel = prop.relation;
  if (!rel) throw validationError(`${prop.name} has no relation configuration.`);
  if (!Array.isArray(value)) throw validationError(`${where} should be an array.`);
  // https://developers.notion.com/reference/request-limits: any relation, 100 related pages per request
  if (value.length > MAX_ARRAY) {
    throw validationError(
      `${where}.length should be ≤ \`${MAX_ARRAY}\`, instead was \`${value.length}\`.`,
    );
  }
  const ids: string[] = [];
  for (const item of value) {
    const id = isRecord(item) && typeof item.id === 'string' ? normalizeId(item.id) : undefined;
    const target = id ? store.pages.get(id) : undefined;
    if (!id || !target || !store.pageVisible(target)) {
      throw validationError(
        `${where}: related page ${isRecord(item) ? String(item.id) : ''} does not exist or is not shared with the integration.`,
      );
    }
    if (
      target.parent.type !== 'data_source_id' ||
      target.parent.dataSourceId !== rel.dataSourceId
    ) {
      throw validationError(`${where}: page ${id} is not in the related data source.`);
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return () => {
    const before = (page.values.get(prop.id) as string[] | undefined) ?? [];
    page.values.set(prop.id, ids);
    if (rel.kind !== 'dual_property' || !rel.syncedPropertyId) return;
    const synced = rel.syncedPropertyId;
    for (const removed of before.filter((id) => !ids.includes(id))) {
      const other = store.pages.get(removed);
      if (other)
        other.values.set(
          synced,
          ((other.values.get(synced) as string[] | undefined) ?? []).filter((x) => x !== page.id),
        );
    }
    for (const added of ids.filter((id) => !before.includes(id))) {
      const other = store.pages.get(added);
      const current = (other?.values.get(synced) as string[] | undefined) ?? [];
      if (other && !current.includes(page.id)) other.values.set(synced, [...current, page.id]);
    }
  };
}

/** A page's property value as `pages.retrieve` and queries show it. */
export function propertyValueResponse(
  store: Store,
  page: PageRecord,
  prop: PropertySchema,
): Record<string, unknown> {
  const v = page.values.get(prop.id);
  const base = { id: prop.id, type: prop.type };
  const option = (id: unknown) => {
    const o = prop.options?.find((x) => x.id === id);
    return o ? { id: o.id, name: o.name, color: o.color } : null;
  };
  const user = (id: string) => ({ object: 'user', id });
  switch (prop.type) {
    case 'title':
    case 'rich_text':
      return { ...base, [prop.type]: (v as RichText[] | undefined) ?? [] };
    case 'select':
    case 'status':
      return { ...base, [prop.type]: option(v) };
    case 'multi_select':
      return {
        ...base,
        multi_select: ((v as string[] | undefined) ?? []).map(option).filter(Boolean),
      };
    case 'relation': {
      const ids = visibleRelations(store, v);
      return {
        ...base,
        relation: ids.slice(0, PAGE_REFERENCE_LIMIT).map((id) => ({ id })),
        has_more: ids.length > PAGE_REFERENCE_LIMIT,
      };
    }
    case 'people':
      return { ...base, people: ((v as string[] | undefined) ?? []).map(user) };
    case 'checkbox':
      return { ...base, checkbox: v === true };
    case 'created_time':
      return { ...base, created_time: isoRoundedToMinute(page.createdTime) };
    case 'last_edited_time':
      return { ...base, last_edited_time: isoRoundedToMinute(page.lastEditedTime) };
    case 'created_by':
      return { ...base, created_by: user(page.createdBy) };
    case 'last_edited_by':
      return { ...base, last_edited_by: user(page.lastEditedBy) };
    case 'files':
      return { ...base, files: [] };
    case 'formula':
      return { ...base, formula: { type: 'string', string: null } };
    case 'rollup':
      return { ...base, rollup: { type: 'array', array: [], function: 'show_original' } };
    case 'button':
      return { ...base, button: {} };
    default:
      return { ...base, [prop.type]: v ?? null };
  }
}

export function visibleRelations(store: Store, raw: unknown): string[] {
  return ((raw as string[] | undefined) ?? []).filter((id) => {
    const p = store.pages.get(id);
    return p !== undefined && store.pageVisible(p);
  });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
