/** What a long command reports while it runs: the Notion requests made so far. */
export interface ProgressMeter {
  /** Adds a source of "requests made so far" (one per Notion connection). */
  watch(count: () => number): void;
  /** Clears the indicator; safe to call more than once. */
  stop(): void;
}

export interface ProgressOptions {
  /** A terminal gets one line redrawn in place; anything else gets plain lines. */
  tty: boolean;
  /** Nothing is shown for runs shorter than this. */
  delayMs?: number;
  /** How often the terminal line is redrawn. */
  redrawMs?: number;
  /** How often a plain line is written (CI logs). */
  plainEveryMs?: number;
  now?: () => number;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * Starts an indicator on `stream` (stderr: stdout stays clean for `--json`). Quick runs show
 * nothing; on a terminal a spinner line with the request count and elapsed time is redrawn in
 * place and erased at the end; elsewhere (CI) a plain line is written every `plainEveryMs`.
 * Its timers never keep the process alive.
 */
export function startProgress(
  stream: { write(chunk: string): unknown },
  label: string,
  options: ProgressOptions,
): ProgressMeter {
  const now = options.now ?? Date.now;
  const started = now();
  const sources: (() => number)[] = [];
  let frame = 0;
  let drawn = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const requests = () => sources.reduce((sum, count) => sum + count(), 0);
  const seconds = () => Math.round((now() - started) / 1000);

  const tick = options.tty
    ? () => {
        const spinner = FRAMES[frame++ % FRAMES.length] ?? '';
        stream.write(
          `\r${spinner} ${label}: ${requests()} Notion requests, ${seconds()} s\u001b[K`,
        );
        drawn = true;
      }
    : () => {
        stream.write(
          `idse-sync ${label}: still running, ${requests()} Notion requests so far (${seconds()} s)\n`,
        );
      };
  const every = options.tty ? (options.redrawMs ?? 100) : (options.plainEveryMs ?? 15_000);
  const delay = options.tty ? (options.delayMs ?? 2000) : every;
  const first = setTimeout(() => {
    tick();
    timer = setInterval(tick, every);
    timer.unref?.();
  }, delay);
  first.unref?.();

  return {
    watch: (count) => {
      sources.push(count);
    },
    stop: () => {
      clearTimeout(first);
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
