import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from './calendar-file.js';
import { composeCalendar } from './inheritance.js';

describe('calendar inheritance', () => {
  it('is the default calendar with no layers', () => {
    expect(composeCalendar([]).definition).toEqual(DEFAULT_CALENDAR);
  });

  it('lets a lower level override settings and win on dates', () => {
    const { definition, reasons } = composeCalendar([
      {
        seasons: [
          {
            from: '10-15',
            to: '04-14',
            sessions: [
              ['07:15', '11:45'],
              ['13:00', '16:30'],
            ],
          },
        ],
        days: [
          {
            daysOff: [
              { date: '2026-04-30', reason: 'Ngày Chiến thắng (30/4)' },
              { date: '2026-05-01', reason: 'Ngày Quốc tế Lao động (01/5)' },
            ],
            workdays: [{ date: '2026-05-09', reason: 'Làm bù' }],
          },
        ],
      },
      {
        sessions: [
          ['07:30', '11:30'],
          ['13:30', '17:30'],
        ],
        days: [
          {
            daysOff: [{ date: '2026-05-09', reason: null }],
            workdays: [{ date: '2026-05-01', reason: 'Trực' }],
          },
        ],
      },
    ]);
    expect(definition.sessions).toEqual([
      ['07:30', '11:30'],
      ['13:30', '17:30'],
    ]);
    expect(definition.seasons).toHaveLength(1);
    expect(definition.daysOff).toEqual(['2026-04-30', '2026-05-09']);
    expect(definition.workdays).toEqual(['2026-05-01']);
    expect(reasons.get('2026-04-30')).toEqual({ kind: 'day_off', reason: 'Ngày Chiến thắng (30/4)' });
    expect(reasons.get('2026-05-01')).toEqual({ kind: 'workday', reason: 'Trực' });
  });

  it('validates the result', () => {
    expect(() => composeCalendar([{ workweek: [], days: [] }])).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID' }),
    );
  });
});
