import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import {
  findDestinations,
  isSignedUrl,
  rewriteDestinations,
  unsignedUrl,
  type DestinationRewrite,
} from '../markdown/index.js';
import type { RepositoryInfo } from '../git/remote.js';
import type { ArtifactDatabase, Stage } from '../spine/index.js';
import type { WorkspaceLayout } from '../workspace/layout.js';
import { downloadImage, type DownloadPolicy } from './media-download.js';
import {
  artifactAt,
  boundaryOf,
  readImageFile,
  resolveReference,
  sha256,
  unsafePathReason,
  type ReferenceRoots,
} from './media-files.js';
import { PLACEHOLDER_PREFIX } from './push-references.js';
import { artifactWarning, warningText, type ReportWarning } from './report.js';

/**
 * What a pull does with the addresses in a page: it reads them back into the file's own
 * references before it compares or splices. A Notion-hosted image becomes the repository file
 * with its content (downloaded into `<session>/assets/` when the repository has none); a link
 * to an artifact's page, or to a file on the repository host, becomes the relative link the
 * file uses. No pre-signed address is left anywhere in what a pull writes.
 */

/** What localizing pages needs from the run. */
export interface PullReferenceEnvironment {
  layout: WorkspaceLayout;
  db: ArtifactDatabase;
  roots: ReferenceRoots;
  repositoryUrl?: string;
  dryRun: boolean;
  download: DownloadPolicy;
}

/** The artifact a page is read for, and its file's text (undefined before it has one). */
export interface PulledArtifact {
  project: string;
  session: string;
  stage: Stage;
  /** Workspace-relative path of its file. */
  path: string;
  local: string | undefined;
}

/** Reads one page's addresses back into one artifact's file; one per page pulled. */
export class PageLocalizer {
  readonly warnings: ReportWarning[] = [];
  /** Workspace-relative asset files written. */
  readonly written: string[] = [];
  private readonly file: string;
  private readonly imageSpelling = new Map<string, string>();
  private readonly linkSpelling = new Map<string, string>();
  /** Hosted address (unsigned) → what it became, so base and new version agree. */
  private readonly hosted = new Map<string, string>();

  constructor(
    private readonly env: PullReferenceEnvironment,
    private readonly artifact: PulledArtifact,
  ) {
    this.file = join(env.layout.root, artifact.path);
    if (artifact.local !== undefined) this.learnSpellings(artifact.local);
  }

  private get idseId(): string {
    const { project, session, stage } = this.artifact;
    return `${project}::${session}::${stage}`;
  }

  /** The file's own spelling of each image (by content) and link (by target). */
  private learnSpellings(local: string): void {
    const boundary = boundaryOf(this.env.roots);
    for (const d of findDestinations(local, 'gfm')) {
      const target = resolveReference(this.file, d.url, this.env.roots);
      if (target === undefined) continue;
      if (d.kind === 'image' && d.standalone) {
        const image = readImageFile(boundary, target.path, 64 * 1024 * 1024);
        if (!('problem' in image) && !this.imageSpelling.has(image.hash)) {
          this.imageSpelling.set(image.hash, d.raw);
        }
      } else {
        const key = this.targetKey(target.path) + target.fragment;
        if (!this.linkSpelling.has(key)) this.linkSpelling.set(key, d.raw);
      }
    }
  }

  private targetKey(path: string): string {
    const artifact = artifactAt(this.env.layout, path);
    return artifact === undefined
      ? `file:${path}`
      : `artifact:${artifact.project}::${artifact.session}::${artifact.stage}`;
  }

