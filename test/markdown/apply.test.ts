import { describe, expect, it } from 'vitest';
import { applyNotionEditToGfm, gfmToNotion, notionToGfm } from '../../src/markdown/index.js';

const LOCAL = `# Title

Intro paragraph
wrapped here.

* one
* two
* three

3) alpha
4) beta

| a | b |
|---|---|
| 1 | 2 |
| 3 | 4 |

Outro.
`;
const BASE = gfmToNotion(LOCAL).markdown;

function pull(edit: (v2: string) => string, local = LOCAL, base = BASE) {
  const next = edit(base);
  expect(next).not.toBe(base);
  return applyNotionEditToGfm(local, base, next);
}

describe('applyNotionEditToGfm', () => {
  it('keeps the file byte-identical when Notion did not change', () => {
    expect(applyNotionEditToGfm(LOCAL, BASE, BASE)).toEqual({
      gfm: LOCAL,
      changed: 0,
      warnings: [],
      conflicts: [],
    });
  });

  it('rewrites only the edited paragraph, in GFM', () => {
    const result = pull((v2) =>
      v2.replace('Intro paragraph wrapped here.', 'Intro paragraph, *edited* in Notion.'),
    );
    expect(result.changed).toBe(1);
    expect(result.gfm).toBe(
      LOCAL.replace('Intro paragraph\nwrapped here.', 'Intro paragraph, *edited* in Notion.'),
    );
  });

  it('inserts a list item with the local marker, on its own line', () => {
    const result = pull((v2) => v2.replace('- two\n', '- two\n- two and a half\n'));
    expect(result.gfm).toBe(LOCAL.replace('* two\n', '* two\n* two and a half\n'));
  });

  it('continues the local numbering and delimiter when Notion appends a numbered item', () => {
    const result = pull((v2) => v2.replace('4. beta', '4. beta\n5. gamma'));
    expect(result.gfm).toBe(LOCAL.replace('4) beta\n', '4) beta\n5) gamma\n'));
  });

  it('edits a numbered item in place, keeping its local marker', () => {
    const result = pull((v2) => v2.replace('3. alpha', '3. ALPHA'));
    expect(result.gfm).toBe(LOCAL.replace('3) alpha', '3) ALPHA'));
  });

  it('removes a list item and one line break, not the blank line around the list', () => {
    expect(pull((v2) => v2.replace('- two\n', '')).gfm).toBe(LOCAL.replace('* two\n', ''));
    expect(pull((v2) => v2.replace('\n- three', '')).gfm).toBe(LOCAL.replace('\n* three', ''));
  });

  it('changes one table cell as one row', () => {
    const result = pull((v2) => v2.replace('| 3 | 4 |', '| 3 | 44 |'));
    expect(result.changed).toBe(1);
    expect(result.gfm).toBe(LOCAL.replace('| 3 | 4 |', '| 3 | 44 |'));
  });

  it('adds and removes table rows', () => {
    expect(pull((v2) => v2.replace('| 3 | 4 |', '| 3 | 4 |\n| 5 | 6 |')).gfm).toBe(
      LOCAL.replace('| 3 | 4 |\n', '| 3 | 4 |\n| 5 | 6 |\n'),
    );
    expect(pull((v2) => v2.replace('\n| 1 | 2 |', '')).gfm).toBe(LOCAL.replace('| 1 | 2 |\n', ''));
  });

  it('adds and removes paragraphs with one blank line between blocks', () => {
    expect(pull((v2) => v2.replace('here.', 'here.\n\nNew para.')).gfm).toBe(
      LOCAL.replace('wrapped here.\n', 'wrapped here.\n\nNew para.\n'),
    );
    expect(pull((v2) => v2.replace('Intro paragraph wrapped here.\n\n', '')).gfm).toBe(
      LOCAL.replace('Intro paragraph\nwrapped here.\n\n', ''),
    );
    expect(pull((v2) => v2.replace('\n\nOutro.', '')).gfm).toBe(LOCAL.replace('\n\nOutro.', ''));
    expect(pull((v2) => `${v2}\n\nThe end.`).gfm).toBe(`${LOCAL}\nThe end.\n`);
    expect(pull((v2) => `Start.\n\n${v2}`).gfm).toBe(`Start.\n\n${LOCAL}`);
  });

  it('reports a block edited on both sides and keeps the local version', () => {
    const local = LOCAL.replace('Outro.', 'Outro, edited locally.');
    const result = pull((v2) => v2.replace('Outro.', 'Outro, edited in Notion.'), local);
    expect(result.gfm).toBe(local);
    expect(result.changed).toBe(0);
    expect(result.conflicts).toEqual([
      {
        line: 18,
        reason: 'both-edited',
        local: 'Outro, edited locally.',
        notion: 'Outro, edited in Notion.',
      },
    ]);
  });

  it('merges edits to different blocks', () => {
    const local = LOCAL.replace('Outro.', 'Outro, edited locally.');
    const result = pull((v2) => v2.replace('- one', '- ONE'), local);
    expect(result.conflicts).toEqual([]);
    expect(result.gfm).toBe(local.replace('* one', '* ONE'));
  });

  it('reports a block deleted locally that Notion edited, and one edited locally that Notion deleted', () => {
    const deleted = pull((v2) => v2.replace('Outro.', 'Outro!'), LOCAL.replace('\nOutro.\n', ''));
    expect(deleted.conflicts.map((c) => c.reason)).toEqual(['deleted-locally-edited-in-notion']);
    const edited = pull((v2) => v2.replace('\n\nOutro.', ''), LOCAL.replace('Outro.', 'Outro!'));
    expect(edited.conflicts.map((c) => c.reason)).toEqual(['edited-locally-deleted-in-notion']);
    expect(edited.gfm).toBe(LOCAL.replace('Outro.', 'Outro!'));
  });

  it('writes an edited front matter and HTML block back in their own form', () => {
    const local = '---\ntitle: a\n---\n\n<div>\n  x\n</div>\n\nText.\n';
    const base = gfmToNotion(local).markdown;
    const result = pull(
      (v2) => v2.replace('title: a', 'title: b').replace('  x', '  y'),
      local,
      base,
    );
    expect(result.gfm).toBe('---\ntitle: b\n---\n\n<div>\n  y\n</div>\n\nText.\n');
  });

  it('keeps CRLF line endings for the lines it writes', () => {
    const local = LOCAL.replace(/\n/g, '\r\n');
    const result = pull(
      (v2) => v2.replace('- two\n', '- two\n- more\n').replace('Outro.', 'Outro!'),
      local,
    );
    expect(result.gfm).toBe(
      local.replace('* two\r\n', '* two\r\n* more\r\n').replace('Outro.', 'Outro!'),
    );
  });

  it('pairs an edit of a duplicated block with that block', () => {
    const local = '- same\n- same\n- other\n';
    const base = gfmToNotion(local).markdown;
    const result = pull(
      (v2) => v2.replace('- same\n- same', '- same\n- same, edited'),
      local,
      base,
    );
    expect(result.changed).toBe(1);
    expect(result.gfm).toBe('- same\n- same, edited\n- other\n');
  });

  it('writes a page created in Notion into an empty file', () => {
    const result = applyNotionEditToGfm('', '', '# New\n\nBody');
    expect(result.gfm).toBe('# New\n\nBody\n');
  });

  it('keeps a child page and an unknown block through a pull and the next push', () => {
    const v2 = [
      '# Page',
      'Para one.',
      '<page url="https://www.notion.so/child">Child</page>',
      '<unknown url="https://www.notion.so/p#b1" alt="button"/>',
      'Para two.',
    ].join('\n\n');
    const local = notionToGfm(v2).markdown;
    const edited = v2.replace('Para two.', 'Para two, edited.');
    const pulled = applyNotionEditToGfm(local, v2, edited);
    expect(pulled.changed).toBe(1);
    const pushed = gfmToNotion(pulled.gfm).markdown;
    expect(pushed).toBe(edited);
  });
});

describe('applyNotionEditToGfm with GFM-only constructs', () => {
  it('writes an edited footnote back as a footnote and keeps references in edited text', () => {
    const local = 'Claim[^1] here.\n\n[^1]: The source.\n';
    const base = gfmToNotion(local).markdown;
    const next = base.replace('Claim', 'Bold claim').replace('The source.', 'The real source.');
    expect(applyNotionEditToGfm(local, base, next).gfm).toBe(
      'Bold claim[^1] here.\n\n[^1]: The real source.\n',
    );
  });

  it('writes an edit that breaks the HTML block as a fenced html block', () => {
    const local = '<div>\nx\n</div>\n';
    const base = gfmToNotion(local).markdown;
    const next = base.replace('<div>', 'text before\n<div>');
    expect(applyNotionEditToGfm(local, base, next).gfm).toBe(
      '```html\ntext before\n<div>\nx\n</div>\n```\n',
    );
  });
});
