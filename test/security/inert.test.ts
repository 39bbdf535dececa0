// The output layer both entries print through: content shown, never obeyed.
import { describe, expect, it } from 'vitest';
import { guardLineStarts, inertText, presentable } from '../../src/output/inert.js';

describe('inertText', () => {
  it('makes one visible line of anything content holds', () => {
    expect(inertText('notes\r\n::set-output name=x::1')).toBe('notes\\r\\n::set-output name=x::1');
    expect(inertText('a\u2028b\u2029c\u0085d')).toBe('a\\u2028b\\u2029c\\u0085d');
    expect(inertText('\u001b[31mred\u001b[0m \u202eevil\u2066')).toBe(
      '\\u001b[31mred\\u001b[0m \\u202eevil\\u2066',
    );
    expect(inertText('tab\tand café ok')).toBe('tab\tand café ok');
  });
});

describe('guardLineStarts', () => {
  it('puts a backslash before a workflow command at the start of any line', () => {
    expect(guardLineStarts('::error::x')).toBe('\\::error::x');
    expect(guardLineStarts('ok\n  ::warning::x\r::debug::y\r\n##[group]z')).toBe(
      'ok\n  \\::warning::x\r\\::debug::y\r\n\\##[group]z',
    );
    // White space the runner trims: NEL, no-break and other Unicode spaces.
    expect(guardLineStarts('\u0085::x::1\n\u00a0\u2003::y::2')).toBe(
      '\u0085\\::x::1\n\u00a0\u2003\\::y::2',
    );
    expect(guardLineStarts('acme::search::plan failed')).toBe('acme::search::plan failed');
  });
});

describe('presentable', () => {
  it('redacts and flattens every string of a report, leaving numbers and the shape', () => {
    const report = {
      counts: { failed: 1 },
      artifacts: [{ idseId: 'p::s::plan', reason: 'Bearer tok-123456789 said\n::error::x' }],
      warnings: ['a\nb'],
    };
    expect(presentable(report, ['tok-123456789'])).toEqual({
      counts: { failed: 1 },
      artifacts: [{ idseId: 'p::s::plan', reason: 'Bearer [redacted] said\\n::error::x' }],
      warnings: ['a\\nb'],
    });
    expect(report.warnings[0]).toBe('a\nb');
  });
});
