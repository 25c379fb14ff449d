import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../calendar/calendar-file.js';
import { compileCalendar } from '../calendar/working-time.js';
import {
  apologyText,
  assess,
  atRiskHorizon,
  completeApology,
  mayExtend,
  proposedDue,
  REASON_PLACEHOLDER,
} from './escalation.js';
import { effectiveDayModes } from './day-modes.js';

// 07:00–11:30 and 13:30–17:00, Monday to Friday, UTC+7; Monday 15 March 2027 is a Monday.
const cal = compileCalendar(DEFAULT_CALENDAR);
const t = (s: string) => Date.parse(`${s}+07:00`);
const HOUR = 3_600_000;

describe('at-risk horizon', () => {
  it('is the close of the next working day, over the weekend', () => {
    expect(atRiskHorizon(cal, t('2027-03-15T09:00:00'), 1)).toBe(t('2027-03-16T17:00:00'));
    expect(atRiskHorizon(cal, t('2027-03-19T09:00:00'), 1)).toBe(t('2027-03-22T17:00:00'));
    expect(atRiskHorizon(cal, t('2027-03-20T09:00:00'), 1)).toBe(t('2027-03-22T17:00:00'));
    expect(atRiskHorizon(cal, t('2027-03-15T09:00:00'), 2)).toBe(t('2027-03-17T17:00:00'));
  });
});

describe('assess: which level and which steps', () => {
  const due = t('2027-03-18T14:00:00');
  const facts = { due, extensionsUsed: 0, atRiskSince: null };

  it('is nothing while the due is after the next working day', () => {
    expect(assess(cal, facts, t('2027-03-16T16:00:00'))).toEqual({
      level: null,
      steps: [],
      canExtend: false,
    });
  });

  it('alerts step 1 when the dossier turns at risk, with an extension still possible', () => {
    expect(assess(cal, facts, t('2027-03-17T07:00:00'))).toEqual({
      level: 'at_risk',
      steps: [1],
      canExtend: true,
    });
  });

  it('adds the leader after half a working day at risk', () => {
    // Due Thursday at the close: the extension may be asked until Wednesday's close, far enough.
    const late = { due: t('2027-03-18T17:00:00'), extensionsUsed: 0, atRiskSince: t('2027-03-17T07:00:00') };
    expect(assess(cal, late, t('2027-03-17T10:59:00')).steps).toEqual([1]);
    expect(assess(cal, late, t('2027-03-17T11:00:00')).steps).toEqual([1, 2]);
  });

  it('adds the leader early when the last moment to extend is less than half a day away', () => {
    // Due Thursday 09:00: the extension must be asked by Wednesday 09:00.
    const early = { due: t('2027-03-18T09:00:00'), extensionsUsed: 0, atRiskSince: null };
    expect(assess(cal, early, t('2027-03-17T07:00:00'))).toEqual({
      level: 'at_risk',
      steps: [1, 2],
      canExtend: true,
    });
  });

  it('cannot extend twice, nor less than one working day before the due', () => {
    expect(assess(cal, { ...facts, extensionsUsed: 1 }, t('2027-03-17T07:00:00')).canExtend).toBe(false);
    expect(mayExtend(cal, facts, t('2027-03-17T14:00:00'))).toBe(true);
    expect(mayExtend(cal, facts, t('2027-03-17T14:01:00'))).toBe(false);
  });

  it('is overdue after the due: both steps at once, no extension', () => {
    expect(assess(cal, facts, due + 60_000)).toEqual({ level: 'overdue', steps: [1, 2], canExtend: false });
    expect(assess(cal, facts, due).level).toBe('at_risk');
  });

  it('honours a wider threshold', () => {
    const now = t('2027-03-16T09:00:00');
    expect(assess(cal, facts, now).level).toBeNull();
    expect(assess(cal, facts, now, { atRiskWorkingDays: 2 }).level).toBe('at_risk');
    expect(assess(cal, facts, now, { atRiskWorkingDays: 2, leaderAfter: 0 }).steps).toEqual([1, 2]);
  });
});

describe('the drafted extension', () => {
  it('proposes the limit once more from the due', () => {
    const due = t('2027-03-18T14:00:00');
    expect(proposedDue(cal, { unit: 'working_days', value: 3 }, due)).toBe(t('2027-03-23T14:00:00'));
    expect(proposedDue(cal, { unit: 'working_hours', value: 4 }, due)).toBe(t('2027-03-19T14:00:00'));
    // A same-day limit: the close of the next working day.
    expect(proposedDue(cal, { unit: 'same_day' }, t('2027-03-19T17:00:00'))).toBe(t('2027-03-22T17:00:00'));
    // Calendar days: that many days after the due day, at its close.
    expect(proposedDue(cal, { unit: 'calendar_days', value: 15 }, due)).toBe(t('2027-04-02T17:00:00'));
    // Never less than one working day.
    expect(proposedDue(cal, { unit: 'working_hours', value: 1 }, due)).toBe(t('2027-03-19T14:00:00'));
    expect(proposedDue(cal, { unit: 'working_days', value: 3 }, due) - due).toBeGreaterThan(HOUR);
  });

  it('writes the apology in Vietnamese with the dates and a place for the reason', () => {
    const text = apologyText({
      unitName: 'UBND xã Đông Tiến',
      applicantName: 'Trần Văn Bình',
      code: 'H56.10.01-270315-0001',
      procedureName: 'Đăng ký nhận cha, mẹ, con',
      timezone: 'Asia/Ho_Chi_Minh',
      due: t('2027-03-18T14:00:00'),
      newDue: t('2027-03-23T14:00:00'),
    });
    expect(text).toContain('UBND xã Đông Tiến xin lỗi Ông/Bà Trần Văn Bình');
    expect(text).toContain('hẹn trả kết quả lúc 14:00 ngày 18/03/2027');
    expect(text).toContain('hẹn trả kết quả vào lúc 14:00 ngày 23/03/2027');
    expect(text).toContain(REASON_PLACEHOLDER);
    const done = completeApology(text, 'Cần xác minh thêm.');
    expect(done).toContain('Lý do: Cần xác minh thêm.');
    expect(done).not.toContain(REASON_PLACEHOLDER);
  });
});

describe('day modes', () => {
  it('inherit the nearest ancestor’s weekdays, else the default', () => {
    const own = new Map([
      ['root', { same_day: [5] as number[] }],
      ['commune', { same_day: [3, 3, 1], no_writing: [] as number[] }],
    ]);
    expect(effectiveDayModes(['root', 'commune'], own)).toEqual({
      same_day: { weekdays: [1, 3], fromUnitId: 'commune' },
      no_writing: { weekdays: [], fromUnitId: 'commune' },
    });
    expect(effectiveDayModes(['root', 'other'], own)).toEqual({
      same_day: { weekdays: [5], fromUnitId: 'root' },
      no_writing: { weekdays: [2, 4], fromUnitId: null },
    });
  });
});
