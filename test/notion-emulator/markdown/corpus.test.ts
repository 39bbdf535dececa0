import { describe, expect, it } from 'vitest';
import { parseNotionMarkdown, renderNotionMarkdown } from './index.js';
import { outline } from './outline.js';

type Case = { name: string; markdown: string; blocks: string[]; rendered: string };

/** v2 documents with the blocks Notion should store and the markdown it should answer with. */
export const CORPUS: Case[] = [
  {
    name: 'an IDSE spec page',
    markdown: [
      '# Specification',
      '',
      'The sync keeps **git** and *Notion* in step.',
      'It never loses an edit.',
      '',
      '## Requirements',
      '',
      '1. Push on merge',
      '2. Pull nightly',
      '',
      '- [ ] Write tests',
      '- [x] Draft design',
      '',
      '```ts',
      'export const x = 1;',
      '```',
      '',
      '| Stage | File |',
      '|-------|------|',
      '| spec | `specs/spec.md` |',
    ].join('\n'),
    blocks: [
      'heading_1: "Specification"',
      'paragraph: "The sync keeps " + "git"[b] + " and " + "Notion"[i] + " in step. It never loses an edit."',
      'heading_2: "Requirements"',
      'numbered_list_item: "Push on merge"',
      'numbered_list_item: "Pull nightly"',
      'to_do {checked=false}: "Write tests"',
      'to_do {checked=true}: "Draft design"',
      'code {language="typescript"}: "export const x = 1;"',
      'table {table_width=2 has_column_header=true has_row_header=false}',
      '  table_row: "Stage" | "File"',
      '  table_row: "spec" | "specs/spec.md"[code]',
    ],
    rendered: [
      '# Specification',
      '',
      'The sync keeps **git** and *Notion* in step. It never loses an edit.',
      '',
      '## Requirements',
      '',
      '1. Push on merge',
      '2. Pull nightly',
      '- [ ] Write tests',
      '- [x] Draft design',
      '',
      '```typescript',
      'export const x = 1;',
      '```',
      '',
      '| Stage | File |',
      '| --- | --- |',
      '| spec | `specs/spec.md` |',
    ].join('\n'),
  },
  {
    name: 'nested lists mixing bullets, numbers and to-dos',
    markdown: [
      '- fruit',
      '  1. apple',
      '     - [ ] buy',
      '     - [x] wash',
      '  2. pear',
      '- veg',
      '\t* carrot',
      '\t+ leek',
      '',
      '\t\tabout leeks',
    ].join('\n'),
    blocks: [
      'bulleted_list_item: "fruit"',
      '  numbered_list_item: "apple"',
      '    to_do {checked=false}: "buy"',
      '    to_do {checked=true}: "wash"',
      '  numbered_list_item: "pear"',
      'bulleted_list_item: "veg"',
      '  bulleted_list_item: "carrot"',
      '  bulleted_list_item: "leek"',
      '    paragraph: "about leeks"',
    ],
    rendered: [
      '- fruit',
      '\t1. apple',
      '\t\t- [ ] buy',
      '\t\t- [x] wash',
      '\t2. pear',
      '- veg',
      '\t- carrot',
      '\t- leek',
      '',
      '\t\tabout leeks',
    ].join('\n'),
  },
  {
    name: 'escapes and literal punctuation',
    markdown:
      'Use \\*stars\\*, \\_under\\_, \\`ticks\\`, \\$5, \\[x\\], a\\\\b, 3 < 4 > 2, {braces}, a|b, x^2, ~tilde~ and snake_case.',
    blocks: [
      'paragraph: "Use *stars*, _under_, `ticks`, $5, [x], a\\\\b, 3 < 4 > 2, {braces}, a|b, x^2, " + "tilde"[s] + " and snake_case."',
    ],
    rendered:
      'Use \\*stars\\*, \\_under\\_, \\`ticks\\`, \\$5, \\[x\\], a\\\\b, 3 \\< 4 \\> 2, \\{braces\\}, a\\|b, x\\^2, ~~tilde~~ and snake_case.',
  },
  {
    name: 'a table with inline code and escaped pipes',
    markdown: [
      '| cmd | meaning |',
      '| :-- | --: |',
      '| `a \\| b` | pipe a\\|b |',
      '| `` x`y `` | **bold** |',
    ].join('\n'),
    blocks: [
      'table {table_width=2 has_column_header=true has_row_header=false}',
      '  table_row: "cmd" | "meaning"',
      '  table_row: "a | b"[code] | "pipe a|b"',
      '  table_row: "x`y"[code] | "bold"[b]',
    ],
    rendered: [
      '| cmd | meaning |',
      '| --- | --- |',
      '| `a \\| b` | pipe a\\|b |',
      '| ``x`y`` | **bold** |',
    ].join('\n'),
  },
  {
    name: 'code fences holding backticks and tildes',
    markdown: ['````md', '```js', 'x', '```', '````', '', '~~~', 'a ~~~ b', '~~~'].join('\n'),
    blocks: [
      'code {language="markdown"}: "```js\\nx\\n```"',
      'code {language="plain text"}: "a ~~~ b"',
    ],
    rendered: ['````markdown', '```js', 'x', '```', '````', '', '```', 'a ~~~ b', '```'].join('\n'),
  },
  {
    name: 'callouts and toggles with children',
    markdown: [
      '<callout icon="⚠️" color="yellow_bg">Careful **now**',
      '',
      'First child.',
      '',
      '<toggle>Details',
      '',
      '- one',
      '- two',
      '</toggle>',
      '</callout>',
    ].join('\n'),
    blocks: [
      'callout {icon={"type":"emoji","emoji":"⚠️"} color="yellow_background"}: "Careful " + "now"[b]',
      '  paragraph: "First child."',
      '  toggle: "Details"',
      '    bulleted_list_item: "one"',
      '    bulleted_list_item: "two"',
    ],
    rendered: [
      '<callout icon="⚠️" color="yellow_bg">',
      'Careful **now**',
      '',
      'First child.',
      '',
      '<toggle>',
      'Details',
      '',
      '- one',
      '- two',
      '</toggle>',
      '</callout>',
    ].join('\n'),
  },
  {
    name: 'block and text colours',
    markdown: [
      '<p color="purple">Purple paragraph with <span color="red_bg">red background</span></p>',
      '',
      '<h2 color="blue">Blue heading</h2>',
      '',
      'Not a colour {color="red"}',
    ].join('\n'),
    blocks: [
      'paragraph {color="purple"}: "Purple paragraph with " + "red background"[red_background]',
      'heading_2 {color="blue"}: "Blue heading"',
      'paragraph: "Not a colour {color=\\"red\\"}"',
    ],
    rendered: [
      '<p color="purple">Purple paragraph with <span color="red_bg">red background</span></p>',
      '',
      '<h2 color="blue">Blue heading</h2>',
      '',
      'Not a colour \\{color="red"\\}',
    ].join('\n'),
  },
  {
    name: 'mentions, dates, equations and citations',
    markdown: [
      'Owner <mention url="user://0123456789abcdef0123456789abcdef"/> due <date start="2026-03-01"/>;',
      'see <mention url="https://www.notion.so/0123456789abcdef0123456789abcdef">Plan</mention>, $E = mc^2$[^https://ex.com/e].',
      '',
      '$$',
      '\\int_0^1 x\\,dx',
      '$$',
    ].join('\n'),
    blocks: [
      'paragraph: "Owner " + mention:user("") + " due " + mention:date("2026-03-01") + "; see " + mention:page("Plan") + ", " + eq(E = mc^2) + cite(https://ex.com/e) + "."',
      'equation {expression="\\\\int_0^1 x\\\\,dx"}',
    ],
    rendered: [
      'Owner <mention url="user://01234567-89ab-cdef-0123-456789abcdef" /> due <date start="2026-03-01" />; see <mention url="https://www.notion.so/0123456789abcdef0123456789abcdef">Plan</mention>, $E = mc^2$[^https://ex.com/e].',
      '',
      '$$',
      '\\int_0^1 x\\,dx',
      '$$',
    ].join('\n'),
  },
  {
    name: 'empty blocks and dividers',
    markdown: ['Above', '', '<p />', '', '<p />', '', '---', '', '* * *', '', 'Below'].join('\n'),
    blocks: [
      'paragraph: "Above"',
      'paragraph',
      'paragraph',
      'divider',
      'divider',
      'paragraph: "Below"',
    ],
    rendered: ['Above', '', '<p />', '', '<p />', '', '---', '', '---', '', 'Below'].join('\n'),
  },
  {
    name: 'HTML-ish text stays text',
    markdown: [
      '<details>',
      '<summary>Click</summary>',
      'hidden',
      '</details>',
      '',
      'Inline <sup>1</sup> and <br> and a <div class="x">.',
    ].join('\n'),
    blocks: [
      'paragraph: "<details> <summary>Click</summary> hidden </details>"',
      'paragraph: "Inline <sup>1</sup> and <br> and a <div class=\\"x\\">."',
    ],
    rendered: [
      '\\<details\\> \\<summary\\>Click\\</summary\\> hidden \\</details\\>',
      '',
      'Inline \\<sup\\>1\\</sup\\> and \\<br\\> and a \\<div class="x"\\>.',
    ].join('\n'),
  },
  {
    name: 'quotes, images and links',
    markdown: [
      '> Quote with [a link](https://ex.com/a_(b)) and `code`',
      '',
      '![Diagram](https://ex.com/d.png)',
      '',
      '[**bold link**](<https://ex.com/with space>)',
    ].join('\n'),
    blocks: [
      'quote: "Quote with " + "a link"[link=https://ex.com/a_(b)] + " and " + "code"[code]',
      'image {type="external" external={"url":"https://ex.com/d.png"}}: "Diagram"',
      'paragraph: "bold link"[b,link=https://ex.com/with space]',
    ],
    rendered: [
      '> Quote with [a link](https://ex.com/a_(b)) and `code`',
      '',
      '![Diagram](https://ex.com/d.png)',
      '',
      '[**bold link**](<https://ex.com/with space>)',
    ].join('\n'),
  },
];

