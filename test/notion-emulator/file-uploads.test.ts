import type { Client } from '@notionhq/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emulatorClient } from './client.js';
import { ONE_PIXEL_PNG } from './core.js';
import { startEmulator, type Emulator } from './index.js';

const MiB = 1024 * 1024;
let emulator: Emulator;
let notion: Client;
let editor: Client;

beforeAll(async () => {
  emulator = await startEmulator();
  notion = emulatorClient(emulator, { notionVersion: '2026-03-11' });
  editor = emulatorClient(emulator, { as: 'editor', notionVersion: '2026-03-11' });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

/** A buffer that starts like a PNG, `size` bytes long. */
function png(size: number): Buffer {
  const bytes = Buffer.alloc(size, 7);
  ONE_PIXEL_PNG.copy(bytes, 0, 0, Math.min(size, ONE_PIXEL_PNG.length));
  return bytes;
}

async function page(): Promise<string> {
  const created = await notion.request<{ id: string }>({
    path: 'pages',
    method: 'post',
    body: {
      parent: { data_source_id: emulator.dataSourceId },
      properties: { Title: { title: [{ text: { content: 'Files' } }] } },
      markdown: 'Intro.',
      markdown_version: 'v2',
    },
  });
  return created.id;
}

async function uploaded(
  client: Client,
  bytes: Buffer,
  filename = 'diagram.png',
  type = 'image/png',
): Promise<string> {
  const upload = await client.fileUploads.create({ filename, content_type: type });
  await client.fileUploads.send({
    file_upload_id: upload.id,
    file: { filename, data: new Blob([bytes], { type }) },
  });
  return upload.id;
}

async function status(call: Promise<unknown>): Promise<number | string> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    return (error as { status?: number }).status ?? String(error);
  }
}

function markdownOf(pageId: string): Promise<{ markdown: string }> {
  return notion.request({
    path: `pages/${pageId}/markdown`,
    method: 'get',
    query: { markdown_version: 'v2' },
  });
}