  /** `v2` with Notion's addresses replaced by the file's references (and no signature left). */
  async localize(v2: string): Promise<string> {
    const images = findDestinations(v2, 'v2').filter(
      (d) => d.kind === 'image' && isSignedUrl(d.url),
    );
    for (const image of images) {
      const canonical = unsignedUrl(image.url);
      if (!this.hosted.has(canonical)) {
        this.hosted.set(canonical, await this.imageFor(canonical, image.url, image.text));
      }
    }
    const rewritten = rewriteDestinations(v2, 'v2', (d): DestinationRewrite => {
      if (d.kind === 'image') {
        if (d.url.startsWith(PLACEHOLDER_PREFIX)) {
          const hash = /^[0-9a-f]{64}/.exec(d.url.slice(PLACEHOLDER_PREFIX.length))?.[0];
          const spelling = hash === undefined ? undefined : this.imageSpelling.get(hash);
          return spelling === undefined ? undefined : { url: spelling };
        }
        if (isSignedUrl(d.url))
          return { url: this.hosted.get(unsignedUrl(d.url)) ?? unsignedUrl(d.url) };
        return undefined;
      }
      const local = this.linkFor(d.url);
      return local === undefined ? undefined : { url: local };
    });
    // Media tags (`<pdf source=…>`, `<file>`…) carry signed addresses too: none lands in a file.
    return rewritten.replace(/https?:\/\/[^\s"'<>()]+\?[^\s"'<>()]*/g, (url) => unsignedUrl(url));
  }

  /** The reference a hosted image becomes: the file with its content, downloaded if need be. */
  private async imageFor(canonical: string, signed: string, alt: string): Promise<string> {
    const { db } = this.env;
    const known = db.getHostedFileHash(canonical);
    if (known !== undefined) {
      const spelled = this.imageSpelling.get(known) ?? this.assetWithHash(known);
      if (spelled !== undefined) return spelled;
    }
    const label = alt === '' ? 'an image' : `the image "${alt}"`;
    const got = await downloadImage(signed, this.env.download);
    if ('problem' in got) {
      this.warnings.push(
        artifactWarning(
          this.idseId,
          `${label} in Notion was not downloaded: ${got.problem}. The file refers to it by its Notion address (without the signature), which shows nothing outside Notion.`,
        ),
      );
      return canonical;
    }
    if (got.suspiciousName !== undefined) {
      this.warnings.push(
        artifactWarning(
          this.idseId,
          `${label} in Notion claims the file name ${JSON.stringify(got.suspiciousName)}; the name is not used: files from Notion are named by their content`,
        ),
      );
    }
    if (!this.env.dryRun) db.recordHostedFile(canonical, got.hash);
    const spelled = this.imageSpelling.get(got.hash);
    if (spelled !== undefined) return spelled;
    const saved = this.saveAsset(got.hash, got.extension, got.bytes);
    if (typeof saved !== 'string') {
      this.warnings.push(
        artifactWarning(this.idseId, `${label} in Notion was not saved: ${saved.problem}`),
      );
      return canonical;
    }
    return saved;
  }

  private assetsDir(): string {
    const { layout } = this.env;
    return join(layout.sessionDir(this.artifact.project, this.artifact.session), 'assets');
  }

  /** The reference to an asset with this content already saved by an earlier pull. */
  private assetWithHash(hash: string): string | undefined {
    const dir = this.assetsDir();
    for (const name of [hash.slice(0, 16), hash]) {
      for (const extension of ['png', 'jpg', 'gif', 'webp', 'svg', 'tiff', 'ico', 'heic']) {
        const path = join(dir, `${name}.${extension}`);
        if (unsafePathReason(boundaryOf(this.env.roots), path) !== undefined) continue;
        if (sha256(readFileSync(path)) === hash) return this.referenceTo(path);
      }
    }
    return undefined;
  }

  /**
   * Saves downloaded bytes as `<session>/assets/<hash>.<ext>`: never through a symbolic link,
   * never over another file (the full hash is the second choice of name).
   */
  private saveAsset(hash: string, extension: string, bytes: Buffer): string | { problem: string } {
    const dir = this.assetsDir();
    const boundary = boundaryOf(this.env.roots);
    const session = dirname(dir);
    if (unsafePathReason(boundary, session) !== undefined) {
      return { problem: 'the session folder is not a plain folder of the repository' };
    }
    const dirState = lstatOrUndefined(dir);
    if (dirState !== undefined && (!dirState.isDirectory() || dirState.isSymbolicLink())) {
      return { problem: `${this.env.layout.relativePath(dir)} is not a plain folder` };
    }
    for (const name of [hash.slice(0, 16), hash]) {
      const path = join(dir, `${name}.${extension}`);
      const existing = lstatOrUndefined(path);
      if (existing !== undefined) {
        if (existing.isFile() && sha256(readFileSync(path)) === hash) return this.referenceTo(path);
        continue;
      }
      if (!this.env.dryRun) {
        mkdirSync(dir, { recursive: true });
        if (!writeExclusive(path, bytes)) continue;
        this.written.push(this.env.layout.relativePath(path));
      }
      return this.referenceTo(path);
    }
    return {
      problem: `files of other content already use its names in ${this.env.layout.relativePath(dir)}`,
    };
  }

  /** A relative reference from the artifact's file to `path`. */
  private referenceTo(path: string): string {
    return relative(dirname(this.file), path).split(sep).map(encodeURIComponent).join('/');
  }

  /** The file's link for an address of an artifact's page or of a file on the repository host. */
  private linkFor(url: string): string | undefined {
    const page = pageIdIn(url);
    if (page !== undefined) {
      const record = this.env.db.findByPageId(page.id);
      if (record === undefined) return undefined;
      const target = this.env.layout.artifactPath(record.project, record.sessionId, record.stage);
      return (
        this.linkSpelling.get(`artifact:${record.idseId}${page.fragment}`) ??
        this.referenceTo(target) + page.fragment
      );
    }
    const { repositoryUrl } = this.env;
    const repository = this.env.roots.repository;
    const prefix = repositoryUrl === undefined ? undefined : `${repositoryUrl}/blob/HEAD/`;
    if (prefix === undefined || repository === undefined || !url.startsWith(prefix))
      return undefined;
    const hash = url.indexOf('#');
    const fragment = hash === -1 ? '' : url.slice(hash);
    let inRepo: string;
    try {
      inRepo = decodeURIComponent((hash === -1 ? url : url.slice(0, hash)).slice(prefix.length));
    } catch {
      return undefined;
    }
    const path = join(repository, ...inRepo.split('/'));
    if (unsafePathReason(repository, path) === 'it is outside the repository') return undefined;
    return (
      this.linkSpelling.get(this.targetKey(path) + fragment) ?? this.referenceTo(path) + fragment
    );
  }
}

/** The page id a Notion address names (its last 32 hex digits, dashed or not), and its #fragment. */
function pageIdIn(url: string): { id: string; fragment: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (
    !/^(www\.)?notion\.(so|site)$/.test(parsed.hostname) &&
    !parsed.hostname.endsWith('.notion.site')
  ) {
    return undefined;
  }
  const id = /([0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12})$/i.exec(
    parsed.pathname,
  )?.[1];
  return id === undefined ? undefined : { id, fragment: parsed.hash };
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Writes a new file whole or not at all, never over an existing one (false when it exists). */
function writeExclusive(path: string, bytes: Buffer): boolean {
  const temp = join(
    dirname(path),
    `.${randomBytes(6).toString('hex')}.asset.${randomBytes(6).toString('hex')}.tmp`,
  );
  writeFileSync(temp, bytes, { flag: 'wx' });
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

// An image a teammate adds is a screenshot or a diagram; a pull brings nothing larger into git.
const DEFAULT_MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** The localizers of a pull: one per page, their warnings and files collected for the run. */
export class PullReferences {
  private readonly open: PageLocalizer[] = [];

  constructor(private readonly env: PullReferenceEnvironment) {}

  /** The run's references: the workspace's repository, Notion's file hosts and the API host. */
  static forRun(
    layout: WorkspaceLayout,
    db: ArtifactDatabase,
    repository: RepositoryInfo | undefined,
    options: { dryRun: boolean; fetch: typeof fetch; apiBaseUrl: string; maxImageBytes?: number },
  ): PullReferences {
    return new PullReferences({
      layout,
      db,
      roots: {
        workspace: layout.root,
        ...(repository !== undefined ? { repository: repository.root } : {}),
      },
      ...(repository?.webUrl !== undefined ? { repositoryUrl: repository.webUrl } : {}),
      dryRun: options.dryRun,
      download: {
        fetch: options.fetch,
        origins: [new URL(options.apiBaseUrl).origin],
        maxBytes: options.maxImageBytes ?? DEFAULT_MAX_IMAGE_BYTES,
      },
    });
  }

  forArtifact(artifact: PulledArtifact): PageLocalizer {
    const localizer = new PageLocalizer(this.env, artifact);
    this.open.push(localizer);
    return localizer;
  }

  /** Warnings and written files of the pages localized since the last call. */
  drain(): { warnings: ReportWarning[]; written: string[] } {
    const done = this.open.splice(0);
    return {
      warnings: [
        ...new Map(done.flatMap((l) => l.warnings).map((w) => [warningText(w), w])).values(),
      ],
      written: done.flatMap((l) => l.written),
    };
  }
}
