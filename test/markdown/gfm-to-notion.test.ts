import { describe, expect, it } from 'vitest';
import { gfmToNotion } from '../../src/markdown/index.js';
import { parseNotionMarkdown, renderNotionMarkdown } from '../notion-emulator/markdown/index.js';

const v2 = (gfm: string): string => gfmToNotion(gfm).markdown;

describe('gfmToNotion', () => {
  it('keeps a soft-wrapped paragraph as one block on one line', () => {
    expect(v2('one\ntwo\n  three\n\nnext')).toBe('one two three\n\nnext');
  });

  it('writes hard breaks as a trailing backslash', () => {
    expect(v2('a  \nb\\\nc<br>d')).toBe('a\\\nb\\\nc\\\nd');
  });

  it('escapes what Notion would read as syntax, and leaves {} literal', () => {
    expect(v2('Costs $5, a <tag>, a|b, 2^10, [x], \\*, \\_x\\_, {color="red"} and &amp;amp;')).toBe(
      'Costs \\$5, a \\<tag\\>, a\\|b, 2\\^10, \\[x\\], \\*, \\_x\\_, {color="red"} and \\&amp;',
    );
  });

  it('escapes block syntax at the start of a line but not snake_case', () => {
    expect(v2('\\# not a heading\\\n1\\. not a list\\\n\\- no bullet and sync_metadata')).toBe(
      '\\# not a heading\\\n1\\. not a list\\\n\\- no bullet and sync_metadata',
    );
  });

  it('fences code longer than any backtick run inside, with its language', () => {
    expect(v2('````md\n```js\nx\n```\n````')).toBe('````md\n```js\nx\n```\n````');
    expect(v2('    indented')).toBe('```\nindented\n```');
  });

  it('writes nested and numbered lists with to-dos', () => {
    expect(v2('1. a\n   - [x] b\n   - [ ] c\n2. d\n\n* e')).toBe(
      '1. a\n   - [x] b\n   - [ ] c\n2. d\n\n- e',
    );
  });

  it('keeps list text that looks like a list item from becoming one', () => {
    expect(v2('- 1\\. x\n- \\- y')).toBe('- 1\\. x\n- \\- y');
  });

  it('uses tag forms where delimiters would not parse back', () => {
    expect(v2('a<b>b</b>c and x<b>(y)</b>z and ***both***')).toBe(
      'a**b**c and x<b>(y)</b>z and <i>**both**</i>',
    );
  });

  it('writes a quote with several blocks in <quote> form', () => {
    expect(v2('> one\n>\n> - two')).toBe('<quote>\none\n\n- two\n</quote>');
    expect(v2('> one\n> more')).toBe('> one more');
  });

  it('writes <quote> in the reference’s container shape, as Notion writes the same blocks', () => {
    // "<quote color="purple_bg">\nTitle text\n\n- child bullet…": the title on the line after
    // the tag; a title with edge spaces stays on the tag's line, the one form that holds them.
    for (const gfm of [
      '> Title text\n>\n> - child bullet\n',
      '> &#x20;Title&#x20;\n>\n> child\n',
    ]) {
      const written = v2(gfm);
      expect(written).toBe(renderNotionMarkdown(parseNotionMarkdown(written)));
    }
    expect(v2('> &#x20;Title&#x20;\n>\n> child\n')).toBe('<quote> Title \n\nchild\n</quote>');
  });

  it('writes a list item with edge spaces in its <li> or <todo> tag form', () => {
    expect(v2('- a\n- &#x20;b\n- c\n')).toBe('- a\n\n<ul>\n<li> b</li>\n</ul>\n\n- c');
    expect(v2('1. &#x20;one&#x20;\n\n   child\n')).toBe('<ol>\n<li> one \n\nchild\n</li>\n</ol>');
    expect(v2('- [x] done&#x20;\n')).toBe('<todo checked="true">done </todo>');
    for (const gfm of [
      '- a\n- &#x20;b\n- c\n',
      '1. &#x20;one&#x20;\n\n   child\n',
      '- [x] done&#x20;\n',
    ]) {
      const written = v2(gfm);
      expect(written).toBe(renderNotionMarkdown(parseNotionMarkdown(written)));
    }
  });

  it('writes pipe tables, escaping pipes in cells and code', () => {
    expect(v2('| a | `b\\|c` |\n|:-|-:|\n| x<br>y | 1 \\| 2 |')).toBe(
      '| a | `b\\|c` |\n| --- | --- |\n| x<br />y | 1 \\| 2 |',
    );
  });

  it('sends the code language as written; one with a space in its name whole', () => {
    expect(v2('```js\nx\n```')).toBe('```js\nx\n```');
    expect(v2('```visual basic\nx\n```')).toBe('```visual basic\nx\n```');
  });

  it('makes an image its own block and an image inside text a link', () => {
    expect(v2('![alt](a.png)\n\ntext ![icon](i.png) more')).toBe(
      '![alt](a.png)\n\ntext [icon](i.png) more',
    );
  });

  it('sends block math with $$ lines and inline $$…$$ as $…$', () => {
    expect(v2('a $$x^2$$ b\n\n$$\ny\n$$')).toBe('a $x^2$ b\n\n$$\ny\n$$');
  });

  it('passes Notion tags that a pull wrote into the file back byte for byte', () => {
    const gfm =
      '<callout icon="💡">\nTitle\n\n- child\n</callout>\n\nSee <mention url="user://1">Ann</mention>.\n';
    expect(v2(gfm)).toBe(gfm.trimEnd());
  });

  it('treats HTML-named tags as Notion tags only with Notion attributes', () => {
    expect(v2('<p color="red">x</p>')).toBe('<p color="red">x</p>');
    expect(v2('<p align="center">x</p>')).toBe('```html\n<p align="center">x</p>\n```');
  });

  it('converts twice to the same v2', () => {
    const gfm = '# T\n\nSome *text* with `code` and [a link](https://x.y).\n\n- a\n- b\n';
    expect(v2(v2(gfm))).toBe(v2(gfm));
  });

  it('keeps a pipe in a link inside a table cell from splitting the cell', () => {
    const sent = v2('| a |\n| - |\n| [x](https://e.com/a\\|b) |');
    expect(sent).toBe('| a |\n| --- |\n| [x](https://e.com/a%7Cb) |');
  });
});
