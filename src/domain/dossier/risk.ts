/**
 * Deadline risk of a dossier for the inbox: overdue, due today, due soon (within DUE_SOON_DAYS after today), on
 * track, or no deadline (finished, not yet received, or waiting for the applicant with the clock paused).
 * "Today" is the calendar day in Vietnam (UTC+7, no daylight saving).
 */
export const risks = ['overdue', 'due_today', 'due_soon', 'on_track', 'no_deadline'] as const;
export type Risk = (typeof risks)[number];

/** Riskiest first. */
export const riskRank = {
  overdue: 0,
  due_today: 1,
  due_soon: 2,
  on_track: 3,
  no_deadline: 4,
} as const satisfies Record<Risk, number>;

export const DUE_SOON_DAYS = 2;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

export function riskOf(dueAt: number | null, finished: boolean, now: number): Risk {
  if (finished || dueAt === null) return 'no_deadline';
  const endOfToday = (Math.floor((now + VIETNAM_OFFSET_MS) / DAY_MS) + 1) * DAY_MS - VIETNAM_OFFSET_MS;
  if (dueAt < now) return 'overdue';
  if (dueAt < endOfToday) return 'due_today';
  if (dueAt < endOfToday + DUE_SOON_DAYS * DAY_MS) return 'due_soon';
  return 'on_track';
}
