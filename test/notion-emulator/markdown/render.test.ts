import { describe, expect, it } from 'vitest';
import {
  blockContentKey,
  countBlocks,
  parseNotionMarkdown,
  renderNotionMarkdown,
  textItem,
  type EmuBlock,
  type RichText,
} from './index.js';

const plain = {
  bold: false,
  italic: false,
  strikethrough: false,
  underline: false,
  code: false,
  color: 'default',
};

function block(type: string, payload: Record<string, unknown>, children?: EmuBlock[]): EmuBlock {
  return children === undefined ? { type, [type]: payload } : { type, [type]: payload, children };
}

const text = (content: string): { rich_text: RichText[]; color: string } => ({
  rich_text: [textItem(content)],
  color: 'default',
});

describe('rendering stored blocks', () => {
  it('renders every block type with a markdown form', () => {
    const blocks: EmuBlock[] = [
      block('heading_3', { ...text('Three'), is_toggleable: false }),
      block('paragraph', text('Para')),
      block('numbered_list_item', text('one'), [block('to_do', { ...text('sub'), checked: true })]),
      block('numbered_list_item', text('two')),
      block('quote', { rich_text: [textItem('q', { ...plain, italic: true })], color: 'default' }),
      block('toggle', text('Tog'), [block('paragraph', text('in'))]),
      block('callout', {
        ...text('Call'),
        icon: { type: 'emoji', emoji: '💡' },
        color: 'gray_background',
      }),
      block('code', { rich_text: [textItem('print(1)')], language: 'python', caption: [] }),
      block('equation', { expression: 'a+b' }),
      block('divider', {}),
      block('image', {
        type: 'external',
        external: { url: 'https://e.com/i.png' },
        caption: [textItem('cap')],
      }),
      block('table_of_contents', { color: 'default' }),
      block('column_list', {}, [
        block('column', {}, [block('paragraph', text('L'))]),
        block('column', {}, [block('paragraph', text('R'))]),
      ]),
    ];
    expect(renderNotionMarkdown(blocks)).toBe(
      [
        '### Three',
        '',
        'Para',
        '',
        '1. one',
        '\t- [x] sub',
        '2. two',
        '',
        '> *q*',
        '',
        '<toggle>',
        'Tog',
        '',
        'in',
        '</toggle>',
        '',
        '<callout icon="💡" color="gray_bg">Call</callout>',
        '',
        '```python',
        'print(1)',
        '```',
        '',
        '$$',
        'a+b',
        '$$',
        '',
        '---',
        '',
        '![cap](https://e.com/i.png)',
        '',
        '<table-of-contents />',
        '',
        '<columns>',
        '<column>',
        'L',
        '</column>',
        '<column>',
        'R',
        '</column>',
        '</columns>',
      ].join('\n'),
    );
  });

  it('restarts numbering after a block that is not a numbered item', () => {
    const blocks = [
      block('numbered_list_item', text('a')),
      block('numbered_list_item', text('b')),
      block('paragraph', text('break')),
      block('numbered_list_item', text('c')),
    ];
    expect(renderNotionMarkdown(blocks)).toBe('1. a\n2. b\n\nbreak\n\n1. c');
  });

  it('renders an empty document as an empty string and an empty heading as its marker', () => {
    expect(renderNotionMarkdown([])).toBe('');
    expect(
      renderNotionMarkdown([
        block('heading_2', { rich_text: [], color: 'default', is_toggleable: false }),
      ]),
    ).toBe('##');
  });

  it('writes inline code with a longer fence than the backticks inside, and pads edge backticks', () => {
    const code = (content: string): RichText => textItem(content, { ...plain, code: true });
    const render = (...items: RichText[]): string =>
      renderNotionMarkdown([block('paragraph', { rich_text: items, color: 'default' })]);
    expect(render(code('a`b'))).toBe('``a`b``');
    expect(render(code('`x'))).toBe('`` `x ``');
    expect(render(code(' y '))).toBe('`  y  `');
    expect(render(code('a'), code('b'))).toBe('`ab`');
    expect(parseNotionMarkdown(render(code('`x'))).map(blockContentKey)).toEqual([
      blockContentKey(block('paragraph', { rich_text: [code('`x')], color: 'default' })),
    ]);
  });

  it('writes underline as <u> and strikethrough as ~~', () => {
    const rich = [
      textItem('u', { ...plain, underline: true }),
      textItem('s', { ...plain, strikethrough: true }),
    ];
    expect(renderNotionMarkdown([block('paragraph', { rich_text: rich, color: 'default' })])).toBe(
      '<u>u</u>~~s~~',
    );
  });

  it('round-trips what it renders for stored blocks', () => {
    const stored = [
      block('bulleted_list_item', text('a'), [
        block('paragraph', text('para child')),
        block('code', { rich_text: [textItem('x\n\ty')], language: 'go', caption: [] }),
        block('callout', { ...text('c'), icon: null, color: 'default' }, [
          block('paragraph', text('deep')),
        ]),
      ]),
    ];
    const md = renderNotionMarkdown(stored);
    expect(md).toBe(
      [
        '- a',
        '',
        '\tpara child',
        '',
        '\t```go',
        '\tx',
        '\t\ty',
        '\t```',
        '',
        '\t<callout>',
        '\tc',
        '',
        '\tdeep',
        '\t</callout>',
      ].join('\n'),
    );
    expect(parseNotionMarkdown(md).map(blockContentKey)).toEqual(stored.map(blockContentKey));
  });
});

describe('blockContentKey and countBlocks', () => {
  it('ignores ids, timestamps and how text is split into runs', () => {
    const a: EmuBlock = {
      ...block('paragraph', {
        rich_text: [textItem('Hello '), textItem('world')],
        color: 'default',
      }),
      id: '1',
      created_time: '2026-01-01T00:00:00.000Z',
    };
    const b = block('paragraph', text('Hello world'));
    expect(blockContentKey(a)).toBe(blockContentKey(b));
  });

  it('tells apart annotations, attributes, types and children', () => {
    const base = block('paragraph', text('x'));
    const variants = [
      block('paragraph', {
        rich_text: [textItem('x', { ...plain, bold: true })],
        color: 'default',
      }),
      block('paragraph', { ...text('x'), color: 'red' }),
      block('quote', text('x')),
      block('paragraph', text('x'), [block('paragraph', text('child'))]),
      block('paragraph', { rich_text: [textItem('x', plain, 'https://l.ink')], color: 'default' }),
    ];
    for (const variant of variants)
      expect(blockContentKey(variant)).not.toBe(blockContentKey(base));
  });

  it('ignores the signature of hosted file URLs', () => {
    const hosted = (query: string): EmuBlock =>
      block('image', {
        type: 'file',
        file: { url: `https://files/a.png?${query}`, expiry_time: query },
        caption: [],
      });
    expect(blockContentKey(hosted('sig=1'))).toBe(blockContentKey(hosted('sig=2')));
  });

  it('counts nested blocks and table rows', () => {
    const blocks = parseNotionMarkdown('- a\n\t- b\n\n| h |\n| - |\n| r |\n\nend');
    expect(countBlocks(blocks)).toBe(6);
  });
});
