import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../calendar/calendar-file.js';
import { parseInstant } from '../calendar/time-zone.js';
import { compileCalendar } from '../calendar/working-time.js';
import { acceptLeftText, acceptWindow, mayWorkOnlineIntake } from './online-intake.js';

const cal = compileCalendar(DEFAULT_CALENDAR);
const at = (text: string) => parseInstant(text, cal.timezone);

describe('time to accept an online dossier', () => {
  // Friday 15:00 + 8 working hours: 2 h on Friday, 4.5 h on Monday morning, 1.5 h after lunch.
  const submitted = at('2026-12-04T15:00');

  it('counts working hours on the calendar, across the weekend and lunch', () => {
    const w = acceptWindow(cal, submitted, 8, at('2026-12-07T14:00'));
    expect(w.acceptBy).toBe(at('2026-12-07T15:00'));
    expect(w).toMatchObject({ minutesLeft: 60, late: false });
    // Saturday counts nothing: the whole time is still there on Monday morning, less Friday's remainder.
    expect(acceptWindow(cal, submitted, 8, at('2026-12-05T10:00')).minutesLeft).toBe(6 * 60);
  });

  it('is late once the working time is spent, and says by how much', () => {
    const w = acceptWindow(cal, submitted, 8, at('2026-12-07T16:30'));
    expect(w).toMatchObject({ late: true, minutesLeft: -90 });
    expect(acceptLeftText(w.minutesLeft, w.late)).toBe('Quá hạn 1 giờ 30 phút');
    expect(acceptLeftText(60, false)).toBe('Còn 1 giờ');
    expect(acceptLeftText(5, false)).toBe('Còn 5 phút');
    expect(acceptLeftText(0, true)).toBe('Quá hạn');
  });

  it('is worked by the unit’s reception officers and the leaders above it, not its specialists', () => {
    const path = ['P', 'C1'];
    const role = (r: 'reception_officer' | 'leader' | 'specialist', unitId: string) => ({
      roles: [{ role: r, unitId, unitPath: unitId === 'P' ? ['P'] : ['P', unitId] }],
    });
    expect(mayWorkOnlineIntake(role('reception_officer', 'C1'), path)).toBe(true);
    expect(mayWorkOnlineIntake(role('leader', 'P'), path)).toBe(true);
    expect(mayWorkOnlineIntake(role('reception_officer', 'C2'), path)).toBe(false);
    expect(mayWorkOnlineIntake(role('specialist', 'C1'), path)).toBe(false);
  });
});
