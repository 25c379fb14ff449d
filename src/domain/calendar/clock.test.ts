import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from './calendar-file.js';
import {
  checkExtension,
  extensionDeadline,
  pauseClock,
  restartClock,
  resumeClock,
  startClock,
  type Clock,
} from './clock.js';
import { formatInstant, parseInstant } from './time-zone.js';
import { compileCalendar } from './working-time.js';

const cal = compileCalendar(DEFAULT_CALENDAR);
const at = (text: string) => parseInstant(text, cal.timezone);
const show = (clock: Clock) => (clock.due === null ? null : formatInstant(cal.timezone, clock.due));
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return 'no error';
};

describe('the clock on a supplement request', () => {
  const received = startClock(cal, at('2023-10-30T07:00'), { unit: 'working_days', value: 2 });

  it('starts with the due instant of the limit', () => {
    expect(show(received)).toBe('2023-10-31T17:00:00+07:00');
  });

  it('pauses and resumes where it stopped', () => {
    const paused = pauseClock(cal, received, at('2023-10-30T11:30'));
    expect(paused).toMatchObject({ used: 4.5 * 3_600_000, runningSince: null, due: null });
    const resumed = resumeClock(cal, paused, at('2023-11-01T13:30'));
    expect(show(resumed)).toBe('2023-11-02T17:00:00+07:00');
    // A second supplement request on the same clock keeps adding up.
    const pausedAgain = pauseClock(cal, resumed, at('2023-11-02T07:00'));
    expect(pausedAgain.used).toBe(8 * 3_600_000);
    expect(show(resumeClock(cal, pausedAgain, at('2023-11-06T07:00')))).toBe('2023-11-06T17:00:00+07:00');
  });

  it('restarts from zero when the procedure says so', () => {
    const paused = pauseClock(cal, received, at('2023-10-30T11:30'));
    expect(show(restartClock(cal, paused, at('2023-11-01T13:30')))).toBe('2023-11-03T11:30:00+07:00');
  });

  it('pauses a calendar-day limit by whole days', () => {
    const clock = startClock(cal, at('2023-10-30T09:00'), { unit: 'calendar_days', value: 10 });
    expect(show(clock)).toBe('2023-11-09T17:00:00+07:00');
    const paused = pauseClock(cal, clock, at('2023-11-01T10:00'));
    expect(paused.used).toBe(2);
    expect(show(resumeClock(cal, paused, at('2023-11-06T08:00')))).toBe('2023-11-14T17:00:00+07:00');
  });

  it('restarts a same-day limit on resume', () => {
    const clock = startClock(cal, at('2023-10-30T09:00'), { unit: 'same_day' });
    const paused = pauseClock(cal, clock, at('2023-10-30T10:00'));
    expect(show(resumeClock(cal, paused, at('2023-10-31T16:00')))).toBe('2023-11-01T17:00:00+07:00');
  });

  it('refuses to pause a paused clock or resume a running one', () => {
    const paused = pauseClock(cal, received, at('2023-10-30T11:30'));
    expect(codeOf(() => pauseClock(cal, paused, at('2023-10-30T12:00')))).toBe('CLOCK_NOT_RUNNING');
    expect(codeOf(() => resumeClock(cal, received, at('2023-10-30T12:00')))).toBe('CLOCK_NOT_PAUSED');
    expect(codeOf(() => pauseClock(cal, received, at('2023-10-29T12:00')))).toBe('CLOCK_TIME_INVALID');
  });
});

describe('extension with apology', () => {
  const currentDue = at('2023-11-03T17:00');
  const newDue = at('2023-11-10T17:00');

  it('may be asked for until one working day before the due instant', () => {
    expect(formatInstant(cal.timezone, extensionDeadline(cal, currentDue))).toBe('2023-11-03T07:00:00+07:00');
    expect(formatInstant(cal.timezone, extensionDeadline(cal, at('2023-11-03T09:00')))).toBe(
      '2023-11-02T09:00:00+07:00',
    );
    for (const requestedAt of ['2023-11-02T16:00', '2023-11-02T17:30', '2023-11-03T07:00']) {
      expect(() =>
        checkExtension(cal, { currentDue, newDue, requestedAt: at(requestedAt), extensionsUsed: 0 }),
      ).not.toThrow();
    }
  });

  it('is refused later than that, a second time, or to an earlier date', () => {
    const ask = (requestedAt: string, extensionsUsed = 0, to = newDue) =>
      codeOf(() =>
        checkExtension(cal, { currentDue, newDue: to, requestedAt: at(requestedAt), extensionsUsed }),
      );
    expect(ask('2023-11-03T07:01')).toBe('EXTENSION_TOO_LATE');
    expect(ask('2023-11-03T18:00')).toBe('EXTENSION_TOO_LATE');
    expect(ask('2023-11-01T09:00', 1)).toBe('EXTENSION_ALREADY_USED');
    expect(ask('2023-11-01T09:00', 0, currentDue)).toBe('EXTENSION_NOT_LATER');
  });
});
