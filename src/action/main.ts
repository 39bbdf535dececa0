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
  if (useSqliteBindingFor(import.meta.url) === undefined) {
    process.stdout.write(
      `::error::idse-sync has no SQLite binary for ${process.platform}-${process.arch} (it ships linux-x64 and linux-arm64 for glibc). Run the job on a GitHub-hosted Linux runner (ubuntu-latest or ubuntu-24.04-arm), not in an Alpine container.\n`,
    );
    process.exitCode = 1;
  } else {
    const { runOnRunner } = await import('./runner.js');
    await runOnRunner();
  }
}
