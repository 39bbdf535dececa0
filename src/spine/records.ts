import type { SessionStatus, Stage } from './ids.js';

/** A row of `projects`. */
export interface ProjectRecord {
  id: number;
  name: string;
}

/**
 * Fields of a session to create or change. Only the fields given are written; `tags`, when
 * given, replace the session's `session_tags`.
 */
export interface SessionInput {
  sessionId: string;
  name?: string;
  sessionType?: string;
  description?: string | null;
  status?: SessionStatus;
  parentSession?: string | null;
  owner?: string | null;
  isBlueprint?: boolean;
  tags?: string[];
}

/** A row of `sessions` with its project name and tags (in the order they were stored). */
export interface SessionRecord {
  id: number;
  projectId: number;
  project: string;
  sessionId: string;
  name: string;
  sessionType: string;
  description: string | null;
  /** As stored; the Python tool may have written a value outside SESSION_STATUSES. */
  status: string;
  parentSession: string | null;
  owner: string | null;
  isBlueprint: boolean;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** An artifact row, named by its project and session as the idse_id formula names it. */
export interface ArtifactRecord {
  id: number;
  /** `<project>::<session>::<stage>` from the row's session and project (the formula). */
  idseId: string;
  project: string;
  /** The session's text id (`sessions.session_id`). */
  sessionId: string;
  /** `artifacts.session_id`, the session's row id. */
  sessionRowId: number;
  stage: Stage;
  content: string;
  contentHash: string;
  createdAt: string;
  updatedAt: string;
}

/** A row of `sync_metadata`: what was last pushed to and pulled from one backend. */
export interface SyncMetadata {
  artifactId: number;
  backend: string;
  lastPushHash: string | null;
  lastPushAt: string | null;
  lastPullHash: string | null;
  lastPullAt: string | null;
  /** The Notion page id: the column `remote_id`, named by the Python tool that shares the file. */
  pageId: string | null;
}

/** What we last saw of (or wrote to) an artifact's remote page. Saving replaces all fields. */
export interface RemoteSnapshotInput {
  /** The page markdown; its hash is computed and stored with it. */
  markdown: string;
  pageId?: string | null;
  /** Hash of the page properties we wrote or read. */
  propertiesHash?: string | null;
  /** The page's `last_edited_time` as Notion reported it. */
  lastEditedTime?: string | null;
  /** The git commit recorded in the page's Sync ledger. */
  ledgerCommit?: string | null;
  backend?: string;
}

export interface RemoteSnapshot {
  idseId: string;
  backend: string;
  pageId: string | null;
  markdown: string;
  markdownHash: string;
  propertiesHash: string | null;
  lastEditedTime: string | null;
  ledgerCommit: string | null;
  updatedAt: string;
}

export interface ConflictInput {
  idseId: string;
  /** Where Notion's version was saved, e.g. `.idse/conflicts/<project>/<session>/<stage>.notion.md`. */
  notionCopyPath: string;
  localHash: string | null;
  remoteHash: string | null;
}

export interface ConflictRecord {
  id: number;
  idseId: string;
  notionCopyPath: string;
  localHash: string | null;
  remoteHash: string | null;
  createdAt: string;
  resolvedAt: string | null;
}
