import { IdseError } from '../errors.js';
import { artifactQuery, requireArtifacts } from './catalog.js';
import { pythonTimestamp } from './ids.js';
import type { ArtifactRecord } from './records.js';
import { statement, type Db } from './schema.js';

// artifact_dependencies, as the Python IDSE tool defines it: which artifact builds on which.

export function saveDependency(
  db: Db,
  artifactId: number,
  dependsOnId: number,
  type = 'upstream',
): void {
  requireArtifacts(db, [artifactId, dependsOnId]);
  if (artifactId === dependsOnId) {
    throw new IdseError(
      'spine-invalid-input',
      `Artifact ${artifactId} cannot depend on itself.`,
      'Give a different upstream artifact.',
    );
  }
  const existing = statement(
    db,
    `SELECT id, dependency_type FROM artifact_dependencies
     WHERE artifact_id = ? AND depends_on_artifact_id = ?`,
  ).get(artifactId, dependsOnId) as { id: number; dependency_type: string } | undefined;
  if (!existing) {
    statement(
      db,
      `INSERT INTO artifact_dependencies (artifact_id, depends_on_artifact_id, dependency_type,
         created_at) VALUES (?, ?, ?, ?)`,
    ).run(artifactId, dependsOnId, type, pythonTimestamp());
  } else if (existing.dependency_type !== type) {
    statement(db, 'UPDATE artifact_dependencies SET dependency_type = ? WHERE id = ?').run(
      type,
      existing.id,
    );
  }
}

/** Makes `dependsOnIds` the artifact's dependencies of `type`; unchanged rows are kept as they are. */
export function replaceDependencies(
  db: Db,
  artifactId: number,
  dependsOnIds: number[],
  type = 'upstream',
): void {
  const wanted = [...new Set(dependsOnIds)];
  requireArtifacts(db, [artifactId, ...wanted]);
  const stored = statement(
    db,
    `SELECT id, depends_on_artifact_id AS target FROM artifact_dependencies
     WHERE artifact_id = ? AND dependency_type = ?`,
  ).all(artifactId, type) as { id: number; target: number }[];
  const remove = statement(db, 'DELETE FROM artifact_dependencies WHERE id = ?');
  for (const row of stored) if (!wanted.includes(row.target)) remove.run(row.id);
  for (const target of wanted) saveDependency(db, artifactId, target, type);
}

/** Upstream: what the artifact depends on. Downstream: what depends on it. Any type. */
export function getDependencies(
  db: Db,
  artifactId: number,
  direction: 'upstream' | 'downstream' = 'upstream',
): ArtifactRecord[] {
  const [mine, theirs] =
    direction === 'upstream'
      ? ['artifact_id', 'depends_on_artifact_id']
      : ['depends_on_artifact_id', 'artifact_id'];
  return artifactQuery(
    db,
    `AND a.id IN (SELECT ${theirs} FROM artifact_dependencies WHERE ${mine} = ?)`,
    [artifactId],
  );
}
