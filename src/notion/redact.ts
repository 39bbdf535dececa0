/**
 * Replaces every secret in `text` (and its URL-encoded form) with a placeholder. Errors from
 * Notion or the network can echo a request back; nothing leaves a run without passing here.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < 8) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      result = result.split(form).join('[redacted]');
    }
  }
  return result.replace(/\b(?:secret|ntn)_[A-Za-z0-9]{20,}\b/g, '[redacted]');
}
