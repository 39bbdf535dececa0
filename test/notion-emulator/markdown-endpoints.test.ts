import { describe, expect, it } from 'vitest';
import { parseNotionMarkdown, renderNotionMarkdown } from './markdown/index.js';
import {
  createPage,
  getMarkdown,
  rejection,
  replaceContent,
  updateContent,
  useEmulator,
} from './harness.js';

const { emu, client, editor } = useEmulator();

async function pageWith(markdown: string): Promise<string> {
  return (await createPage(client(), emu().dataSourceId, { title: 'Doc', markdown })).id;
}

const ids = (pageId: string) =>
  emu()
    .pageBlocks(pageId)
    .map((b) => b.id);

describe('GET /v1/pages/{id}/markdown', () => {
  it('answers a page_markdown object rendered from the stored blocks', async () => {
    const id = await pageWith('# Title\n\nHello **world**');
    expect(await getMarkdown(client(), id)).toEqual({
      object: 'page_markdown',
      id,
      markdown: '# Title\n\nHello **world**',
      truncated: false,
      unknown_block_ids: [],
    });
    expect(
      emu()
        .pageBlocks(id)
        .map((b) => b.type),
    ).toEqual(['heading_1', 'paragraph']);
  });

  it('A-API-03: refuses a markdown request without markdown_version "v2"', async () => {
    const id = await pageWith('x');
    const get = await rejection(client().request({ path: `pages/${id}/markdown`, method: 'get' }));
    expect(get.code).toBe('validation_error');
    const v1 = await rejection(
      client().request({
        path: `pages/${id}/markdown`,
        method: 'patch',
        body: {
          markdown_version: 'v1',
          type: 'replace_content',
          replace_content: { new_str: 'y' },
        },
      }),
    );
    expect(v1.code).toBe('validation_error');
    const create = await rejection(
      client().request({
        path: 'pages',
        method: 'post',
        body: { parent: { data_source_id: emu().dataSourceId }, markdown: 'x' },
      }),
    );
    expect(create.code).toBe('validation_error');
    expect(emu().pageMarkdown(id)).toBe('x');
  });
});

describe('documents in and out (Notion-flavored Markdown v2)', () => {
  const documents: Record<string, string> = {
    headings: '# One\n\n## Two\n\n### Three\n\n#### Four',
    lists: '- a\n- b\n\t- nested\n\t\t1. deep\n1. first\n2. second\n- [ ] todo\n- [x] done',
    code: '````ts\nconst fence = "```";\n````',
    table: '| Name | Note |\n| --- | --- |\n| `a\\|b` | **bold** |',
    callout: '<callout icon="💡" color="yellow_bg">Heads up\n\n- child item\n</callout>',
    toggle: '<toggle>Details\n\nHidden paragraph\n</toggle>',
    quote: '> A quote',
    equation: '$$\nE = mc^2\n$$',
    mentions:
      'See <mention url="https://example.com">example</mention> on <date start="2026-01-02"/>',
    colors: '<p color="red">Red paragraph</p>\n\nplain <span color="blue">blue</span> text',
    empty: 'before\n\n<p />\n\nafter',
    literalHtml: 'Use <details> and <br> literally',
    breaks: 'line one\\\nline two',
    divider: 'above\n\n---\n\nbelow',
    toggleHeading: '<toggle heading="h2" color="red">Section\n\nBody\n</toggle>',
    colouredList: '<ul>\n<li color="blue">Blue\n\n- nested\n</li>\n<li>plain</li>\n</ul>',
    oneLineColumns: '<columns><column>Left</column><column>Right</column></columns>',
    styledTable:
      '<table header-row="true">\n<colgroup>\n<col color="red">\n<col>\n</colgroup>\n<tr color="blue_bg">\n<td>a</td>\n<td color="green">b</td>\n</tr>\n</table>',
    tableOfContents: '# Top\n\n<table-of-contents/>',
    synced: '<synced-block>\n\nShared\n</synced-block>',
    links:
      '<bookmark url="https://example.com">Site</bookmark>\n\n<embed url="https://example.com/e"/>',
    markTags: 'x<b>"q"</b>y and <i>it</i> and <s>gone</s>',
    edgeSpaces: '<p>  padded  </p>\n\n<h3> spaced </h3>\n\n<quote> quoted </quote>',
    entities: '&lt;tag&gt; &amp; &#42;',
    dateTime:
      'At <date start="2026-03-01" start-time="09:30" end-time="10:00" time-zone="Europe/Berlin" />',
    orderedStyles:
      '<ol type="a">\n<li>alpha</li>\n<li>beta</li>\n</ol>\n\n<ol type="i">\n<li>one</li>\n</ol>',
    todoTag: '<todo checked="true" color="green">\nShipped\n\n- note\n</todo>',
    equationTag: '<equation color="blue">x + y = z</equation>',
    headerCells:
      '<table header-row="true" header-column="true">\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n<tr>\n<th>c</th>\n<td>d<br />e</td>\n</tr>\n</table>',
    emptyItemChildren: '- # Heading in a list\n- ```js\n  code()\n  ```',
    edgeSpacedItems: '<ul>\n<li> spaced </li>\n</ul>\n\n<todo checked="false"> open </todo>',
  };

  for (const [name, doc] of Object.entries(documents)) {
    it(`stores "${name}" as blocks and renders it back as Notion does`, async () => {
      const id = await pageWith(doc);
      const expected = renderNotionMarkdown(parseNotionMarkdown(doc));
      const got = await getMarkdown(client(), id);
      expect(got.markdown).toBe(expected);
      expect(emu().pageBlocks(id).length).toBeGreaterThan(0);
      // Sending back what Notion answered changes nothing, not even block ids.
      const before = ids(id);
      const after = await replaceContent(client(), id, got.markdown);
      expect(after.markdown).toBe(expected);
      expect(ids(id)).toEqual(before);
    });
  }

  it('refuses markdown the documented rules cannot parse', async () => {
    const id = await pageWith('ok');
    const error = await rejection(replaceContent(client(), id, '<toggle>never closed\n\nchild'));
    expect(error.code).toBe('validation_error');
    expect(emu().pageMarkdown(id)).toBe('ok');
  });
});

