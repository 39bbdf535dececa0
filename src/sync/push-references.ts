import { existsSync, lstatSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import {
  findDestinations,
  isSignedUrl,
  rewriteDestinations,
  unsignedUrl,
  type DestinationRewrite,
} from '../markdown/index.js';
import { FREE_PLAN_UPLOAD_BYTES, type NotionFiles } from '../notion/files.js';
import { compactId } from '../notion/schema-map.js';
import type { RepositoryInfo } from '../git/remote.js';
import type { ArtifactDatabase, ArtifactRecord } from '../spine/index.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import {
  artifactAt,
  boundaryOf,
  readImageFile,
  resolveReference,
  unsafePathReason,
  type ImageFile,
  type ReferenceRoots,
} from './media-files.js';
import { lossWarning, type ReportWarning } from './report.js';

/**
 * What a push does with an artifact's references to files of its repository. An image becomes
 * a Notion-hosted file: the markdown write shows it under a placeholder address, then the
 * placeholder block is given the uploaded file (Update a block: markdown has no documented way
 * to name an upload). A link to another artifact becomes a link to its page; a link to any other
 * file, a link to it on the repository host.
 */

/** The address a markdown write gives an image until its upload is attached; names its content. */
export const PLACEHOLDER_PREFIX = 'https://idse-sync.invalid/upload/';

/** What a push of artifacts needs to resolve references. */
export interface PushReferenceEnvironment {
  layout: WorkspaceLayout;
  db: ArtifactDatabase;
  files: NotionFiles;
  roots: ReferenceRoots;
  /** The repository's web address, when known. */
  repositoryUrl?: string;
  /** The page of an artifact: its id, `pending` when this run creates it, null when it has none. */
  pageOf(idseId: string): string | null | 'pending';
}

/** The file as a push sends it, for one state of its page. */
export interface Sendable {
  gfm: string;
  /** Images the page does not show yet: sent as placeholders, attached after the write. */
  placeholders: number;
  /** Links to artifacts that have no page yet: sent as they are, the file is written again later. */
  unresolved: boolean;
  /** Of those, links to pages this run creates: a second pass of the run writes them. */
  pending: boolean;
}

interface LocalImage extends ImageFile {
  name: string;
  caption: string;
}

/** One artifact's references, checked and read before anything is sent. */
export class ArtifactReferences {
  readonly warnings: ReportWarning[] = [];
  private readonly images = new Map<string, LocalImage>();
  private readonly dropped = new Set<string>();
  private readonly links = new Map<string, string>();
  private unresolved = false;
  private pending = false;

  private constructor(
    private readonly env: PushReferenceEnvironment,
    private readonly record: ArtifactRecord,
  ) {}

  /** How a push prepares each artifact's references. */
  static factory(
    c: { layout: WorkspaceLayout; db: ArtifactDatabase; store: { files: NotionFiles } },
    repository: RepositoryInfo | undefined,
    pageOf: PushReferenceEnvironment['pageOf'],
  ): (record: ArtifactRecord, path: string) => Promise<ArtifactReferences> {
    const env: PushReferenceEnvironment = {
      layout: c.layout,
      db: c.db,
      files: c.store.files,
      roots: {
        workspace: c.layout.root,
        ...(repository !== undefined ? { repository: repository.root } : {}),
      },
      ...(repository?.webUrl !== undefined ? { repositoryUrl: repository.webUrl } : {}),
      pageOf,
    };
    return (record, path) => ArtifactReferences.prepare(env, record, path);
  }

  /** Reads the artifact's images and resolves its links; problems are loss warnings. */
  static async prepare(
    env: PushReferenceEnvironment,
    record: ArtifactRecord,
    path: string,
  ): Promise<ArtifactReferences> {
    const refs = new ArtifactReferences(env, record);
    await refs.read(join(env.layout.root, path));
    return refs;
  }

