import { describe, expect, it } from 'vitest';
import {
  findDestinations,
  gfmBlocks,
  isSignedUrl,
  rewriteDestinations,
  unsignedUrl,
} from '../../src/markdown/index.js';

const FILE =
  '# Spec\n\n![Architecture](../assets/arch.png)\n\nSee [the plan](../plans/plan.md#goals) and ' +
  '[docs](<../docs/a file.md> "Docs") and <https://example.com>.\n\n' +
  '[ref link][p]\n\n[p]: ../plans/plan.md\n\n- [x] item with ![inline](x.png)\n';

describe('finding destinations', () => {
  it('lists images and links with their address as written, text and line', () => {
    const found = findDestinations(FILE, 'gfm');
    expect(found.map((d) => d.standalone)).toEqual([true, false, false, false, false, false]);
    expect(found.map(({ standalone: _s, ...d }) => d)).toEqual([
      {
        kind: 'image',
        url: '../assets/arch.png',
        raw: '../assets/arch.png',
        text: 'Architecture',
        line: 3,
      },
      {
        kind: 'link',
        url: '../plans/plan.md#goals',
        raw: '../plans/plan.md#goals',
        text: 'the plan',
        line: 5,
      },
      { kind: 'link', url: '../docs/a file.md', raw: '../docs/a file.md', text: 'docs', line: 5 },
      {
        kind: 'link',
        url: 'https://example.com',
        raw: 'https://example.com',
        text: 'https://example.com',
        line: 5,
      },
      { kind: 'link', url: '../plans/plan.md', raw: '../plans/plan.md', text: 'ref link', line: 7 },
      { kind: 'image', url: 'x.png', raw: 'x.png', text: 'inline', line: 11 },
    ]);
  });

  it('finds images and links inside Notion tag blocks of v2', () => {
    const v2 =
      '<callout icon="💡">See [a](https://www.notion.so/0123456789abcdef0123456789abcdef)\n\n![c](https://h/x.png?X-Amz-Signature=1)\n</callout>';
    expect(findDestinations(v2, 'v2').map((d) => [d.kind, d.url])).toEqual([
      ['link', 'https://www.notion.so/0123456789abcdef0123456789abcdef'],
      ['image', 'https://h/x.png?X-Amz-Signature=1'],
    ]);
  });
});

describe('rewriting destinations', () => {
  it('changes addresses in place and keeps every other byte', () => {
    const out = rewriteDestinations(FILE, 'gfm', (d) =>
      d.url.startsWith('../plans') ? { url: 'https://www.notion.so/abc' } : undefined,
    );
    expect(out).toBe(
      FILE.replace('../plans/plan.md#goals', 'https://www.notion.so/abc').replace(
        '[ref link][p]',
        '[ref link](https://www.notion.so/abc)',
      ),
    );
  });

  it('unlinks a link to its text and drops an image', () => {
    const out = rewriteDestinations(FILE, 'gfm', (d) =>
      d.kind === 'image' ? 'drop' : d.url.startsWith('https') ? undefined : 'unlink',
    );
    expect(out).toBe(
      '# Spec\n\n\n\nSee the plan and docs and <https://example.com>.\n\nref link\n\n[p]: ../plans/plan.md\n\n- [x] item with \n',
    );
  });

  it('puts an address with spaces in angle brackets, and turns an autolink into a link', () => {
    const out = rewriteDestinations('<https://www.notion.so/abc> and ![x](y.png)', 'v2', (d) =>
      d.kind === 'image' ? { url: '../assets/my file.png' } : { url: '../plans/plan.md' },
    );
    expect(out).toBe(
      '[https://www.notion.so/abc](../plans/plan.md) and ![x](<../assets/my file.png>)',
    );
  });

  it('rewrites an image inside a link and the link itself', () => {
    const out = rewriteDestinations('[![a](i.png)](../x.md)', 'gfm', (d) =>
      d.kind === 'image' ? { url: 'I' } : 'unlink',
    );
    expect(out).toBe('![a](I)');
    expect(gfmBlocks(out)).toHaveLength(1);
  });
});

describe('signed addresses', () => {
  it('recognises a pre-signed file address and strips only its signature', () => {
    const signed =
      'https://prod-files-secure.s3.us-west-2.amazonaws.com/ws/f/a.png?X-Amz-Algorithm=AWS4&X-Amz-Signature=abc';
    expect(isSignedUrl(signed)).toBe(true);
    expect(unsignedUrl(signed)).toBe(
      'https://prod-files-secure.s3.us-west-2.amazonaws.com/ws/f/a.png',
    );
    expect(isSignedUrl('https://example.com/a?page=2')).toBe(false);
    expect(unsignedUrl('https://example.com/a?page=2')).toBe('https://example.com/a?page=2');
  });
});