describe('PATCH replace_content', () => {
  it('A-API-12: keeps the ids of unchanged blocks and gives changed or new blocks new ids', async () => {
    const id = await pageWith('first\n\nsecond\n\nthird');
    const [first, second, third] = ids(id);
    const res = await replaceContent(client(), id, 'first\n\nsecond, edited\n\nthird\n\nfourth');
    expect(res.markdown).toBe('first\n\nsecond, edited\n\nthird\n\nfourth');
    const next = ids(id);
    expect(next[0]).toBe(first);
    expect(next[2]).toBe(third);
    expect(next[1]).not.toBe(second);
    expect(next).toHaveLength(4);
  });

  it('A-API-12: a block whose own content is unchanged keeps its id when only its children change', async () => {
    const id = await pageWith('<toggle>Same title\n\nold child\n</toggle>');
    const [toggle] = emu().pageBlocks(id);
    await replaceContent(client(), id, '<toggle>Same title\n\nnew child\n</toggle>');
    const [after] = emu().pageBlocks(id);
    expect(after?.id).toBe(toggle?.id);
  });

  it('A-API-11: a write that leaves the body as it is does not touch last_edited_time or last_edited_by', async () => {
    emu().clock.setSpeed(0);
    emu().clock.set('2026-03-01T08:00:00.000Z');
    const id = await pageWith('same');
    emu().clock.advance(5 * 60_000);
    await replaceContent(editor(), id, 'same');
    const page = await client().pages.retrieve({ page_id: id });
    expect('last_edited_time' in page && page.last_edited_time).toBe('2026-03-01T08:00:00.000Z');
    await replaceContent(editor(), id, 'changed');
    const edited = await client().pages.retrieve({ page_id: id });
    expect('last_edited_by' in edited && edited.last_edited_by.id).toBe(emu().teammateUserId);
    expect('last_edited_time' in edited && edited.last_edited_time).toBe(
      '2026-03-01T08:05:00.000Z',
    );
  });

  it('refuses to drop a child page unless allow_deleting_content; A-API-15: a dropped child page goes to the trash', async () => {
    const id = await pageWith('intro');
    const child = emu().addChildPage(id, 'Sub page');
    const before = await getMarkdown(client(), id);
    expect(before.markdown).toBe(
      `intro\n\n<page url="https://www.notion.so/${child.replace(/-/g, '')}">Sub page</page>`,
    );
    const refused = await rejection(replaceContent(client(), id, 'intro'));
    expect(refused.code).toBe('validation_error');
    expect(refused.message).toContain('Sub page');
    await replaceContent(client(), id, 'intro', { allow_deleting_content: true });
    expect(emu().pageMarkdown(id)).toBe('intro');
    const trashed = await client().pages.retrieve({ page_id: child });
    expect('in_trash' in trashed && trashed.in_trash).toBe(true);
  });

  it('creates a child page for a <page> tag without url', async () => {
    const id = await pageWith('intro');
    const res = await replaceContent(client(), id, 'intro\n\n<page>Brand new</page>');
    expect(res.markdown).toMatch(
      /^intro\n\n<page url="https:\/\/www\.notion\.so\/[0-9a-f]{32}">Brand new<\/page>$/,
    );
  });

  it('A-API-21: refuses the legacy commands, allow_async and a new <database> tag', async () => {
    const id = await pageWith('x');
    for (const body of [
      { markdown_version: 'v2', type: 'insert_content', insert_content: { content: 'y' } },
      {
        markdown_version: 'v2',
        type: 'replace_content',
        replace_content: { new_str: 'y' },
        allow_async: true,
      },
      {
        markdown_version: 'v2',
        type: 'replace_content',
        replace_content: { new_str: '<database>New</database>' },
      },
    ]) {
      expect(
        (await rejection(client().request({ path: `pages/${id}/markdown`, method: 'patch', body })))
          .code,
      ).toBe('validation_error');
    }
  });

  it('refuses a database id, and a trashed page', async () => {
    const db = await rejection(replaceContent(client(), emu().databaseId, 'x'));
    expect(db.code).toBe('validation_error');
    const id = await pageWith('x');
    await client().pages.update({ page_id: id, in_trash: true });
    expect((await rejection(replaceContent(client(), id, 'y'))).code).toBe('validation_error');
  });
});

