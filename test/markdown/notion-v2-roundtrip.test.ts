import { describe, expect, it } from 'vitest';
import { gfmToNotion, notionToGfm, type LossWarning } from '../../src/markdown/index.js';
import {
  blockContentKey,
  parseNotionMarkdown,
  renderNotionMarkdown,
} from '../notion-emulator/markdown/index.js';
import { NOTION_V2_CORPUS, type V2Case } from './notion-v2-corpus.js';

/**
 * A page written in Notion, pulled into git and pushed back, is the page it was: the v2 a push
 * sends is the v2 Notion had, or equal up to whitespace, or it makes the same blocks when Notion
 * (the emulator) reads it. A page that cannot come back has to be a warning the user sees; no
 * case in the corpus needs one today.
 */
function blocksOf(v2: string): string[] {
  return parseNotionMarkdown(v2).map(blockContentKey);
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function pullThenPush(v2: string): { gfm: string; back: string; warnings: LossWarning[] } {
  const pulled = notionToGfm(v2);
  const pushed = gfmToNotion(pulled.markdown);
  return {
    gfm: pulled.markdown,
    back: pushed.markdown,
    warnings: [...pulled.warnings, ...pushed.warnings],
  };
}

function expectSamePage(v2: string, back: string, label: string): void {
  if (back === v2 || squash(back) === squash(v2)) return;
  expect(blocksOf(back), `${label}: pushed back\n${back}\ninstead of\n${v2}`).toEqual(blocksOf(v2));
}

describe('pages written in Notion survive a pull and a push', () => {
  it.each(NOTION_V2_CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c: V2Case) => {
    // The case is v2 Notion reads (the emulator refuses what the docs do not allow).
    expect(() => parseNotionMarkdown(c.v2), c.source).not.toThrow();

    const { gfm, back, warnings } = pullThenPush(c.v2);
    expectSamePage(c.v2, back, 'as written');
    // Loss warnings are for GFM constructs Notion cannot hold; a Notion page raises none.
    expect(warnings.filter((w) => w.code !== 'notion-block')).toEqual([]);
    // A second round trip changes nothing more.
    expect(pullThenPush(back).back).toBe(back);
    expect(notionToGfm(gfmToNotion(gfm).markdown).markdown).toBe(gfm);

    // What Notion answers for the page (its own rendering) survives too.
    const rendered = renderNotionMarkdown(parseNotionMarkdown(c.v2));
    expectSamePage(rendered, pullThenPush(rendered).back, 'as Notion renders it');
  });

  it('keeps the whole corpus as one page', () => {
    const page = NOTION_V2_CORPUS.map((c) => c.v2).join('\n\n');
    expectSamePage(page, pullThenPush(page).back, 'whole page');
  });

  it('names a source for every case and covers at least 60 of them', () => {
    expect(NOTION_V2_CORPUS.length).toBeGreaterThanOrEqual(60);
    for (const c of NOTION_V2_CORPUS)
      expect(c.source).toMatch(/^https:\/\/developers\.notion\.com\//);
    expect(new Set(NOTION_V2_CORPUS.map((c) => c.name)).size).toBe(NOTION_V2_CORPUS.length);
  });
});

describe('the cases issue 12 names come back as written', () => {
  it.each([
    ['a bare URL', 'See https://example.com/a for more.'],
    ['a www. address', 'Visit www.example.com today.'],
    ['an e-mail address', 'Mail ann@example.com now.'],
    ['an escaped literal <URL>', 'Literal \\<https://example.com\\> here.'],
    ['edge spaces in <p>', '<p>  two spaces  </p>'],
    ['edge spaces in <h3>', '<h3> spaced </h3>'],
    ['edge spaces in <quote>', '<quote> spaced quote </quote>'],
  ])('%s, byte for byte', (_name, v2) => {
    const { gfm, back } = pullThenPush(v2);
    expect(back).toBe(v2);
    expect(gfm).not.toMatch(/\]\(|(?<!\\)<https|```/);
  });

  it('writes bare URLs in the file as they are, not escaped or linked', () => {
    expect(
      notionToGfm('See https://example.com, www.example.com and ann@example.com.').markdown,
    ).toBe('See https://example.com, www.example.com and ann@example.com.\n');
  });

  it('sends an attribute-less <p>/<h2> back as a paragraph and a heading, not html code', () => {
    const { gfm, back } = pullThenPush('<p>Hello</p>\n\n<h2>Title</h2>');
    expect(gfm).toBe('Hello\n\n## Title\n');
    expect(back).toBe('Hello\n\n## Title');
  });

  it('keeps a <p> with children as a Notion tag in the file and sends it back as one', () => {
    const v2 = '<p>Parent\n\nChild.\n</p>';
    const { gfm, back } = pullThenPush(v2);
    expect(gfm).toBe(`${v2}\n`);
    expect(back).toBe(v2);
    // README HTML is still HTML: no blank line inside, or attributes Notion does not know.
    expect(gfmToNotion('<p>\n<img src="x.png">\n</p>').markdown).toMatch(/^```html/);
    expect(gfmToNotion('<p align="center">\n\nText\n\n</p>').markdown).toMatch(/^```html/);
  });
});