  private async read(file: string): Promise<void> {
    const { env } = this;
    const boundary = boundaryOf(env.roots);
    for (const d of findDestinations(this.record.content, 'gfm')) {
      const target = resolveReference(file, d.url, env.roots);
      if (target === undefined) continue;
      if (d.kind === 'image' && d.standalone) {
        if (this.images.has(d.url) || this.dropped.has(d.url)) continue;
        const read = await this.readImage(boundary, target.path);
        if ('problem' in read) {
          this.lost(d.line, `image ${d.url}: ${read.problem}; it is not sent to Notion`);
          this.dropped.add(d.url);
        } else {
          this.images.set(d.url, {
            ...read,
            name: uploadName(target.path, read.extension),
            caption: d.text,
          });
        }
        continue;
      }
      const link = this.linkFor(boundary, target.path, target.fragment, d.line, d.url);
      if (link !== undefined) this.links.set(d.url, link);
    }
  }

  private lost(line: number, message: string): void {
    this.warnings.push(lossWarning(this.record.idseId, line, message));
  }

  private async readImage(
    boundary: string,
    path: string,
  ): Promise<ImageFile | { problem: string }> {
    const unsafe = unsafePathReason(boundary, path);
    if (unsafe !== undefined) return { problem: unsafe };
    // Every plan takes 5 MiB; only a larger image costs a look at the workspace's own limit.
    const size = lstatSync(path).size;
    const limit = size > FREE_PLAN_UPLOAD_BYTES ? await this.env.files.uploadLimit() : size;
    return readImageFile(boundary, path, limit);
  }

  /** The address a relative link is sent with, or undefined to send it as it is. */
  private linkFor(
    boundary: string,
    path: string,
    fragment: string,
    line: number,
    url: string,
  ): string | undefined {
    const { env } = this;
    if (unsafePathReason(boundary, path) === 'it is outside the repository') {
      this.lost(line, `link ${url} points outside the repository; sent as it is`);
      return undefined;
    }
    const artifact = artifactAt(env.layout, path);
    if (artifact !== undefined) {
      const idseId = `${artifact.project}::${artifact.session}::${artifact.stage}`;
      const known =
        existsSync(path) || env.db.getArtifact(artifact.project, artifact.session, artifact.stage);
      if (!known) {
        this.lost(
          line,
          `link ${url} is to a missing artifact (${idseId}); sent as it is, a dead link in Notion`,
        );
        return undefined;
      }
      const page = env.pageOf(idseId);
      if (page !== null && page !== 'pending') {
        return `https://www.notion.so/${compactId(page)}${fragment}`;
      }
      this.unresolved = true;
      if (page === 'pending') this.pending = true;
      else {
        this.lost(
          line,
          `link ${url} is to ${idseId}, which has no Notion page yet; sent as it is, and written again once it has one`,
        );
      }
      return undefined;
    }
    const repository = env.roots.repository;
    if (env.repositoryUrl !== undefined && repository !== undefined) {
      const inRepo = relative(repository, path).split(sep).map(encodeURIComponent).join('/');
      return `${env.repositoryUrl}/blob/HEAD/${inRepo}${fragment}`;
    }
    this.lost(
      line,
      `link ${url} is to a file of the repository, which has no address in Notion (the repository's remote is not known); sent as it is`,
    );
    return undefined;
  }

  /**
   * The file with its references rewritten for a page that shows `remote` (undefined: a new
   * page). An image the page shows already keeps the address Notion gave it, so the write keeps
   * its block; any other gets a placeholder.
   */
  sendable(remote: string | undefined): Sendable {
    const onPage = remote === undefined ? new Map<string, string>() : this.imagesShown(remote);
    let placeholders = 0;
    const gfm = rewriteDestinations(this.record.content, 'gfm', (d): DestinationRewrite => {
      if (d.kind === 'image' && d.standalone) {
        if (this.dropped.has(d.url)) return 'drop';
        const image = this.images.get(d.url);
        if (image === undefined) return undefined;
        const shown = onPage.get(image.hash);
        if (shown !== undefined) return { url: shown };
        placeholders += 1;
        return { url: placeholderOf(image) };
      }
      const link = this.links.get(d.url);
      return link === undefined ? undefined : { url: link };
    });
    return { gfm, placeholders, unresolved: this.unresolved, pending: this.pending };
  }