describe('the File Upload API', () => {
  it('creates a pending upload that must be attached within the hour, sends it, retrieves it', async () => {
    const created = await notion.fileUploads.create({
      filename: 'arch.png',
      content_type: 'image/png',
    });
    expect(created).toMatchObject({
      object: 'file_upload',
      status: 'pending',
      filename: 'arch.png',
    });
    expect(Date.parse(created.expiry_time ?? '') - emulator.clock.now()).toBeGreaterThan(
      59 * 60_000,
    );
    expect(created.upload_url).toBe(`${emulator.url}/v1/file_uploads/${created.id}/send`);
    const sent = await notion.fileUploads.send({
      file_upload_id: created.id,
      file: { filename: 'arch.png', data: new Blob([png(2000)], { type: 'image/png' }) },
    });
    expect(sent).toMatchObject({
      status: 'uploaded',
      content_type: 'image/png',
      content_length: 2000,
    });
    expect(await notion.fileUploads.retrieve({ file_upload_id: created.id })).toMatchObject({
      status: 'uploaded',
    });
    // A-API-47: uploads belong to the integration that made them.
    expect(await status(editor.fileUploads.retrieve({ file_upload_id: created.id }))).toBe(404);
  });

  it('expires an upload not attached within an hour: it can be neither sent nor attached', async () => {
    const pageId = await page();
    const id = await uploaded(notion, png(100));
    const pending = await notion.fileUploads.create({ filename: 'late.png' });
    emulator.clock.advance(61 * 60_000);
    // A-API-49
    expect((await notion.fileUploads.retrieve({ file_upload_id: id })).status).toBe('expired');
    const image = {
      type: 'image' as const,
      image: { type: 'file_upload' as const, file_upload: { id } },
    };
    expect(
      await status(notion.blocks.children.append({ block_id: pageId, children: [image] })),
    ).toBe(400);
    const late = notion.fileUploads.send({
      file_upload_id: pending.id,
      file: { data: new Blob([png(10)], { type: 'image/png' }) },
    });
    expect(await status(late)).toBe(400);
  });

  // A-API-54
  it('keeps the documented limits: 20 MB a send, the workspace limit, supported types only', async () => {
    const big = await notion.fileUploads.create({ filename: 'big.png' });
    const tooBig = notion.fileUploads.send({
      file_upload_id: big.id,
      file: { data: new Blob([png(20 * MiB + 1)], { type: 'image/png' }) },
    });
    expect(await status(tooBig)).toBe(400);
    const free = await notion.fileUploads.create({ filename: 'free.png' });
    const overFree = notion.fileUploads.send({
      file_upload_id: free.id,
      file: { data: new Blob([png(5 * MiB + 1)], { type: 'image/png' }) },
    });
    expect(await status(overFree)).toBe(400);
    const me = (await notion.users.me({})) as { bot: { workspace_limits: Record<string, number> } };
    expect(me.bot.workspace_limits.max_file_upload_size_in_bytes).toBe(5 * MiB);
    expect(await status(notion.fileUploads.create({ filename: 'tool.exe' }))).toBe(400);
    // A-API-48
    const external = notion.fileUploads.create({
      mode: 'external_url',
      external_url: 'https://example.com/a.png',
      filename: 'a.png',
    });
    expect(await status(external)).toBe(400);
    expect(await status(notion.fileUploads.create({ content_type: 'application/zip' }))).toBe(400);
    expect(
      await status(notion.fileUploads.create({ filename: 'a.png', content_type: 'image/gif' })),
    ).toBe(400);
    // A-API-50: a document is no image.
    const pageId = await page();
    const pdf = await uploaded(notion, Buffer.from('%PDF-1.4'), 'spec.pdf', 'application/pdf');
    const asImage = notion.blocks.children.append({
      block_id: pageId,
      children: [{ type: 'image', image: { type: 'file_upload', file_upload: { id: pdf } } }],
    });
    expect(await status(asImage)).toBe(400);
  });

  it('uploads a large file in parts of 5 to 20 MB on a paid plan, then completes it', async () => {
    emulator.setMaxFileUploadBytes(5 * 1024 * MiB);
    const upload = await notion.fileUploads.create({
      mode: 'multi_part',
      filename: 'poster.png',
      content_type: 'image/png',
      number_of_parts: 3,
    });
    expect(upload.number_of_parts).toEqual({ total: 3, sent: 0 });
    const send = (part: number, size: number) =>
      notion.fileUploads.send({
        file_upload_id: upload.id,
        part_number: String(part),
        file: { filename: 'poster.png', data: new Blob([png(size)], { type: 'image/png' }) },
      });
    expect(await status(send(1, 4 * MiB))).toBe(400);
    await send(2, 10 * MiB);
    await send(1, 10 * MiB);
    expect(await status(notion.fileUploads.complete({ file_upload_id: upload.id }))).toBe(400);
    expect((await send(3, 1 * MiB)).number_of_parts).toEqual({ total: 3, sent: 3 });
    const done = await notion.fileUploads.complete({ file_upload_id: upload.id });
    expect(done).toMatchObject({ status: 'uploaded', content_length: 21 * MiB });
  });
});

