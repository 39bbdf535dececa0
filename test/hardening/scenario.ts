import { expect } from 'vitest';
import type { Emulator } from '../notion-emulator/index.js';
import { editorUpdate } from '../sync/pull-helpers.js';
import { pageOf, push, writeArtifact, type SessionSpec } from '../sync/push-helpers.js';
import type { WorkspaceTemplate } from './sync-state.js';

export const PROJECT = 'acme';

/** A small workspace: two sessions, one with tags (optional properties), three artifacts. */
export const SESSIONS: SessionSpec[] = [
  {
    id: 'search',
    status: 'in_progress',
    files: {
      intent: '# Intent\n\nFind documents fast.\n',
      spec: '# Search\n\nResults come back ranked by score.\n\nThe index lives in memory.\n',
    },
  },
  {
    id: 'search-v2',
    tags: ['ui', 'feature'],
    description: 'Faceted search',
    files: { plan: '# Plan\n\n- facets\n- filters\n' },
  },
];

/** Two artifacts only: the crash sweep runs every request of a push and a pull of these. */
export const SMALL_SESSIONS: SessionSpec[] = [
  {
    id: 'search',
    files: {
      intent: '# Intent\n\nFind documents fast.\n',
      spec: '# Search\n\nResults come back ranked by score.\n',
    },
  },
];

export type Mode = 'push' | 'pull';

/**
 * Brings a fresh copy of the template and the emulator to the moment before the run under
 * test. push: everything was pushed once, then one file was edited and one artifact added
 * (so the run creates a page and updates one). pull: everything was pushed once, then a
 * teammate edited two pages in Notion. Returns the workspace root; the log is cleared.
 */
export async function prepare(
  emulator: Emulator,
  template: WorkspaceTemplate,
  mode: Mode,
  sessions: SessionSpec[] = SESSIONS,
): Promise<string> {
  emulator.reset();
  const root = template.copy();
  const first = await push(emulator, root);
  expect(first.code, first.stderr).toBe(0);
  const [session] = sessions;
  if (!session) throw new Error('no session');
  if (mode === 'push') {
    writeArtifact(
      root,
      PROJECT,
      session.id,
      'intent',
      '# Intent\n\nFind documents fast, offline too.\n',
    );
    writeArtifact(root, PROJECT, session.id, 'tasks', '# Tasks\n\n- [ ] build the index\n');
  } else {
    await editorUpdate(emulator, pageOf(emulator, session.id, 'Intent').id, [
      { old_str: 'Find documents fast.', new_str: 'Find documents fast, even offline.' },
    ]);
    await editorUpdate(emulator, pageOf(emulator, session.id, 'Specification').id, [
      { old_str: 'ranked by score.', new_str: 'ranked by score, then by date.' },
    ]);
  }
  emulator.clearLog();
  return root;
}
