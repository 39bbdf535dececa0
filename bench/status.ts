// Workspace scale: a 10,000-artifact workspace, then the time of an unchanged re-import and of
// `status`, both measured in this one run. Usage: npm run bench:status [-- --artifacts N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ArtifactDatabase, STAGES } from '../src/spine/index.js';
import { computeStatus } from '../src/sync/status.js';
import { discoverWorkspace } from '../src/workspace/discover.js';
import { importWorkspace } from '../src/workspace/import.js';
import { STAGE_FILES, WorkspaceLayout } from '../src/workspace/layout.js';
import { makeTempDir } from '../test/helpers/fixtures.js';

const countIndex = process.argv.indexOf('--artifacts');
const artifacts = countIndex === -1 ? 10_000 : Number(process.argv[countIndex + 1]);
const { dir: root, cleanup } = makeTempDir('idse-bench-status-');

try {
  const layout = new WorkspaceLayout(root);
  const paragraph = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(12);
  for (let i = 0; i < artifacts; i++) {
    const session = `session-${String(Math.floor(i / STAGES.length)).padStart(5, '0')}`;
    const stage = STAGES[i % STAGES.length] ?? 'intent';
    const path = join(layout.sessionDir('bench', session), STAGE_FILES[stage]);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `# ${stage} of ${session}\n\n${paragraph}\n\n- item ${i}\n`);
  }

  const db = ArtifactDatabase.open(layout.spinePath, { create: true });
  db.migrate();
  const first = time(() => importWorkspace(db, discoverWorkspace(root)));
  const again = time(() => importWorkspace(db, discoverWorkspace(root)));
  const status = time(() => computeStatus(db, discoverWorkspace(root)));
  db.close();

  const created = first.result.artifacts.filter((a) => a.action === 'created').length;
  const unchanged = again.result.artifacts.filter((a) => a.action === 'unchanged').length;
  console.log(`artifacts: ${artifacts} (created ${created}, unchanged on re-import ${unchanged})`);
  console.log(`first import:        ${first.ms.toFixed(0)} ms`);
  console.log(
    `unchanged re-import: ${again.ms.toFixed(0)} ms (${perArtifact(again.ms)} per artifact)`,
  );
  console.log(
    `status:              ${status.ms.toFixed(0)} ms (${perArtifact(status.ms)} per artifact)`,
  );
  console.log(`re-import / first import: ${(again.ms / first.ms).toFixed(2)}`);
} finally {
  cleanup();
}

function time<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

function perArtifact(ms: number): string {
  return `${((ms * 1000) / artifacts).toFixed(0)} µs`;
}
