import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Emulator } from '../notion-emulator/index.js';
import { git, initRepo } from '../git/git-helpers.js';
import { writeWorkspace, type SessionSpec } from '../sync/push-helpers.js';

/** A page of the emulated data source with what the duplicate rule looks at. */
export interface RacedPage {
  id: string;
  session: string;
  stage: string;
  createdTime: string;
  createdBy: string;
  inTrash: boolean;
}

/** Every page of the data source, trashed ones included. */
export function racedPages(emulator: Emulator): RacedPage[] {
  return emulator.listPages(undefined, { includeTrashed: true }).map((raw) => {
    const page = raw as unknown as {
      id: string;
      created_time: string;
      created_by: { id: string };
      in_trash: boolean;
      properties: Record<
        string,
        { rich_text?: { plain_text: string }[]; select?: { name: string } }
      >;
    };
    return {
      id: page.id,
      session: (page.properties['Session']?.rich_text ?? []).map((t) => t.plain_text).join(''),
      stage: page.properties['Stage']?.select?.name ?? '',
      createdTime: page.created_time,
      createdBy: page.created_by.id,
      inTrash: page.in_trash,
    };
  });
}

/** The page invariant 1 (ARCHITECTURE.md "Invariants") keeps: oldest by created_time, then id. */
export function oldest(pages: readonly RacedPage[]): RacedPage | undefined {
  const compact = (id: string) => id.replaceAll('-', '');
  return [...pages].sort((a, b) =>
    a.createdTime !== b.createdTime
      ? a.createdTime < b.createdTime
        ? -1
        : 1
      : compact(a.id) < compact(b.id)
        ? -1
        : 1,
  )[0];
}

/** A repository holding a workspace, committed on main: the "origin" both racers clone. */
export function originRepo(root: string, project: string, sessions: SessionSpec[]): void {
  initRepo(root);
  writeWorkspace(root, project, sessions);
  git(root, 'add', '-A');
  git(root, 'commit', '--quiet', '-m', 'design');
}

/** A clone of `origin` at `dir` with a local identity (a developer's checkout or a CI job's). */
export function cloneOf(origin: string, dir: string): string {
  git(origin, 'clone', '--quiet', origin, dir);
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  return dir;
}

/** The remote page id the workspace's spine records for each idse_id. */
export function spineRemoteIds(root: string): Record<string, string | null> {
  const db = new Database(join(root, '.idse', 'idse.db'), { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT a.idse_id AS idseId, s.remote_id AS pageId FROM artifacts a
         JOIN sync_metadata s ON s.artifact_id = a.id WHERE s.backend = 'notion'`,
      )
      .all() as { idseId: string; pageId: string | null }[];
    return Object.fromEntries(rows.map((r) => [r.idseId, r.pageId]));
  } finally {
    db.close();
  }
}
