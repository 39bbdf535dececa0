import { describe, expect, it } from 'vitest';
import {
  parseNotionMarkdown,
  renderNotionMarkdown,
  textItem,
  type EmuBlock,
  type MentionPayload,
} from './index.js';
import { outline } from './outline.js';

/**
 * One test per Notion-flavored Markdown v2 form: what Notion stores for it, and the markdown it
 * answers with. test/notion-emulator/CONFORMANCE.md names these tests.
 */
const parse = (md: string): string[] => outline(parseNotionMarkdown(md));
const normalize = (md: string): string => renderNotionMarkdown(parseNotionMarkdown(md));

describe('v2 block structure', () => {
  it('separates blocks with a blank line; a single newline does not start a block', () => {
    expect(parse('one\ntwo\n\nthree')).toEqual(['paragraph: "one two"', 'paragraph: "three"']);
    expect(normalize('one\ntwo\n\nthree')).toBe('one two\n\nthree');
  });

  it('puts children of a non-list block in its tag form, after a blank line', () => {
    // The reference's own example writes the title on the line after the opening tag.
    const md =
      '<toggle>\nTitle\n\nchild\n</toggle>\n\n<quote color="purple_bg">\nSaid\n\n- more\n\n<callout icon="💡" color="yellow_bg">Callout body child</callout>\n</quote>\n\n<p>\nText\n\nsub\n</p>';
    expect(parse(md)).toEqual([
      'toggle: "Title"',
      '  paragraph: "child"',
      'quote {color="purple_background"}: "Said"',
      '  bulleted_list_item: "more"',
      '  callout {icon={"type":"emoji","emoji":"💡"} color="yellow_background"}: "Callout body child"',
      'paragraph: "Text"',
      '  paragraph: "sub"',
    ]);
    expect(normalize(md)).toBe(md);
    expect(normalize('<toggle>Title\n\nchild\n</toggle>')).toBe(
      '<toggle>\nTitle\n\nchild\n</toggle>',
    );
  });

  it('indents children with tabs only in lists', () => {
    expect(parse('- item\n\t- child')).toEqual([
      'bulleted_list_item: "item"',
      '  bulleted_list_item: "child"',
    ]);
    expect(() => parseNotionMarkdown('<toggle>T\n\n\tchild\n</toggle>')).toThrow(/tab indentation/);
  });

  it('takes block colours from a color attribute; {color="…"} is literal text', () => {
    expect(parse('<p color="red">Red</p>\n\nPlain {color="red"}')).toEqual([
      'paragraph {color="red"}: "Red"',
      'paragraph: "Plain {color=\\"red\\"}"',
    ]);
    expect(normalize('Plain {color="red"}')).toBe('Plain \\{color="red"\\}');
  });

  it('writes an empty block as <p />', () => {
    expect(parse('a\n\n<p />\n\nb')).toEqual(['paragraph: "a"', 'paragraph', 'paragraph: "b"']);
    expect(normalize('a\n\n<p />\n\nb')).toBe('a\n\n<p />\n\nb');
  });

  it('ends a line inside a block with a trailing backslash', () => {
    expect(parse('one\\\ntwo')).toEqual(['paragraph: "one\\ntwo"']);
    expect(normalize('one\\\ntwo')).toBe('one\\\ntwo');
  });
});

