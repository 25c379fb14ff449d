/**
 * Quiet hours: non-urgent SMS are not sent between 21:00 and 07:00 local time; one queued then waits until 07:00.
 */
import { instantToLocal, localToInstant, MS_PER_MINUTE } from '../calendar/time-zone.js';

export const QUIET_START_MINUTE = 21 * 60;
export const QUIET_END_MINUTE = 7 * 60;
export const NOTIFY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The instant quiet hours end if `ms` falls within them, else null. */
export function quietUntil(ms: number, timeZone = NOTIFY_TIME_ZONE): number | null {
  const { day, msOfDay } = instantToLocal(timeZone, ms);
  const minute = Math.floor(msOfDay / MS_PER_MINUTE);
  if (minute >= QUIET_START_MINUTE)
    return localToInstant(timeZone, day + 1, QUIET_END_MINUTE * MS_PER_MINUTE);
  if (minute < QUIET_END_MINUTE) return localToInstant(timeZone, day, QUIET_END_MINUTE * MS_PER_MINUTE);
  return null;
}

/** Start of the local day containing `ms`, and 07:00 of the next local day (when a deferred message goes out). */
export function localDayBounds(
  ms: number,
  timeZone = NOTIFY_TIME_ZONE,
): { start: number; nextMorning: number } {
  const { day } = instantToLocal(timeZone, ms);
  return {
    start: localToInstant(timeZone, day, 0),
    nextMorning: localToInstant(timeZone, day + 1, QUIET_END_MINUTE * MS_PER_MINUTE),
  };
}
