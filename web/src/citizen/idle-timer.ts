/**
 * The kiosk's idle rule (docs/DECISIONS.md, "Kiosk mode"): after `idleMs` without a touch the citizen is signed out;
 * during the last `warnMs` a countdown is shown; any activity starts the wait again. Pure timing, no DOM: the kiosk
 * frame (kiosk.tsx) feeds it activity and renders what it reports.
 */

/** The real kiosk waits 2 minutes and warns in the last 20 seconds. */
export const KIOSK_IDLE_MS = 120_000;
export const KIOSK_WARN_MS = 20_000;
/** The shortest wait a kiosk may be set to (tests shorten it: `?idle=` on the kiosk's start, in seconds). */
export const KIOSK_MIN_IDLE_MS = 5_000;

export interface IdleTimerOptions {
  idleMs: number;
  warnMs: number;
  /** Whole seconds left while warning (counting down), or null when no warning is shown. */
  onWarn: (secondsLeft: number | null) => void;
  /** Called once when the wait runs out; the timer is stopped then. */
  onIdle: () => void;
  now?: () => number;
}

export interface IdleTimer {
  /** Activity: the wait starts again and any warning disappears. */
  reset(): void;
  stop(): void;
}

export function startIdleTimer(o: IdleTimerOptions): IdleTimer {
  const now = o.now ?? (() => Date.now());
  let deadline = 0;
  let ticking: ReturnType<typeof setInterval> | undefined;
  let warned: number | null = null;
  let stopped = false;

  const warn = (left: number | null) => {
    if (left === warned) return;
    warned = left;
    o.onWarn(left);
  };
  const tick = () => {
    const left = deadline - now();
    if (left <= 0) {
      stop();
      warn(null);
      o.onIdle();
    } else if (left <= o.warnMs) warn(Math.ceil(left / 1000));
  };
  function stop() {
    stopped = true;
    if (ticking !== undefined) clearInterval(ticking);
    ticking = undefined;
  }
  function reset() {
    if (stopped) return;
    deadline = now() + o.idleMs;
    warn(null);
  }
  reset();
  // A quarter-second tick keeps the countdown's seconds exact enough without a timer per second of the wait.
  ticking = setInterval(tick, 250);
  return { reset, stop };
}

/** The kiosk's idle time from its start address's `?idle=` (seconds), kept within [5 s, 2 min]. */
export function idleMsFrom(search: string): number {
  const raw = new URLSearchParams(search).get('idle');
  const seconds = raw && /^[0-9]{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(seconds)) return KIOSK_IDLE_MS;
  return Math.min(KIOSK_IDLE_MS, Math.max(KIOSK_MIN_IDLE_MS, seconds * 1000));
}
