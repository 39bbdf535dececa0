import { validationError } from './errors.js';
import { findProperty, visibleRelations } from './property-values.js';
import { plainText, type RichText } from './rich-text.js';
import { isRecord, type PropertySchema } from './schema.js';
import type { DataSourceRecord, PageRecord, Store } from './store.js';

type Predicate = (page: PageRecord) => boolean;

const TEXT_TYPES = new Set(['title', 'rich_text', 'url', 'email', 'phone_number']);
const DATE_CONDITIONS = [
  'equals',
  'before',
  'after',
  'on_or_before',
  'on_or_after',
  'is_empty',
  'is_not_empty',
  'past_week',
  'past_month',
  'past_year',
  'next_week',
  'next_month',
  'next_year',
];
const CONDITIONS: Record<string, string[]> = {
  text: [
    'equals',
    'does_not_equal',
    'contains',
    'does_not_contain',
    'starts_with',
    'ends_with',
    'is_empty',
    'is_not_empty',
  ],
  number: [
    'equals',
    'does_not_equal',
    'greater_than',
    'less_than',
    'greater_than_or_equal_to',
    'less_than_or_equal_to',
    'is_empty',
    'is_not_empty',
  ],
  checkbox: ['equals', 'does_not_equal'],
  select: ['equals', 'does_not_equal', 'is_empty', 'is_not_empty'],
  list: ['contains', 'does_not_contain', 'is_empty', 'is_not_empty'],
  date: DATE_CONDITIONS,
};

/** Which filter keys Notion accepts for a property type (title and rich_text filters are interchangeable). */
function filterKeysFor(type: string): string[] {
  if (type === 'title' || type === 'rich_text') return ['title', 'rich_text'];
  if (type === 'created_time' || type === 'last_edited_time') return [type, 'date'];
  return [type];
}

function conditionFamily(type: string): string {
  if (TEXT_TYPES.has(type)) return 'text';
  if (type === 'status') return 'select';
  if (type === 'multi_select' || type === 'relation' || type === 'people') return 'list';
  if (type === 'created_time' || type === 'last_edited_time') return 'date';
  return type;
}

/**
 * Compiles a data source query filter. Compound filters nest two levels at most
 * (https://developers.notion.com/reference/filter-data-source-entries#compound-filter-conditions).
 */
export function compileFilter(store: Store, ds: DataSourceRecord, raw: unknown): Predicate {
  if (raw === undefined) return () => true;
  return compile(store, ds, raw, 0, 'body.filter');
}

function compile(
  store: Store,
  ds: DataSourceRecord,
  raw: unknown,
  depth: number,
  where: string,
): Predicate {
  if (!isRecord(raw)) throw validationError(`${where} should be an object.`);
  for (const op of ['and', 'or'] as const) {
    if (!(op in raw)) continue;
    if (depth >= 2)
      throw validationError(`${where}: compound filters can be nested at most two levels deep.`);
    const items = raw[op];
    if (!Array.isArray(items)) throw validationError(`${where}.${op} should be an array.`);
    if (items.length > 100)
      throw validationError(
        `${where}.${op}.length should be ≤ \`100\`, instead was \`${items.length}\`.`,
      );
    const parts = items.map((item, i) =>
      compile(store, ds, item, depth + 1, `${where}.${op}[${i}]`),
    );
    return op === 'and' ? (p) => parts.every((f) => f(p)) : (p) => parts.some((f) => f(p));
  }
  if (typeof raw.timestamp === 'string') {
    const ts = raw.timestamp;
    if (ts !== 'created_time' && ts !== 'last_edited_time') {
      throw validationError(`${where}.timestamp should be "created_time" or "last_edited_time".`);
    }
    const cond = raw[ts];
    return dateCondition(cond, `${where}.${ts}`, store, (p) =>
      minute(ts === 'created_time' ? p.createdTime : p.lastEditedTime),
    );
  }
  if (typeof raw.property !== 'string')
    throw validationError(`${where}.property should be a string.`);
  const prop = findProperty(ds, raw.property);
  if (!prop) throw validationError(`Could not find property with name or id: ${raw.property}`);
  const key = filterKeysFor(prop.type).find((k) => k in raw);
  if (!key) {
    throw validationError(
      `${where}: the filter for property "${prop.name}" should use the \`${prop.type}\` condition.`,
    );
  }
  return propertyCondition(store, prop, raw[key], `${where}.${key}`);
}

