export { ArtifactDatabase, type OpenOptions, type WriteProbe } from './database.js';
export {
  BLUEPRINT_SESSION,
  NOTION_BACKEND,
  SESSION_STATUSES,
  STAGES,
  contentHash,
  isSessionStatus,
  isStage,
  makeIdseId,
  normalizeStage,
  parseIdseId,
  pythonTimestamp,
  semanticFingerprint,
  type SessionStatus,
  type Stage,
} from './ids.js';
export type { MigrationReport } from './migrations.js';
export type {
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
export { normalizePageId } from './sync-state.js';
export type { UploadRecord } from './uploads.js';
export { MIGRATIONS_TABLE, OWN_TABLE_PREFIX } from './schema.js';
