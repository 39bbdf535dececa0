import { IdseError } from '../errors.js';
import type { SessionStatus, Stage } from '../spine/index.js';

/** When a property is sent (ARCHITECTURE.md "The Notion database"). */
export type WriteMode = 'create_only' | 'always_sync' | 'optional' | 'ledger';

/** Notion property types this tool reads or writes. */
export type PropertyType = 'title' | 'select' | 'rich_text' | 'status' | 'relation';

export interface PropertySpec {
  name: string;
  type: PropertyType;
  mode: WriteMode;
  /** A run stops (exit 2) when a required property is missing or of another type. */
  required: boolean;
}

/** The IDSE database schema. The title property is found by type, whatever its name. */
export const PROPERTIES = {
  title: { name: 'Title', type: 'title', mode: 'create_only', required: true },
  stage: { name: 'Stage', type: 'select', mode: 'always_sync', required: true },
  session: { name: 'Session', type: 'rich_text', mode: 'create_only', required: true },
  status: { name: 'Status', type: 'status', mode: 'always_sync', required: true },
  layer: { name: 'Layer', type: 'select', mode: 'optional', required: false },
  runScope: { name: 'Run Scope', type: 'select', mode: 'optional', required: false },
  version: { name: 'Version', type: 'rich_text', mode: 'optional', required: false },
  feature: { name: 'Feature / Capability', type: 'rich_text', mode: 'optional', required: false },
  upstream: { name: 'Upstream Artifact', type: 'relation', mode: 'optional', required: false },
  sync: { name: 'Sync', type: 'rich_text', mode: 'ledger', required: false },
} as const satisfies Record<string, PropertySpec>;

/** Read-only: Notion keeps it as the dual of Upstream Artifact. */
export const DOWNSTREAM_PROPERTY = 'Downstream Artifact(s)';

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  intent: 'Intent',
  context: 'Context',
  spec: 'Specification',
  plan: 'Plan',
  tasks: 'Tasks',
  implementation: 'Implementation',
  feedback: 'Feedback',
};

// Values people and the old Python tool put in the Stage select ("Test Plan" was its name for
// implementation), compared lower case.
const STAGE_ALIASES: ReadonlyMap<string, Stage> = new Map([
  ...Object.entries(STAGE_LABELS).flatMap(([stage, label]) => [
    [stage, stage as Stage] as const,
    [label.toLowerCase(), stage as Stage] as const,
  ]),
  ['spec', 'spec'],
  ['specs', 'spec'],
  ['test plan', 'implementation'],
  ['task', 'tasks'],
  ['intents', 'intent'],
  ['contexts', 'context'],
  ['plans', 'plan'],
]);

/** The stage a Stage select value stands for, in any case or alias; undefined if none. */
export function stageFromNotion(value: string): Stage | undefined {
  return STAGE_ALIASES.get(value.trim().toLowerCase());
}

export const STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  draft: 'Draft',
  in_progress: 'In Review',
  review: 'In Review',
  complete: 'Locked',
  archived: 'Superseded',
};

const LAYERS = ['application', 'domain', 'data', 'infrastructure', 'platform', 'ui'];
const RUN_SCOPES = ['full', 'feature', 'module', 'component', 'task', 'hotfix'];

/** What the schema map needs to know about one artifact. */
export interface ArtifactFacts {
  stage: Stage;
  session: string;
  status: SessionStatus;
  tags: readonly string[];
  description: string | null;
  /** Page ids of upstream artifacts, when the relation is to be written. */
  upstreamPageIds?: readonly string[];
}

/** One property value in a comparable form: what we write and what we read back alike. */
export type PropertyValue =
  | { type: 'title' | 'rich_text'; text: string }
  | { type: 'select' | 'status'; name: string }
  | { type: 'relation'; ids: string[] };

/** The value of each property the artifact has a value for, by property key. */
export function desiredValues(facts: ArtifactFacts): Map<keyof typeof PROPERTIES, PropertyValue> {
  const values = new Map<keyof typeof PROPERTIES, PropertyValue>();
  values.set('title', { type: 'title', text: `${STAGE_LABELS[facts.stage]} – ${facts.session}` });
  values.set('stage', { type: 'select', name: STAGE_LABELS[facts.stage] });
  values.set('session', { type: 'rich_text', text: facts.session });
  values.set('status', { type: 'status', name: STATUS_LABELS[facts.status] });
  const layer = facts.tags.find((tag) => LAYERS.includes(tag.toLowerCase()));
  if (layer !== undefined) values.set('layer', { type: 'select', name: titleCase(layer) });
  const scope = facts.tags.find((tag) => RUN_SCOPES.includes(tag.toLowerCase()));
  if (scope !== undefined) values.set('runScope', { type: 'select', name: titleCase(scope) });
  const version = /(?:^|[-_.])(v\d+)$/i.exec(facts.session)?.[1];
  if (version !== undefined) values.set('version', { type: 'rich_text', text: version });
  if (facts.description) values.set('feature', { type: 'rich_text', text: facts.description });
  if (facts.upstreamPageIds !== undefined) {
    values.set('upstream', { type: 'relation', ids: [...facts.upstreamPageIds].sort() });
  }
  return values;
}

function titleCase(word: string): string {
  const lower = word.toLowerCase();
  return lower === 'ui' ? 'UI' : lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** A stable string for a value, so a value read from Notion equals the same value we wrote. */
export function valueKey(value: PropertyValue): string {
  switch (value.type) {
    case 'title':
    case 'rich_text':
      return `${value.type}:${value.text}`;
    case 'select':
    case 'status':
      return `${value.type}:${value.name}`;
    case 'relation':
      return `relation:${[...value.ids].map(compactId).sort().join(',')}`;
  }
}

/** Notion ids with or without dashes compare equal in this form. */
export function compactId(id: string): string {
  return id.replace(/-/g, '').toLowerCase();
}

// Notion caps one rich text object at 2000 characters and an array at 100 items:
// https://developers.notion.com/reference/request-limits
const RICH_TEXT_CHUNK = 2000;

/** The request body of one property value. */
export function toRequestValue(value: PropertyValue): Record<string, unknown> {
  switch (value.type) {
    case 'title':
    case 'rich_text':
      return { [value.type]: chunkText(value.text) };
    case 'select':
      return { select: { name: value.name } };
    case 'status':
      return { status: { name: value.name } };
    case 'relation':
      return { relation: value.ids.map((id) => ({ id })) };
  }
}

function chunkText(text: string): { type: 'text'; text: { content: string } }[] {
  const chunks: { type: 'text'; text: { content: string } }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + RICH_TEXT_CHUNK, text.length);
    // Never split a surrogate pair: both halves would be invalid text.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
    chunks.push({ type: 'text', text: { content: text.slice(start, end) } });
    start = end;
  }
  if (chunks.length > 100) {
    throw new IdseError(
      'property-too-long',
      `A property value of ${text.length} characters is over Notion's limit (100 × 2000).`,
      'Shorten the session description.',
      { exitCode: 1 },
    );
  }
  return chunks;
}
