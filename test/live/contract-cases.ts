// What the contract recorder asks Notion, so the emulator can be held to the answers. Paths
// and bodies name `{dataSource}` and `{page}`: the recorder and the replay fill in their own.

const NFM = 'https://developers.notion.com/guides/data-apis/migrate-to-notion-flavored-markdown';
const QUERY = 'https://developers.notion.com/reference/query-a-data-source';
const CODES = 'https://developers.notion.com/reference/status-codes';
const PAGE = 'https://developers.notion.com/reference/page';

/** One construct: the v2 markdown a `replace_content` sends, and where the reference has it. */
export interface MarkdownCase {
  name: string;
  markdown: string;
  source: string;
}

export const MARKDOWN_CASES: readonly MarkdownCase[] = [
  { name: 'paragraphs', markdown: 'First paragraph.\n\nSecond paragraph.', source: NFM },
  { name: 'single-newline', markdown: 'One line\nsame block', source: NFM },
  { name: 'hard-break', markdown: 'Line one\\\nline two', source: NFM },
  { name: 'headings', markdown: '# One\n\n## Two\n\n### Three\n\n#### Four', source: NFM },
  { name: 'heading-5', markdown: '##### Five', source: NFM },
  { name: 'bullets-nested', markdown: '- a\n  - b\n- c', source: NFM },
  { name: 'numbered', markdown: '1. one\n2. two', source: NFM },
  { name: 'to-do', markdown: '- [ ] open\n- [x] done', source: NFM },
  { name: 'code-js', markdown: '```js\nconst a = 1;\n```', source: NFM },
  { name: 'quote', markdown: '> quoted', source: NFM },
  { name: 'divider', markdown: 'Above\n\n---\n\nBelow', source: NFM },
  { name: 'equation', markdown: '$$\nE = mc^2\n$$', source: NFM },
  { name: 'table', markdown: '| a | b |\n| - | - |\n| 1 | 2 |', source: NFM },
  {
    name: 'inline',
    markdown: '**bold** *italic* ~~strike~~ `code` [link](https://example.com)',
    source: NFM,
  },
  { name: 'empty-block', markdown: 'Above\n\n<p />\n\nBelow', source: NFM },
  { name: 'color-attribute-literal', markdown: 'Red {color="red"}', source: NFM },
  { name: 'html-literal', markdown: 'H<sub>2</sub>O and <div>x</div>', source: NFM },
  { name: 'image', markdown: '![A chart](https://example.com/chart.png)', source: NFM },
];

/** One API exchange whose status, error code and answer's fields the emulator must match. */
export interface ApiCase {
  name: string;
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: unknown;
  /** `no-version` leaves out Notion-Version; `bad-token` sends a token Notion cannot know. */
  headers?: 'no-version' | 'bad-token';
  source: string;
}

export const API_CASES: readonly ApiCase[] = [
  {
    name: 'query-in-trash-refused',
    method: 'POST',
    path: '/v1/data_sources/{dataSource}/query',
    body: { in_trash: true },
    source: QUERY,
  },
  {
    name: 'query-archived-partition',
    method: 'POST',
    path: '/v1/data_sources/{dataSource}/query',
    body: { is_archived: true, page_size: 1 },
    source: QUERY,
  },
  {
    name: 'query-live',
    method: 'POST',
    path: '/v1/data_sources/{dataSource}/query',
    body: { page_size: 1 },
    source: QUERY,
  },
  { name: 'page-object', method: 'GET', path: '/v1/pages/{page}', source: PAGE },
  {
    name: 'missing-version',
    method: 'GET',
    path: '/v1/users/me',
    headers: 'no-version',
    source: CODES,
  },
  { name: 'bad-token', method: 'GET', path: '/v1/users/me', headers: 'bad-token', source: CODES },
  {
    name: 'markdown-of-unknown-block',
    method: 'GET',
    path: '/v1/pages/00000000000040008000000000000000/markdown?markdown_version=v2',
    source: 'https://developers.notion.com/reference/retrieve-page-markdown',
  },
];
