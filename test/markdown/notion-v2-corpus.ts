/**
 * Pages as Notion writes them in Notion-flavored Markdown v2, taken from the reference pages:
 * the examples they show and cases composed from each rule they state. Every case names where it
 * comes from. `quoted` is the sentence as the stored copy of the page reads. The v2 format
 * reference (NFM) was read in full from a stored copy; the cases marked LISTED were written before
 * that, from the forms issue 12 lists, the way test/notion-emulator/markdown/ASSUMPTIONS.md says.
 */

export const MIGRATE =
  'https://developers.notion.com/guides/data-apis/migrate-to-notion-flavored-markdown';
export const REFERENCE = 'https://developers.notion.com/guides/data-apis/enhanced-markdown';
/** The v2 format reference: "Reference for Notion-flavored Markdown, the syntax used by markdown_version v2." */
export const NFM = 'https://developers.notion.com/guides/data-apis/notion-flavored-markdown';
/** The reference's v2 forms that issue 12 lists; their exact syntax is ASSUMPTIONS.md's reading. */
export const LISTED = `${REFERENCE} (form listed in issue 12)`;

export interface V2Case {
  name: string;
  source: string;
  /** The rule or example, quoted from the page where the stored copy shows it. */
  quoted: string;
  v2: string;
}

const BLANK_LINE =
  'Separate blocks with a blank line. In v2, a single newline doesn’t start a new block.';
const TAG_FORM =
  'Don’t indent children with tabs, except in lists. A block that has children uses its tag form, such as <p>, <quote>, or <toggle>, with the children after a blank line.';
const COLOR_ATTRIBUTE =
  'Put block colors in a color attribute on the block’s tag. v2 saves {color="..."} as literal';
const ESCAPING =
  'Use backslashes to escape special characters. The following characters should be escaped outside of code blocks: \\ * ~ ` $ [ ] < > { } | ^';
const CODE_LITERAL = 'Do not escape characters inside code blocks. Code block content is literal.';
const RICH_TEXT = 'Rich text formatting | Format | Syntax |';
const COLORS =
  'Text colors: gray, brown, orange, yellow, green, blue, purple, pink, red. Background colors: gray_bg, brown_bg, orange_bg, yellow_bg, green_bg, blue_bg, purple_bg, pink_bg, red_bg';
const TABLE_COLORS =
  'Color precedence from highest to lowest: cell, row, column. Table cells can only contain rich text.';
const FEATURES =
  'This format extends standard Markdown with XML-like tags and attribute lists to represent Notion-specific features such as callouts, toggles, columns, mentions, and block-level colors.';

// Notion-flavored Markdown format reference (NFM), as its stored copy reads.
const CONTAINERS =
  'One container shape for <p>, <h1>-<h4>, <quote>, <toggle heading="h1|h2|h3|h4" color="...">, <li color="..."> in <ul>/<ol type="1|a|i">, <column> in <columns>, …';
const TAG_WHEN =
  'Block tags: always use the tag form when a block needs attributes, children, or edge whitespace — <quote> not >, <li> not -.';
const TODO = '<todo checked="true|false"> when a todo needs color; else - [ ] / - [x].';
const EQUATION = '<equation color="...">x + y = z</equation>';
const DATABASE =
  '<database url="..." data-source-url="..." inline="true|false" icon="emoji" wiki="true|false" color="...">Title</database>; same url/title rules.';
const STYLED_TABLE =
  '<table fit-page-width="true|false" header-row="true|false" header-column="true|false">, optional <colgroup><col width="180" color="..." /></colgroup>, <tr color="..."> rows, <th>/<td color="..."> cells.';
const CELLS =
  'Cells are inline-only (<br /> for line breaks); copy the existing cells’ formatting when adding rows.';
const TITLE =
  'The title/label is body text right after the opening tag, never an attribute. Children follow a blank line — plain Markdown, no <p> wrappers or > prefixes. … <p /> = empty title.';
const DATE =
  '<date start="YYYY-MM-DD" end="YYYY-MM-DD" start-time="HH:mm" end-time="HH:mm" time-zone="IANA_TZ" />';
const SPANS =
  '<span color="..." discussion-urls="url,url">text</span>; nest to combine: <span color="orange"><u>word</u></span>.';
const COLUMNS =
  'Columns: <columns><column ratio="50">...</column><column ratio="50">...</column></columns>. ratio is an optional percentage of the column-list width.';
