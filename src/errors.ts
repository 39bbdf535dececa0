/** Process exit codes, as docs/cli.md's exit codes document them. */
export const ExitCode = {
  Ok: 0,
  ArtifactsFailed: 1,
  UsageOrConfig: 2,
  Conflicts: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Every failure the user can act on. `message` names the problem, `fix` says what to do;
 * both are shown as they are, so they must never contain a secret.
 */
export class IdseError extends Error {
  /** Stable identifier, listed in docs/troubleshooting.md. */
  readonly code: string;
  readonly fix: string;
  readonly exitCode: ExitCode;

  constructor(
    code: string,
    message: string,
    fix: string,
    options: { exitCode?: ExitCode; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'IdseError';
    this.code = code;
    this.fix = fix;
    this.exitCode = options.exitCode ?? ExitCode.UsageOrConfig;
  }

  /** One line for a terminal or a log: the problem, then the fix. */
  toUserString(): string {
    return this.fix ? `${this.message} ${this.fix}` : this.message;
  }
}

/** True for errors raised by this tool on purpose (as opposed to bugs). */
export function isIdseError(error: unknown): error is IdseError {
  return error instanceof IdseError;
}