describe('attaching an upload to a page', () => {
  it('appends an image block whose hosted file is served under a URL signed for an hour', async () => {
    const pageId = await page();
    const bytes = png(3000);
    const id = await uploaded(editor, bytes);
    const appended = (await editor.blocks.children.append({
      block_id: pageId,
      children: [
        {
          type: 'image',
          image: {
            type: 'file_upload',
            file_upload: { id },
            caption: [{ type: 'text', text: { content: 'Architecture' } }],
          },
        },
      ],
    })) as {
      results: {
        id: string;
        image: { type: string; file: { url: string; expiry_time: string } };
      }[];
    };
    const image = appended.results[0]?.image;
    expect(image?.type).toBe('file');
    expect(image?.file.url).toMatch(
      /\/files\/.+\/diagram\.png\?X-Amz-Algorithm=.+X-Amz-Signature=/,
    );
    expect((await editor.fileUploads.retrieve({ file_upload_id: id })).expiry_time).toBeNull();

    const { markdown } = await markdownOf(pageId);
    const url = /!\[Architecture\]\((\S+)\)/.exec(markdown)?.[1] ?? '';
    const fetched = await fetch(url);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await fetched.arrayBuffer()).equals(bytes)).toBe(true);
    // A-API-46: every read signs anew; a signature stops working after its hour.
    expect((await markdownOf(pageId)).markdown).not.toBe(markdown);
    emulator.clock.advance(61 * 60_000);
    const expired = await fetch(url);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('Request has expired');
    expect((await fetch(url.replace(/X-Amz-Signature=\w+/, 'X-Amz-Signature=0'))).status).toBe(403);
    const fresh = /!\[Architecture\]\((\S+)\)/.exec((await markdownOf(pageId)).markdown)?.[1] ?? '';
    expect((await fetch(fresh)).status).toBe(200);
  });

  it('attaches one upload to blocks of several pages: the same hosted file, no expiry', async () => {
    const first = await page();
    const second = await page();
    const id = await uploaded(notion, png(700));
    const image = {
      type: 'image' as const,
      image: { type: 'file_upload' as const, file_upload: { id } },
    };
    await notion.blocks.children.append({ block_id: first, children: [image] });
    emulator.clock.advance(2 * 60 * 60_000);
    await notion.blocks.children.append({
      block_id: second,
      children: [image],
      position: { type: 'start' },
    });
    // A-API-52
    const path = (pageId: string) =>
      /!\[\]\((\S+?)\?/.exec(emulator.pageMarkdown(pageId))?.[1] ?? 'none';
    expect(path(second)).toBe(path(first));
    expect(emulator.pageMarkdown(second)).toMatch(/^!\[\]\(\S+\)\n\nIntro\.$/);
  });

  it('puts an upload in an image block a markdown write made, through Update a block', async () => {
    const pageId = await page();
    await notion.request({
      path: `pages/${pageId}/markdown`,
      method: 'patch',
      body: {
        type: 'replace_content',
        replace_content: {
          new_str: 'Before.\n\n![Diagram](https://example.invalid/pending.png)\n\nAfter.',
        },
        markdown_version: 'v2',
      },
    });
    const children = (await notion.blocks.children.list({ block_id: pageId })) as {
      results: { id: string; type: string }[];
    };
    const block = children.results.find((b) => b.type === 'image');
    const id = await uploaded(notion, png(500));
    await notion.blocks.update({
      block_id: block?.id ?? '',
      image: { type: 'file_upload', file_upload: { id } },
    } as Parameters<Client['blocks']['update']>[0]);
    const { markdown } = await markdownOf(pageId);
    expect(markdown).toMatch(
      /^Before\.\n\n!\[Diagram\]\(http:\/\/127\.0\.0\.1:\d+\/files\/\S+\?X-Amz-\S+\)\n\nAfter\.$/,
    );
    // A-API-45, A-API-51; A-API-16: sending the page back with the signed address keeps the block.
    await notion.request({
      path: `pages/${pageId}/markdown`,
      method: 'patch',
      body: {
        type: 'replace_content',
        replace_content: { new_str: markdown },
        markdown_version: 'v2',
      },
    });
    expect(emulator.pageBlocks(pageId).find((b) => b.type === 'image')?.id).toBe(block?.id);
  });
});

describe('links to pages', () => {
  // A-API-53
  it('keeps a link to a page URL a link, with its #fragment, and a page mention a mention', async () => {
    const pageId = await page();
    const target = (await page()).replace(/-/g, '');
    const v2 = `See [the plan](https://www.notion.so/${target}#goals) and <mention url="https://www.notion.so/${target}"/>.`;
    await notion.request({
      path: `pages/${pageId}/markdown`,
      method: 'patch',
      body: { type: 'replace_content', replace_content: { new_str: v2 }, markdown_version: 'v2' },
    });
    const { markdown } = await markdownOf(pageId);
    expect(markdown).toMatch(
      new RegExp(
        `^See \\[the plan\\]\\(https://www\\.notion\\.so/${target}#goals\\) and <mention url="https://www\\.notion\\.so/${target}" ?/>\\.$`,
      ),
    );
  });
});