describe('PATCH update_content', () => {
  it('replaces exact, case-sensitive matches and answers the page markdown after the edit', async () => {
    const id = await pageWith('Alpha beta\n\nGamma');
    const res = await updateContent(client(), id, [{ old_str: 'beta', new_str: 'BETA' }]);
    expect(res).toMatchObject({
      object: 'page_markdown',
      id,
      markdown: 'Alpha BETA\n\nGamma',
      truncated: false,
    });
    const wrongCase = await rejection(
      updateContent(client(), id, [{ old_str: 'alpha', new_str: 'x' }]),
    );
    expect(wrongCase.code).toBe('validation_error');
  });

  it('refuses several matches unless replace_all_matches', async () => {
    const id = await pageWith('one two\n\none three');
    expect(
      (await rejection(updateContent(client(), id, [{ old_str: 'one', new_str: '1' }]))).code,
    ).toBe('validation_error');
    const res = await updateContent(client(), id, [
      { old_str: 'one', new_str: '1', replace_all_matches: true },
    ]);
    expect(res.markdown).toBe('1 two\n\n1 three');
  });

  it('refuses an empty old_str and more than 100 edits', async () => {
    const id = await pageWith('x');
    expect(
      (await rejection(updateContent(client(), id, [{ old_str: '', new_str: 'y' }]))).code,
    ).toBe('validation_error');
    const many = Array.from({ length: 101 }, () => ({ old_str: 'x', new_str: 'x' }));
    const error = await rejection(updateContent(client(), id, many));
    expect(error.code).toBe('validation_error');
    expect(error.message).toMatch(/100/);
  });

  it('A-API-13: applies edits in order and all or nothing', async () => {
    const id = await pageWith('a b c');
    const chained = await updateContent(client(), id, [
      { old_str: 'a', new_str: 'x' },
      { old_str: 'x b', new_str: 'y' },
    ]);
    expect(chained.markdown).toBe('y c');
    const failed = await rejection(
      updateContent(client(), id, [
        { old_str: 'y', new_str: 'z' },
        { old_str: 'nope', new_str: '!' },
      ]),
    );
    expect(failed.code).toBe('validation_error');
    expect(emu().pageMarkdown(id)).toBe('y c');
  });

  it('keeps the ids of paragraphs it did not touch', async () => {
    const id = await pageWith('keep me\n\nchange me\n\nkeep me too');
    const before = ids(id);
    await updateContent(client(), id, [{ old_str: 'change me', new_str: 'changed' }]);
    const after = ids(id);
    expect([after[0], after[2]]).toEqual([before[0], before[2]]);
    expect(after[1]).not.toBe(before[1]);
  });
});
