/**
 * A month as a table, Monday first: each date with its lunar date, whether it is a working day, and why not.
 */
import type { MonthDay, MonthView } from './calendar-api.js';

const WEEKDAYS = [
  ['T2', 'Thứ Hai'],
  ['T3', 'Thứ Ba'],
  ['T4', 'Thứ Tư'],
  ['T5', 'Thứ Năm'],
  ['T6', 'Thứ Sáu'],
  ['T7', 'Thứ Bảy'],
  ['CN', 'Chủ nhật'],
] as const;

export const kindLabels = {
  working: 'Ngày làm việc',
  weekly_rest: 'Nghỉ hằng tuần',
  day_off: 'Ngày nghỉ',
  swapped_workday: 'Làm bù',
} as const;

/** Lunar date as shown in a cell: the day, with the month on the 1st (and * for a leap month). */
function lunarShort(d: MonthDay): string {
  const { day, month, leap } = d.lunar;
  return day === 1 ? `${day}/${month}${leap ? '*' : ''}` : String(day);
}

function describe(d: MonthDay): string {
  const parts = [`Ngày ${Number(d.date.slice(8))}`, `âm lịch ${d.lunar.text}`, kindLabels[d.kind]];
  if (d.reason) parts.push(d.reason);
  if (d.sessions.length) parts.push(d.sessions.map((s) => `${s.start}–${s.end}`).join(', '));
  return parts.join('. ');
}

function Cell({ day }: { day: MonthDay }) {
  return (
    <td className={`cal-cell cal-${day.kind}`} title={describe(day)}>
      <span className="cal-visually-hidden">{describe(day)}</span>
      <span aria-hidden="true">
        <span className="cal-solar">{Number(day.date.slice(8))}</span>
        <span className="cal-lunar">{lunarShort(day)}</span>
        {day.kind !== 'working' && <span className="cal-kind">{kindLabels[day.kind]}</span>}
        {day.reason && day.kind !== 'weekly_rest' && <span className="cal-reason">{day.reason}</span>}
        {day.working && (
          <span className="cal-sessions">{day.sessions.map((s) => `${s.start}–${s.end}`).join(' · ')}</span>
        )}
      </span>
    </td>
  );
}

export function MonthGrid({ view }: { view: MonthView }) {
  const first = view.days[0]!;
  const rows: (MonthDay | null)[][] = [];
  let row: (MonthDay | null)[] = Array.from({ length: first.weekday - 1 }, () => null);
  for (const day of view.days) {
    row.push(day);
    if (row.length === 7) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push([...row, ...Array.from({ length: 7 - row.length }, () => null)]);
  const [year, month] = view.month.split('-');
  return (
    <table className="cal-grid">
      <caption>
        Lịch làm việc tháng {Number(month)}/{year} — {view.unit.name}
      </caption>
      <thead>
        <tr>
          {WEEKDAYS.map(([short, full]) => (
            <th key={short} scope="col">
              <abbr title={full}>{short}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((d, j) =>
              d ? <Cell key={d.date} day={d} /> : <td key={`empty-${j}`} className="cal-empty" />,
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
