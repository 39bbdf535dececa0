import { describe, expect, it } from 'vitest';
import {
  MarkdownRejected,
  blockContentKey,
  findLimitViolations,
  parseNotionMarkdown,
  renderNotionMarkdown,
  renderNotionMarkdownWithInfo,
  splitLongText,
  textItem,
  type EmuBlock,
  type RichText,
} from './index.js';
import { outline } from './outline.js';

const parse = (md: string): string[] => outline(parseNotionMarkdown(md));
const normalize = (md: string): string => renderNotionMarkdown(parseNotionMarkdown(md));
const bold = {
  bold: true,
  italic: false,
  strikethrough: false,
  underline: false,
  code: false,
  color: 'default',
};

function paragraph(richText: RichText[]): EmuBlock {
  return { type: 'paragraph', paragraph: { rich_text: richText, color: 'default' } };
}

describe('markdown assumptions (ASSUMPTIONS.md)', () => {
  it('A-MD-01: h5 and h6 become heading_4, written back as ####', () => {
    expect(parse('##### Five\n\n###### Six')).toEqual(['heading_4: "Five"', 'heading_4: "Six"']);
    expect(normalize('##### Five')).toBe('#### Five');
  });

  it('A-MD-02: headings, fences, quotes, bullets and Notion tags interrupt a paragraph; other lines continue it', () => {
    expect(parse('Text\n# Head\nmore\n2. not a list\n- item\n<toggle>T</toggle>')).toEqual([
      'paragraph: "Text"',
      'heading_1: "Head"',
      'paragraph: "more 2. not a list"',
      'bulleted_list_item: "item"',
      'toggle: "T"',
    ]);
    expect(parse('Title\n===\n\nSub\n---')).toEqual(['heading_1: "Title"', 'heading_2: "Sub"']);
  });

  it('A-MD-03: a single newline is a space, a trailing backslash or two spaces a line break', () => {
    expect(parse('one\ntwo\\\nthree  \nfour')).toEqual(['paragraph: "one two\\nthree\\nfour"']);
    expect(renderNotionMarkdown([paragraph([textItem('a\nb')])])).toBe('a\\\nb');
  });

  it('A-MD-04: list items are written tight and numbered from 1 in each run', () => {
    const md = '3. c\n\n7. d\n\n- [x] e\n\n- f\n\nbreak\n\n9. g';
    expect(normalize(md)).toBe('1. c\n2. d\n- [x] e\n- f\n\nbreak\n\n1. g');
  });

  it('A-MD-05: list children nest by a tab or by the content column, and render with tabs', () => {
    const spaces = '1. top\n   - child\n\n     child paragraph';
    const tabs = '1. top\n\t- child\n\n\t\tchild paragraph';
    const expected = [
      'numbered_list_item: "top"',
      '  bulleted_list_item: "child"',
      '    paragraph: "child paragraph"',
    ];
    expect(parse(spaces)).toEqual(expected);
    expect(parse(tabs)).toEqual(expected);
    expect(normalize(spaces)).toBe(tabs);
  });

  it('A-MD-06: a multi-paragraph > quote keeps its first paragraph as text and the rest as children', () => {
    const md = '> first\n> line\n>\n> second';
    expect(parse(md)).toEqual(['quote: "first line"', '  paragraph: "second"']);
    expect(normalize(md)).toBe('<quote>\nfirst line\n\nsecond\n</quote>');
    expect(normalize('> just one\\\n> quote')).toBe('> just one\\\n> quote');
  });

  it('A-MD-07: <ol type> is each item’s list_format; items needing a tag are one <ul>/<ol>, to-dos <todo>', () => {
    const md =
      '<ul>\n<li color="blue">blue</li>\n<li>plain</li>\n</ul>\n\n' +
      '<ol>\n<li color="red_bg">red</li>\n</ol>\n\n' +
      '<ol type="a">\n<li>alpha</li>\n<li>beta</li>\n</ol>\n\n' +
      '<todo checked="true" color="gray">done</todo>\n\n- [ ] open';
    expect(parse(md)).toEqual([
      'bulleted_list_item {color="blue"}: "blue"',
      'bulleted_list_item: "plain"',
      'numbered_list_item {color="red_background"}: "red"',
      'numbered_list_item {list_format="letters"}: "alpha"',
      'numbered_list_item {list_format="letters"}: "beta"',
      'to_do {checked=true color="gray"}: "done"',
      'to_do {checked=false}: "open"',
    ]);
    // Items around the ones that need a tag stay markdown.
    expect(normalize(md)).toBe(
      md
        .replace('<li>plain</li>\n</ul>', '</ul>\n\n- plain')
        .replace('</ol>\n\n<todo', '</ol>\n\n<todo'),
    );
    // type="1" is the default numbering; without a colour the items are plain markdown.
    expect(normalize('<ul>\n<li>a</li>\n</ul>\n\n<ol type="1">\n<li>b</li>\n</ol>')).toBe(
      '- a\n1. b',
    );
    // A change of numbering style starts a list of its own.
    expect(normalize('<ol type="i">\n<li>one</li>\n</ol>\n\n1. two')).toBe(
      '<ol type="i">\n<li>one</li>\n</ol>\n\n1. two',
    );
    expect(() => parseNotionMarkdown('<ul>\n<li checked="true">a</li>\n</ul>')).toThrow(
      /does not take the attribute checked/,
    );
  });

  it('A-MD-08: marks nest link > color > underline > strike > bold > italic, whitespace outside delimiters, <b>/<i>/<s> where delimiters fail', () => {
    const richText: RichText[] = [
      textItem('plain '),
      textItem('bold ', bold),
      textItem('both', { ...bold, italic: true }),
      textItem(' tail', { ...bold, underline: true, color: 'red' }, 'https://x.y'),
      textItem('https://auto.link', undefined, 'https://auto.link'),
    ];
    const md = renderNotionMarkdown([paragraph(richText)]);
    expect(md).toBe(
      'plain **bold *both***[<span color="red"><u> **tail**</u></span>](https://x.y)<https://auto.link>',
    );
    expect(outline(parseNotionMarkdown(md))).toEqual([
      'paragraph: "plain " + "bold "[b] + "both"[b,i] + " "[u,red,link=https://x.y] + "tail"[b,u,red,link=https://x.y] + "https://auto.link"[link=https://auto.link]',
    ]);
    const edged = [textItem('a'), textItem('(x)', { ...bold, italic: true }), textItem('b')];
    expect(renderNotionMarkdown([paragraph(edged)])).toBe('a<b><i>(x)</i></b>b');
  });

  it('A-MD-09: the documented characters are escaped, _ only outside words, block markers at line start', () => {
    const text = 'snake_case _x_ *a* `b` $c$ [d] <e> {f} |g| ^h ~i~ \\ #j';
    const md = renderNotionMarkdown([paragraph([textItem(text)])]);
    expect(md).toBe(
      'snake_case \\_x\\_ \\*a\\* \\`b\\` \\$c\\$ \\[d\\] \\<e\\> \\{f\\} \\|g\\| \\^h \\~i\\~ \\\\ #j',
    );
    expect(renderNotionMarkdown([paragraph([textItem('# a\n- b\n+ c\n= d\n12. e\n3) f')])])).toBe(
      '\\# a\\\n\\- b\\\n\\+ c\\\n\\= d\\\n12\\. e\\\n3\\) f',
    );
    expect(outline(parseNotionMarkdown(md))).toEqual([`paragraph: ${JSON.stringify(text)}`]);
    // Leading whitespace of an inner line cannot be written; at the block's edge the <p> form
    // holds it.
    expect(renderNotionMarkdown([paragraph([textItem('x\n\t    indented\n  next')])])).toBe(
      'x\\\nindented\\\nnext',
    );
    expect(renderNotionMarkdown([paragraph([textItem('a & b &amp; c')])])).toBe('a & b \\&amp; c');
  });

  it('A-MD-10: code languages follow Notion’s list, aliases map, unknown ones become plain text', () => {
    expect(
      parse('```ts\nx\n```\n\n```Visual Basic\ny\n```\n\n```klingon\nz\n```\n\n```\nw\n```'),
    ).toEqual([
      'code {language="typescript"}: "x"',
      'code {language="visual basic"}: "y"',
      'code {language="plain text"}: "z"',
      'code {language="plain text"}: "w"',
    ]);
    expect(normalize('~~~klingon\nz\n~~~')).toBe('```\nz\n```');
    expect(normalize('```\nuses ``` and ````\n```')).toBe('`````\nuses ``` and ````\n`````');
    const block: EmuBlock = {
      type: 'code',
      code: { rich_text: [textItem('a ```` b')], language: 'python', caption: [textItem('cap')] },
    };
    expect(renderNotionMarkdown([block])).toBe('`````python\na ```` b\n`````');
  });

  it('A-MD-11: unclosed fences, $$ blocks and block tags are refused', () => {
    for (const md of [
      '```js\nx',
      '$$\nx',
      '<toggle>T\n\nchild',
      '<callout>\n\nx',
      '<table>\n<tr>',
    ]) {
      expect(() => parseNotionMarkdown(md), md).toThrow(MarkdownRejected);
    }
  });

  it('A-MD-12: tab indentation outside a list is refused; four spaces make a code block', () => {
    expect(() => parseNotionMarkdown('Para\n\n\tindented child')).toThrow(/tab indentation/);
    expect(parse('    let x = 1;\n      nested')).toEqual([
      'code {language="plain text"}: "let x = 1;\\n  nested"',
    ]);
    expect(normalize('    let x = 1;')).toBe('```\nlet x = 1;\n```');
  });

  it('A-MD-13: <br>, <details> and other HTML stay literal text', () => {
    expect(parse('a<br>b <details><summary>s</summary></details>')).toEqual([
      'paragraph: "a<br>b <details><summary>s</summary></details>"',
    ]);
    expect(normalize('<div>x</div>')).toBe('\\<div\\>x\\</div\\>');
  });

  it('A-MD-14: mention URLs decide the mention type; dates are <date/>', () => {
    const md =
      '<mention url="user://0123456789abcdef0123456789abcdef" /> <mention url="https://www.notion.so/Page-0123456789abcdef0123456789abcdef">Page</mention> <mention url="https://github.com/x" /> <date start="2025-01-02" end="2025-01-05" />';
    const [block] = parseNotionMarkdown(md);
    const items = (block?.paragraph as { rich_text: RichText[] }).rich_text;
    const mentions = items.filter((item) => item.type === 'mention');
    expect(mentions.map((item) => item.type === 'mention' && item.mention)).toEqual([
      { type: 'user', user: { object: 'user', id: '01234567-89ab-cdef-0123-456789abcdef' } },
      { type: 'page', page: { id: '01234567-89ab-cdef-0123-456789abcdef' } },
      { type: 'link_mention', link_mention: { href: 'https://github.com/x' } },
      { type: 'date', date: { start: '2025-01-02', end: '2025-01-05' } },
    ]);
    expect(mentions.map((item) => item.plain_text)).toEqual([
      '',
      'Page',
      'https://github.com/x',
      '2025-01-02 → 2025-01-05',
    ]);
    expect(normalize(md)).toBe(
      '<mention url="user://01234567-89ab-cdef-0123-456789abcdef" /> <mention url="https://www.notion.so/0123456789abcdef0123456789abcdef">Page</mention> <mention url="https://github.com/x" /> <date start="2025-01-02" end="2025-01-05" />',
    );
  });

  it('A-MD-15: [^URL] is a citation; [^1] and footnote definitions stay text', () => {
    expect(parse('Claim[^https://ex.com/p] and note[^1]\n\n[^1]: text')).toEqual([
      'paragraph: "Claim" + cite(https://ex.com/p) + " and note[^1]"',
      'paragraph: "[^1]: text"',
    ]);
    expect(normalize('Claim[^https://ex.com/p]')).toBe('Claim[^https://ex.com/p]');
  });

  it('A-MD-16: long markdown text is split into 2000-character runs, long block JSON is refused', () => {
    const blocks = splitLongText(parseNotionMarkdown('**' + 'x'.repeat(4500) + '**'));
    const runs = (blocks[0]?.paragraph as { rich_text: RichText[] }).rich_text;
    expect(runs.map((run) => run.plain_text.length)).toEqual([2000, 2000, 500]);
    expect(runs.every((run) => run.annotations.bold)).toBe(true);
    expect(findLimitViolations(blocks)).toEqual([]);
    const json = [paragraph([textItem('y'.repeat(2001))])];
    expect(findLimitViolations(json).map((v) => v.message)).toEqual([
      'body.children[0].paragraph.rich_text[0].text.content.length should be ≤ `2000`, instead was `2001`.',
    ]);
    const equation = parseNotionMarkdown('$$\n' + 'z'.repeat(1001) + '\n$$');
    expect(findLimitViolations(equation)).toEqual([]);
    const inlineEquation = splitLongText(parseNotionMarkdown('$' + 'z'.repeat(1001) + '$'));
    expect(findLimitViolations(inlineEquation)).toHaveLength(1);
  });

  it('A-MD-18: reference links stay text, link titles are dropped, empty destinations refused', () => {
    expect(parse('[a][b] and [c](https://c.d "title")')).toEqual([
      'paragraph: "[a][b] and " + "c"[link=https://c.d]',
    ]);
    expect(() => parseNotionMarkdown('[a]()')).toThrow(MarkdownRejected);
  });

  it('A-MD-19: bare URLs are not linked, angle-bracket autolinks are', () => {
    expect(parse('see https://a.b and <https://c.d>')).toEqual([
      'paragraph: "see https://a.b and " + "https://c.d"[link=https://c.d]',
    ]);
  });

  it('A-MD-20: a callout without icon stores icon null and renders without it', () => {
    const [callout] = parseNotionMarkdown('<callout color="blue_bg">Note</callout>');
    expect(callout?.callout).toMatchObject({ icon: null, color: 'blue_background' });
    expect(renderNotionMarkdown(callout ? [callout] : [])).toBe(
      '<callout color="blue_bg">Note</callout>',
    );
  });

  it('A-MD-21: pipe tables have a column header; other tables use <table>', () => {
    const pipe = '| a | b |\n| - | - |\n| 1 |\n| 2 | 3 | 4 |';
    expect(parse(pipe)).toEqual([
      'table {table_width=2 has_column_header=true has_row_header=false}',
      '  table_row: "a" | "b"',
      '  table_row: "1" | ',
      '  table_row: "2" | "3"',
    ]);
    expect(normalize(pipe)).toBe('| a | b |\n| --- | --- |\n| 1 |  |\n| 2 | 3 |');
    const html = '<table header-column="true">\n<tr>\n<th>a</th>\n<td>b</td>\n</tr>\n</table>';
    expect(parse(html)[0]).toBe(
      'table {table_width=2 has_column_header=false has_row_header=true}',
    );
    expect(normalize(html)).toBe(html);
    const styled =
      '<table fit-page-width="true">\n<colgroup>\n<col width="180" color="red" />\n</colgroup>\n<tr color="blue_bg">\n<td color="gray">a</td>\n</tr>\n</table>';
    const [table] = parseNotionMarkdown(styled);
    expect(table?.table).toMatchObject({
      fit_page_width: true,
      column_colors: ['red'],
      column_widths: [180],
    });
    expect(table?.children?.[0]?.['table_row']).toMatchObject({
      color: 'blue_background',
      cell_colors: ['gray'],
    });
    expect(normalize(styled)).toBe(styled);
    expect(parseNotionMarkdown(html)[0]?.table).not.toHaveProperty('column_colors');
    const multiline: EmuBlock = {
      type: 'table',
      table: { table_width: 1, has_column_header: true, has_row_header: false },
      children: [{ type: 'table_row', table_row: { cells: [[textItem('a\nb')]] } }],
    };
    // "Cells are inline-only (<br /> for line breaks)": a pipe table holds them too.
    expect(renderNotionMarkdown([multiline])).toBe('| a<br />b |\n| --- |');
    expect(normalize(renderNotionMarkdown([multiline]))).toBe(renderNotionMarkdown([multiline]));
  });

  it('A-MD-22: <h1>–<h4> take a colour, no children; a toggleable heading is <toggle heading="hN">', () => {
    const md = '<toggle heading="h3" color="green">\nOpen me\n\ninside\n</toggle>';
    expect(parse(md)).toEqual([
      'heading_3 {color="green" is_toggleable=true}: "Open me"',
      '  paragraph: "inside"',
    ]);
    expect(normalize(md)).toBe(md);
    expect(() => parseNotionMarkdown('<h2>Title\n\nchild\n</h2>')).toThrow(/toggle heading/);
    expect(() => parseNotionMarkdown('<h2 toggle="true">Title</h2>')).toThrow(/toggle/);
    const twoLines: EmuBlock = {
      type: 'heading_1',
      heading_1: { rich_text: [textItem('one\ntwo')], color: 'default', is_toggleable: false },
    };
    expect(renderNotionMarkdown([twoLines])).toBe('<h1>one\\\ntwo</h1>');
    expect(outline(parseNotionMarkdown('<h1>one\\\ntwo</h1>'))).toEqual(['heading_1: "one\\ntwo"']);
  });

  it('A-MD-23: an image is a block of its own; media tags carry a source and a colour', () => {
    expect(parse('![A *cap*](https://e.com/a.png)')).toEqual([
      'image {type="external" external={"url":"https://e.com/a.png"}}: "A " + "cap"[i]',
    ]);
    expect(() => parseNotionMarkdown('text ![x](https://e.com/a.png) more')).toThrow(
      /images are blocks/,
    );
    expect(normalize('<pdf source="https://e.com/a.pdf"/>')).toBe(
      '<pdf source="https://e.com/a.pdf"/>',
    );
    const hosted: EmuBlock = {
      type: 'image',
      image: {
        type: 'file',
        file: { url: 'https://files.example/a.png?sig=1', expiry_time: 'x' },
        caption: [],
      },
    };
    expect(renderNotionMarkdown([hosted])).toBe('![](https://files.example/a.png?sig=1)');
    // "<image source="..." color="...">caption</image> for attributes".
    const coloured = '<image source="https://e.com/a.png" color="blue_bg">Cap</image>';
    expect(parse(coloured)).toEqual([
      'image {type="external" external={"url":"https://e.com/a.png"} color="blue_background"}: "Cap"',
    ]);
    expect(normalize(coloured)).toBe(coloured);
    expect(normalize('<image source="https://e.com/a.png">Cap</image>')).toBe(
      '![Cap](https://e.com/a.png)',
    );
    expect(normalize('<video source="https://e.com/v.mp4" color="red"/>')).toBe(
      '<video source="https://e.com/v.mp4" color="red"/>',
    );
  });

  it('A-MD-24: <page>, <database> and <unknown> point at blocks by notion.so URL', () => {
    const id = '01234567-89ab-cdef-0123-456789abcdef';
    const stored: EmuBlock[] = [
      { type: 'child_page', id, child_page: { title: 'Child <1>' } },
      { type: 'breadcrumb', id: '11111111-2222-3333-4444-555555555555', breadcrumb: {} },
    ];
    const { markdown, unknownBlockIds } = renderNotionMarkdownWithInfo(stored);
    expect(markdown).toBe(
      '<page url="https://www.notion.so/0123456789abcdef0123456789abcdef">Child \\<1\\></page>\n\n' +
        '<unknown url="https://www.notion.so/11111111222233334444555555555555" alt="breadcrumb"/>',
    );
    expect(unknownBlockIds).toEqual(['11111111-2222-3333-4444-555555555555']);
    const parsed = parseNotionMarkdown(markdown);
    expect(parsed.map((block) => block.type)).toEqual(['child_page', 'unsupported']);
    expect(parsed.map(blockContentKey)).toEqual(stored.map(blockContentKey));
    expect(() =>
      parseNotionMarkdown(markdown, { isKnownBlockUrl: (url) => url.endsWith('0123') }),
    ).toThrow(/does not name a block/);
  });

  it('A-MD-25: the container shape puts the title on the line after the tag, children after a blank line; <p /> is empty', () => {
    expect(parse('<p />\n\n<p color="red" />\n\n<p>Title\n\nchild\n</p>')).toEqual([
      'paragraph',
      'paragraph {color="red"}',
      'paragraph: "Title"',
      '  paragraph: "child"',
    ]);
    expect(normalize('<toggle>Title\n</toggle>')).toBe('<toggle>Title</toggle>');
    // The reference's container shape: the title on the line after the tag, no blank line
    // touching either tag; "<p /> = empty title".
    expect(normalize('<toggle>Title\n\n\nchild\n\n</toggle>')).toBe(
      '<toggle>\nTitle\n\nchild\n</toggle>',
    );
    expect(parse('<toggle>\n<p />\n\nchild\n</toggle>')).toEqual([
      'toggle',
      '  paragraph: "child"',
    ]);
    expect(normalize('<toggle>\n\nchild\n</toggle>')).toBe('<toggle>\n<p />\n\nchild\n</toggle>');
    // A title that would read as a block on its own line is escaped there; one with edge
    // whitespace stays on the tag's line (A-MD-32).
    expect(normalize('<quote># not a heading\n\nchild\n</quote>')).toBe(
      '<quote>\n\\# not a heading\n\nchild\n</quote>',
    );
    expect(normalize('<callout> spaced \n\nchild\n</callout>')).toBe(
      '<callout> spaced \n\nchild\n</callout>',
    );
  });

  it('A-MD-26: <columns> holds at least two <column> blocks and nothing else', () => {
    const md = '<columns>\n<column>\nLeft\n</column>\n<column>\nRight\n</column>\n</columns>';
    expect(parse(md)).toEqual([
      'column_list',
      '  column',
      '    paragraph: "Left"',
      '  column',
      '    paragraph: "Right"',
    ]);
    expect(normalize(md)).toBe(md);
    expect(() => parseNotionMarkdown('<columns>\n<column>\n\nOnly\n</column>\n</columns>')).toThrow(
      /two/,
    );
    expect(() => parseNotionMarkdown('<columns>\nstray\n</columns>')).toThrow(/only <column>/);
    expect(normalize('<columns><column>Left</column><column>Right</column></columns>')).toBe(md);
    // "ratio is an optional percentage of the column-list width": the API's width_ratio.
    const ratios =
      '<columns>\n<column ratio="25">\nL\n</column>\n<column ratio="75">\nR\n</column>\n</columns>';
    expect(parse(ratios)).toEqual([
      'column_list',
      '  column {width_ratio=0.25}',
      '    paragraph: "L"',
      '  column {width_ratio=0.75}',
      '    paragraph: "R"',
    ]);
    expect(normalize(ratios)).toBe(ratios);
    expect(
      normalize('<columns><column ratio="25">L</column><column ratio="75">R</column></columns>'),
    ).toBe(ratios);
  });

  it('A-MD-27: inline math follows pandoc’s dollar rules; the renderer picks the safe form', () => {
    expect(parse('$x$ and $ y$ and $5 or $6 and $`a$b`$')).toEqual([
      'paragraph: eq(x) + " and $ y$ and $5 or $6 and " + eq(a$b)',
    ]);
    const eq = (expression: string): RichText => ({
      type: 'equation',
      equation: { expression },
      annotations: { ...bold, bold: false },
      plain_text: expression,
      href: null,
    });
    expect(renderNotionMarkdown([paragraph([eq('x'), textItem('2 '), eq('a$b'), eq(' s ')])])).toBe(
      '$`x`$2 $`a$b`$$` s `$',
    );
  });
});
