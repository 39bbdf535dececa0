import { describe, expect, it } from 'vitest';
import {
  applyNotionEditToGfm,
  gfmBlocks,
  gfmToNotion,
  notionBlocks,
  notionToGfm,
} from '../../src/markdown/index.js';
import {
  blockContentKey,
  parseNotionMarkdown,
  renderNotionMarkdown,
} from '../notion-emulator/markdown/index.js';

/** What Notion (the emulator) stores for `v2`, rendered back as GET .../markdown answers it. */
function notionRendering(v2: string): string {
  return renderNotionMarkdown(parseNotionMarkdown(v2));
}

const keys = (v2: string) => parseNotionMarkdown(v2).map(blockContentKey);

describe('GitHub alerts are Notion callouts', () => {
  it.each([
    ['NOTE', '> [!NOTE]\n> Useful information that users should know.\n', 'ℹ️', 'blue_bg'],
    ['TIP', '> [!TIP]\n> Helpful advice for doing things better.\n', '💡', 'green_bg'],
    ['IMPORTANT', '> [!IMPORTANT]\n> Key information users need.\n', '❗', 'purple_bg'],
    ['WARNING', '> [!WARNING]\n> Urgent info that needs attention.\n', '⚠️', 'yellow_bg'],
    ['CAUTION', '> [!CAUTION]\n> Risks of certain actions.\n', '🛑', 'red_bg'],
  ])(
    '%s: a callout with the kind’s icon and colour, byte for byte back',
    (_k, gfm, icon, color) => {
      const v2 = gfmToNotion(gfm).markdown;
      expect(v2).toMatch(new RegExp(`^<callout icon="${icon}" color="${color}">`));
      const stored = parseNotionMarkdown(v2)[0];
      expect(stored?.type).toBe('callout');
      const rendered = notionRendering(v2);
      expect(notionToGfm(rendered).markdown).toBe(gfm);
      expect(applyNotionEditToGfm(gfm, v2, rendered).gfm).toBe(gfm);
    },
  );

  it.each([
    ['lower-case marker', '> [!note]\n> Text.\n'],
    [
      'several paragraphs and a list',
      '> [!WARNING]\n> First line\n> goes on.\n>\n> Second.\n>\n> - a\n> - b\n',
    ],
    ['no title, children only', '> [!TIP]\n>\n> Only a child.\n'],
    ['marker only', '> [!CAUTION]\n'],
    ['inside a list item', '- item\n\n  > [!NOTE]\n  > Nested alert.\n- next\n'],
  ])('%s: the file keeps its bytes through a push and a pull', (_name, gfm) => {
    const v2 = gfmToNotion(gfm).markdown;
    const rendered = notionRendering(v2);
    expect(keys(rendered)).toEqual(keys(v2));
    expect(notionBlocks(rendered).map((b) => b.key)).toEqual(gfmBlocks(gfm).map((b) => b.key));
    expect(applyNotionEditToGfm(gfm, v2, rendered).gfm).toBe(gfm);
  });

  it('keeps a quote whose marker is not alone on its line a quote', () => {
    const v2 = gfmToNotion('> [!NOTE] inline text\n').markdown;
    expect(v2).toBe('> \\[!NOTE\\] inline text');
  });

  it('brings a callout made in Notion back as the alert of its icon, else its colour', () => {
    expect(notionToGfm('<callout icon="⚠️" color="yellow_bg">Careful</callout>').markdown).toBe(
      '> [!WARNING]\n> Careful\n',
    );
    expect(notionToGfm('<callout color="red_bg">Stop</callout>').markdown).toMatch(
      /^> \[!CAUTION\]\n> Stop\n>\n> <!-- notion-callout color="red_bg" -->\n$/,
    );
  });

  it('keeps the icon and colour of any other callout in a comment, so the page comes back whole', () => {
    const v2 = '<callout icon="🔥" color="gray_bg">\nHot **topic**\n\n- child\n</callout>';
    const gfm = notionToGfm(v2).markdown;
    expect(gfm).toBe(
      '> [!NOTE]\n> Hot **topic**\n>\n> - child\n>\n> <!-- notion-callout icon="🔥" color="gray_bg" -->\n',
    );
    expect(gfmToNotion(gfm).markdown).toBe(v2);
    expect(notionToGfm('<callout>Plain</callout>').markdown).toBe(
      '> [!NOTE]\n> Plain\n>\n> <!-- notion-callout -->\n',
    );
    expect(gfmToNotion('> [!NOTE]\n> Plain\n>\n> <!-- notion-callout -->\n').markdown).toBe(
      '<callout>Plain</callout>',
    );
  });

  it('sees an icon changed in Notion as an edit of that callout only', () => {
    const gfm = '# Spec\n\n> [!TIP]\n> Cache it.\n\nAfter.\n';
    const base = gfmToNotion(gfm).markdown;
    const edited = base.replace('icon="💡"', 'icon="🚀"');
    const pulled = applyNotionEditToGfm(gfm, base, edited);
    expect(pulled.changed).toBe(1);
    expect(pulled.gfm).toBe(
      '# Spec\n\n> [!TIP]\n> Cache it.\n>\n> <!-- notion-callout icon="🚀" color="green_bg" -->\n\nAfter.\n',
    );
  });
});

