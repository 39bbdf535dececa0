import { existsSync } from 'node:fs';
import type { ArtifactDatabase } from '../spine/index.js';
import { isIdseError } from '../errors.js';
import type { WorkspaceFilter } from './discover.js';
import { writeFileAtomic } from './files.js';
import { type WorkspaceLayout, unsafeNameReason } from './layout.js';

/** What happened to one spine-only artifact. */
export interface ExportedArtifact {
  idseId: string;
  path: string;
  action: 'written' | 'skipped' | 'failed';
  reason?: string;
}

/**
 * Writes every spine artifact that has no file yet (ARCHITECTURE.md "The workspace": a
 * spine-only artifact is written out as a file). Existing files are never touched, because the
 * file is the truth; empty rows are skipped rather than creating empty files. `only` limits it
 * to a git range's artifacts, so a file deleted in that range is reported, not written back.
 */
export function writeSpineOnlyArtifacts(
  db: ArtifactDatabase,
  layout: WorkspaceLayout,
  filter: WorkspaceFilter = {},
  options: { dryRun?: boolean; only?: ReadonlySet<string> } = {},
): ExportedArtifact[] {
  const results: ExportedArtifact[] = [];
  for (const record of db.listArtifacts(filter)) {
    if (options.only !== undefined && !options.only.has(record.idseId)) continue;
    const unsafe = unsafeNameReason(record.project) ?? unsafeNameReason(record.sessionId);
    if (unsafe !== undefined) {
      results.push({
        idseId: record.idseId,
        path: '',
        action: 'failed',
        reason: `name refused: ${unsafe}`,
      });
      continue;
    }
    const path = layout.artifactPath(record.project, record.sessionId, record.stage);
    if (existsSync(path)) continue;
    if (record.content.length === 0) {
      results.push({
        idseId: record.idseId,
        path,
        action: 'skipped',
        reason: 'empty in the spine',
      });
      continue;
    }
    if (options.dryRun) {
      results.push({ idseId: record.idseId, path, action: 'written', reason: 'dry run' });
      continue;
    }
    try {
      writeFileAtomic(path, record.content, layout.root, db.probe);
      results.push({ idseId: record.idseId, path, action: 'written' });
    } catch (error) {
      if (!isIdseError(error)) throw error;
      results.push({ idseId: record.idseId, path, action: 'failed', reason: error.message });
    }
  }
  return results;
}
