/** Process exit codes, as docs/cli.md's exit codes document them. */
export const ExitCode = {
  Ok: 0,
  ArtifactsFailed: 1,
  UsageOrConfig: 2,
  Conflicts: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Every code an {@link IdseError} carries: stable identifiers users and scripts match on, each
 * listed with its messages in the troubleshooting list (a test checks both ways).
 */
export const IDSE_ERROR_CODES = [
  'config-invalid',
  'database-missing',
  'database-no-data-source',
  'database-not-found',
  'database-shared',
  'event-unreadable',
  'file-has-nul',
  'file-not-utf8',
  'file-unreadable',
  'file-unwritable',
  'git-identity-missing',
  'history-missing',
  'hooks-path-taken',
  'init-incomplete',
  'install-incomplete',
  'no-commits',
  'no-conflict',
  'not-a-repository',
  'not-in-actions',
  'notion-blocked',
  'notion-host-insecure',
  'notion-host-invalid',
  'notion-listing-endless',
  'notion-query-incomplete',
  'notion-refused',
  'notion-response-too-large',
  'notion-unauthorized',
  'notion-unavailable',
  'notion-unreachable',
  'parent-page-not-found',
  'project-needed',
  'property-too-long',
  'schema-invalid',
  'schema-mistyped',
  'spine-corrupt',
  'spine-disk-full',
  'spine-error',
  'spine-invalid-input',
  'spine-io',
  'spine-locked',
  'spine-missing',
  'spine-readonly',
  'spine-schema',
  'spine-unreadable',
  'sqlite-binary-missing',
  'token-in-committed-config',
  'token-missing',
  'unknown-revision',
  'unsafe-name',
  'unsafe-path',
  'usage',
  'workspace-missing',
] as const;
export type IdseErrorCode = (typeof IDSE_ERROR_CODES)[number];

/**
 * Every failure the user can act on. `message` names the problem, `fix` says what to do;
 * both are shown as they are, so they must never contain a secret.
 */
export class IdseError extends Error {
  /** Stable identifier, listed in docs/troubleshooting.md. */
  readonly code: IdseErrorCode;
  readonly fix: string;
  readonly exitCode: ExitCode;

  constructor(
    code: IdseErrorCode,
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
