import type { Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import {
  COMMENT_MARKER,
  codeSpan,
  escapeText,
  notionPageUrl,
  renderComment,
} from '../../src/action/render.js';
import { emptyCounts, runWarning, type SyncReport } from '../../src/sync/report.js';

const parse = (markdown: string): Root =>
  unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
const plain = (node: RootContent | Root) => toString(node).replace(/\u2060/g, '');

// Names and messages as hostile as the file system and Notion let them be.
const NAMES = [
  'acme::a|b*c_d::spec',
  'acme::x`y``z::plan',
  'acme::<script>alert(1)</script>::intent',
  'acme::@octocat [x](https://evil.example) #12::tasks',
  'acme::--> <!-- ::context',
  'acme::`lead::feedback',
  'acme::trail ::implementation',
];
const REASONS = [
  'pipe | and backslash \\ and a \\| together',
  'line one\nline two <img src=x onerror=alert(1)>',
  '**not bold** _not em_ [not a link](http://x) ![no](y.png) ~~no~~ `no code`',
  '# not a heading, @team not pinged, 1. not a list',
  '- not a list item > not a quote',
  'trailing backslash \\',
  '&amp; stays literal, &#64; too',
];

function report(): SyncReport {
  return {
    command: 'push',
    dryRun: false,
    counts: { ...emptyCounts(), failed: NAMES.length, skipped: 2 },
    artifacts: [
      ...NAMES.map((idseId, i) => ({
        idseId,
        action: 'failed' as const,
        pageId: '0123abcd-0123-4567-89ab-0123456789ab',
        reason: REASONS[i] ?? '',
      })),
      { idseId: 'acme::s::spec', action: 'skipped' as const, pageId: null },
      { idseId: 'acme::t::spec', action: 'skipped' as const, pageId: null },
    ],
    warnings: REASONS.map(runWarning),
    requests: 3,
  };
}

function tables(tree: Root): Table[] {
  const found: Table[] = [];
  visit(tree, 'table', (node: Table) => {
    found.push(node);
  });
  return found;
}

describe('the PR comment and job summary', () => {
  it('starts with the hidden marker and shows the counts', () => {
    const body = renderComment(report(), { kind: 'push' });
    expect(body.startsWith(`${COMMENT_MARKER}\n### Notion sync: push\n`)).toBe(true);
    const [counts] = tables(parse(body));
    expect(counts?.children.map((row) => row.children.map((cell) => plain(cell)))).toEqual([
      ['Pushed', 'Created', 'Updated', 'Skipped', 'Failed', 'Conflicts'],
      ['0', '0', '0', '2', '7', '0'],
    ]);
    expect(body).toContain('2 unchanged artifacts were skipped.');
  });

  it('keeps every hostile name and message as literal text: one row each, four cells, no markup', () => {
    const tree = parse(renderComment(report(), { kind: 'push' }));
    const html: string[] = [];
    visit(tree, 'html', (node: { value: string }) => {
      html.push(node.value);
    });
    expect(html).toEqual([COMMENT_MARKER]);
    const artifacts = tables(tree)[1];
    expect(artifacts?.children).toHaveLength(NAMES.length + 1);
    artifacts?.children.slice(1).forEach((row, i) => {
      expect(row.children).toHaveLength(4);
      const [name, result, link, note] = row.children;
      expect(name?.children).toEqual([
        expect.objectContaining({ type: 'inlineCode', value: NAMES[i] }),
      ]);
      expect(plain(result as RootContent)).toBe('failed');
      expect(link?.children).toEqual([
        expect.objectContaining({
          type: 'link',
          url: 'https://www.notion.so/0123abcd0123456789ab0123456789ab',
        }),
      ]);
      expect(note?.children.every((child) => child.type === 'text')).toBe(true);
      expect(plain(note as RootContent)).toBe((REASONS[i] ?? '').replace(/\n/g, ' '));
    });
  });

  it('lists warnings as plain list items', () => {
    const tree = parse(renderComment(report(), { kind: 'push' }));
    const items: string[] = [];
    visit(tree, 'listItem', (item: RootContent) => {
      items.push(plain(item));
    });
    expect(items).toEqual(REASONS.map((r) => r.replace(/\n/g, ' ')));
  });

  it('never lets a name mention anyone: a word joiner follows every @ in text', () => {
    expect(escapeText('@octocat')).toBe('\\@\u2060octocat');
  });

  it('says "would" in a preview and explains a fork preview', () => {
    const preview = { ...report(), dryRun: true };
    const body = renderComment(preview, { kind: 'preview' });
    expect(body).toContain(
      '| Would push | Would create | Would update | Would skip | Would fail | Conflicts |',
    );
    expect(body).toContain('| would fail |');
    expect(body).toContain('2 unchanged artifacts would be skipped.');
    const local = renderComment({ ...preview, warnings: [] }, { kind: 'local-preview' });
    expect(local).toContain('comes from a fork');
  });

  it('cuts a long run to 100 rows and 30 warnings, well under GitHub’s 65,536 characters', () => {
    const big = report();
    big.artifacts = Array.from({ length: 500 }, (_, i) => ({
      idseId: `acme::session-${i}::spec`,
      action: 'created',
      pageId: null,
      reason: 'x'.repeat(300),
    }));
    big.warnings = Array.from({ length: 200 }, () => runWarning('w'.repeat(2000)));
    const body = renderComment(big, { kind: 'push' });
    expect(tables(parse(body))[1]?.children).toHaveLength(101);
    expect(body).toContain('…and 400 more.');
    expect(body).toContain('…and 170 more in the job log.');
    expect(body.length).toBeLessThan(65_536);
  });

  it('builds page links from hex ids only', () => {
    expect(notionPageUrl('0123abcd-0123-4567-89ab-0123456789ab')).toBe(
      'https://www.notion.so/0123abcd0123456789ab0123456789ab',
    );
    expect(notionPageUrl('javascript:alert(1)')).toBeUndefined();
    expect(notionPageUrl(null)).toBeUndefined();
  });

  it('fences code spans past any backtick run inside', () => {
    expect(codeSpan('a``b')).toBe('```a``b```');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});
