/**
 * The emulator's notion of "now". Tests move it (set, advance) and scale it: at speed 20 one
 * real second is twenty emulated seconds, so a rate limit of 3 requests per emulated second
 * lets a client paced at 60 real requests per second through, and a 200-request paced run
 * takes seconds of wall time instead of a minute. Speed 0 freezes time.
 */
export class EmulatorClock {
  private baseEmulatedMs: number;
  private baseRealMs: number;
  private currentSpeed: number;

  constructor(
    start: number | string = Date.now(),
    speed = 1,
    private readonly realNow: () => number = Date.now,
  ) {
    this.baseEmulatedMs = toMs(start);
    this.baseRealMs = this.realNow();
    this.currentSpeed = checkedSpeed(speed);
  }

  /** Emulated time in epoch milliseconds. */
  now(): number {
    return this.baseEmulatedMs + (this.realNow() - this.baseRealMs) * this.currentSpeed;
  }

  /** Emulated time as an ISO string. */
  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  get speed(): number {
    return this.currentSpeed;
  }

  /** Jumps to the given instant; time keeps flowing from there at the current speed. */
  set(instant: number | string): void {
    this.baseEmulatedMs = toMs(instant);
    this.baseRealMs = this.realNow();
  }

  /** Moves emulated time forward (or back, with a negative amount). */
  advance(ms: number): void {
    this.set(this.now() + ms);
  }

  /** Emulated milliseconds per real millisecond; 0 freezes the clock. */
  setSpeed(speed: number): void {
    const now = this.now();
    this.currentSpeed = checkedSpeed(speed);
    this.set(now);
  }

  /** Real milliseconds that `emulatedMs` of emulated time take at the current speed. */
  toRealMs(emulatedMs: number): number {
    return this.currentSpeed === 0 ? emulatedMs : emulatedMs / this.currentSpeed;
  }
}

function toMs(instant: number | string): number {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new Error(`not a valid instant: ${String(instant)}`);
  return ms;
}

function checkedSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed < 0)
    throw new Error(`clock speed must be >= 0, got ${speed}`);
  return speed;
}

/** Notion reports created_time / last_edited_time rounded down to the minute. */
export function isoRoundedToMinute(ms: number): string {
  return new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
}
