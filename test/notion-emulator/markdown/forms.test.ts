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
    const md =
      '<toggle>Title\n\nchild\n</toggle>\n\n<quote>Said\n\nmore\n</quote>\n\n<p>Text\n\nsub\n</p>';
    expect(parse(md)).toEqual([
      'toggle: "Title"',
      '  paragraph: "child"',
      'quote: "Said"',
      '  paragraph: "more"',
      'paragraph: "Text"',
      '  paragraph: "sub"',
    ]);
    expect(normalize(md)).toBe(md);
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
      '<toggle heading="h2" color="blue">Section\n\nBody.\n</toggle>\n\n<toggle heading="h4">Closed</toggle>';
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
      '<ol>\n<li color="red">First\n\nnested paragraph\n</li>\n<li>Second</li>\n</ol>\n\n<ul>\n<li color="gray_bg">Bullet</li>\n</ul>';
    expect(parse(md)).toEqual([
      'numbered_list_item {color="red"}: "First"',
      '  paragraph: "nested paragraph"',
      'numbered_list_item: "Second"',
      'bulleted_list_item {color="gray_background"}: "Bullet"',
    ]);
    expect(normalize(md)).toBe(md);
    expect(parse('<ul><li>a</li><li color="red">b</li></ul>')).toEqual([
      'bulleted_list_item: "a"',
      'bulleted_list_item {color="red"}: "b"',
    ]);
  });

  it('reads <columns> written on one line and on several lines alike', () => {
    const oneLine = '<columns><column>Left</column><column>Right **bold**</column></columns>';
    const multiLine =
      '<columns>\n<column>\n\nLeft\n</column>\n<column>\n\nRight **bold**\n</column>\n</columns>';
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
      '<col color="blue_bg">',
      '<col>',
      '</colgroup>',
      '<tr color="gray_bg">',
      '<td>Name</td>',
      '<td color="red">Note</td>',
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
    expect(normalize(md.replace('<col color="blue_bg">', '<col color="blue_bg"/>'))).toBe(md);
  });

  it('reads <table-of-contents/>; the v1 spelling <table_of_contents/> is literal text', () => {
    expect(parse('<table-of-contents/>\n\n<table-of-contents color="gray"/>')).toEqual([
      'table_of_contents',
      'table_of_contents {color="gray"}',
    ]);
    expect(normalize('<table-of-contents color="gray"/>')).toBe(
      '<table-of-contents color="gray"/>',
    );
    expect(parse('<table_of_contents/>')).toEqual(['paragraph: "<table_of_contents/>"']);
  });

  it('reads <synced-block> and <synced-block-reference url="…">', () => {
    const original = '<synced-block>\n\nShared text\n</synced-block>';
    const reference =
      '<synced-block-reference url="https://www.notion.so/0123456789abcdef0123456789abcdef">\n\nShared text\n</synced-block-reference>';
    expect(parse(`${original}\n\n${reference}`)).toEqual([
      'synced_block {synced_from=null}',
      '  paragraph: "Shared text"',
      'synced_block {synced_from={"type":"block_id","block_id":"01234567-89ab-cdef-0123-456789abcdef"}}',
      '  paragraph: "Shared text"',
    ]);
    expect(normalize(`${original}\n\n${reference}`)).toBe(`${original}\n\n${reference}`);
    expect(normalize('<synced-block>\nShared text\n</synced-block>')).toBe(original);
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

  it('reads a database mention by its URL and writes it back as <mention url>', () => {
    const url = 'https://www.notion.so/0123456789abcdef0123456789abcdef';
    const resolveMention = (target: string): MentionPayload => ({
      type: 'database',
      database: { id: target.slice(-32) },
    });
    const blocks = parseNotionMarkdown(`See <mention url="${url}">Tasks</mention>.`, {
      resolveMention,
    });
    expect(outline(blocks)).toEqual(['paragraph: "See " + mention:database("Tasks") + "."']);
    expect(renderNotionMarkdown(blocks)).toBe(`See <mention url="${url}">Tasks</mention>.`);
  });

  it('reads dates with times, an end and a time zone', () => {
    const md =
      'From <date start="2026-03-01T09:30:00.000+01:00" end="2026-03-01T11:00:00.000+01:00" time-zone="Europe/Berlin"/> on.';
    const [block] = parseNotionMarkdown(md);
    const date = (block?.paragraph as { rich_text: Array<{ mention?: unknown }> }).rich_text[1]
      ?.mention;
    expect(date).toEqual({
      type: 'date',
      date: {
        start: '2026-03-01T09:30:00.000+01:00',
        end: '2026-03-01T11:00:00.000+01:00',
        time_zone: 'Europe/Berlin',
      },
    });
    expect(normalize(md)).toBe(md);
    expect(normalize('At <date start="2026-03-01T09:30"/>.')).toBe(
      'At <date start="2026-03-01T09:30"/>.',
    );
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
