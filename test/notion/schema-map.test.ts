import { describe, expect, it } from 'vitest';
import { IdseError } from '../../src/errors.js';
import { encodeLedger, parseLedger, shortHash } from '../../src/notion/ledger.js';
import { checkSchema, readValue } from '../../src/notion/schema-check.js';
import {
  PROPERTIES,
  desiredValues,
  stageFromNotion,
  toRequestValue,
  valueKey,
} from '../../src/notion/schema-map.js';

const base = {
  stage: 'spec',
  session: 'search-v2',
  status: 'review',
  tags: [],
  description: null,
} as const;

describe('desiredValues', () => {
  it('maps the spine fields to the IDSE properties', () => {
    const values = desiredValues({
      ...base,
      tags: ['Feature', 'ui', 'data'],
      description: 'Full-text search',
      upstreamPageIds: ['b', 'a'],
    });
    expect(Object.fromEntries(values)).toEqual({
      title: { type: 'title', text: 'Specification – search-v2' },
      stage: { type: 'select', name: 'Specification' },
      session: { type: 'rich_text', text: 'search-v2' },
      status: { type: 'status', name: 'In Review' },
      layer: { type: 'select', name: 'UI' },
      runScope: { type: 'select', name: 'Feature' },
      version: { type: 'rich_text', text: 'v2' },
      feature: { type: 'rich_text', text: 'Full-text search' },
      upstream: { type: 'relation', ids: ['a', 'b'] },
    });
  });

  it('leaves optional properties out when the session has no value for them', () => {
    const values = desiredValues({ ...base, session: 'plain', status: 'complete' });
    expect([...values.keys()]).toEqual(['title', 'stage', 'session', 'status']);
    expect(values.get('status')).toEqual({ type: 'status', name: 'Locked' });
  });

  it.each([
    ['draft', 'Draft'],
    ['in_progress', 'In Review'],
    ['review', 'In Review'],
    ['complete', 'Locked'],
    ['archived', 'Superseded'],
  ] as const)('maps session status %s to %s', (status, label) => {
    expect(desiredValues({ ...base, status }).get('status')).toEqual({
      type: 'status',
      name: label,
    });
  });
});

describe('stageFromNotion', () => {
  it.each([
    ['Specification', 'spec'],
    ['spec', 'spec'],
    ['SPEC', 'spec'],
    [' Intent ', 'intent'],
    ['Test Plan', 'implementation'],
    ['implementation', 'implementation'],
    ['Feedback', 'feedback'],
  ])('reads %j as %s', (value, stage) => expect(stageFromNotion(value)).toBe(stage));

  it('returns undefined for values that name no stage', () => {
    expect(stageFromNotion('Roadmap')).toBeUndefined();
  });
});

describe('request values', () => {
  it('splits long text into 2000-character parts without breaking a surrogate pair', () => {
    const text = 'a'.repeat(1999) + '😀' + 'b'.repeat(10);
    const body = toRequestValue({ type: 'rich_text', text }) as {
      rich_text: { text: { content: string } }[];
    };
    expect(body.rich_text.map((p) => p.text.content.length)).toEqual([1999, 12]);
    expect(body.rich_text.map((p) => p.text.content).join('')).toBe(text);
  });

  it('refuses text over 100 parts', () => {
    expect(() => toRequestValue({ type: 'rich_text', text: 'x'.repeat(200_001) })).toThrow(
      IdseError,
    );
  });

  it('reads back what it writes to the same key', () => {
    const values = desiredValues({ ...base, upstreamPageIds: ['1234-ab'] });
    for (const value of values.values()) {
      const request = toRequestValue(value);
      const echoed = Object.fromEntries(
        Object.entries(request).map(([type, v]) => [
          type,
          type === 'title' || type === 'rich_text'
            ? (v as { text: { content: string } }[]).map((p) => ({ plain_text: p.text.content }))
            : v,
        ]),
      );
      const read = readValue({ type: value.type, ...echoed }, value.type);
      expect(read && valueKey(read)).toBe(valueKey(value));
    }
    expect(valueKey({ type: 'relation', ids: ['12-AB'] })).toBe(
      valueKey({ type: 'relation', ids: ['12ab'] }),
    );
  });
});

describe('checkSchema', () => {
  const full = {
    Name: { id: 't', type: 'title' },
    Stage: { id: 'a', type: 'select' },
    Session: { id: 'b', type: 'rich_text' },
    Status: { id: 'c', type: 'status' },
    Layer: { id: 'd', type: 'select' },
    Sync: { id: 'e', type: 'rich_text' },
    'Upstream Artifact': { id: 'f', type: 'relation' },
  };

  it('finds the title by type and lists what is available', () => {
    const checked = checkSchema(full, 'db');
    expect(checked.titleName).toBe('Name');
    expect([...checked.available].sort()).toEqual(
      ['layer', 'session', 'stage', 'status', 'sync', 'title', 'upstream'].sort(),
    );
    expect(checked.warnings).toEqual([]);
  });

  it('stops on a missing or mistyped required property, naming it and its type', () => {
    const { Stage: _stage, ...missing } = full;
    expect(() => checkSchema(missing, 'db1')).toThrow(/"Stage" is missing \(add it as a Select\)/);
    const mistyped = { ...full, Status: { id: 'c', type: 'select' } };
    try {
      checkSchema(mistyped, 'db1');
      expect.unreachable();
    } catch (error) {
      expect((error as IdseError).code).toBe('schema-invalid');
      expect((error as IdseError).exitCode).toBe(2);
      expect((error as IdseError).message).toMatch(/"Status" is a Select, not a Status/);
    }
  });

  it('warns about a missing Sync property and a mistyped optional one', () => {
    const { Sync: _sync, ...noSync } = full;
    const checked = checkSchema({ ...noSync, Layer: { id: 'd', type: 'rich_text' } }, 'db');
    expect(checked.available.has('sync')).toBe(false);
    expect(checked.available.has('layer')).toBe(false);
    expect(checked.warnings.join('\n')).toMatch(/no "Sync" text property/);
    expect(checked.warnings.join('\n')).toMatch(/"Layer" is a Text, not a Select/);
  });

  it('knows every property of the IDSE schema', () => {
    expect(Object.values(PROPERTIES).map((p) => p.name)).toContain('Feature / Capability');
  });
});

describe('the Sync ledger', () => {
  it('round-trips and stays small', () => {
    const ledger = {
      source: shortHash('a'),
      markdown: shortHash('b'),
      commit: 'f'.repeat(40),
      properties: { Status: shortHash('s'), Stage: shortHash('t'), 'Feature / Capability': '1' },
    };
    const text = encodeLedger(ledger);
    expect(text.length).toBeLessThan(400);
    expect(parseLedger(text)).toEqual(ledger);
    const parsed = parseLedger(text);
    expect(parsed && encodeLedger(parsed)).toBe(text);
  });

  it.each(['', 'hello', 'idse-sync/1 {', 'idse-sync/1 {"s":1,"m":"x","c":null,"p":{}}', undefined])(
    'treats %j as no ledger',
    (text) => expect(parseLedger(text)).toBeUndefined(),
  );
});
