import { describe, expect, it } from 'vitest';
import { createPage, rejection, useEmulator } from './harness.js';

const { emu, client, editor } = useEmulator();

const paragraph = (text: string) => ({
  object: 'block',
  type: 'paragraph',
  paragraph: { rich_text: [{ type: 'text', text: { content: text } }] },
});

/** The ids of a page's top-level blocks, through the API. */
async function childIds(pageId: string): Promise<string[]> {
  const listed = await client().blocks.children.list({ block_id: pageId, page_size: 100 });
  return listed.results.map((b) => b.id);
}

describe('the blocks API a delete-and-append sync uses (the baseline bench)', () => {
  it('DELETE /v1/blocks/{id} trashes a block: gone from the body, answered with in_trash', async () => {
    const page = await createPage(client(), emu().dataSourceId, { title: 'Delete – s1' });
    await client().blocks.children.append({
      block_id: page.id,
      children: [paragraph('keep'), paragraph('drop')] as never,
    });
    const [keep, drop] = await childIds(page.id);
    const deleted = (await client().blocks.delete({ block_id: drop as string })) as {
      in_trash: boolean;
      last_edited_by: { id: string };
    };
    expect(deleted.in_trash).toBe(true);
    expect(deleted.last_edited_by.id).toBe(emu().botUserId);
    expect(await childIds(page.id)).toEqual([keep]);
    expect(emu().pageMarkdown(page.id)).toBe('keep');
    // The page was edited by the deleting integration.
    const row = emu()
      .listPages()
      .find((p) => p.id === page.id) as unknown as { last_edited_by: { id: string } };
    expect(row.last_edited_by.id).toBe(emu().botUserId);
    // "Returns a 404 HTTP response if the block doesn't exist."
    const again = await rejection(client().blocks.delete({ block_id: drop as string }));
    expect(again).toMatchObject({ status: 404, code: 'object_not_found' });
  });

  it('a page block deleted goes to the trash with its page', async () => {
    const parent = await createPage(client(), emu().dataSourceId, { title: 'Parent – s1' });
    const child = emu().addChildPage(parent.id, 'Notes');
    await editor().blocks.delete({ block_id: child });
    expect(await childIds(parent.id)).toEqual([]);
    const trashed = (await client().pages.retrieve({ page_id: child })) as { in_trash: boolean };
    expect(trashed.in_trash).toBe(true);
  });

  it('appends at most 100 children per request', async () => {
    const page = await createPage(client(), emu().dataSourceId, { title: 'Append – s1' });
    const many = Array.from({ length: 101 }, (_, i) => paragraph(`p${i}`));
    const refused = await rejection(
      client().blocks.children.append({ block_id: page.id, children: many as never }),
    );
    expect(refused).toMatchObject({ status: 400, code: 'validation_error' });
    await client().blocks.children.append({
      block_id: page.id,
      children: many.slice(0, 100) as never,
    });
    expect(await childIds(page.id)).toHaveLength(100);
  });
});
