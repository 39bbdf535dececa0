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
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  });
}
