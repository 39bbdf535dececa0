import { describe, expect, it } from 'vitest';
import { gfmBlocks, gfmToNotion, notionBlocks, notionToGfm } from '../../src/markdown/index.js';

const keys = (gfm: string) => gfmBlocks(gfm).map((b) => b.key);
const v2keys = (v2: string) => notionBlocks(v2).map((b) => b.key);

// Each pair: what a file holds, and what Notion writes back for it (or another way a person
// writes the same). Equal in the canonical form, so neither a push nor a pull sees an edit.
const SAME: [string, string, string][] = [
  ['code-language alias', '```js\nx()\n```', '```javascript\nx()\n```'],
  ['code-language alias, other case', '```TS\nx()\n```', '```typescript\nx()\n```'],
  ['shell aliases', '```sh\nls\n```', '```shell\nls\n```'],
  ['plain text', '```text\nx\n```', '```\nx\n```'],
  ['a language Notion does not have', '```ini\na=1\n```', '```\na=1\n```'],
  ['trailing whitespace in code', '```\nx   \n\n```', '```\nx\n```'],
  ['emphasis markers', '_a_ and __b__', '*a* and **b**'],
  ['spaces at the edge of bold (Notion writes them outside)', '<b>a </b>b', '**a** b'],
  ['mark nesting', '**[a](https://x.y)**', '[**a**](https://x.y)'],
  ['bullet markers', '* a\n* b', '- a\n- b'],
  ['numbering', '3) a\n3) b', '1. a\n2. b'],
  ['escapes', 'a \\* b and 1\\. c', 'a \\* b and 1. c'],
  ['entities', 'R&amp;D &#169;', 'R&D ©'],
  [
    'table padding and delimiter rows',
    '| a   | b |\n|:----|--:|\n| 1   | 2 |',
    '|a|b|\n|---|---|\n|1|2|',
  ],
  ['setext and ATX', 'Title\n=====', '# Title'],
  ['autolinks', '[https://x.y](https://x.y)', '<https://x.y>'],
  ['hard-break forms', 'a  \nb', 'a\\\nb'],
  ['hard break as <br>', 'a<br>b', 'a\\\nb'],
  ['wrapping', 'one\ntwo three', 'one two three'],
  ['trailing whitespace', 'text   ', 'text'],
  ['spaces at the edges of a table cell', '| a |\n| - |\n| &#x20;x |', '| a |\n| - |\n| x |'],
  ['comments', 'a <!-- note --> b\n\n<!-- block -->', 'a b'],
  ['loose and tight child lists', '- a\n\n  1. b', '- a\n  1. b'],
];

describe('the canonical form', () => {
  it.each(SAME)('%s compare equal', (_name, file, other) => {
    expect(keys(file)).toEqual(keys(other));
    // …and equal to what the push sends and Notion's reading of it.
    expect(v2keys(gfmToNotion(file).markdown)).toEqual(keys(other));
  });

  it('keeps what changes the meaning apart', () => {
    expect(keys('```js\nx\n```')).not.toEqual(keys('```ts\nx\n```'));
    expect(keys('*a*')).not.toEqual(keys('**a**'));
    expect(keys('- a')).not.toEqual(keys('1. a'));
    expect(keys('`a b`')).not.toEqual(keys('`a  b`'));
    expect(keys('<u>a</u> <u>b</u>')).not.toEqual(keys('a b'));
  });

  it('reads Notion tag blocks the way Notion lays them out', () => {
    const mine = '<callout icon="💡">\nRemember.\n\n- child\n</callout>';
    expect(keys(mine)).toEqual(v2keys('<callout icon="💡">Remember.\n\n- child\n</callout>'));
  });
});

describe('HTML comments are local', () => {
  it('are never sent to Notion, as blocks or inside text, and warn about nothing', () => {
    const gfm =
      '# T\n\n<!-- guidance:\n  say what, not how -->\n\nText <!-- aside --> more.\n\n- a\n  <!-- x -->\n';
    const { markdown, warnings } = gfmToNotion(gfm);
    expect(markdown).toBe('# T\n\nText more.\n\n- a');
    expect(warnings).toEqual([]);
  });

  it('come back as comments when Notion holds them as literal text', () => {
    expect(notionToGfm('\\<!-- fill in --\\>\n\nText \\<!-- aside --\\> more.').markdown).toBe(
      '<!-- fill in -->\n\nText <!-- aside --> more.\n',
    );
    // A paragraph of nothing but a comment is no block on either side.
    expect(v2keys('\\<!-- fill in --\\>\n\nText')).toEqual(keys('<!-- fill in -->\n\nText'));
  });
});
