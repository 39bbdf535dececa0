#!/usr/bin/env node
// The entry must not load better-sqlite3 (or anything else) before the version check: on an
// old Node the native module crashes instead of failing with a message.
import { nodeVersionProblem } from '../node-version.js';
import { useSqliteBindingFor } from '../spine/native-binding.js';

const problem = nodeVersionProblem(process.version);
if (problem !== undefined) {
  process.stderr.write(`${problem}\n`);
  process.exitCode = 2;
} else {
  // Bundled (dist/cli.js): the SQLite binary dist/native/ ships for this platform.
  useSqliteBindingFor(import.meta.url);
  const { runCli } = await import('./program.js');
  // A cancelled CI job gets SIGINT (then SIGKILL after a grace period), a user Ctrl-C: the
  // first one lets the writes under way finish and ends with a partial report; a second one
  // stops at once (exit 130, as a shell reports SIGINT).
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (cancel.signal.aborted) process.exit(130);
    process.stderr.write(
      `idse-sync: ${signal} received; finishing the writes under way (${signal} again to stop at once)\n`,
    );
    cancel.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    signal: cancel.signal,
  });
  process.exitCode = cancel.signal.aborted && code === 0 ? 130 : code;
}