describe('<details> is a Notion toggle', () => {
  const forms: [string, string][] = [
    [
      'GitHub’s documented form',
      '<details>\n<summary>Click to expand</summary>\n\nHidden *markdown* content.\n\n</details>\n',
    ],
    [
      'summary on the opening line',
      '<details><summary>Logs</summary>\n\n```bash\nmake test\n```\n\n</details>\n',
    ],
    [
      'indented summary, no blank line before the close',
      '<details>\n  <summary>Why</summary>\n\nBecause.\n</details>\n',
    ],
    ['all on a few lines', '<details>\n<summary>Short</summary>\nOne line of text.\n</details>\n'],
    [
      'nested toggles',
      '<details>\n<summary>Outer</summary>\n\n<details>\n<summary>Inner</summary>\n\nDeep.\n\n</details>\n\n</details>\n',
    ],
    ['empty', '<details>\n<summary>Nothing inside</summary>\n\n</details>\n'],
  ];

  it.each(forms)('%s: a toggle, and the file keeps its bytes', (_name, gfm) => {
    const converted = gfmToNotion(gfm);
    expect(converted.warnings).toEqual([]);
    expect(converted.markdown).toMatch(/^<toggle>/);
    const rendered = notionRendering(converted.markdown);
    expect(parseNotionMarkdown(rendered)[0]?.type).toBe('toggle');
    expect(keys(rendered)).toEqual(keys(converted.markdown));
    expect(applyNotionEditToGfm(gfm, converted.markdown, rendered).gfm).toBe(gfm);
  });

  it('writes a toggle made in Notion as <details>, which reads back as the same toggle', () => {
    const v2 = '<toggle>\nSteps & *notes*\n\n1. one\n2. two\n</toggle>';
    const gfm = notionToGfm(v2).markdown;
    expect(gfm).toBe(
      '<details>\n<summary>Steps &amp; <i>notes</i></summary>\n\n1. one\n2. two\n\n</details>\n',
    );
    expect(gfmToNotion(gfm).markdown).toBe(v2);
  });

  it('warns that an open toggle is sent closed', () => {
    const { warnings } = gfmToNotion(
      '<details open>\n<summary>S</summary>\n\nBody.\n\n</details>\n',
    );
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['details-open', 1]]);
  });

  it('leaves <details> it cannot pair as HTML, with its warning', () => {
    const { markdown, warnings } = gfmToNotion(
      '<details>\n<summary>Open</summary>\n\nNever closed.\n',
    );
    expect(markdown).toMatch(/^```html/);
    expect(warnings.map((w) => w.code)).toContain('html-block');
  });
});

describe('Mermaid diagrams', () => {
  it('stay code blocks with the language mermaid, both ways', () => {
    const gfm = '```mermaid\ngraph TD\n  A --> B\n```\n';
    const v2 = gfmToNotion(gfm).markdown;
    const stored = parseNotionMarkdown(v2)[0] as { type: string; code: { language: string } };
    expect(stored.type).toBe('code');
    expect(stored.code.language).toBe('mermaid');
    expect(notionToGfm(notionRendering(v2)).markdown).toBe(gfm);
  });
});
