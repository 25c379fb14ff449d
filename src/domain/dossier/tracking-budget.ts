/**
 * The tracking budget of a dossier code (issue 13): the last 4 digits of a phone are a convenience with only 10,000
 * values, so each code — known or not — takes a few wrong phone answers per window, from all addresses together;
 * past them it takes only the full phone number until the window ends. Pure; the store is services/tracking.
 */

export const TRACKING_BUDGET = {
  /** Wrong phone answers (full or last 4) per code and window before the last-4 form is refused. */
  freeWrong: 5,
  /** The window, from the first wrong answer: a day. */
  windowMs: 24 * 3_600_000,
} as const;

export interface GuessCount {
  wrong: number;
  windowStart: number;
}

/** The counter as it stands at `now` (a window that has ended counts nothing). */
export function liveGuesses(count: GuessCount | undefined, now: number): GuessCount | undefined {
  return count && now - count.windowStart < TRACKING_BUDGET.windowMs ? count : undefined;
}

/** Whether the code takes only the full phone number now. */
export function fullPhoneOnly(count: GuessCount | undefined, now: number): boolean {
  const live = liveGuesses(count, now);
  return live !== undefined && live.wrong >= TRACKING_BUDGET.freeWrong;
}