  /** Content hash → the address the page shows an image with, for the images we know. */
  private imagesShown(remote: string): Map<string, string> {
    const shown = new Map<string, string>();
    for (const d of findDestinations(remote, 'v2')) {
      if (d.kind !== 'image') continue;
      const hash = d.url.startsWith(PLACEHOLDER_PREFIX)
        ? /^[0-9a-f]{64}/.exec(d.url.slice(PLACEHOLDER_PREFIX.length))?.[0]
        : isSignedUrl(d.url)
          ? this.env.db.getHostedFileHash(unsignedUrl(d.url))
          : undefined;
      if (hash !== undefined && !shown.has(hash)) shown.set(hash, d.raw);
    }
    return shown;
  }

  /** True when `markdown` (the page as Notion shows it) still has placeholders to fill. */
  static hasPlaceholders(markdown: string): boolean {
    return markdown.includes(PLACEHOLDER_PREFIX);
  }

  /**
   * Gives each placeholder image block of the page its file: the upload this spine knows for
   * the content (reused: "Upload once, attach many times"), else a new one. Records both the
   * upload and the hosted address Notion answers with.
   */
  async attach(pageId: string, markdown: string): Promise<void> {
    const { files, db } = this.env;
    const byHash = new Map([...this.images.values()].map((image) => [image.hash, image]));
    const expected = markdown.split(PLACEHOLDER_PREFIX).length - 1;
    const blocks = await placeholderBlocks(files, pageId, expected);
    const attached = new Map<string, string>();
    for (const block of blocks) {
      const hash = /^[0-9a-f]{64}/.exec(block.url.slice(PLACEHOLDER_PREFIX.length))?.[0];
      const image = hash === undefined ? undefined : byHash.get(hash);
      if (image === undefined) continue;
      let uploadId = attached.get(image.hash);
      let hosted: string | null = null;
      const known = uploadId ?? db.getUpload(image.hash)?.fileUploadId;
      if (known !== undefined) {
        try {
          hosted = await files.attachImage(block.id, known, image.caption);
          uploadId = known;
        } catch (error) {
          // An upload another integration made, or one that expired unattached: upload again.
          if (
            (error as { status?: number }).status !== 400 &&
            (error as { status?: number }).status !== 404
          )
            throw error;
        }
      }
      if (uploadId === undefined) {
        uploadId = await files.upload(image.bytes, image.name, image.contentType);
        hosted = await files.attachImage(block.id, uploadId, image.caption);
      }
      attached.set(image.hash, uploadId);
      if (db.getUpload(image.hash)?.fileUploadId !== uploadId) {
        db.recordUpload({
          contentHash: image.hash,
          fileUploadId: uploadId,
          contentType: image.contentType,
          sizeBytes: image.bytes.length,
        });
      }
      if (hosted !== null) db.recordHostedFile(unsignedUrl(hosted), image.hash);
    }
  }
}

function placeholderOf(image: LocalImage): string {
  return `${PLACEHOLDER_PREFIX}${image.hash}.${image.extension}`;
}

/** The name an upload is given: the file's own, with the extension of its content. */
function uploadName(path: string, extension: string): string {
  const stem =
    basename(path)
      .replace(/\.[^.]*$/, '')
      .replace(/[^\w.-]+/g, '-') || 'image';
  return `${stem.slice(0, 100)}.${extension}`;
}

// Listing a large page block by block costs a request per 100 blocks: stop somewhere.
const MAX_LISTINGS = 200;

/** The image blocks of a page showing a placeholder, top level first, then inside containers. */
async function placeholderBlocks(
  files: NotionFiles,
  pageId: string,
  expected: number,
): Promise<{ id: string; url: string }[]> {
  const found: { id: string; url: string }[] = [];
  const queue = [pageId];
  let listings = 0;
  while (queue.length > 0 && listings < MAX_LISTINGS && found.length < expected) {
    const parent = queue.shift() as string;
    listings += 1;
    for (const block of await files.children(parent)) {
      if (block.type === 'image' && block.imageUrl?.startsWith(PLACEHOLDER_PREFIX)) {
        found.push({ id: block.id, url: block.imageUrl });
      } else if (
        block.hasChildren &&
        block.type !== 'child_page' &&
        block.type !== 'child_database'
      ) {
        queue.push(block.id);
      }
    }
  }
  return found;
}
