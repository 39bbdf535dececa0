// The GitHub Action's entry (dist/action.js). Nothing native, and nothing that loads it, is
// imported before the Node version check: on an old Node better-sqlite3 crashes instead.
import { nodeVersionProblem } from '../node-version.js';
import { useSqliteBindingFor } from '../spine/native-binding.js';

const problem = nodeVersionProblem(process.version);
if (problem !== undefined) {
  // The workflow-command form of @actions/core's setFailed, without loading it.
  process.stdout.write(`::error::${problem}\n`);
  process.exitCode = 1;
} else {
  // dist/native/ holds the SQLite binaries of GitHub's Linux runners; pick this one's.
  useSqliteBindingFor(import.meta.url);
  const { runOnRunner } = await import('./runner.js');
  await runOnRunner();
}
