/**
 * The legal clock of a dossier (or of one agency's share of it): it runs from the received instant, and on a
 * supplement request it either pauses (and resumes where it stopped when the complete dossier is back) or
 * restarts from zero — which one is a property of the procedure version. An extension sets a new due instant
 * once, and only when asked for at least one working day before the current due instant.
 *
 * What "used" counts depends on the limit: working milliseconds for working-day and working-hour limits, whole
 * calendar days for calendar-day limits. A same-day limit has nothing to carry over: resuming it restarts it.
 */
import { conflict, invalid } from '../errors.js';
import { calendarDaysDue, computeDue, workingAmount, type TimeLimit } from './deadline.js';
import {
  addWorkingTime,
  dayAt,
  subtractWorkingTime,
  workingTimeBetween,
  type WorkingCalendar,
} from './working-time.js';

export interface Clock {
  limit: TimeLimit;
  /** Consumed in earlier running segments (working ms, or calendar days for calendar-day limits). */
  used: number;
  /** Start of the current running segment; null while paused. */
  runningSince: number | null;
  /** The due instant while running; null while paused. */
  due: number | null;
}

const localDay = (cal: WorkingCalendar, ms: number) => {
  const { block, index } = dayAt(cal, ms);
  return block.firstDay + index;
};

function dueFrom(cal: WorkingCalendar, limit: TimeLimit, since: number, used: number): number {
  switch (limit.unit) {
    case 'working_days':
    case 'working_hours':
      return addWorkingTime(cal, since, Math.max(0, workingAmount(cal, limit) - used));
    case 'calendar_days':
      return calendarDaysDue(cal, since, Math.max(0, limit.value - used));
    case 'same_day':
      return computeDue(cal, since, limit);
  }
}

/** A clock started at the received instant. */
export function startClock(cal: WorkingCalendar, received: number, limit: TimeLimit): Clock {
  return { limit, used: 0, runningSince: received, due: computeDue(cal, received, limit) };
}

/** Pauses a running clock at `at` (a supplement request), keeping what was used so far. */
export function pauseClock(cal: WorkingCalendar, clock: Clock, at: number): Clock {
  if (clock.runningSince === null) throw conflict('CLOCK_NOT_RUNNING', 'Thời hạn đang tạm dừng.');
  if (at < clock.runningSince)
    throw invalid('CLOCK_TIME_INVALID', 'Thời điểm tạm dừng trước thời điểm bắt đầu.');
  let used = clock.used;
  switch (clock.limit.unit) {
    case 'working_days':
    case 'working_hours':
      used += workingTimeBetween(cal, clock.runningSince, at);
      break;
    case 'calendar_days':
      used += localDay(cal, at) - localDay(cal, clock.runningSince);
      break;
    case 'same_day':
      break;
  }
  return { limit: clock.limit, used, runningSince: null, due: null };
}

/** Resumes a paused clock at `at` (the complete dossier is back), with the time that was left. */
export function resumeClock(cal: WorkingCalendar, clock: Clock, at: number): Clock {
  if (clock.runningSince !== null) throw conflict('CLOCK_NOT_PAUSED', 'Thời hạn đang chạy, không tạm dừng.');
  return { ...clock, runningSince: at, due: dueFrom(cal, clock.limit, at, clock.used) };
}

/** Restarts the clock from zero at `at` (the complete dossier is back, for procedures that restart). */
export function restartClock(cal: WorkingCalendar, clock: Clock, at: number): Clock {
  return startClock(cal, at, clock.limit);
}

/** The latest instant at which an extension may still be asked for: one working day before the due instant. */
export function extensionDeadline(cal: WorkingCalendar, due: number): number {
  return subtractWorkingTime(cal, due, cal.dayLength);
}

export interface ExtensionRequest {
  currentDue: number;
  newDue: number;
  requestedAt: number;
  /** Extensions already granted for this dossier. */
  extensionsUsed: number;
}

/** Throws unless the extension is allowed: the first one, asked for in time, to a later instant. */
export function checkExtension(cal: WorkingCalendar, request: ExtensionRequest): void {
  if (request.extensionsUsed > 0) {
    throw conflict('EXTENSION_ALREADY_USED', 'Hồ sơ đã được gia hạn một lần; không được gia hạn lần nữa.');
  }
  if (!(request.newDue > request.currentDue)) {
    throw invalid('EXTENSION_NOT_LATER', 'Hạn mới phải sau hạn trả kết quả hiện tại.', [
      { field: 'newDue', message: 'Hạn mới phải sau hạn hiện tại.' },
    ]);
  }
  if (workingTimeBetween(cal, request.requestedAt, request.currentDue) < cal.dayLength) {
    throw conflict(
      'EXTENSION_TOO_LATE',
      'Phải xin gia hạn chậm nhất 01 ngày làm việc trước hạn trả kết quả.',
    );
  }
}
