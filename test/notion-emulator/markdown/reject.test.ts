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
  ['children under a non-toggle heading', '<h1>H\n\nchild\n</h1>', /not toggle="true"/],
  ['a bad toggle value', '<h1 toggle="yes">H</h1>', /must be "true" or "false"/],
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
  ['text inside a table', '<table>\nhello\n</table>', /only <tr> rows/],
  ['an unclosed table cell', '<table>\n<tr>\n<td>a\n</tr>\n</table>', /<td> is never closed/],
  ['a mention without url', 'hi <mention>x</mention>', /exactly one attribute, url/],
  ['an unclosed mention', 'hi <mention url="https://x.y">x', /<mention> is not closed/],
  ['a date that is not a date', '<date start="tomorrow"/>', /needs start/],
  ['a date that is not self-closing', '<date start="2025-01-01">', /self-closing/],
  ['an empty link destination', '[a]()', /destination/],
  ['a list item tag without a marker', '<li>x</li>', /after a list marker/],
  ['an unterminated list item tag', '- <li color="red">x', /list item tag/],
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
