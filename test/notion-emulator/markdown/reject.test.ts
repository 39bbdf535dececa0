import { describe, expect, it } from 'vitest';
import { MarkdownRejected, parseNotionMarkdown } from './index.js';

/** Input the documented rules cannot parse: refused with a message naming the problem. */
const MALFORMED: Array<[string, string, RegExp]> = [
  ['an unclosed toggle', 'Intro\n\n<toggle>Title\n\nchild', /<toggle> is never closed/],
  ['a stray closing tag', 'text\n\n</callout>', /<\/callout> without a matching <callout>/],
  ['a malformed tag', '<callout icon="💡>Title</callout>', /malformed <callout> tag/],
  ['an unknown block colour', '<p color="magenta">x</p>', /unknown color "magenta"/],
  ['an unknown text colour', 'a <span color="teal">b</span>', /unknown color "teal"/],
  [
    'an attribute the tag does not take',
    '<toggle icon="x">T</toggle>',
    /does not take the attribute icon/,
  ],
  ['children under a non-toggle heading', '<h1>H\n\nchild\n</h1>', /toggle heading="h1"/],
  [
    'a heading tag with a toggle attribute',
    '<h1 toggle="true">H</h1>',
    /does not take the attribute toggle/,
  ],
  ['a toggle heading level past h4', '<toggle heading="h5">H</toggle>', /one of h1, h2, h3, h4/],
  ['an unclosed code fence', '```\ncode', /never closed/],
  ['an unclosed block equation', '$$\nx = 1', /never closed/],
  ['text after $$ on the opening line', '$$ x\ny\n$$', /alone on its line/],
  ['an image inside text', 'see ![x](https://e.com/x.png)', /images are blocks of their own/],
  ['tab-indented children outside a list', '<toggle>T\n\n\tchild\n</toggle>', /tab indentation/],
  ['a single column', '<columns>\n<column>\n\nA\n</column>\n</columns>', /at least two/],
  ['text between columns', '<columns>\nA\n</columns>', /only <column>/],
  ['a column outside columns', '<column>\n\nA\n</column>', /inside <columns>/],
  [
    'a table row with a different width',
    '<table>\n<tr>\n<td>a</td>\n</tr>\n<tr>\n<td>b</td>\n<td>c</td>\n</tr>\n</table>',
    /same number/,
  ],
  ['text inside a table', '<table>\nhello\n</table>', /<tr> rows of <th>\/<td> cells/],
  [
    'a colgroup after the rows',
    '<table>\n<tr>\n<td>a</td>\n</tr>\n<colgroup>\n<col>\n</colgroup>\n</table>',
    /optional <colgroup>/,
  ],
  [
    'a colgroup of the wrong width',
    '<table>\n<colgroup>\n<col>\n</colgroup>\n<tr>\n<td>a</td>\n<td>b</td>\n</tr>\n</table>',
    /one <col> per column/,
  ],
  [
    'an unknown table attribute',
    '<table border="1">\n<tr>\n<td>a</td>\n</tr>\n</table>',
    /does not take the attribute border/,
  ],
  ['an unclosed table cell', '<table>\n<tr>\n<td>a\n</tr>\n</table>', /<td> is never closed/],
  ['a mention without url', 'hi <mention>x</mention>', /takes a url/],
  [
    'a mention type other than database',
    'hi <mention url="https://www.notion.so/0123456789abcdef0123456789abcdef" type="page">x</mention>',
    /only type="database"/,
  ],
  [
    'v1 underline, <span underline="true">',
    'a <span underline="true">b</span>',
    /only underline is <u>/,
  ],
  ['an unclosed mention', 'hi <mention url="https://x.y">x', /<mention> is not closed/],
  ['a date that is not a date', '<date start="tomorrow"/>', /needs start/],
  ['a date that is not self-closing', '<date start="2025-01-01">', /self-closing/],
  ['a time inside a date’s start', '<date start="2025-01-01T09:00" />', /start-time/],
  ['a time that is not HH:mm', '<date start="2025-01-01" start-time="9am" />', /HH:mm/],
  ['an empty link destination', '[a]()', /destination/],
  ['a list item outside a list', '<li>x</li>', /inside <ul> or <ol>/],
  ['text between list items', '<ul>\nx\n</ul>', /only <li> items/],
  ['an empty list', '<ul>\n</ul>', /at least one <li>/],
  ['an unclosed list item', '<ul>\n<li>a\n\nchild\n</ul>', /never closed/],
  [
    'a checked list item (a to-do in tag form is <todo>)',
    '<ul>\n<li checked="true">a</li>\n</ul>',
    /does not take the attribute checked/,
  ],
  ['a bad checked value', '<todo checked="yes">a</todo>', /must be "true" or "false"/],
  [
    'a numbering style the reference does not list',
    '<ol type="A">\n<li>a</li>\n</ol>',
    /1, a or i/,
  ],
  [
    'a type on a bulleted list',
    '<ul type="a">\n<li>a</li>\n</ul>',
    /does not take the attribute type/,
  ],
  ['an unclosed equation tag', '<equation color="red">x = 1', /<equation> is never closed/],
  ['an equation tag without expression', '<equation color="red"></equation>', /its expression/],
  ['a header cell left open', '<table>\n<tr>\n<th>a</td>\n</tr>\n</table>', /<th> is never closed/],
  [
    'a column width that is not pixels',
    '<table>\n<colgroup>\n<col width="wide" />\n</colgroup>\n<tr>\n<td>a</td>\n</tr>\n</table>',
    /whole number of pixels/,
  ],
  [
    'a database flag that is not a boolean',
    '<database url="https://www.notion.so/0123456789abcdef0123456789abcdef" inline="yes">D</database>',
    /must be "true" or "false"/,
  ],
  [
    'a column ratio that is not a percentage',
    '<columns><column ratio="half">A</column><column>B</column></columns>',
    /percentage/,
  ],
  ['one-line columns left open', '<columns><column>A</column>', /on one line up to <\/columns>/],
  [
    'a synced block reference without url',
    '<synced-block-reference>\nx\n</synced-block-reference>',
    /url of the original/,
  ],
  ['a bookmark without url', '<bookmark>x</bookmark>', /needs a url/],
  ['an unknown without url', '<unknown alt="x"/>', /needs its url/],
  ['media without source', '<video>clip</video>', /needs a source/],
  [
    'a page tag split over lines',
    '<page url="https://www.notion.so/x">Title\n</page>',
    /same line/,
  ],
  ['text after a self-closing tag', '<p /> trailing', /self-closing/],
];

