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

describe('unknown blocks, truncation and permissions', () => {
  it('A-API-30: a block markdown cannot show is an <unknown> tag but not truncation; dropping it deletes it (A-API-31)', async () => {
    const id = await pageWith('text');
    const bookmark = emu().addUnsupportedBlock(id);
    const res = await getMarkdown(client(), id);
    expect(res.markdown).toBe(
      `text\n\n<unknown url="https://www.notion.so/${bookmark.replace(/-/g, '')}" alt="breadcrumb"/>`,
    );
    expect(res.truncated).toBe(false);
    expect(res.unknown_block_ids).toEqual([]);
    await updateContent(client(), id, [{ old_str: 'text', new_str: 'text!' }]);
    expect(
      emu()
        .pageBlocks(id)
        .map((b) => b.id),
    ).toContain(bookmark);
    await replaceContent(client(), id, 'text!');
    expect(
      emu()
        .pageBlocks(id)
        .map((b) => b.id),
    ).not.toContain(bookmark);
  });

  it('shows a child page not shared with the integration as <unknown>, listed, truncated; fetching it answers 404', async () => {
    const id = await pageWith('text');
    const hidden = emu().addChildPage(id, 'Private', { shared: false });
    const res = await getMarkdown(client(), id);
    expect(res.truncated).toBe(true);
    expect(res.unknown_block_ids).toEqual([hidden]);
    expect(res.markdown).toContain(
      `<unknown url="https://www.notion.so/${hidden.replace(/-/g, '')}" alt="page"/>`,
    );
    expect((await rejection(getMarkdown(client(), hidden))).code).toBe('object_not_found');
  });

  it('A-API-31: blocks past the record limit come back as <unknown>; their ids fetch the rest; dropping them is refused', async () => {
    const id = await pageWith('one\n\ntwo\n\nthree\n\nfour');
    const all = ids(id);
    emu().setMarkdownRecordLimit(2);
    const res = await getMarkdown(client(), id);
    expect(res.truncated).toBe(true);
    expect(res.unknown_block_ids).toEqual(all.slice(2));
    expect(res.markdown.split('\n\n').slice(0, 2)).toEqual(['one', 'two']);
    const rest = await getMarkdown(client(), all[2] ?? '');
    expect(rest.markdown).toBe('three');
    const refused = await rejection(replaceContent(client(), id, 'one\n\ntwo'));
    expect(refused.code).toBe('validation_error');
    expect(refused.additional_data?.limit_kind).toBe('page_record_count');
    await updateContent(client(), id, [{ old_str: 'one', new_str: 'uno' }]);
    expect(ids(id).slice(1)).toEqual(all.slice(1));
  });
});

