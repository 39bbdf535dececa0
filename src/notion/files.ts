import type { NotionGateway } from './client.js';

/**
 * Notion's File Upload API and the block calls that put an uploaded file on a page
 * (https://developers.notion.com/guides/data-apis/working-with-files-and-media). Every call goes
 * through the run's gateway, so it is paced and counted like the rest.
 */

const MiB = 1024 * 1024;
/** "Files larger than 20 MiB must be split into parts and uploaded using multi-part mode". */
export const SINGLE_PART_MAX_BYTES = 20 * MiB;
/** Parts are 5–20 MiB each but the last; "we recommend using a part size of 10 MB". */
const PART_BYTES = 10 * MiB;
/** "Free workspaces are limited to 5 MiB (binary megabytes) per file": what every plan allows. */
export const FREE_PLAN_UPLOAD_BYTES = 5 * MiB;

/** A block as the children listing shows it, with what finding an image needs. */
export interface BlockSummary {
  id: string;
  type: string;
  hasChildren: boolean;
  /** An image block's address (external, or hosted and signed). */
  imageUrl?: string;
}

export class NotionFiles {
  private limit: number | undefined;

  constructor(private readonly gateway: NotionGateway) {}

  private get client() {
    return this.gateway.client;
  }

  /**
   * The workspace's largest upload, from the bot user's `workspace_limits`
   * (https://developers.notion.com/guides/data-apis/working-with-files-and-media#file-size-limits).
   */
  async uploadLimit(): Promise<number> {
    if (this.limit === undefined) {
      const me = (await this.client.users.me({})) as {
        bot?: { workspace_limits?: { max_file_upload_size_in_bytes?: unknown } };
      };
      const limit = me.bot?.workspace_limits?.max_file_upload_size_in_bytes;
      this.limit = typeof limit === 'number' && limit > 0 ? limit : FREE_PLAN_UPLOAD_BYTES;
    }
    return this.limit;
  }

  /**
   * Uploads a file and returns its upload id: one send up to 20 MiB, parts of 10 MiB (then
   * complete) above that. The upload must be attached within the hour or it expires.
   */
  async upload(bytes: Buffer, filename: string, contentType: string): Promise<string> {
    const blob = (start: number, end: number) =>
      new Blob([new Uint8Array(bytes.subarray(start, end))], { type: contentType });
    if (bytes.length <= SINGLE_PART_MAX_BYTES) {
      const created = await this.client.fileUploads.create({ filename, content_type: contentType });
      await this.client.fileUploads.send({
        file_upload_id: created.id,
        file: { filename, data: blob(0, bytes.length) },
      });
      return created.id;
    }
    const parts = Math.ceil(bytes.length / PART_BYTES);
    const created = await this.client.fileUploads.create({
      mode: 'multi_part',
      filename,
      content_type: contentType,
      number_of_parts: parts,
    });
    for (let part = 0; part < parts; part += 1) {
      const start = part * PART_BYTES;
      await this.client.fileUploads.send({
        file_upload_id: created.id,
        part_number: String(part + 1),
        file: { filename, data: blob(start, Math.min(bytes.length, start + PART_BYTES)) },
      });
    }
    await this.client.fileUploads.complete({ file_upload_id: created.id });
    return created.id;
  }

  /**
   * Makes an image block show an uploaded file ("Change the file attached to an existing file
   * block", https://developers.notion.com/guides/data-apis/uploading-small-files) and returns
   * the hosted address Notion answers with.
   */
  async attachImage(blockId: string, uploadId: string, caption: string): Promise<string | null> {
    const block = (await this.client.request({
      path: `blocks/${blockId}`,
      method: 'patch',
      body: {
        image: {
          type: 'file_upload',
          file_upload: { id: uploadId },
          caption: caption === '' ? [] : [{ type: 'text', text: { content: caption } }],
        },
      },
    })) as { image?: { file?: { url?: unknown } } };
    const url = block.image?.file?.url;
    return typeof url === 'string' ? url : null;
  }

  /** The children of a page or block, every page of them. */
  async children(blockId: string): Promise<BlockSummary[]> {
    const blocks: BlockSummary[] = [];
    let cursor: string | undefined;
    do {
      const answer = (await this.client.blocks.children.list({
        block_id: blockId,
        ...(cursor !== undefined ? { start_cursor: cursor } : {}),
      })) as {
        results: {
          id: string;
          type?: string;
          has_children?: boolean;
          image?: { external?: { url?: string }; file?: { url?: string } };
        }[];
        has_more: boolean;
        next_cursor: string | null;
      };
      for (const block of answer.results) {
        const imageUrl = block.image?.external?.url ?? block.image?.file?.url;
        blocks.push({
          id: block.id,
          type: block.type ?? '',
          hasChildren: block.has_children === true,
          ...(imageUrl !== undefined ? { imageUrl } : {}),
        });
      }
      cursor = answer.has_more ? (answer.next_cursor ?? undefined) : undefined;
    } while (cursor !== undefined);
    return blocks;
  }
}
