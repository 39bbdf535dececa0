import { runCli } from '../../src/cli/program.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The "still running" lines a run longer than 15 s writes to a non-terminal stderr. */
  progress: string[];
}

// A loaded machine makes any run long enough for these; the tests that check stderr are about
// messages, and the lines themselves are covered by the progress tests.
const PROGRESS_LINE = /^idse-sync [\w-]+: still running, \d+ Notion requests so far \(\d+ s\)\n/gm;

/** Runs `idse-sync <args>` in this process with captured output. */
export async function runIdseSync(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    isTTY: false,
  });
  const progress = stderr.match(PROGRESS_LINE) ?? [];
  return { code, stdout, stderr: stderr.replace(PROGRESS_LINE, ''), progress };
}
