import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import * as catalog from './catalog.js';
import * as dependencies from './dependencies.js';
import { missingError, toSpineError, type SpineAccess } from './errors.js';
import { recoverSpine } from './recovery.js';
import type { Stage } from './ids.js';
import { pendingMigrations, runMigrations, type MigrationReport } from './migrations.js';
import { sqliteBindingOptions } from './native-binding.js';
import type {
  ArtifactRecord,
  ConflictInput,
  ConflictRecord,
  ProjectRecord,
  RemoteSnapshot,
  RemoteSnapshotInput,
  SessionInput,
  SessionRecord,
  SyncMetadata,
} from './records.js';
import { MIGRATIONS, type Db } from './schema.js';
import * as syncState from './sync-state.js';
import * as uploads from './uploads.js';
import type { UploadRecord } from './uploads.js';

export interface OpenOptions {
  /** Open without write access; writes fail with `spine-readonly`. */
  readonly?: boolean;
  /** How long to wait for another writer's lock before `spine-locked`. Default 5000. */
  busyTimeoutMs?: number;
  /** Create the file when it is missing (default false: a missing file is `spine-missing`). */
  create?: boolean;
  /**
   * Called inside every write transaction, after its statements and before its commit: the
   * crash tests kill the process there. Never set outside tests.
   */
  probe?: WriteProbe;
}

/** A point inside a write where a test may stop the process (see {@link OpenOptions.probe}). */
export type WriteProbe = (point: string) => void;

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * The SQLite spine (`.idse/idse.db`), shared with the Python IDSE tool: its tables are read
 * and written the way it writes them, and only ever added to. Every failure of the file
 * (corrupt, locked, read-only, missing) surfaces as an `IdseError` naming the path.
 */
export class ArtifactDatabase {
  readonly path: string;
  /** True for an in-memory copy from {@link ArtifactDatabase.openSnapshot}: writes never reach disk. */
  readonly snapshot: boolean;
  private readonly db: Db;
  private readonly busyTimeoutMs: number;
  /** The write probe this spine was opened with; file writes of the same run call it too. */
  readonly probe: WriteProbe | undefined;

  private constructor(
    db: Db,
    path: string,
    busyTimeoutMs: number,
    snapshot: boolean,
    probe?: WriteProbe,
  ) {
    this.db = db;
    this.path = path;
    this.busyTimeoutMs = busyTimeoutMs;
    this.snapshot = snapshot;
    this.probe = probe;
  }

  /** Opens the spine file; does not migrate (see {@link migrate}). */
  static open(path: string, options: OpenOptions = {}): ArtifactDatabase {
    const file = resolve(path);
    const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
    const readonly = options.readonly === true;
    const create = options.create === true && !readonly;
    if (!existsSync(file)) {
      if (!create) throw missingError(file, 'file');
      if (!existsSync(dirname(file))) throw missingError(file, 'folder');
    } else {
      // A read-only connection cannot roll back what a killed write left: repair it first.
      recoverSpine(file, busyTimeoutMs);
    }
    let db: Db;
    try {
      db = new Database(file, {
        readonly,
        fileMustExist: !create,
        timeout: busyTimeoutMs,
        ...sqliteBindingOptions(),
      });
    } catch (error) {
      throw toSpineError(error, file, create ? 'write' : 'open', busyTimeoutMs);
    }
    const spine = new ArtifactDatabase(db, file, busyTimeoutMs, false, options.probe);
    try {
      spine.guard('read', () => configure(db));
    } catch (error) {
      db.close();
      throw error;
    }
    return spine;
  }