describe('malformed v2 input is refused', () => {
  for (const [name, markdown, message] of MALFORMED) {
    it(`refuses ${name}`, () => {
      expect(() => parseNotionMarkdown(markdown)).toThrow(MarkdownRejected);
      expect(() => parseNotionMarkdown(markdown)).toThrow(message);
    });
  }

  it('names the line of the problem', () => {
    try {
      parseNotionMarkdown('# Title\n\nfine\n\n<p color="nope">x</p>');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MarkdownRejected);
      expect((error as MarkdownRejected).line).toBe(5);
      expect((error as Error).message).toBe('line 5: unknown color "nope"');
    }
  });

  it('refuses an <unknown> block the page does not have, when told which ones it has', () => {
    const known = 'https://www.notion.so/0123456789abcdef0123456789abcdef';
    const isKnownBlockUrl = (url: string): boolean => url === known;
    expect(
      parseNotionMarkdown(`<unknown url="${known}" alt="embed"/>`, { isKnownBlockUrl }),
    ).toEqual([{ type: 'unsupported', unsupported: { url: known, alt: 'embed' } }]);
    expect(() =>
      parseNotionMarkdown('<unknown url="https://www.notion.so/ffff" alt="embed"/>', {
        isKnownBlockUrl,
      }),
    ).toThrow(MarkdownRejected);
  });

  it('keeps unknown tags and broken inline tags as text instead of refusing them', () => {
    expect(() =>
      parseNotionMarkdown('<foo bar="1">x</foo> and <u>unclosed and </span>'),
    ).not.toThrow();
  });
});