function singleCondition(raw: unknown, family: string, where: string): [string, unknown] {
  if (!isRecord(raw)) throw validationError(`${where} should be an object.`);
  const keys = Object.keys(raw);
  const allowed = CONDITIONS[family] ?? [];
  if (keys.length !== 1 || !allowed.includes(keys[0] ?? '')) {
    throw validationError(`${where} should have exactly one of: ${allowed.join(', ')}.`);
  }
  const op = keys[0] as string;
  const value = raw[op];
  if ((op === 'is_empty' || op === 'is_not_empty') && value !== true) {
    throw validationError(`${where}.${op} should be true.`);
  }
  return [op, value];
}

function propertyCondition(
  store: Store,
  prop: PropertySchema,
  raw: unknown,
  where: string,
): Predicate {
  const family = conditionFamily(prop.type);
  if (family === 'date') {
    const read = (p: PageRecord): number | null => {
      if (prop.type === 'created_time') return minute(p.createdTime);
      if (prop.type === 'last_edited_time') return minute(p.lastEditedTime);
      const d = p.values.get(prop.id) as { start: string } | null | undefined;
      return d ? Date.parse(d.start) : null;
    };
    return dateCondition(raw, where, store, read);
  }
  const [op, value] = singleCondition(raw, family, where);
  const get = (p: PageRecord) => p.values.get(prop.id);
  switch (family) {
    case 'text': {
      if (op !== 'is_empty' && op !== 'is_not_empty' && typeof value !== 'string') {
        throw validationError(`${where}.${op} should be a string.`);
      }
      const text = (p: PageRecord): string => {
        const v = get(p);
        return Array.isArray(v) ? plainText(v as RichText[]) : typeof v === 'string' ? v : '';
      };
      return textPredicate(op, String(value), text);
    }
    case 'number': {
      if (op !== 'is_empty' && op !== 'is_not_empty' && typeof value !== 'number') {
        throw validationError(`${where}.${op} should be a number.`);
      }
      const n = value as number;
      const cmp: Record<string, (x: number) => boolean> = {
        equals: (x) => x === n,
        does_not_equal: (x) => x !== n,
        greater_than: (x) => x > n,
        less_than: (x) => x < n,
        greater_than_or_equal_to: (x) => x >= n,
        less_than_or_equal_to: (x) => x <= n,
      };
      return (p) => {
        const x = get(p);
        if (op === 'is_empty') return typeof x !== 'number';
        if (op === 'is_not_empty') return typeof x === 'number';
        return typeof x === 'number' ? (cmp[op]?.(x) ?? false) : op === 'does_not_equal';
      };
    }
    case 'checkbox':
      if (typeof value !== 'boolean') throw validationError(`${where}.${op} should be a boolean.`);
      return (p) => (get(p) === true) === (op === 'equals' ? value : !value);
    case 'select': {
      const names =
        op === 'equals' || op === 'does_not_equal' ? stringList(value, `${where}.${op}`) : [];
      const name = (p: PageRecord) => prop.options?.find((o) => o.id === get(p))?.name;
      return (p) => {
        const current = name(p);
        if (op === 'is_empty') return current === undefined;
        if (op === 'is_not_empty') return current !== undefined;
        const hit = current !== undefined && names.includes(current);
        return op === 'equals' ? hit : !hit;
      };
    }
    case 'list': {
      if ((op === 'contains' || op === 'does_not_contain') && typeof value !== 'string') {
        throw validationError(`${where}.${op} should be a string.`);
      }
      const items = (p: PageRecord): string[] => {
        const v = get(p);
        if (prop.type === 'relation') return visibleRelations(store, v);
        if (prop.type === 'multi_select') {
          return ((v as string[] | undefined) ?? []).map(
            (id) => prop.options?.find((o) => o.id === id)?.name ?? '',
          );
        }
        return (v as string[] | undefined) ?? [];
      };
      const wanted = prop.type === 'multi_select' ? String(value) : String(value).toLowerCase();
      return (p) => {
        const list = items(p);
        if (op === 'is_empty') return list.length === 0;
        if (op === 'is_not_empty') return list.length > 0;
        const norm = prop.type === 'multi_select' ? list : list.map((x) => x.toLowerCase());
        const hit = norm.includes(wanted) || norm.includes(wanted.replace(/-/g, ''));
        return op === 'contains' ? hit : !hit;
      };
    }
    default:
      throw validationError(
        `${where}: filtering ${prop.type} properties is not supported by the emulator.`,
      );
  }
}