describe('v2 tag forms', () => {
  it('reads <toggle heading="hN"> as a toggleable heading, with or without children', () => {
    const md =
      '<toggle heading="h2" color="blue">\nSection\n\nBody.\n</toggle>\n\n<toggle heading="h4">Closed</toggle>';
    expect(parse(md)).toEqual([
      'heading_2 {color="blue" is_toggleable=true}: "Section"',
      '  paragraph: "Body."',
      'heading_4 {is_toggleable=true}: "Closed"',
    ]);
    expect(normalize(md)).toBe(md);
  });

  it('reads <h1>–<h4> tag forms, with or without attributes', () => {
    expect(parse('<h2>Plain</h2>\n\n<h3 color="green">Green</h3>')).toEqual([
      'heading_2: "Plain"',
      'heading_3 {color="green"}: "Green"',
    ]);
    expect(normalize('<h2>Plain</h2>\n\n<h3 color="green">Green</h3>')).toBe(
      '## Plain\n\n<h3 color="green">Green</h3>',
    );
  });

  it('reads <ul>/<ol> with <li> items, children after a blank line', () => {
    const md =
      '<ol>\n<li color="red">\nFirst\n\nnested paragraph\n</li>\n<li>Second</li>\n</ol>\n\n<ul>\n<li color="gray_bg">Bullet</li>\n</ul>';
    expect(parse(md)).toEqual([
      'numbered_list_item {color="red"}: "First"',
      '  paragraph: "nested paragraph"',
      'numbered_list_item: "Second"',
      'bulleted_list_item {color="gray_background"}: "Bullet"',
    ]);
    expect(normalize(md)).toBe(md.replace('\n<li>Second</li>\n</ol>', '\n</ol>\n\n1. Second'));
    expect(parse('<ul><li>a</li><li color="red">b</li></ul>')).toEqual([
      'bulleted_list_item: "a"',
      'bulleted_list_item {color="red"}: "b"',
    ]);
  });

  it('reads <columns> written on one line and on several lines alike', () => {
    const oneLine = '<columns><column>Left</column><column>Right **bold**</column></columns>';
    const multiLine =
      '<columns>\n<column>\nLeft\n</column>\n<column>\nRight **bold**\n</column>\n</columns>';
    expect(parse(oneLine)).toEqual([
      'column_list',
      '  column',
      '    paragraph: "Left"',
      '  column',
      '    paragraph: "Right " + "bold"[b]',
    ]);
    expect(
      parse(
        '<columns>\n<column>\nLeft\n</column>\n<column>\nRight **bold**\n</column>\n</columns>',
      ),
    ).toEqual(parse(oneLine));
    expect(normalize(oneLine)).toBe(multiLine);
    expect(normalize(multiLine)).toBe(multiLine);
  });

  it('reads a styled <table> with <colgroup>, row and cell colours, fit-page-width', () => {
    const md = [
      '<table fit-page-width="true" header-row="true">',
      '<colgroup>',
      '<col color="blue_bg" />',
      '<col />',
      '</colgroup>',
      '<tr color="gray_bg">',
      '<th>Name</th>',
      '<th color="red">Note</th>',
      '</tr>',
      '<tr>',
      '<td>a</td>',
      '<td>**b**</td>',
      '</tr>',
      '</table>',
    ].join('\n');
    const [table] = parseNotionMarkdown(md);
    expect(table?.table).toEqual({
      table_width: 2,
      has_column_header: true,
      has_row_header: false,
      fit_page_width: true,
      column_colors: ['blue_background', 'default'],
    });
    expect(table?.children?.map((row) => row['table_row'])).toMatchObject([
      { color: 'gray_background', cell_colors: ['default', 'red'] },
      {},
    ]);
    expect(normalize(md)).toBe(md);
    expect(normalize(md.replace('<col color="blue_bg" />', '<col color="blue_bg">'))).toBe(md);
  });

  it('reads <table-of-contents/>; the v1 spelling <table_of_contents/> is literal text', () => {
    expect(parse('<table-of-contents/>\n\n<table-of-contents color="gray" />')).toEqual([
      'table_of_contents',
      'table_of_contents {color="gray"}',
    ]);
    expect(normalize('<table-of-contents color="gray"/>')).toBe(
      '<table-of-contents color="gray" />',
    );
    expect(parse('<table_of_contents/>')).toEqual(['paragraph: "<table_of_contents/>"']);
  });

  it('reads <synced-block> and <synced-block-reference url="…">', () => {
    const original = '<synced-block>\nShared text\n</synced-block>';
    const reference =
      '<synced-block-reference url="https://www.notion.so/0123456789abcdef0123456789abcdef">\nShared text\n</synced-block-reference>';
    expect(parse(`${original}\n\n${reference}`)).toEqual([
      'synced_block {synced_from=null}',
      '  paragraph: "Shared text"',
      'synced_block {synced_from={"type":"block_id","block_id":"01234567-89ab-cdef-0123-456789abcdef"}}',
      '  paragraph: "Shared text"',
    ]);
    expect(normalize(`${original}\n\n${reference}`)).toBe(`${original}\n\n${reference}`);
    expect(normalize('<synced-block>\n\nShared text\n</synced-block>')).toBe(original);
  });

  it('reads <bookmark url="…"> and <embed url="…"> with or without a caption', () => {
    const md =
      '<bookmark url="https://example.com">Example *site*</bookmark>\n\n<embed url="https://example.com/e"/>';
    expect(parse(md)).toEqual([
      'bookmark {url="https://example.com"}: "Example " + "site"[i]',
      'embed {url="https://example.com/e"}',
    ]);
    expect(normalize(md)).toBe(md);
  });
});

