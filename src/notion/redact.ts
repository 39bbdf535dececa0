// Tokens this tool may meet without knowing them by value (a token in a teammate's config, a
// proxy's): Notion's `ntn_` and `secret_` tokens (letters, digits and underscores), GitHub's,
// and any credential after `Bearer`, with the space as is or URL-encoded. The
// look-behind is not `\b`: after `%20` a token follows a digit.
const TOKEN_PATTERNS: readonly RegExp[] = [
  /(?<![A-Za-z])(?:secret|ntn)_[A-Za-z0-9_]{20,}/g,
  /(?<![A-Za-z])(?:gh[pousr]_[A-Za-z0-9_]{20,}|github_pat_[A-Za-z0-9_]{20,})/g,
];
const AUTH_SCHEME = /\b(Bearer)(\s+|%20|\+)(?!\[redacted\])[A-Za-z0-9._~+/=%-]{8,}/gi;

/**
 * Replaces every secret in `text` with a placeholder: each known secret as it is and in the
 * forms a request could echo it (URL-encoded, form-encoded, JSON-escaped), then anything
 * shaped like a token. Errors from Notion, GitHub or the network can echo a request back;
 * nothing leaves a run without passing here.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < 8) continue;
    const forms = new Set([
      secret,
      encodeURIComponent(secret),
      encodeURIComponent(secret).replace(/%20/g, '+'),
      JSON.stringify(secret).slice(1, -1),
    ]);
    for (const form of forms) result = result.split(form).join('[redacted]');
  }
  for (const pattern of TOKEN_PATTERNS) result = result.replace(pattern, '[redacted]');
  return result.replace(AUTH_SCHEME, '$1$2[redacted]');
}

/**
 * The secrets one run knows, filled in as they are learnt (the environment's token at start,
 * a token from `~/.idseconfig.json` once settings are read); output guards read it on every
 * write.
 */
export class SecretSet implements Iterable<string> {
  private readonly values = new Set<string>();

  constructor(initial: Iterable<string | undefined> = []) {
    for (const value of initial) this.add(value);
  }

  add(value: string | undefined): void {
    const trimmed = value?.trim();
    if (trimmed) this.values.add(trimmed);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.values[Symbol.iterator]();
  }

  /** The secrets as a list, for the functions that take one. */
  list(): string[] {
    return [...this.values];
  }
}
