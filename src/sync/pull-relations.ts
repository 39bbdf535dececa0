import type { RemotePage } from '../notion/design-store.js';
import { parseLedger, shortHash, type Ledger } from '../notion/ledger.js';
import { readValue } from '../notion/schema-check.js';
import { PROPERTIES, valueKey } from '../notion/schema-map.js';
import type { ArtifactDatabase } from '../spine/index.js';

/** A page read by the pull, with the ledger it holds now. */
export interface PulledPageState {
  page: RemotePage;
  /** The ledger the pull wrote, when it wrote one; otherwise the page's own is read. */
  ledger: Ledger | undefined;
  /** The artifact was made from this page in this pull. */
  created: boolean;
}

/** What the property pass found: messages, and ledgers to write back to their pages. */
export interface PropertyPull {
  warnings: string[];
  /** Page id → the ledger with the property hashes the spine now matches. */
  ledgers: Map<string, Ledger>;
  /** Artifacts whose upstream dependencies were replaced, with the page that said so. */
  relinked: { idseId: string; page: RemotePage }[];
}

/**
 * Property edits made in Notion since the last sync (a value whose hash differs from the one
 * the page's ledger recorded). Upstream Artifact edits become `artifact_dependencies` (seed
 * plan phase 3, page ids mapped back through `sync_metadata.remote_id`), and the ledger then
 * records the new value so the next push has nothing to write; other properties are reported,
 * not applied: session metadata lives in git. A property the ledger never recorded is not taken
 * as an edit, so a relation not pushed yet never erases local dependencies.
 */
export function pullPropertyEdits(
  project: string,
  pages: readonly PulledPageState[],
  db: ArtifactDatabase,
): PropertyPull {
  const warnings: string[] = [];
  const ledgers = new Map<string, Ledger>();
  const relinked: PropertyPull['relinked'] = [];
  for (const { page, ledger: written, created } of pages) {
    const artifact = db.findByRemoteId(page.id);
    if (artifact === undefined || artifact.project !== project) continue;
    const text = readValue(page.properties[PROPERTIES.sync.name], 'rich_text');
    const ledger = written ?? parseLedger(text?.type === 'rich_text' ? text.text : undefined);
    if (ledger === undefined) continue;
    const notApplied: string[] = [];
    for (const spec of Object.values(PROPERTIES)) {
      const recorded = ledger.properties[spec.name];
      if (recorded === undefined) continue;
      const property = page.properties[spec.name];
      const value = readValue(property, spec.type);
      const changed = shortHash(value === undefined ? '' : valueKey(value)) !== recorded;
      if (spec.name !== PROPERTIES.upstream.name) {
        if (!changed) continue;
        const shown = value === undefined ? 'empty' : valueKey(value).replace(/^[a-z_]+:/, '');
        if (created) notApplied.push(`${spec.name} ${JSON.stringify(shown)}`);
        else {
          warnings.push(
            `${artifact.idseId}: "${spec.name}" was changed in Notion to ${JSON.stringify(shown)}; not applied (change it in the workspace)`,
          );
        }
        continue;
      }
      if (!changed && !created) continue;
      if (property?.has_more === true || value?.type !== 'relation') {
        warnings.push(`${artifact.idseId}: Upstream Artifact has more than 25 pages; not applied`);
        continue;
      }
      const upstream: number[] = [];
      let complete = true;
      for (const id of value.ids) {
        const target = db.findByRemoteId(id);
        if (target === undefined || target.project !== project) {
          complete = false;
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
        relinked.push({ idseId: artifact.idseId, page });
        warnings.push(`${artifact.idseId}: upstream artifacts updated from Notion`);
      }
      // Recorded only once every page is known: an unknown one is tried again next time.
      if (changed && complete) {
        ledgers.set(page.id, {
          ...ledger,
          properties: { ...ledger.properties, [spec.name]: shortHash(valueKey(value)) },
        });
      }
    }
    if (notApplied.length > 0) {
      warnings.push(
        `${artifact.idseId}: made from a page created in Notion; its ${notApplied.join(', ')} ${notApplied.length === 1 ? 'is' : 'are'} not applied (set ${notApplied.length === 1 ? 'it' : 'them'} in the session's metadata/session.json)`,
      );
    }
  }
  return { warnings, ledgers, relinked };
}
