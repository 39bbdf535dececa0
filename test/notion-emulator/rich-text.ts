import { validationError } from './errors.js';
import { isRecord } from './schema.js';

export interface Annotations {
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
  underline: boolean;
  code: boolean;
  color: string;
}

/** A rich text object as Notion answers it (text, mention or equation). */
export type RichText = {
  type: 'text' | 'mention' | 'equation';
  annotations: Annotations;
  plain_text: string;
  href: string | null;
  [payload: string]: unknown;
};

export const DEFAULT_ANNOTATIONS: Annotations = {
  bold: false,
  italic: false,
  strikethrough: false,
  underline: false,
  code: false,
  color: 'default',
};

// https://developers.notion.com/reference/request-limits#limits-for-property-values
export const MAX_TEXT_CONTENT = 2000;
export const MAX_URL_LENGTH = 2000;
export const MAX_EQUATION = 1000;
export const MAX_ARRAY = 100;

/** Validates a request rich text array (`where` names it in messages) and completes it. */
export function readRichTextArray(raw: unknown, where: string): RichText[] {
  if (!Array.isArray(raw))
    throw validationError(`${where} should be an array, instead was \`${JSON.stringify(raw)}\`.`);
  if (raw.length > MAX_ARRAY) {
    throw validationError(
      `${where}.length should be ≤ \`${MAX_ARRAY}\`, instead was \`${raw.length}\`.`,
    );
  }
  return raw.map((item, i) => readRichText(item, `${where}[${i}]`));
}

function readRichText(raw: unknown, where: string): RichText {
  if (!isRecord(raw)) throw validationError(`${where} should be an object.`);
  const type =
    typeof raw.type === 'string'
      ? raw.type
      : (['text', 'mention', 'equation'].find((k) => k in raw) ?? '');
  const annotations = readAnnotations(raw.annotations, `${where}.annotations`);
  if (type === 'text') {
    const text = raw.text;
    if (!isRecord(text) || typeof text.content !== 'string') {
      throw validationError(`${where}.text.content should be a string.`);
    }
    checkLength(text.content, MAX_TEXT_CONTENT, `${where}.text.content`);
    let link: { url: string } | null = null;
    if (isRecord(text.link) && typeof text.link.url === 'string') {
      checkLength(text.link.url, MAX_URL_LENGTH, `${where}.text.link.url`);
      link = { url: text.link.url };
    }
    return textItem(text.content, annotations, link);
  }
  if (type === 'equation') {
    const eq = raw.equation;
    if (!isRecord(eq) || typeof eq.expression !== 'string') {
      throw validationError(`${where}.equation.expression should be a string.`);
    }
    checkLength(eq.expression, MAX_EQUATION, `${where}.equation.expression`);
    return {
      type: 'equation',
      equation: { expression: eq.expression },
      annotations,
      plain_text: eq.expression,
      href: null,
    };
  }
  if (type === 'mention') {
    const mention = raw.mention;
    if (!isRecord(mention)) throw validationError(`${where}.mention should be an object.`);
    return mentionItem(mention, annotations, where);
  }
  throw validationError(`${where} should be a text, mention or equation rich text object.`);
}

function mentionItem(
  mention: Record<string, unknown>,
  annotations: Annotations,
  where: string,
): RichText {
  const kind = typeof mention.type === 'string' ? mention.type : Object.keys(mention)[0];
  if (kind === 'page' || kind === 'database' || kind === 'user') {
    const target = mention[kind];
    if (!isRecord(target) || typeof target.id !== 'string')
      throw validationError(`${where}.mention.${kind}.id should be a string.`);
    const body = kind === 'user' ? { object: 'user', id: target.id } : { id: target.id };
    return {
      type: 'mention',
      mention: { type: kind, [kind]: body },
      annotations,
      plain_text: 'Untitled',
      href: null,
    };
  }
  if (kind === 'date') {
    const date = mention.date;
    if (!isRecord(date) || typeof date.start !== 'string')
      throw validationError(`${where}.mention.date.start should be a string.`);
    const value = {
      start: date.start,
      end: typeof date.end === 'string' ? date.end : null,
      time_zone: null,
    };
    return {
      type: 'mention',
      mention: { type: 'date', date: value },
      annotations,
      plain_text: date.start,
      href: null,
    };
  }
  throw validationError(
    `${where}.mention type \`${String(kind)}\` is not supported by the emulator.`,
  );
}

function readAnnotations(raw: unknown, where: string): Annotations {
  if (raw === undefined) return { ...DEFAULT_ANNOTATIONS };
  if (!isRecord(raw)) throw validationError(`${where} should be an object.`);
  const out = { ...DEFAULT_ANNOTATIONS };
  for (const key of ['bold', 'italic', 'strikethrough', 'underline', 'code'] as const) {
    if (raw[key] !== undefined) {
      if (typeof raw[key] !== 'boolean')
        throw validationError(`${where}.${key} should be a boolean.`);
      out[key] = raw[key];
    }
  }
  if (raw.color !== undefined) {
    if (typeof raw.color !== 'string') throw validationError(`${where}.color should be a string.`);
    out.color = raw.color;
  }
  return out;
}

function checkLength(value: string, max: number, where: string): void {
  if (value.length > max) {
    throw validationError(
      `body failed validation: ${where}.length should be ≤ \`${max}\`, instead was \`${value.length}\`.`,
    );
  }
}

export function textItem(
  content: string,
  annotations: Annotations = DEFAULT_ANNOTATIONS,
  link: { url: string } | null = null,
): RichText {
  return {
    type: 'text',
    text: { content, link },
    annotations: { ...annotations },
    plain_text: content,
    href: link?.url ?? null,
  };
}

export function plainText(items: readonly RichText[]): string {
  return items.map((t) => t.plain_text).join('');
}