describe('files and block children', () => {
  it('signs file URLs afresh on every read; A-API-16: sending a signed URL back keeps the block', async () => {
    const id = await pageWith('see image');
    const { blockId } = emu().addFileImage(id, 'diagram.png');
    const first = await getMarkdown(client(), id);
    const second = await getMarkdown(client(), id);
    expect(first.markdown).not.toBe(second.markdown);
    // Served by the emulator itself (Notion's file host in Notion), so a pull can download it.
    expect(first.markdown).toMatch(
      /!\[\]\(http:\/\/127\.0\.0\.1:\d+\/files\/.*diagram\.png\?X-Amz/,
    );
    const children = await client().blocks.children.list({ block_id: id });
    const image = children.results.find((b) => b.id === blockId);
    const again = await client().blocks.children.list({ block_id: id });
    const imageAgain = again.results.find((b) => b.id === blockId);
    const url = (b: typeof image) =>
      b && 'type' in b && b.type === 'image' && b.image.type === 'file' ? b.image.file.url : '';
    expect(url(image)).not.toBe(url(imageAgain));
    await replaceContent(client(), id, first.markdown.replace('see image', 'see the image'));
    expect(ids(id)).toContain(blockId);
  });

  it('lists block children with ids, types and has_children, in pages', async () => {
    const id = await pageWith('- parent\n\t- child\n\nplain');
    const res = await client().blocks.children.list({ block_id: id, page_size: 1 });
    expect(res.results).toHaveLength(1);
    expect(res.has_more).toBe(true);
    const first = res.results[0];
    expect(first && 'type' in first && first.type).toBe('bulleted_list_item');
    expect(first && 'has_children' in first && first.has_children).toBe(true);
    const nested = await client().blocks.children.list({ block_id: first?.id ?? '' });
    expect(nested.results.map((b) => ('type' in b ? b.type : ''))).toEqual(['bulleted_list_item']);
  });
});

describe('mentions', () => {
  it('A-API-34: reads a mention of a database URL as a database mention', async () => {
    const url = `https://www.notion.so/${emu().databaseId.replace(/-/g, '')}`;
    const id = await pageWith(`See <mention url="${url}">the table</mention>`);
    const children = await client().blocks.children.list({ block_id: id });
    const paragraph = children.results[0];
    const texts =
      paragraph && 'type' in paragraph && paragraph.type === 'paragraph'
        ? paragraph.paragraph.rich_text
        : [];
    expect(texts[1]).toMatchObject({
      type: 'mention',
      mention: { type: 'database', database: { id: emu().databaseId } },
    });
  });
});

describe('PATCH answer shape', () => {
  it('A-API-29: answers warnings only for what it changed or ignored; a clean write has none', async () => {
    const id = await pageWith('x');
    const res = await replaceContent(client(), id, 'keep <div> as text');
    expect(Object.keys(res).sort()).toEqual([
      'id',
      'markdown',
      'object',
      'truncated',
      'unknown_block_ids',
    ]);
    expect(res.markdown).toBe(renderNotionMarkdown(parseNotionMarkdown('keep <div> as text')));
    const colored = (await replaceContent(client(), id, 'Blue {color="blue"}')) as unknown as {
      warnings?: { code: string; message: string }[];
    };
    expect(colored.warnings).toHaveLength(1);
    expect(Object.keys(colored.warnings?.[0] ?? {}).sort()).toEqual(['code', 'message']);
  });
});

describe('child databases and page titles in markdown', () => {
  it('shows a child database as a <database> tag and protects it like a child page', async () => {
    const id = await pageWith('intro');
    const db = await client().databases.create({
      parent: { type: 'page_id', page_id: id },
      title: [{ text: { content: 'Tracker' } }],
    });
    const res = await getMarkdown(client(), id);
    expect(res.markdown).toBe(
      `intro\n\n<database url="https://www.notion.so/${db.id.replace(/-/g, '')}">Tracker</database>`,
    );
    expect((await rejection(replaceContent(client(), id, 'intro'))).code).toBe('validation_error');
    await replaceContent(client(), id, 'intro', { allow_deleting_content: true });
    expect(await client().databases.retrieve({ database_id: db.id })).toMatchObject({
      in_trash: true,
    });
  });

  it('shows an inline database as <database inline="true">; sending the tag back keeps it', async () => {
    const id = await pageWith('intro');
    const db = await client().databases.create({
      parent: { type: 'page_id', page_id: id },
      title: [{ text: { content: 'Board' } }],
      is_inline: true,
    });
    const tag = `<database url="https://www.notion.so/${db.id.replace(/-/g, '')}" inline="true">Board</database>`;
    const res = await getMarkdown(client(), id);
    expect(res.markdown).toBe(`intro\n\n${tag}`);
    const again = await replaceContent(client(), id, `intro!\n\n${tag}`);
    expect(again.markdown).toBe(`intro!\n\n${tag}`);
    expect(
      emu()
        .pageBlocks(id)
        .map((b) => b.id),
    ).toContain(db.id);
  });

  it('A-API-35: editing the title inside a <page url> tag does not rename the sub-page', async () => {
    const id = await pageWith('intro');
    const child = emu().addChildPage(id, 'Original');
    const url = `https://www.notion.so/${child.replace(/-/g, '')}`;
    const res = await replaceContent(client(), id, `intro\n\n<page url="${url}">Renamed</page>`);
    expect(res.markdown).toBe(`intro\n\n<page url="${url}">Original</page>`);
    expect(
      emu()
        .pageBlocks(id)
        .map((b) => b.id),
    ).toContain(child);
  });

  it('refuses the same <unknown> block twice', async () => {
    const id = await pageWith('x');
    const bookmark = emu().addUnsupportedBlock(id);
    const tag = `<unknown url="https://www.notion.so/${bookmark.replace(/-/g, '')}" alt="breadcrumb"/>`;
    expect((await rejection(replaceContent(client(), id, `${tag}\n\n${tag}`))).code).toBe(
      'validation_error',
    );
  });
});

describe('ids around references', () => {
  it('leaves a toggle untouched when it holds an <unknown> block and nothing in it changed', async () => {
    const id = await pageWith('<toggle>Links\n\nfirst\n</toggle>\n\nafter');
    const toggleId = emu().pageBlocks(id)[0]?.id ?? '';
    emu().addUnsupportedBlock(id, undefined, toggleId);
    const [toggle] = emu().pageBlocks(id);
    expect(toggle?.children).toHaveLength(2);
    const res = await getMarkdown(client(), id);
    expect(res.markdown).toContain('<unknown');
    await replaceContent(editor(), id, res.markdown.replace('after', 'after, edited'));
    expect(emu().pageBlocks(id)[0]).toEqual(toggle);
    const block = await client().blocks.retrieve({ block_id: toggleId });
    expect('last_edited_by' in block && block.last_edited_by.id).toBe(emu().botUserId);
  });
});
