import { contentHash, makeIdseId, type ArtifactDatabase } from '../spine/index.js';
import { isIdseError } from '../errors.js';
import type { DiscoveredWorkspace, DiscoveryProblem } from './discover.js';
import { readArtifactText } from './files.js';
import { readSessionMetadata } from './session-metadata.js';

/** What happened to one stage file during an import. */
export interface ImportedArtifact {
  idseId: string;
  path: string;
  action: 'created' | 'updated' | 'unchanged' | 'failed';
  reason?: string;
}

export interface ImportReport {
  artifacts: ImportedArtifact[];
  /** Sessions whose metadata could not be applied; their files were still imported. */
  sessionProblems: DiscoveryProblem[];
}

/**
 * Brings the files on disk into the spine: the file wins (ARCHITECTURE.md "The workspace"), and
 * only files whose hash differs from their row are written. Session metadata goes into
 * `sessions` and `session_tags`. One bad file or session.json is reported and the rest go on.
 */
export function importWorkspace(
  db: ArtifactDatabase,
  workspace: DiscoveredWorkspace,
): ImportReport {
  const artifacts: ImportedArtifact[] = [];
  const sessionProblems: DiscoveryProblem[] = [];
  // One read of every row up front: an unchanged workspace then costs no per-file query and
  // takes no write lock.
  const known = new Map(db.listArtifacts().map((record) => [record.idseId, record.contentHash]));
  db.transaction(() => {
    for (const session of workspace.sessions) {
      const metadata = readSessionMetadata(session.metadataPath, workspace.layout.root);
      if (!metadata.ok) {
        sessionProblems.push({ path: session.metadataPath, problem: metadata.problem });
      } else {
        // name and owner stay as the IDSE tool wrote them: they are its bookkeeping, not ours.
        const { sessionId, name: _name, owner: _owner, ...fields } = metadata.metadata;
        if (sessionId !== undefined && sessionId !== session.session) {
          sessionProblems.push({
            path: session.metadataPath,
            problem: `session_id ${JSON.stringify(sessionId)} differs from its folder name; the folder name is used`,
          });
        }
        db.upsertSession(session.project, { sessionId: session.session, ...fields });
      }
      for (const file of session.artifacts) {
        const idseId = makeIdseId(file.project, file.session, file.stage);
        try {
          const content = readArtifactText(file.path, workspace.layout.root);
          const knownHash = known.get(idseId);
          if (knownHash === contentHash(content)) {
            artifacts.push({ idseId, path: file.path, action: 'unchanged' });
            continue;
          }
          db.saveArtifact({
            project: file.project,
            session: file.session,
            stage: file.stage,
            content,
          });
          const action = knownHash === undefined ? 'created' : 'updated';
          artifacts.push({ idseId, path: file.path, action });
        } catch (error) {
          if (!isIdseError(error)) throw error;
          artifacts.push({ idseId, path: file.path, action: 'failed', reason: error.message });
        }
      }
    }
  });
  return { artifacts, sessionProblems };
}