  /**
   * An in-memory copy of the spine at `path` (or an empty one when `path` is null), migrated
   * in memory: callers that only read can treat an old or missing spine as current without
   * writing anything to disk. `migrate: false` leaves the copy as it is (for dry runs).
   */
  static openSnapshot(
    path: string | null,
    options: { busyTimeoutMs?: number; migrate?: boolean } = {},
  ): ArtifactDatabase {
    const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
    let image: Buffer | undefined;
    const label = path === null ? ':memory:' : resolve(path);
    if (path !== null) {
      const source = ArtifactDatabase.open(path, { readonly: true, busyTimeoutMs });
      try {
        // serialize() reads through SQLite, so the copy is consistent and includes any WAL.
        image = source.guard('read', () => source.db.serialize());
      } finally {
        source.close();
      }
    }
    const db =
      image !== undefined && image.length > 0
        ? new Database(image, sqliteBindingOptions())
        : new Database(':memory:', sqliteBindingOptions());
    const spine = new ArtifactDatabase(db, label, busyTimeoutMs, true);
    try {
      spine.guard('read', () => {
        configure(db);
        if (options.migrate !== false) runMigrations(db, label, MIGRATIONS, { backup: false });
      });
    } catch (error) {
      db.close();
      throw error;
    }
    return spine;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /**
   * Applies pending migrations (all in one transaction, after copying an existing file to
   * `backups/<file>.bak-<UTC timestamp>`) and gives every artifact row its idse_id. A second call
   * reports nothing applied and writes nothing.
   */
  migrate(options: { dryRun?: boolean } = {}): MigrationReport {
    return this.guard(options.dryRun ? 'read' : 'write', () =>
      runMigrations(this.db, this.path, MIGRATIONS, {
        dryRun: options.dryRun === true,
        backup: !this.snapshot,
        ...(this.probe !== undefined && !this.snapshot ? { probe: this.probe } : {}),
      }),
    );
  }

  pendingMigrations(): { version: number; name: string }[] {
    return this.guard('read', () => pendingMigrations(this.db, MIGRATIONS));
  }

  /**
   * Runs `fn` in one transaction (a savepoint when nested): all of its writes or none. Takes
   * the write lock up front, so a concurrent writer makes it wait, then fail with `spine-locked`.
   */
  transaction<T>(fn: () => T): T {
    return this.write(fn);
  }

  ensureProject(name: string): ProjectRecord {
    return this.write(() => catalog.ensureProject(this.db, name));
  }

  listProjects(): ProjectRecord[] {
    return this.read(() => catalog.listProjects(this.db));
  }

  upsertSession(project: string, session: SessionInput): SessionRecord {
    return this.write(() => catalog.upsertSession(this.db, project, session));
  }

  getSession(project: string, sessionId: string): SessionRecord | undefined {
    return this.read(() => catalog.getSession(this.db, project, sessionId));
  }

  listSessions(project?: string): SessionRecord[] {
    return this.read(() => catalog.listSessions(this.db, project));
  }

  /**
   * Creates or updates an artifact (and its project and session rows when missing), setting
   * idse_id and content_hash. Equal content writes nothing: `changed` is false.
   */
  saveArtifact(input: { project: string; session: string; stage: Stage; content: string }): {
    record: ArtifactRecord;
    changed: boolean;
  } {
    return this.write(() => catalog.saveArtifact(this.db, input));
  }

  findByIdseId(idseId: string): ArtifactRecord | undefined {
    return this.read(() => catalog.findByIdseId(this.db, idseId));
  }

  getArtifact(project: string, session: string, stage: Stage): ArtifactRecord | undefined {
    return this.read(() => catalog.getArtifact(this.db, project, session, stage));
  }

  getArtifactById(id: number): ArtifactRecord | undefined {
    return this.read(() => catalog.getArtifactById(this.db, id));
  }

  /** Artifacts ordered by project, session and pipeline stage. */
  listArtifacts(filter: { project?: string; session?: string } = {}): ArtifactRecord[] {
    return this.read(() => catalog.listArtifacts(this.db, filter));
  }

  saveDependency(artifactId: number, dependsOnId: number, type = 'upstream'): void {
    this.write(() => dependencies.saveDependency(this.db, artifactId, dependsOnId, type));
  }

  replaceDependencies(artifactId: number, dependsOnIds: number[], type = 'upstream'): void {
    this.write(() => dependencies.replaceDependencies(this.db, artifactId, dependsOnIds, type));
  }

  /** Upstream: the artifacts it depends on; downstream: the artifacts that depend on it. */
  getDependencies(
    artifactId: number,
    direction: 'upstream' | 'downstream' = 'upstream',
  ): ArtifactRecord[] {
    return this.read(() => dependencies.getDependencies(this.db, artifactId, direction));
  }

  /** Records a push; keeps the last pull's hash and time. `at` defaults to now. */
  recordPush(
    artifactId: number,
    push: { hash: string; pageId: string; at?: string; backend?: string },
  ): void {
    this.write(() => syncState.recordPush(this.db, artifactId, push));
  }

  /** Records a pull; keeps the last push's hash and time, and the page id unless given. */
  recordPull(
    artifactId: number,
    pull: { hash: string; pageId?: string; at?: string; backend?: string },
  ): void {
    this.write(() => syncState.recordPull(this.db, artifactId, pull));
  }

  getSyncMetadata(artifactId: number, backend?: string): SyncMetadata | undefined {
    return this.read(() => syncState.getSyncMetadata(this.db, artifactId, backend));
  }

  setPageId(artifactId: number, pageId: string | null, backend?: string): void {
    this.write(() => syncState.setPageId(this.db, artifactId, pageId, backend));
  }

  /** Matches hyphenated and undashed forms of the same page id. */
  findByPageId(pageId: string, backend?: string): ArtifactRecord | undefined {
    return this.read(() => syncState.findByPageId(this.db, pageId, backend));
  }

  saveRemoteSnapshot(idseId: string, snapshot: RemoteSnapshotInput): RemoteSnapshot {
    return this.write(() => syncState.saveRemoteSnapshot(this.db, idseId, snapshot));
  }

  getRemoteSnapshot(idseId: string, backend?: string): RemoteSnapshot | undefined {
    return this.read(() => syncState.getRemoteSnapshot(this.db, idseId, backend));
  }

  deleteRemoteSnapshot(idseId: string, backend?: string): boolean {
    return this.write(() => syncState.deleteRemoteSnapshot(this.db, idseId, backend));
  }

  getCursor(key: string): string | undefined {
    return this.read(() => syncState.getCursor(this.db, key));
  }

  /** Sets a sync cursor (e.g. last pull time, last synced commit); null removes it. */
  setCursor(key: string, value: string | null): void {
    this.write(() => syncState.setCursor(this.db, key, value));
  }

  listCursors(): Record<string, string> {
    return this.read(() => syncState.listCursors(this.db));
  }

  /** Records a conflict, or refreshes the open one of the same artifact. */
  recordConflict(conflict: ConflictInput): ConflictRecord {
    return this.write(() => syncState.recordConflict(this.db, conflict));
  }

  getOpenConflict(idseId: string): ConflictRecord | undefined {
    return this.read(() => syncState.getOpenConflict(this.db, idseId));
  }

  listConflicts(options: { includeResolved?: boolean } = {}): ConflictRecord[] {
    return this.read(() => syncState.listConflicts(this.db, options));
  }

  /** Marks the artifact's open conflict resolved; false when there was none. */
  resolveConflict(idseId: string, at?: string): boolean {
    return this.write(() => syncState.resolveConflict(this.db, idseId, at));
  }

  /** The upload of a file with these bytes (SHA-256 hex), if this integration made one. */
  getUpload(contentHash: string): UploadRecord | undefined {
    return this.read(() => uploads.getUpload(this.db, contentHash));
  }

  recordUpload(upload: Omit<UploadRecord, 'uploadedAt'> & { uploadedAt?: string }): void {
    this.write(() => uploads.recordUpload(this.db, upload));
  }

  /** The content hash of a Notion-hosted file, by its address without the signature. */
  getHostedFileHash(url: string): string | undefined {
    return this.read(() => uploads.getHostedFileHash(this.db, url));
  }

  recordHostedFile(url: string, contentHash: string): void {
    this.write(() => uploads.recordHostedFile(this.db, url, contentHash));
  }

  private read<T>(fn: () => T): T {
    return this.guard('read', fn);
  }

  private write<T>(fn: () => T): T {
    const probe = this.probe;
    const run = this.db.transaction(
      probe === undefined || this.snapshot
        ? fn
        : () => {
            const result = fn();
            probe('spine');
            return result;
          },
    );
    return this.guard('write', () => (this.db.readonly ? run.deferred() : run.immediate()));
  }

  private guard<T>(access: SpineAccess, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw toSpineError(error, this.path, access, this.busyTimeoutMs);
    }
  }
}

function configure(db: Db): void {
  // The Python tool turns foreign keys on per connection too; journal mode stays its choice,
  // because a WAL file beside a committed idse.db would not be committed with it.
  db.pragma('foreign_keys = ON');
  // The first read surfaces a file that is not a database (or is truncated) at open time.
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}