describe('v2 corpus: parse, render, round trip', () => {
  for (const { name, markdown, blocks, rendered } of CORPUS) {
    it(`${name}: parses to the expected blocks`, () => {
      expect(outline(parseNotionMarkdown(markdown))).toEqual(blocks);
    });

    it(`${name}: renders as Notion answers`, () => {
      expect(renderNotionMarkdown(parseNotionMarkdown(markdown))).toBe(rendered);
    });

    it(`${name}: render(parse(x)) is stable`, () => {
      const once = renderNotionMarkdown(parseNotionMarkdown(markdown));
      const twice = renderNotionMarkdown(parseNotionMarkdown(once));
      expect(twice).toBe(once);
      expect(outline(parseNotionMarkdown(once))).toEqual(blocks);
    });
  }

  it('stores a to-do as the API block object', () => {
    expect(parseNotionMarkdown('- [x] **Done** item')).toEqual([
      {
        type: 'to_do',
        to_do: {
          rich_text: [
            {
              type: 'text',
              text: { content: 'Done', link: null },
              annotations: {
                bold: true,
                italic: false,
                strikethrough: false,
                underline: false,
                code: false,
                color: 'default',
              },
              plain_text: 'Done',
              href: null,
            },
            {
              type: 'text',
              text: { content: ' item', link: null },
              annotations: {
                bold: false,
                italic: false,
                strikethrough: false,
                underline: false,
                code: false,
                color: 'default',
              },
              plain_text: ' item',
              href: null,
            },
          ],
          checked: true,
          color: 'default',
        },
      },
    ]);
  });

  it('accepts CRLF line endings like LF', () => {
    const lf = CORPUS[0]?.markdown ?? '';
    expect(parseNotionMarkdown(lf.replace(/\n/g, '\r\n'))).toEqual(parseNotionMarkdown(lf));
  });
});
