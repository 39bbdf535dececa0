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
  /** Set by `runCli`: every secret the run has learnt, kept out of everything it writes. */
  secrets?: SecretSet;
}