describe('v2 forms of the Notion-flavored Markdown reference', () => {
  it('reads <ol type="1|a|i"> as numbered items with that numbering style', () => {
    const md =
      '<ol type="a">\n<li>alpha</li>\n<li color="red">beta</li>\n</ol>\n\n<ol type="i">\n<li>one</li>\n</ol>';
    expect(parse(md)).toEqual([
      'numbered_list_item {list_format="letters"}: "alpha"',
      'numbered_list_item {color="red" list_format="letters"}: "beta"',
      'numbered_list_item {list_format="roman"}: "one"',
    ]);
    expect(normalize(md)).toBe(md);
    expect(parse('<ol type="1">\n<li>x</li>\n</ol>')).toEqual(['numbered_list_item: "x"']);
  });

  it('reads <todo checked="true|false"> for a to-do that needs a colour', () => {
    const md = '<todo checked="false" color="red">\nFix it\n\n- step\n</todo>';
    expect(parse(md)).toEqual([
      'to_do {checked=false color="red"}: "Fix it"',
      '  bulleted_list_item: "step"',
    ]);
    expect(normalize(md)).toBe(md);
    expect(normalize('<todo checked="true">plain</todo>')).toBe('- [x] plain');
  });

  it('keeps the edge whitespace of a list item or to-do in its <li>/<todo> form', () => {
    const md =
      '<ul>\n<li> spaced </li>\n<li>plain</li>\n</ul>\n\n<todo checked="true">\tdone </todo>';
    expect(parse(md)).toEqual([
      'bulleted_list_item: " spaced "',
      'bulleted_list_item: "plain"',
      'to_do {checked=true}: "\\tdone "',
    ]);
    expect(normalize(md)).toBe(md.replace('<li>plain</li>\n</ul>', '</ul>\n\n- plain'));
  });

  it('reads <equation color="…"> as a block equation; an uncoloured one is written with $$', () => {
    const md = '<equation color="blue">x + y = z</equation>\n\n<equation>a^2</equation>';
    expect(parse(md)).toEqual([
      'equation {expression="x + y = z" color="blue"}',
      'equation {expression="a^2"}',
    ]);
    expect(normalize(md)).toBe('<equation color="blue">x + y = z</equation>\n\n$$\na^2\n$$');
    const multi = '<equation color="red_bg">\n\\begin{x}\n<y>\n\\end{x}\n</equation>';
    expect(parse(multi)).toEqual([
      'equation {expression="\\\\begin{x}\\n<y>\\n\\\\end{x}" color="red_background"}',
    ]);
    expect(normalize(multi)).toBe(multi);
  });

  it('reads <database> with inline, data-source-url, icon, wiki and color, and <page color>', () => {
    const url = 'https://www.notion.so/0123456789abcdef0123456789abcdef';
    const md =
      `<database url="${url}" data-source-url="collection://abc" inline="true" icon="📋" wiki="true" color="blue">Tasks</database>\n\n` +
      `<database url="${url}" inline="false">Full page</database>\n\n<page url="${url}" color="red">Sub</page>`;
    expect(parse(md)).toEqual([
      `child_database {title="Tasks" url="${url}" data_source_url="collection://abc" is_inline=true icon="📋" is_wiki=true color="blue"}`,
      `child_database {title="Full page" url="${url}"}`,
      `child_page {title="Sub" url="${url}" color="red"}`,
    ]);
    expect(normalize(md)).toBe(md.replace(' inline="false"', ''));
  });

  it('reads <th> header cells, <col width>, and <br /> line breaks in cells', () => {
    const md = [
      '<table header-row="true" header-column="true">',
      '<colgroup>',
      '<col width="180" />',
      '<col color="gray_bg" />',
      '</colgroup>',
      '<tr>',
      '<th>Key</th>',
      '<th>Value</th>',
      '</tr>',
      '<tr>',
      '<th>a</th>',
      '<td>one<br />two</td>',
      '</tr>',
      '</table>',
    ].join('\n');
    expect(parse(md)).toEqual([
      'table {table_width=2 has_column_header=true has_row_header=true column_colors=["default","gray_background"] column_widths=[180,0]}',
      '  table_row: "Key" | "Value"',
      '  table_row: "a" | "one\\ntwo"',
    ]);
    expect(normalize(md)).toBe(md);
    // <th> and <td> are both cells: the table's header attributes say which are headers.
    expect(normalize(md.replace('<th>a</th>', '<td>a</td>'))).toBe(md);
    expect(parse('| a |\n| - |\n| b<br>c<br/>d |')).toEqual([
      'table {table_width=1 has_column_header=true has_row_header=false}',
      '  table_row: "a"',
      '  table_row: "b\\nc\\nd"',
    ]);
    expect(normalize('| a |\n| - |\n| b<br>c |')).toBe('| a |\n| --- |\n| b<br />c |');
    // Outside a cell a hard break is a trailing backslash; <br> stays text (A-MD-13).
    expect(parse('a<br />b')).toEqual(['paragraph: "a<br />b"']);
  });

  it('reads a table cell line that starts with a code span as text, not as a code fence', () => {
    // CommonMark, the reference's base: a backtick fence's info string has no backtick.
    const md = '<table>\n<tr>\n<td>a\\\n```x``` b</td>\n</tr>\n</table>\n\nAfter.';
    expect(parse(md)).toEqual([
      'table {table_width=1 has_column_header=false has_row_header=false}',
      '  table_row: "a\\n" + "x"[code] + " b"',
      'paragraph: "After."',
    ]);
  });

  it('refuses v1’s <span underline="true">: <u> is the only underline', () => {
    expect(() => parseNotionMarkdown('a <span underline="true">b</span>')).toThrow(
      /only underline is <u>/,
    );
    expect(parse('a <u>b</u> <span color="red" discussion-urls="https://x.y/d">c</span>')).toEqual([
      'paragraph: "a " + "b"[u] + " " + "c"[red]',
    ]);
  });

  it('renders other block types in a list item as children of an empty list item', () => {
    // Enhanced markdown reference: "List items should contain inline rich text. Other block
    // types render as children of an empty list item."
    const md =
      '- # Heading\n1. ```js\n   code()\n   ```\n- > quoted\n- ![cap](https://e.com/i.png)';
    expect(parse(md)).toEqual([
      'bulleted_list_item',
      '  heading_1: "Heading"',
      'numbered_list_item',
      '  code {language="javascript"}: "code()"',
      'bulleted_list_item',
      '  quote: "quoted"',
      'bulleted_list_item',
      '  image {type="external" external={"url":"https://e.com/i.png"}}: "cap"',
    ]);
    const rendered = normalize(md);
    expect(rendered).toBe(
      '-\n\t# Heading\n1.\n\t```javascript\n\tcode()\n\t```\n-\n\t> quoted\n-\n\n\t![cap](https://e.com/i.png)',
    );
    expect(normalize(rendered)).toBe(rendered);
  });
});

