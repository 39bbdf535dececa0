import type { RemotePage } from '../notion/design-store.js';
import { parseLedger, shortHash } from '../notion/ledger.js';
import { readValue } from '../notion/schema-check.js';
import { PROPERTIES, valueKey } from '../notion/schema-map.js';
import type { ArtifactDatabase } from '../spine/index.js';

/**
 * Property edits made in Notion since the last sync (a value whose hash differs from the one
 * the page's ledger recorded). Upstream Artifact edits become `artifact_dependencies` (seed
 * plan phase 3, page ids mapped back through `sync_metadata.remote_id`); other properties are
 * reported, not applied: session metadata lives in git. A property the ledger never recorded is
 * not taken as an edit, so a relation not pushed yet never erases local dependencies.
 */
export function pullPropertyEdits(
  project: string,
  pages: RemotePage[],
  db: ArtifactDatabase,
): string[] {
  const warnings: string[] = [];
  for (const page of pages) {
    const artifact = db.findByRemoteId(page.id);
    if (artifact === undefined || artifact.project !== project) continue;
    const text = readValue(page.properties[PROPERTIES.sync.name], 'rich_text');
    const ledger = parseLedger(text?.type === 'rich_text' ? text.text : undefined);
    if (ledger === undefined) continue;
    for (const spec of Object.values(PROPERTIES)) {
      const recorded = ledger.properties[spec.name];
      if (recorded === undefined) continue;
      const property = page.properties[spec.name];
      const value = readValue(property, spec.type);
      if (shortHash(value === undefined ? '' : valueKey(value)) === recorded) continue;
      if (spec.name !== PROPERTIES.upstream.name) {
        const shown = value === undefined ? 'empty' : valueKey(value).replace(/^[a-z_]+:/, '');
        warnings.push(
          `${artifact.idseId}: "${spec.name}" was changed in Notion to ${JSON.stringify(shown)}; not applied (change it in the workspace)`,
        );
        continue;
      }
      if (property?.has_more === true || value?.type !== 'relation') {
        warnings.push(`${artifact.idseId}: Upstream Artifact has more than 25 pages; not applied`);
        continue;
      }
      const upstream: number[] = [];
      for (const id of value.ids) {
        const target = db.findByRemoteId(id);
        if (target === undefined) {
          warnings.push(`${artifact.idseId}: upstream page ${id} is not a known artifact; skipped`);
        } else upstream.push(target.id);
      }
      const next = [...new Set(upstream)].sort((a, b) => a - b);
      const current = db
        .getDependencies(artifact.id, 'upstream')
        .map((a) => a.id)
        .sort((a, b) => a - b);
      if (next.length !== current.length || next.some((id, i) => id !== current[i])) {
        db.replaceDependencies(artifact.id, next);
        warnings.push(`${artifact.idseId}: upstream artifacts updated from Notion`);
      }
    }
  }
  return warnings;
}
