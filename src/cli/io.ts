import type { WriteProbe } from '../spine/index.js';
import type { SecretSet } from '../notion/redact.js';
import type { ProgressMeter } from './progress.js';

/** What a CLI run may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  /** A stream with `isTTY: true` gets a progress indicator and coloured errors. */
  stderr: { write(chunk: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** Set by `runCli` for commands that talk to Notion: their connections report to it. */
  meter?: ProgressMeter;
  /** Crash tests only: called inside every spine transaction and file write (see WriteProbe). */
  probe?: WriteProbe;
  /** Aborted on SIGINT/SIGTERM: push and pull start no further writes and report what they did. */
  signal?: AbortSignal;
  /** Set by `runCli`: every secret the run has learnt, kept out of everything it writes. */
  secrets?: SecretSet;
}

/** The spine open option carrying the run's write probe, when a test set one. */
export function probeOption(io: CliIo): { probe?: WriteProbe } {
  return io.probe !== undefined ? { probe: io.probe } : {};
}
