import { describe, expect, it } from 'vitest';
import { alignBlocks } from '../../src/markdown/index.js';

const blocks = (...keys: string[]) => keys.map((key) => ({ kind: key.split(':')[0] ?? '', key }));

describe('alignBlocks', () => {
  it('reports equal, changed, added and removed blocks in order', () => {
    const a = blocks(
      'heading:Title',
      'paragraph:one two three four',
      'paragraph:gone entirely',
      'bullet-item:x',
    );
    const b = blocks(
      'heading:Title',
      'paragraph:one two three five',
      'bullet-item:x',
      'paragraph:brand new text',
    );
    expect(alignBlocks(a, b)).toEqual([
      { type: 'equal', a: 0, b: 0 },
      { type: 'changed', a: 1, b: 1 },
      { type: 'removed', a: 2 },
      { type: 'equal', a: 3, b: 2 },
      { type: 'added', b: 3 },
    ]);
  });

  it('pairs the most similar block when several changed together', () => {
    const a = blocks('paragraph:alpha beta gamma', 'paragraph:delta epsilon zeta');
    const b = blocks('paragraph:delta epsilon zeta eta');
    expect(alignBlocks(a, b)).toEqual([
      { type: 'removed', a: 0 },
      { type: 'changed', a: 1, b: 0 },
    ]);
  });

  it('never pairs blocks of different kinds, but pairs list items of any kind', () => {
    expect(alignBlocks(blocks('paragraph:x'), blocks('heading:x'))).toEqual([
      { type: 'removed', a: 0 },
      { type: 'added', b: 0 },
    ]);
    expect(alignBlocks(blocks('bullet-item:buy milk'), blocks('todo-item:buy milk'))).toEqual([
      { type: 'changed', a: 0, b: 0 },
    ]);
  });

  it('pairs an edit of one of two duplicate blocks with that block', () => {
    const a = blocks('bullet-item:same', 'bullet-item:same', 'bullet-item:other');
    const b = blocks('bullet-item:same', 'bullet-item:same edited', 'bullet-item:other');
    expect(alignBlocks(a, b)).toEqual([
      { type: 'equal', a: 0, b: 0 },
      { type: 'changed', a: 1, b: 1 },
      { type: 'equal', a: 2, b: 2 },
    ]);
  });
});
