// docs/troubleshooting.md is the user's index of every message the tool stops with:
// each documented message must still exist in the code, under the code it is listed with, and
// every IdseError code raised in src/ must be documented.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDSE_ERROR_CODES } from '../../src/errors.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

interface Entry {
  messages: string[];
  codes: string[];
  line: string;
}

const troubleshooting = readFileSync(join(REPO_ROOT, 'docs', 'troubleshooting.md'), 'utf8');
const sources = sourceFiles(join(REPO_ROOT, 'src')).map((path) => readFileSync(path, 'utf8'));
const constructions = sources.flatMap(idseErrorCalls);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));
}

/** Each `new IdseError(` call: its code and the source text of its arguments. */
function idseErrorCalls(source: string): { code: string; text: string }[] {
  const calls: { code: string; text: string }[] = [];
  for (const match of source.matchAll(/new IdseError\(\s*'([a-z0-9-]+)',/g)) {
    const start = match.index + match[0].length;
    // The arguments end at the call's closing parenthesis, found by counting brackets.
    let depth = 1;
    let end = start;
    while (end < source.length && depth > 0) {
      const ch = source[end];
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      end++;
    }
    calls.push({ code: match[1] ?? '', text: source.slice(start, end) });
  }
  return calls;
}

/** The page's top-level items, past its introduction (a message may wrap onto the next line). */
function entries(): Entry[] {
  const section = troubleshooting.slice(troubleshooting.indexOf('\n## '));
  const items = section.split(/\n(?=- )/).slice(1);
  return items.map((item) => {
    // The head of an item: everything before its first nested line (cause, fix).
    const head = item.split(/\n {2}- /)[0]?.replace(/\n\s*/g, ' ') ?? '';
    const [before, after = ''] = head.split(' — ');
    const spans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
    const codes = spans(after.split(':')[0] ?? '').filter((s) =>
      /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s),
    );
    return { messages: spans(before ?? ''), codes, line: head };
  });
}

/** The literal pieces of a documented message: `…` stands for a value filled in at run time. */
function pieces(message: string): string[] {
  return message
    .split('…')
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
}

function occursIn(text: string, message: string): boolean {
  return pieces(message).every((piece) => text.includes(piece));
}

/** A message listed with codes must come from an IdseError of one of them; others from anywhere. */
function inCode(message: string, codes: string[]): boolean {
  if (codes.length === 0) return sources.some((source) => occursIn(source, message));
  return constructions.some((call) => codes.includes(call.code) && occursIn(call.text, message));
}

describe('docs/troubleshooting.md', () => {
  const documented = entries();

  it('lists messages, most with their error code', () => {
    expect(documented.length).toBeGreaterThan(40);
    expect(documented.every((entry) => entry.messages.length > 0)).toBe(true);
  });

  it('each documented message exists in src/, under the code it is listed with', () => {
    const missing = documented.flatMap((entry) =>
      entry.messages
        .filter((message) => !inCode(message, entry.codes))
        .map((message) => `${message} (${entry.codes.join(', ') || 'no code'})`),
    );
    expect(missing).toEqual([]);
  });

  it('the check refuses an invented message, and a real one under another code', () => {
    expect(inCode('The spine is haunted by …', [])).toBe(false);
    expect(inCode('Notion refused the token (401 unauthorized).', ['notion-unauthorized'])).toBe(
      true,
    );
    expect(inCode('Notion refused the token (401 unauthorized).', ['spine-corrupt'])).toBe(false);
  });

  it('every IdseError code raised in src/ is documented', () => {
    const raised = new Set(constructions.map((call) => call.code));
    expect(raised.size).toBeGreaterThan(30);
    const listed = new Set(documented.flatMap((entry) => entry.codes));
    expect([...raised].filter((code) => !listed.has(code)).sort()).toEqual([]);
  });

  it('the IdseErrorCode union holds exactly the codes raised in src/', () => {
    const raised = [...new Set(constructions.map((call) => call.code))].sort();
    expect([...IDSE_ERROR_CODES].sort()).toEqual(raised);
  });

  it('every IdseError message in src/ is documented, not only its code', () => {
    const undocumented = constructions.filter(
      (call) =>
        !documented.some(
          (entry) =>
            entry.codes.includes(call.code) &&
            entry.messages.some((message) => occursIn(call.text, message)),
        ),
    );
    expect(undocumented.map((call) => `${call.code}: ${call.text.slice(0, 80)}`)).toEqual([]);
  });
});