/** `contains`, `starts_with` and `ends_with` ignore case; `equals` is exact. */
function textPredicate(op: string, value: string, text: (p: PageRecord) => string): Predicate {
  const lower = value.toLowerCase();
  switch (op) {
    case 'equals':
      return (p) => text(p) === value;
    case 'does_not_equal':
      return (p) => text(p) !== value;
    case 'contains':
      return (p) => text(p).toLowerCase().includes(lower);
    case 'does_not_contain':
      return (p) => !text(p).toLowerCase().includes(lower);
    case 'starts_with':
      return (p) => text(p).toLowerCase().startsWith(lower);
    case 'ends_with':
      return (p) => text(p).toLowerCase().endsWith(lower);
    case 'is_empty':
      return (p) => text(p) === '';
    default:
      return (p) => text(p) !== '';
  }
}

function dateCondition(
  raw: unknown,
  where: string,
  store: Store,
  read: (p: PageRecord) => number | null,
): Predicate {
  const [op, value] = singleCondition(raw, 'date', where);
  if (op === 'is_empty') return (p) => read(p) === null;
  if (op === 'is_not_empty') return (p) => read(p) !== null;
  if (op.startsWith('past_') || op.startsWith('next_')) {
    if (!isRecord(value) || Object.keys(value).length > 0)
      throw validationError(`${where}.${op} should be an empty object.`);
    const span = { week: 7, month: 30, year: 365 }[op.slice(5)] ?? 7;
    return (p) => {
      const t = read(p);
      const now = store.clock.now();
      const edge = now + (op.startsWith('past_') ? -1 : 1) * span * 86_400_000;
      return t !== null && t >= Math.min(now, edge) && t <= Math.max(now, edge);
    };
  }
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw validationError(`${where}.${op} should be an ISO 8601 date string.`);
  }
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const start = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  const end = dateOnly ? start + 86_400_000 : start + 1;
  const test: Record<string, (t: number) => boolean> = {
    equals: (t) => t >= start && t < end,
    before: (t) => t < start,
    after: (t) => t >= end,
    on_or_before: (t) => t < end,
    on_or_after: (t) => t >= start,
  };
  return (p) => {
    const t = read(p);
    return t !== null && (test[op]?.(t) ?? false);
  };
}

function stringList(value: unknown, where: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  throw validationError(`${where} should be a string or an array of strings.`);
}

/** Timestamps are compared as the API shows them: rounded down to the minute. */
function minute(ms: number): number {
  return Math.floor(ms / 60_000) * 60_000;
}

type SortKey = (p: PageRecord) => string | number | null;

/**
 * Orders query results. Without sorts, newest created first (ties by id); empty values sort
 * last in both directions.
 */
export function compileSorts(
  ds: DataSourceRecord,
  raw: unknown,
): (a: PageRecord, b: PageRecord) => number {
  const sorts = raw === undefined ? [{ timestamp: 'created_time', direction: 'descending' }] : raw;
  if (!Array.isArray(sorts)) throw validationError('body.sorts should be an array.');
  if (sorts.length > 100)
    throw validationError(
      `body.sorts.length should be ≤ \`100\`, instead was \`${sorts.length}\`.`,
    );
  const keys = sorts.map((s, i): [SortKey, number] => {
    if (!isRecord(s) || (s.direction !== 'ascending' && s.direction !== 'descending')) {
      throw validationError(`body.sorts[${i}].direction should be "ascending" or "descending".`);
    }
    const dir = s.direction === 'ascending' ? 1 : -1;
    if (s.timestamp === 'created_time') return [(p) => minute(p.createdTime), dir];
    if (s.timestamp === 'last_edited_time') return [(p) => minute(p.lastEditedTime), dir];
    if (typeof s.property !== 'string')
      throw validationError(`body.sorts[${i}] should name a property or a timestamp.`);
    const prop = findProperty(ds, s.property);
    if (!prop) throw validationError(`Could not find sort property with name or id: ${s.property}`);
    return [sortKey(prop), dir];
  });
  return (a, b) => {
    for (const [key, dir] of keys) {
      const x = key(a);
      const y = key(b);
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return (
        (typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y))) * dir
      );
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

function sortKey(prop: PropertySchema): SortKey {
  return (p) => {
    const v = p.values.get(prop.id);
    switch (prop.type) {
      case 'created_time':
        return minute(p.createdTime);
      case 'last_edited_time':
        return minute(p.lastEditedTime);
      case 'title':
      case 'rich_text': {
        const t = plainText((v as RichText[] | undefined) ?? []);
        return t === '' ? null : t;
      }
      case 'select':
      case 'status': {
        const index = prop.options?.findIndex((o) => o.id === v) ?? -1;
        return index < 0 ? null : index;
      }
      case 'checkbox':
        return v === true ? 1 : 0;
      case 'date':
        return v ? Date.parse((v as { start: string }).start) : null;
      case 'number':
        return typeof v === 'number' ? v : null;
      default:
        return typeof v === 'string' ? v : null;
    }
  };
}