const EMPTY_ITEM =
  'List items should contain inline rich text. Other block types render as children of an empty list item.';

const PAGE = 'https://www.notion.so/0123456789abcdef0123456789abcdef';
const OTHER = 'https://www.notion.so/fedcba9876543210fedcba9876543210';

export const NOTION_V2_CORPUS: V2Case[] = [
  // Migrate to Notion-flavored Markdown (v2): the structural rules.
  {
    name: 'blocks separated by a blank line',
    source: MIGRATE,
    quoted: BLANK_LINE,
    v2: 'First paragraph.\n\nSecond paragraph.',
  },
  {
    name: 'a single newline stays in the block',
    source: MIGRATE,
    quoted: BLANK_LINE,
    v2: 'One sentence\nwrapped onto a second line.',
  },
  {
    name: 'toggle with children',
    source: MIGRATE,
    quoted: TAG_FORM,
    v2: '<toggle>Details\n\nHidden paragraph.\n\n- hidden item\n</toggle>',
  },
  {
    name: 'quote with children',
    source: MIGRATE,
    quoted: TAG_FORM,
    v2: '<quote>Quoted title\n\nA quoted child.\n</quote>',
  },
  {
    name: 'paragraph with children',
    source: MIGRATE,
    quoted: TAG_FORM,
    v2: '<p>Parent text\n\nChild text.\n</p>',
  },
  {
    name: 'list children indented with tabs',
    source: MIGRATE,
    quoted: TAG_FORM,
    v2: '- item\n\t- child\n\t\t- grandchild\n- next',
  },
  {
    name: 'numbered list children',
    source: MIGRATE,
    quoted: TAG_FORM,
    v2: '1. one\n\t1. sub one\n\t2. sub two\n2. two',
  },
  {
    name: 'list item with a paragraph child',
    source: MIGRATE,
    quoted: TAG_FORM,
    v2: '- item\n\n\tchild paragraph\n- next',
  },
  {
    name: 'block colours on tags',
    source: MIGRATE,
    quoted: COLOR_ATTRIBUTE,
    v2: '<p color="red">Red paragraph</p>\n\n<h2 color="green">Green heading</h2>\n\n<quote color="blue_bg">Blue quote</quote>',
  },
  {
    name: 'coloured toggle with children',
    source: MIGRATE,
    quoted: COLOR_ATTRIBUTE,
    v2: '<toggle color="gray_bg">Grey toggle\n\nInside.\n</toggle>',
  },
  {
    name: 'v1 colour attribute list is literal text',
    source: MIGRATE,
    quoted: COLOR_ATTRIBUTE,
    v2: 'Plain text \\{color="red"\\}',
  },

  // The format reference: escaping, blocks and rich text.
  {
    name: 'escaped special characters',
    source: REFERENCE,
    quoted: ESCAPING,
    v2: 'Literal \\* \\~ \\` \\$ \\[ \\] \\< \\> \\{ \\} \\| \\^ \\\\ characters.',
  },
  {
    name: 'code block content is literal',
    source: REFERENCE,
    quoted: CODE_LITERAL,
    v2: '```\n*not bold* <not a tag> \\not escaped\n```',
  },
  {
    name: 'code block with a language',
    source: REFERENCE,
    quoted: CODE_LITERAL,
    v2: '```python\nprint("hi")\n```',
  },
  {
    name: 'mermaid code block',
    source: REFERENCE,
    quoted: '```mermaid for Mermaid diagrams.',
    v2: '```mermaid\ngraph TD\n  A --> B\n```',
  },
  {
    name: 'headings 1 to 4',
    source: REFERENCE,
    quoted: '# Heading 1 … #### Heading 4',
    v2: '# Heading 1\n\n## Heading 2\n\n### Heading 3\n\n#### Heading 4',
  },
  {
    name: 'bulleted and numbered lists',
    source: REFERENCE,
    quoted: 'List items should contain inline rich text.',
    v2: '- Bulleted list item\n- Another\n\n1. Numbered list item\n2. Another',
  },
  {
    name: 'to-dos',
    source: REFERENCE,
    quoted: '- [ ] Unchecked item … - [x] Checked item',
    v2: '- [ ] Unchecked item\n- [x] Checked item',
  },
  { name: 'quote', source: REFERENCE, quoted: '> Rich text', v2: '> A quote with **bold** text' },
  { name: 'block equation', source: REFERENCE, quoted: 'Equation', v2: '$$\nE = mc^2\n$$' },
  { name: 'divider', source: REFERENCE, quoted: 'Divider', v2: 'Above\n\n---\n\nBelow' },
  {
    name: 'pipe table',
    source: REFERENCE,
    quoted: TABLE_COLORS,
    v2: '| Stage | File |\n| --- | --- |\n| spec | `specs/spec.md` |',
  },
  {
    name: 'table cells hold rich text',
    source: REFERENCE,
    quoted: TABLE_COLORS,
    v2: '<table header-column="true">\n<tr>\n<td>**bold** cell</td>\n<td>`code` and [link](https://example.com)</td>\n</tr>\n</table>',
  },
  {
    name: 'bold, italic, strikethrough, code',
    source: REFERENCE,
    quoted: RICH_TEXT,
    v2: 'Some **bold**, *italic*, ~~struck~~ and `code` text.',
  },
  {
    name: 'link',
    source: REFERENCE,
    quoted: RICH_TEXT,
    v2: 'A [link](https://example.com/page) in text.',
  },
  { name: 'inline math', source: REFERENCE, quoted: RICH_TEXT, v2: 'Inline $E = mc^2$ math.' },
  {
    name: 'text and background colours',
    source: REFERENCE,
    quoted: COLORS,
    v2: 'A <span color="red">red</span> and <span color="yellow_bg">highlighted</span> word.',
  },
  {
    name: 'block colours from the colour list',
    source: REFERENCE,
    quoted: COLORS,
    v2: '<p color="purple">Purple</p>\n\n<p color="brown_bg">Brown background</p>',
  },
  {
    name: 'callout with children',
    source: REFERENCE,
    quoted: FEATURES,
    v2: '<callout icon="💡" color="blue_bg">Remember this\n\n- a child item\n</callout>',
  },
  {
    name: 'columns on several lines',
    source: REFERENCE,
    quoted: FEATURES,
    v2: '<columns>\n<column>\n\nLeft\n</column>\n<column>\n\nRight\n</column>\n</columns>',
  },
  {
    name: 'mentions of a user and a page',
    source: REFERENCE,
    quoted: FEATURES,
    v2: `Ask <mention url="user://01234567-89ab-cdef-0123-456789abcdef">Ann</mention> about <mention url="${PAGE}">the plan</mention>.`,
  },

  // v2 forms issue 12 lists as documented.
  {
    name: 'toggle heading with children',
    source: LISTED,
    quoted: '<toggle heading>',
    v2: '<toggle heading="h2">Section\n\nBody of the section.\n</toggle>',
  },
  {
    name: 'coloured toggle heading without children',
    source: LISTED,
    quoted: '<toggle heading>',
    v2: '<toggle heading="h3" color="red">Closed section</toggle>',
  },
  {
    name: 'coloured list items in <ul>',
    source: LISTED,
    quoted: '<ul>/<ol> with <li>',
    v2: '<ul>\n<li color="blue">Blue item\n\nits paragraph\n</li>\n<li>plain item</li>\n</ul>',
  },
  {
    name: 'coloured items in <ol>',
    source: LISTED,
    quoted: '<ul>/<ol> with <li>',
    v2: '<ol>\n<li color="red_bg">First</li>\n<li>Second</li>\n</ol>',
  },
  {
    name: 'columns on one line',
    source: LISTED,
    quoted: 'one-line <columns>',
    v2: '<columns><column>Left</column><column>Right</column></columns>',
  },
  {
    name: 'styled table with colgroup',
    source: LISTED,
    quoted: 'styled <table> with <colgroup>',
    v2: '<table fit-page-width="true" header-row="true">\n<colgroup>\n<col color="blue_bg">\n<col>\n</colgroup>\n<tr color="gray_bg">\n<td>Name</td>\n<td color="red">Note</td>\n</tr>\n<tr>\n<td>a</td>\n<td>b</td>\n</tr>\n</table>',
  },
  {
    name: 'table of contents',
    source: LISTED,
    quoted: '<table-of-contents/>',
    v2: '# Top\n\n<table-of-contents/>\n\n## Section',
  },
  {
    name: 'synced block',
    source: LISTED,
    quoted: '<synced-block>',
    v2: '<synced-block>\n\nShared text.\n</synced-block>',
  },
  {
    name: 'synced block reference',
    source: LISTED,
    quoted: '<synced-block>',
    v2: `<synced-block-reference url="${OTHER}">\n\nShared text.\n</synced-block-reference>`,
  },
  {
    name: 'bookmark',
    source: LISTED,
    quoted: '<bookmark>',
    v2: '<bookmark url="https://example.com">Example site</bookmark>',
  },
  {
    name: 'embed',
    source: LISTED,
    quoted: '<embed>',
    v2: '<embed url="https://example.com/widget"/>',
  },
  {
    name: 'inline <b>, <i>, <s>',
    source: LISTED,
    quoted: 'inline <b>/<i>/<s>',
    v2: 'Tags: <b>bold</b>, <i>italic</i>, <s>struck</s>.',
  },
  {
    name: 'punctuation-edged bold as <b>',
    source: LISTED,
    quoted: 'inline <b>/<i>/<s>',
    v2: 'Say x<b>"quoted"</b>y here.',
  },
  {
    name: 'database mention',
    source: LISTED,
    quoted: 'database mentions',
    v2: `See <mention url="${OTHER}" type="database">Tasks database</mention>.`,
  },
  {
    name: 'dates, with times',
    source: NFM,
    quoted: DATE,
    v2: 'Due <date start="2026-01-01" />, meet <date start="2026-03-01" start-time="09:30" end-time="11:00" time-zone="Europe/Berlin" />, until <date start="2026-03-02" end="2026-03-04" />.',
  },
  {
    name: 'edge spaces in <p>',
    source: LISTED,
    quoted: 'edge whitespace inside <p>/<h3>/<quote>',
    v2: '<p>  indented by two spaces  </p>',
  },
  {
    name: 'edge spaces in <h3>',
    source: LISTED,
    quoted: 'edge whitespace inside <p>/<h3>/<quote>',
    v2: '<h3> spaced heading </h3>',
  },
  {
    name: 'edge spaces in <quote>',
    source: LISTED,
    quoted: 'edge whitespace inside <p>/<h3>/<quote>',
    v2: '<quote> spaced quote </quote>',
  },
  {
    name: 'character references for tags',
    source: LISTED,
    quoted: '&lt;tag&gt; escapes',
    v2: 'Write &lt;callout&gt; to make a callout &amp; more.',
  },
  {
    name: 'attribute-less <p> and <h2> tags',
    source: LISTED,
    quoted: 'an attribute-less <p>/<h2> tag form',
    v2: '<p>Plain paragraph in tag form</p>\n\n<h2>Plain heading in tag form</h2>',
  },

  // Text a teammate types in Notion (issue 12, "Pages written in Notion").
  {
    name: 'bare URL in a paragraph',
    source: MIGRATE,
    quoted: BLANK_LINE,
    v2: 'See https://example.com/docs?a=1 for details.',
  },
  {
    name: 'www address in a paragraph',
    source: MIGRATE,
    quoted: BLANK_LINE,
    v2: 'Visit www.example.com today.',
  },
  {
    name: 'e-mail address in a paragraph',
    source: MIGRATE,
    quoted: BLANK_LINE,
    v2: 'Mail ann@example.com for access.',
  },
  {
    name: 'escaped literal angle-bracket URL',
    source: REFERENCE,
    quoted: ESCAPING,
    v2: 'Type \\<https://example.com\\> literally.',
  },
  {
    name: 'autolink',
    source: REFERENCE,
    quoted: RICH_TEXT,
    v2: 'Linked <https://example.com> address.',
  },
  { name: 'empty block', source: REFERENCE, quoted: FEATURES, v2: 'Before\n\n<p />\n\nAfter' },
  { name: 'hard line break', source: REFERENCE, quoted: BLANK_LINE, v2: 'Line one\\\nline two' },
  {
    name: 'child page and database',
    source: REFERENCE,
    quoted: FEATURES,
    v2: `<page url="${PAGE}">Child page</page>\n\n<database url="${OTHER}">Tasks</database>`,
  },
  {
    name: 'media blocks',
    source: REFERENCE,
    quoted: FEATURES,
    v2: '![A caption](https://example.com/a.png)\n\n<video source="https://example.com/v.mp4">Clip</video>\n\n<pdf source="https://example.com/d.pdf"/>',
  },
  {
    name: 'unknown block',
    source: REFERENCE,
    quoted: FEATURES,
    v2: `Text\n\n<unknown url="${PAGE}" alt="button"/>`,
  },
  {
    name: 'citation',
    source: REFERENCE,
    quoted: FEATURES,
    v2: 'A claim [^https://example.com/source] with its source.',
  },
  { name: 'underline', source: REFERENCE, quoted: RICH_TEXT, v2: 'Some <u>underlined</u> text.' },

  // The Notion-flavored Markdown format reference, read in full.
  {
    name: 'the reference’s container example',
    source: NFM,
    quoted: CONTAINERS,
    v2: '<quote color="purple_bg">\nTitle text\n\n- child bullet\n\n<callout icon="💡" color="yellow_bg">\nCallout body child\n</callout>\n</quote>',
  },
  {
    name: 'empty title before children',
    source: NFM,
    quoted: TITLE,
    v2: '<toggle>\n<p />\n\nHidden child.\n</toggle>',
  },
  {
    name: 'numbered list with letters',
    source: NFM,
    quoted: CONTAINERS,
    v2: '<ol type="a">\n<li>First</li>\n<li>Second</li>\n</ol>',
  },
  {
    name: 'numbered list with roman numerals and a colour',
    source: NFM,
    quoted: CONTAINERS,
    v2: '<ol type="i">\n<li color="blue">One</li>\n<li>Two</li>\n</ol>',
  },
  {
    name: 'coloured to-do',
    source: NFM,
    quoted: TODO,
    v2: '- [ ] plain to-do\n\n<todo checked="false" color="red">Fix the build</todo>',
  },
  {
    name: 'coloured to-do with children',
    source: NFM,
    quoted: TODO,
    v2: '<todo checked="true" color="green_bg">\nShipped\n\n- release notes\n</todo>',
  },
  {
    name: 'edge spaces in a list item',
    source: NFM,
    quoted: TAG_WHEN,
    v2: '- first\n\n<ul>\n<li> spaced item </li>\n</ul>\n\n- last',
  },
  {
    name: 'edge spaces in a numbered item and a to-do',
    source: NFM,
    quoted: TAG_WHEN,
    v2: '<ol>\n<li> spaced step</li>\n</ol>\n\n<todo checked="false">\tspaced to-do </todo>',
  },
  {
    name: 'coloured equation',
    source: NFM,
    quoted: EQUATION,
    v2: 'Before.\n\n<equation color="blue">x + y = z</equation>',
  },
  {
    name: 'inline database',
    source: NFM,
    quoted: DATABASE,
    v2: `<database url="${OTHER}" inline="true">Tasks</database>`,
  },
  {
    name: 'database with its data source, icon and colour',
    source: NFM,
    quoted: DATABASE,
    v2: `<database url="${OTHER}" data-source-url="collection://fedcba98-7654-3210-fedc-ba9876543210" icon="📋" color="blue">Roadmap</database>`,
  },
  {
    name: 'coloured page reference',
    source: NFM,
    quoted: '<page url="..." color="...">Title</page>; represents a subpage on the current page.',
    v2: `<page url="${PAGE}" color="red">Child page</page>`,
  },
  {
    name: 'header cells',
    source: NFM,
    quoted: STYLED_TABLE,
    v2: '<table header-row="true" header-column="true">\n<tr>\n<th>Name</th>\n<th>Role</th>\n</tr>\n<tr>\n<th>Ann</th>\n<td color="green">Lead</td>\n</tr>\n</table>',
  },
  {
    name: 'column widths',
    source: NFM,
    quoted: STYLED_TABLE,
    v2: '<table>\n<colgroup>\n<col width="180" />\n<col width="240" color="blue_bg" />\n</colgroup>\n<tr>\n<td>a</td>\n<td>b</td>\n</tr>\n</table>',
  },
  {
    name: 'line break in a table cell',
    source: NFM,
    quoted: CELLS,
    v2: '| Step | Notes |\n| --- | --- |\n| one | first line<br />second line |',
  },
  {
    name: 'column ratios',
    source: NFM,
    quoted: COLUMNS,
    v2: '<columns>\n<column ratio="30">\nNarrow\n</column>\n<column ratio="70">\nWide\n</column>\n</columns>',
  },
  {
    name: 'colour and underline nested',
    source: NFM,
    quoted: SPANS,
    v2: 'A <span color="orange"><u>word</u></span> and <span color="red" discussion-urls="https://www.notion.so/d1">commented text</span>.',
  },
  {
    name: 'block content in a list item',
    source: REFERENCE,
    quoted: EMPTY_ITEM,
    v2: '- plain item\n-\n\t# Heading in a list\n-\n\t```js\n\tcode()\n\t```',
  },
];
