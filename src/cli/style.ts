/** Colours for terminal output; every function returns its input unchanged when disabled. */
export interface Palette {
  enabled: boolean;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/**
 * Colours only on a terminal, never when `NO_COLOR` is set to anything but the empty string
 * (https://no-color.org) or the terminal is `dumb`.
 */
export function colorEnabled(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>,
): boolean {
  if (stream.isTTY !== true) return false;
  if ((env['NO_COLOR'] ?? '') !== '') return false;
  return env['TERM'] !== 'dumb';
}

export function palette(enabled: boolean): Palette {
  const sgr = (open: number, close: number) => (text: string) =>
    enabled && text !== '' ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    enabled,
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
  };
}

/** Whether a stream is a terminal, for streams that may not say (test doubles). */
export function isTerminal(stream: unknown): boolean {
  return (stream as { isTTY?: boolean } | null)?.isTTY === true;
}
