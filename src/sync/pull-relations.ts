import { isIdseError } from '../errors.js';
import type { RemotePage } from '../notion/design-store.js';
import { parseLedger, shortHash, type Ledger } from '../notion/ledger.js';
import { readValue } from '../notion/schema-check.js';
import { PROPERTIES, valueKey } from '../notion/schema-map.js';
import type { ArtifactDatabase, ArtifactRecord } from '../spine/index.js';
import { artifactWarning, type ReportWarning } from './report.js';

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
  warnings: ReportWarning[];
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
 * not applied: session metadata lives in git. An Upstream the ledger never recorded is taken
 * only when the artifact has no dependencies, so a relation not pushed yet is never erased.
 */
export function pullPropertyEdits(
  project: string,
  pages: readonly PulledPageState[],
  db: ArtifactDatabase,
): PropertyPull {
  const pull: PropertyPull = { warnings: [], ledgers: new Map(), relinked: [] };
  for (const { page, ledger: written, created } of pages) {
    const artifact = db.findByPageId(page.id);
    if (artifact === undefined || artifact.project !== project) continue;
    const text = readValue(page.properties[PROPERTIES.sync.name], 'rich_text');
    const ledger = written ?? parseLedger(text?.type === 'rich_text' ? text.text : undefined);
    if (ledger === undefined) continue;
    reportOtherEdits(artifact.idseId, page, ledger, created, pull.warnings);
    const recorded = upstreamEdit(project, artifact, page, ledger, created, db, pull);
    if (recorded !== undefined) pull.ledgers.set(page.id, recorded);
  }
  return pull;
}

/** Every property but Upstream: a value changed in Notion is reported, never applied. */
function reportOtherEdits(
  idseId: string,
  page: RemotePage,
  ledger: Ledger,
  created: boolean,
  warnings: ReportWarning[],
): void {
  const notApplied: string[] = [];
  for (const spec of Object.values(PROPERTIES)) {
    const recorded = ledger.properties[spec.name];
    if (recorded === undefined || spec.name === PROPERTIES.upstream.name) continue;
    const value = readValue(page.properties[spec.name], spec.type);
    if (shortHash(value === undefined ? '' : valueKey(value)) === recorded) continue;
    const shown = value === undefined ? 'empty' : valueKey(value).replace(/^[a-z_]+:/, '');
    if (created) notApplied.push(`${spec.name} ${JSON.stringify(shown)}`);
    else {
      warnings.push(
        artifactWarning(
          idseId,
          `"${spec.name}" was changed in Notion to ${JSON.stringify(shown)}; not applied (change it in the workspace)`,
        ),
      );
    }
  }
  if (notApplied.length > 0) {
    const one = notApplied.length === 1;
    warnings.push(
      artifactWarning(
        idseId,
        `made from a page created in Notion; its ${notApplied.join(', ')} ${one ? 'is' : 'are'} not applied (set ${one ? 'it' : 'them'} in the session's metadata/session.json)`,
      ),
    );
  }
}

/**
 * Applies an Upstream Artifact edit to the spine. Returns the ledger recording the new value
 * when every related page is a known artifact (an unknown one is tried again next time).
 */
function upstreamEdit(
  project: string,
  artifact: ArtifactRecord,
  page: RemotePage,
  ledger: Ledger,
  created: boolean,
  db: ArtifactDatabase,
  pull: PropertyPull,
): Ledger | undefined {
  const name = PROPERTIES.upstream.name;
  const property = page.properties[name];
  const value = readValue(property, 'relation');
  if (value?.type !== 'relation') return undefined;
  const recorded = ledger.properties[name];
  const pageHash = shortHash(valueKey(value));
  const current = db
    .getDependencies(artifact.id, 'upstream')
    .map((a) => a.id)
    .sort((a, b) => a - b);
  const edited =
    created ||
    (recorded !== undefined ? pageHash !== recorded : current.length === 0 && value.ids.length > 0);
  if (!edited) return undefined;
  if (property?.has_more === true) {
    pull.warnings.push(
      artifactWarning(artifact.idseId, `Upstream Artifact has more than 25 pages; not applied`),
    );
    return undefined;
  }
  const upstream: number[] = [];
  let complete = true;
  for (const id of value.ids) {
    const target = db.findByPageId(id);
    if (target === undefined || target.project !== project) {
      complete = false;
      pull.warnings.push(
        artifactWarning(
          artifact.idseId,
          `upstream page ${JSON.stringify(id)} is not a known artifact; skipped`,
        ),
      );
    } else if (target.id === artifact.id) {
      // Any editor can relate a page to itself; an artifact never depends on itself.
      complete = false;
      pull.warnings.push(
        artifactWarning(
          artifact.idseId,
          `Upstream Artifact names the page itself; that relation is ignored (remove it in Notion)`,
        ),
      );
    } else upstream.push(target.id);
  }
  const next = [...new Set(upstream)].sort((a, b) => a - b);
  if (next.length !== current.length || next.some((id, i) => id !== current[i])) {
    try {
      db.transaction(() => db.replaceDependencies(artifact.id, next));
    } catch (error) {
      // A relation the spine refuses is this artifact's problem, never the run's.
      if (!isIdseError(error)) throw error;
      pull.warnings.push(
        artifactWarning(
          artifact.idseId,
          `Upstream Artifact not applied (${error.message}); the rest of the pull goes on`,
        ),
      );
      return undefined;
    }
    pull.warnings.push(artifactWarning(artifact.idseId, `upstream artifacts updated from Notion`));
    pull.relinked.push({ idseId: artifact.idseId, page });
  }
  // An empty relation the ledger never recorded is what a push leaves unrecorded too.
  if (!complete || pageHash === recorded) return undefined;
  if (recorded === undefined && value.ids.length === 0) return undefined;
  return { ...ledger, properties: { ...ledger.properties, [name]: pageHash } };
}
