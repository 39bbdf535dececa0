import { describe, expect, it } from 'vitest';
import { gfmToNotion } from '../../src/markdown/index.js';

describe('loss warnings', () => {
  it('names each construct Notion cannot hold, with its line', () => {
    const gfm = [
      '---', //1
      'title: x', //2
      '---', //3
      '', //4
      '##### Deep heading', //5
      '', //6
      '<div>html</div>', //7
      '', //8
      'Text <sup>2</sup> [t](u "title") ![i](i.png "x") [ref][r] note[^1].', //9
      '', //10
      '![alone](a.png "title")', //11
      '', //12
      '[![badge](b.svg)](https://ci)', //13
      '', //14
      '```ts title=a.ts', //15
      'x', //16
      '```', //17
      '', //18
      '| a | b |', //19
      '|:--|--:|', //20
      '| 1 | 2 | 3 |', //21
      '', //22
      '3. three', //23
      '4. [ ] numbered task', //24
      '', //25
      '[^1]: The note.', //26
      '', //27
      '[r]: https://ref', //28
      '[unused]: https://unused', //29
      '', //30
      '```nosuchlang', //31
      'x', //32
      '```', //33
    ].join('\n');
    const { warnings } = gfmToNotion(gfm);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ['front-matter', 1],
      ['heading-level', 5],
      ['html-block', 7],
      ['inline-html', 9],
      ['link-title', 9],
      ['inline-image', 9],
      ['reference-link', 9],
      ['footnote', 9],
      ['image-title', 11],
      ['image-link', 13],
      ['code-info', 15],
      ['table-alignment', 19],
      ['table-extra-cells', 21],
      ['list-start', 23],
      ['numbered-todo', 24],
      ['footnote', 26],
      ['unused-definition', 29],
      ['code-language', 31],
    ]);
    for (const warning of warnings) {
      expect(warning.construct).not.toBe('');
      expect(warning.message.length).toBeGreaterThan(20);
    }
  });

  it('warns before the push about table cell edge spaces Notion cannot keep', () => {
    // A pipe table trims its cells, and the reference gives cells no other form for spaces.
    const gfm = '| a | b |\n| - | - |\n| &#x20;x | y |\n| z | w&#x20; |\n| ok | fine |\n';
    const { markdown, warnings } = gfmToNotion(gfm);
    expect(warnings.map((w) => [w.code, w.construct, w.line])).toEqual([
      ['table-cell-spaces', 'table cell', 3],
      ['table-cell-spaces', 'table cell', 4],
    ]);
    expect(markdown).toBe('| a | b |\n| --- | --- |\n|  x | y |\n| z | w  |\n| ok | fine |');
  });

  it('raises none for a document Notion holds as it is (comments stay local by design)', () => {
    const gfm =
      '# T\n\n<!-- guidance -->\n\nText with **b**, *i*, ~~s~~, `c`, [l](https://x) and <u>u</u> <!-- x -->.\n\n- [ ] a\n  1. b\n\n> q\n\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```js\nx\n```\n';
    expect(gfmToNotion(gfm).warnings).toEqual([]);
  });
});
