import { expect } from 'vitest';
import type { SyncReportJson } from '../../src/sync/report.js';

/**
 * The report says what the run did: a created artifact had a page created, an updated or
 * pulled one had a write or its file rewritten, an unchanged one neither; nothing written or
 * rewritten is left out of the report.
 */
export function expectHonest(
  report: SyncReportJson | undefined,
  writes: Map<string, string[]>,
  rewritten: Set<string>,
  context: string,
): void {
  expect(report, context).toBeDefined();
  expect(report?.counts.failed, context).toBe(0);
  expect(report?.counts.conflicts, context).toBe(0);
  for (const artifact of report?.artifacts ?? []) {
    const made = (writes.get(artifact.idseId) ?? []).filter((w) => w !== 'trash');
    const touched = made.length > 0 || rewritten.has(artifact.idseId);
    const line = `${context}: ${artifact.idseId} ${artifact.action} (${artifact.reason ?? ''}) after writes [${made.join(', ')}]${rewritten.has(artifact.idseId) ? ' and a file rewrite' : ''}`;
    if (artifact.action === 'created') expect(made, line).toContain('create');
    else if (artifact.action === 'updated' || artifact.action === 'pulled')
      expect(touched, line).toBe(true);
    else if (artifact.reason === 'unchanged') expect(touched, line).toBe(false);
    else expect(made, line).not.toContain('body');
  }
  const reported = report?.artifacts.map((a) => a.idseId) ?? [];
  for (const idseId of [...writes.keys(), ...rewritten]) {
    expect(reported, `${context}: ${idseId} was written but is not in the report`).toContain(
      idseId,
    );
  }
}