describe('v2 inline forms', () => {
  it('reads <b>, <i>, <s> as marks and writes **, *, ~~ where those read back', () => {
    expect(parse('A <b>bold</b>, <i>it</i> and <s>gone</s>.')).toEqual([
      'paragraph: "A " + "bold"[b] + ", " + "it"[i] + " and " + "gone"[s] + "."',
    ]);
    expect(normalize('A <b>bold</b>, <i>it</i> and <s>gone</s>.')).toBe(
      'A **bold**, *it* and ~~gone~~.',
    );
  });

  it('writes <b>, <i>, <s> where delimiters would not read back', () => {
    const bold = {
      bold: true,
      italic: false,
      strikethrough: false,
      underline: false,
      code: false,
      color: 'default',
    };
    const block: EmuBlock = {
      type: 'paragraph',
      paragraph: {
        rich_text: [textItem('x'), textItem('"q"', bold), textItem('y')],
        color: 'default',
      },
    };
    expect(renderNotionMarkdown([block])).toBe('x<b>"q"</b>y');
    expect(parse('x<b>"q"</b>y')).toEqual(['paragraph: "x" + "\\"q\\""[b] + "y"']);
  });

  it('reads a database mention by its URL or type="database" and writes it with type="database"', () => {
    const url = 'https://www.notion.so/0123456789abcdef0123456789abcdef';
    const resolveMention = (target: string): MentionPayload => ({
      type: 'database',
      database: { id: target.slice(-32) },
    });
    const blocks = parseNotionMarkdown(`See <mention url="${url}">Tasks</mention>.`, {
      resolveMention,
    });
    expect(outline(blocks)).toEqual(['paragraph: "See " + mention:database("Tasks") + "."']);
    // "Database mentions use type="database" to distinguish them from page mentions."
    const written = `See <mention url="${url}" type="database">Tasks</mention>.`;
    expect(renderNotionMarkdown(blocks)).toBe(written);
    expect(parse(written)).toEqual(['paragraph: "See " + mention:database("Tasks") + "."']);
    expect(parse(`See <mention url="${url}">Tasks</mention>.`)).toEqual([
      'paragraph: "See " + mention:page("Tasks") + "."',
    ]);
  });

  it('reads dates with start-time, end-time and a time zone', () => {
    // <date start="YYYY-MM-DD" end="YYYY-MM-DD" start-time="HH:mm" end-time="HH:mm" time-zone="IANA_TZ" />
    const md =
      'From <date start="2026-03-01" end="2026-03-02" start-time="09:30" end-time="11:00" time-zone="Europe/Berlin" /> on.';
    const [block] = parseNotionMarkdown(md);
    const date = (block?.paragraph as { rich_text: Array<{ mention?: unknown }> }).rich_text[1]
      ?.mention;
    expect(date).toEqual({
      type: 'date',
      date: { start: '2026-03-01T09:30', end: '2026-03-02T11:00', time_zone: 'Europe/Berlin' },
    });
    expect(normalize(md)).toBe(md);
    expect(normalize('At <date start="2026-03-01" start-time="09:30"/>.')).toBe(
      'At <date start="2026-03-01" start-time="09:30" />.',
    );
    // A time inside start is v1's spelling, not the reference's.
    expect(() => parseNotionMarkdown('<date start="2026-03-01T09:30" />')).toThrow(/start-time/);
  });

  it('keeps the edge whitespace a <p>, <h3> or <quote> tag holds, and writes it in tag form', () => {
    const md = '<p>  two spaces  </p>\n\n<h3> spaced </h3>\n\n<quote>\tquoted </quote>';
    expect(parse(md)).toEqual([
      'paragraph: "  two spaces  "',
      'heading_3: " spaced "',
      'quote: "\\tquoted "',
    ]);
    expect(normalize(md)).toBe(md);
    expect(normalize('<p>no edges</p>\n\n<h3>none</h3>\n\n<quote>none</quote>')).toBe(
      'no edges\n\n### none\n\n> none',
    );
  });

  it('reads &lt;tag&gt; and other character references as the characters they stand for', () => {
    expect(parse('&lt;tag&gt; &amp; &#42; &#x41; &copy; &nosuch;')).toEqual([
      'paragraph: "<tag> & * A © &nosuch;"',
    ]);
    expect(normalize('&lt;tag&gt;')).toBe('\\<tag\\>');
    expect(parse('`&lt;`')).toEqual(['paragraph: "&lt;"[code]']);
  });
});
