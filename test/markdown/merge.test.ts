import { describe, expect, it } from 'vitest';
import { applyNotionEditToGfm, gfmToNotion } from '../../src/markdown/index.js';

/** Pull's merge with the file at the last sync as the base. */
function merge(base: string, local: string, notion: string) {
  return applyNotionEditToGfm(local, gfmToNotion(base).markdown, gfmToNotion(notion).markdown);
}

const BASE = 'A one.\n\nB two.\n\nC three.\n\nD four.\n';

describe('the three-way merge', () => {
  it('takes each side’s edits to different blocks', () => {
    const result = merge(
      BASE,
      BASE.replace('A one.', 'A one, local.'),
      BASE.replace('D four.', 'D four, Notion.'),
    );
    expect(result.conflicts).toEqual([]);
    expect(result.gfm).toBe('A one, local.\n\nB two.\n\nC three.\n\nD four, Notion.\n');
  });

  it('lands the same insertion once, whatever else Notion changed', () => {
    const added = BASE.replace('C three.', 'New.\n\nC three.');
    const result = merge(BASE, added, added.replace('A one.', 'A one, Notion.'));
    expect(result.conflicts).toEqual([]);
    expect(result.gfm).toBe('A one, Notion.\n\nB two.\n\nNew.\n\nC three.\n\nD four.\n');
  });

  it('lands the same edit once', () => {
    const edited = BASE.replace('B two.', 'B two, both.');
    const result = merge(BASE, edited, edited.replace('D four.', 'D four, Notion.'));
    expect(result.conflicts).toEqual([]);
    expect(result.gfm.split('B two, both.')).toHaveLength(2);
  });

  it('keeps an insertion Notion made next to the same one made locally, in order', () => {
    const local = BASE.replace('C three.', 'X.\n\nC three.');
    const notion = BASE.replace('C three.', 'X.\n\nY.\n\nC three.');
    expect(merge(BASE, local, notion).gfm).toBe(notion);
  });

  it('makes different insertions at one place a conflict, as git does', () => {
    const result = merge(
      BASE,
      BASE.replace('C three.', 'Mine.\n\nC three.'),
      BASE.replace('C three.', 'Theirs.\n\nC three.'),
    );
    expect(result.conflicts.map((c) => c.reason)).toEqual(['both-inserted']);
  });

  it('treats insertions with only deleted blocks between them as one place', () => {
    // Notion deleted C and added X where it was; the file added X just before C.
    const result = merge(
      BASE,
      BASE.replace('C three.', 'X.\n\nC three.'),
      BASE.replace('C three.', 'X.'),
    );
    expect(result.conflicts).toEqual([]);
    expect(result.gfm).toBe('A one.\n\nB two.\n\nX.\n\nD four.\n');
  });

  it('keeps deletion against edit, and move against delete, conflicts', () => {
    const deleted = BASE.replace('B two.\n\n', '');
    expect(
      merge(BASE, BASE.replace('B two.', 'B two, local.'), deleted).conflicts.map((c) => c.reason),
    ).toEqual(['edited-locally-deleted-in-notion']);
    expect(
      merge(BASE, deleted, BASE.replace('B two.', 'B two, Notion.')).conflicts.map((c) => c.reason),
    ).toEqual(['deleted-locally-edited-in-notion']);
    const moved = 'A one.\n\nC three.\n\nD four.\n\nB two.\n';
    expect(merge(BASE, deleted, moved).conflicts).toHaveLength(1);
  });

  it('refuses a Notion insertion the file made at another place (it would be there twice)', () => {
    const result = merge(
      BASE,
      BASE.replace('D four.', 'D four.\n\nX.'),
      BASE.replace('A one.', 'X.\n\nA one.'),
    );
    expect(result.conflicts.map((c) => c.reason)).toEqual(['inserted-elsewhere']);
  });
});

describe('a block Notion rewrote keeps the file’s style', () => {
  it('a code block keeps its fence and language: only the changed line differs', () => {
    const base = '~~~js\nconst a = 1;\nconst b = 2;\n~~~\n';
    const result = merge(base, base, base.replace('const b = 2;', 'const b = 3;'));
    expect(result.gfm).toBe('~~~js\nconst a = 1;\nconst b = 3;\n~~~\n');
  });

  it('an indented code block stays indented', () => {
    const base = 'Text.\n\n    one\n    two\n';
    expect(merge(base, base, base.replace('two', 'three')).gfm).toBe(
      'Text.\n\n    one\n    three\n',
    );
  });

  it('keeps the comments of a block Notion rewrote, where they were', () => {
    const base =
      'Ranking <!-- TODO: measure --> happens in memory.\n\n- a\n  <!-- why a -->\n- b\n';
    const notion = base.replace('in memory', 'in memory, per query').replace('- a', '- a, edited');
    expect(merge(base, base, notion).gfm).toBe(
      'Ranking <!-- TODO: measure --> happens in memory, per query.\n\n- a, edited\n  <!-- why a -->\n- b\n',
    );
  });

  it('leaves the comments of a block Notion deleted', () => {
    const base = 'Keep.\n\nGone <!-- but not this --> soon.\n\nAlso kept.\n';
    expect(merge(base, base, 'Keep.\n\nAlso kept.\n').gfm).toBe(
      'Keep.\n\n<!-- but not this -->\n\nAlso kept.\n',
    );
  });

  it('keeps comments between blocks byte for byte through Notion’s edits around them', () => {
    const base = '# T\n\n<!--\n  guidance\n-->\n\nFirst.\n\n<!-- between -->\nSecond.\n';
    const notion = '# T\n\nFirst, edited.\n\nNew.\n\nSecond.\n';
    expect(merge(base, base, notion).gfm).toBe(
      '# T\n\n<!--\n  guidance\n-->\n\nFirst, edited.\n\nNew.\n\n<!-- between -->\nSecond.\n',
    );
  });
});
