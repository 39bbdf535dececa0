import { redactSecrets } from '../notion/redact.js';

// Anything that could end a line, move a terminal's cursor, change its colours or reorder the
// text around it: C0 and C1 controls (tab aside), line and paragraph separators, and the
// bidirectional marks, embeddings, overrides and isolates.
const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

/**
 * `text` (a name, a title, a warning: anything that content decided) as one inert line: line
 * breaks and other control characters become visible escapes (`\n`, `\u001b`), so nothing in
 * it can start a line of its own, a workflow command or a terminal escape sequence.
 */
export function inertText(text: string): string {
  return text.replace(
    UNSAFE_CHARS,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// What the Actions runner reads as a command at the start of a line, after the white space it
// trims (.NET's, which includes NEL and the Unicode spaces): `::name::` workflow commands and
// the older `##[name]` form.
const COMMAND_START = /^((?:[^\S\r\n]|\u0085)*)(::|##\[)/gm;

/**
 * Text about to be written to a log or terminal: a line that would start with a workflow
 * command gets a backslash in front, so the runner shows it instead of obeying it. The last
 * guard on every write; the content in it went through {@link inertText} already, so this only
 * matters for a line that content begins.
 */
export function guardLineStarts(text: string): string {
  return text.replace(COMMAND_START, '$1\\$2');
}

/**
 * Every string in a JSON-like value (a report) passed through `clean`; the value is copied,
 * never changed in place.
 */
export function mapStrings<T>(value: T, clean: (text: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, clean)) as T;
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = mapStrings(item, clean);
    return copy as T;
  }
  return value;
}

/**
 * A report (or any JSON-like value) as every channel shows it: each string without the run's
 * secrets (by value, and by the forms tokens take) and made {@link inertText}. Both entries
 * pass what they print, write or post through here.
 */
export function presentable<T>(value: T, secrets: Iterable<string>): T {
  const known = [...secrets];
  return mapStrings(value, (text) => inertText(redactSecrets(text, known)));
}

/** One message line for a log, a terminal or an annotation: secrets out, inert. */
export function presentableLine(text: string, secrets: Iterable<string>): string {
  return inertText(redactSecrets(text, [...secrets]));
}
