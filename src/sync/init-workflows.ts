import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../workspace/files.js';
import { assertSafePath } from '../workspace/safe-path.js';
import { emptyCounts, runWarning, type ArtifactOutcome, type SyncReport } from './report.js';

/** A workflow file to offer: its file name and its text as shipped. */
export interface WorkflowTemplate {
  name: string;
  text: string;
}

// How the shipped examples name the action; a written workflow pins the installed release.
const ACTION_REFERENCE = 'idse-notion-sync/idse-notion-sync@v1';

/**
 * Writes the GitHub workflows into `<root>/.github/workflows/`, each pinned to `version` of the
 * action. A file already there is never overwritten (the team may have changed it); a linked
 * folder or file is refused like any path the tool writes.
 */
export function writeWorkflows(
  root: string,
  templates: readonly WorkflowTemplate[],
  version: string,
  dryRun: boolean,
): SyncReport {
  const folder = join(root, '.github', 'workflows');
  const artifacts: ArtifactOutcome[] = [];
  for (const template of templates) {
    const path = join(folder, template.name);
    const relative = `.github/workflows/${template.name}`;
    assertSafePath(root, path, relative);
    if (existsSync(path) || isLink(path)) {
      artifacts.push({
        idseId: relative,
        action: 'skipped',
        pageId: null,
        path: relative,
        reason: 'already there; left as it is',
      });
      continue;
    }
    const pinned = template.text.replaceAll(
      ACTION_REFERENCE,
      `idse-notion-sync/idse-notion-sync@v${version}`,
    );
    if (!dryRun) writeFileAtomic(path, pinned, root);
    artifacts.push({
      idseId: relative,
      action: 'written',
      pageId: null,
      path: relative,
      reason: `uses idse-notion-sync@v${version}`,
    });
  }
  return {
    command: 'init',
    dryRun,
    counts: emptyCounts(),
    artifacts,
    warnings: [
      runWarning(
        "add the repository secret NOTION_TOKEN (the integration's token) before the workflows run; they read the database from .idse/.idseconfig.json",
      ),
    ],
    requests: 0,
  };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
