import { describe, expect, it } from 'vitest';
import { gfmToNotion, notionBlocks, notionToGfm } from '../../src/markdown/index.js';
import { generateDocument, random } from './generator.js';

/** v2 → GFM → v2 must give back the same v2 (Notion's constructs survive a pull and a push). */
function roundTrip(v2: string): { gfm: string; back: string } {
  const gfm = notionToGfm(v2).markdown;
  return { gfm, back: gfmToNotion(gfm).markdown };
}

describe('Notion constructs without a GFM form are kept for the next push', () => {
  it.each([
    ['coloured toggle', '<toggle color="gray_bg">\nDetails\n\nHidden paragraph.\n</toggle>'],
    ['toggle heading', '<toggle heading="h2" color="red">\nSection\n\nBody.\n</toggle>'],
    ['child page', '<page url="https://www.notion.so/abc">Child page</page>'],
    ['child database', '<database url="https://www.notion.so/db" inline="false">Tasks</database>'],
    ['unknown block', '<unknown url="https://www.notion.so/p#aaaa1111" alt="button"/>'],
    ['empty block', '<p />'],
    ['coloured paragraph', '<p color="blue_bg">Coloured</p>'],
    ['coloured quote', '<quote color="red">\nRed quote\n</quote>'],
    [
      'styled table',
      '<table header-row="true">\n<tr color="blue_bg">\n<td>a</td>\n<td>b</td>\n</tr>\n</table>',
    ],
    ['columns', '<columns>\n<column>\nLeft\n</column>\n<column>\nRight\n</column>\n</columns>'],
    ['equation tag', '<equation color="red">y = 2</equation>'],
    ['table of contents', '<table-of-contents />'],
    [
      'synced block',
      '<synced-block url="https://www.notion.so/s#1">\nShared text\n</synced-block>',
    ],
  ])('%s: raw in GFM, byte-identical back in v2', (_name, tag) => {
    const v2 = `# Title\n\n${tag}\n\nAfter.`;
    const { gfm, back } = roundTrip(v2);
    expect(gfm).toContain(`\n${tag}\n`);
    expect(back).toBe(v2);
    expect(notionBlocks(v2).map((b) => b.kind)).toEqual(['heading', 'notion-tag', 'paragraph']);
  });

  it.each([
    ['mention with label', 'See <mention url="user://123">Ann *Lee*</mention> today.'],
    ['self-closing mention', 'Page <mention url="https://www.notion.so/p1"/> here.'],
    ['date', 'Due <date start="2026-01-01" end="2026-01-02" time-zone="Europe/Berlin"/>.'],
    ['colour span', 'A <span color="red">red **bold**</span> word.'],
    ['underline', 'Some <u>underlined</u> text.'],
    ['citation', 'A claim [^https://example.com/source] with a source.'],
    ['inline math', 'Inline $E = mc^2$ math.'],
    ['mention alone on its line', '<mention url="https://www.notion.so/p1"/>'],
  ])('%s: kept inline and byte-identical back', (_name, paragraph) => {
    const { back } = roundTrip(paragraph);
    expect(back).toBe(paragraph);
  });

  it('keeps a mention label literal: no markdown inside is read', () => {
    const gfm = notionToGfm('Hi <mention url="user://1">*not em*</mention>').markdown;
    expect(gfm).toBe('Hi <mention url="user://1">*not em*</mention>\n');
  });

  it('reads <quote> with children as a blockquote and writes it back in tag form', () => {
    const v2 = '<quote>\nQuote title\n\n- quoted child\n</quote>';
    const { gfm, back } = roundTrip(v2);
    expect(gfm).toBe('> Quote title\n>\n> - quoted child\n');
    expect(back).toBe(v2);
  });

  it('reads an empty to-do and writes it back', () => {
    const { gfm, back } = roundTrip('- [ ]\n- [x] done');
    expect(gfm).toBe('- [ ]\n- [x] done\n');
    expect(back).toBe('- [ ]\n- [x] done');
  });

  it('reads a hard break, soft-wrapped text and escapes', () => {
    const v2 =
      'Line one\\\nline two\n\nEscaped \\<details\\> and &lt;div&gt; and \\$5 and {color="red"} literal.';
    const { gfm, back } = roundTrip(v2);
    expect(gfm).toBe(
      'Line one\\\nline two\n\nEscaped \\<details> and \\<div> and $5 and {color="red"} literal.\n',
    );
    expect(back).toBe(v2.replace('&lt;div&gt;', '\\<div\\>'));
  });

  it('reads HTML that Notion would store as text as literal text', () => {
    expect(notionToGfm('<details>\nsummary\n</details>').markdown).toBe(
      '\\<details>\\\nsummary\\\n\\</details>\n',
    );
  });

  it('cuts a tag block that follows list item text on the next line into a child', () => {
    const v2 = '1. one\n   <toggle color="red">\n   nested\n   </toggle>\n2. two';
    const gfm = notionToGfm(v2).markdown;
    expect(gfm).toBe('1. one\n\n   <toggle color="red">\n   nested\n   </toggle>\n2. two\n');
    expect(gfmToNotion(gfm).markdown).toBe(
      '1. one\n\n   <toggle color="red">\n   nested\n   </toggle>\n2. two',
    );
  });

  it('does not merge a list that ends a tag block with a list after it', () => {
    const v2 = '<toggle color="red">\nTitle\n\n- inside\n</toggle>\n\n- outside';
    expect(notionBlocks(v2).map((b) => b.kind)).toEqual(['notion-tag', 'bullet-item']);
    expect(roundTrip(v2).back).toBe(v2);
  });

  it('warns about each tag block kept as raw HTML, with its line', () => {
    const { warnings } = notionToGfm(
      '# T\n\n<toggle color="red">\nx\n</toggle>\n\n<page url="u">P</page>',
    );
    expect(warnings.map((w) => [w.code, w.construct, w.line])).toEqual([
      ['notion-block', '<toggle>', 3],
      ['notion-block', '<page>', 7],
    ]);
  });

  it('does not read a table cell line that starts with a code span as a code fence', () => {
    // CommonMark: a backtick fence's info string has no backtick, so ```x``` opens no fence.
    const v2 = '<table>\n<tr>\n<td>a\\\n```x``` b</td>\n</tr>\n</table>\n\nAfter.';
    expect(notionBlocks(v2).map((b) => b.kind)).toEqual(['notion-tag', 'paragraph']);
    const { gfm, back } = roundTrip(v2);
    expect(gfm).toBe('<table>\n<tr>\n<td>a\\\n```x``` b</td>\n</tr>\n</table>\n\nAfter.\n');
    expect(back).toBe(v2);
    const file = `# T\n\n${v2}\n`;
    expect(gfmToNotion(file).markdown).toBe(`# T\n\n${v2}`);
  });

  it('does not end a code fence inside a tag block at a fence line with text after it', () => {
    const v2 = '<toggle color="red">\nTitle\n\n```\n```js\n</toggle>\n```\n</toggle>\n\nAfter.';
    expect(notionBlocks(v2).map((b) => b.kind)).toEqual(['notion-tag', 'paragraph']);
    expect(roundTrip(v2).back).toBe(v2);
  });

  it('reads a list item whose text has edge spaces from its <li>/<todo> tag, and writes it back so', () => {
    // "always use the tag form when a block needs attributes, children, or edge whitespace — <quote>
    // not >, <li> not -"; <todo checked="…"> for a to-do.
    const v2 =
      '- plain\n\n<ul>\n<li> spaced </li>\n</ul>\n\n- [ ] next\n\n<todo checked="true"> done</todo>';
    const { gfm, back } = roundTrip(v2);
    expect(gfm).toBe('- plain\n- &#x20;spaced&#x20;\n- [ ] next\n- [x] &#x20;done\n');
    expect(back).toBe(v2);
  });

  it('does not end a callout at an escaped tag in its text', () => {
    const v2 = '<callout icon="x">\nWrite \\</callout\\> to close it\n</callout>\n\nAfter.';
    expect(notionBlocks(v2).map((b) => b.kind)).toEqual(['callout', 'paragraph']);
    const { back } = roundTrip(v2);
    expect(back).toBe('<callout icon="x">Write \\</callout\\> to close it</callout>\n\nAfter.');
    expect(notionBlocks(back).map((b) => b.key)).toEqual(notionBlocks(v2).map((b) => b.key));
  });

  it.each(Array.from({ length: 20 }, (_, seed) => seed))(
    'generated page %i with Notion blocks mixed in keeps every block through a pull and a push',
    (seed) => {
      const rnd = random(1000 + seed);
      const tags = [
        '<callout icon="💡">\nTip\n\n- child\n</callout>',
        '<page url="https://www.notion.so/child">Child</page>',
        '<unknown url="https://www.notion.so/p#b1" alt="button"/>',
        '<p />',
        '<toggle>\nMore\n\nHidden.\n</toggle>',
        'See <mention url="user://1">Ann</mention> on <date start="2026-01-01"/>.',
      ];
      const blocks = gfmToNotion(generateDocument(seed)).markdown.split('\n\n');
      const mixed: string[] = [];
      for (const block of blocks) {
        mixed.push(block);
        if (rnd() < 0.3) mixed.push(tags[Math.floor(rnd() * tags.length)] as string);
      }
      const v2 = mixed.join('\n\n');
      const { back } = roundTrip(v2);
      expect(notionBlocks(back).map((b) => b.key)).toEqual(notionBlocks(v2).map((b) => b.key));
      for (const tag of tags) {
        expect(back.split(tag).length, tag).toBe(v2.split(tag).length);
      }
    },
  );
});
