/**
 * Giờ phục vụ (/gio-phuc-vu/:agencyId, optionally ?at=ISO to see another moment): when the unit's desk is open to
 * the public per field — open now or the next opening, this week's sessions (with the 9th hour), special sessions
 * and closures ahead — and the unit's day modes (no-writing days, no-appointment days). Service hours never change
 * legal deadlines: those follow the working calendar.
 */
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { dayModesApi } from '../../../src/contracts/day-modes-api.js';
import { serviceHoursApi } from '../../../src/contracts/service-hours-api.js';
import type { PublicServiceHours } from '../../../src/contracts/service-hours.js';
import { ApiError } from '../shared/api.js';
import { call, type Answer } from '../shared/client.js';
import { PageTitle } from './layout.js';
import './service-hours.css';

type FieldStatus = PublicServiceHours['fields'][number];
type PublicOpening = PublicServiceHours['week'][number]['openings'][number];
type PublicClosure = PublicServiceHours['closures'][number];

type DayModes = Answer<typeof dayModesApi.unit>;

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; hours: PublicServiceHours; modes: DayModes | null };

const WEEKDAYS = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
export const weekdayName = (d: number) => WEEKDAYS[d] ?? '';

/** "12/12" from "2026-12-12". */
export const dayMonth = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;

const dayNumber = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

/** "Đang mở cửa — đến 17:30", "Mở cửa lúc 13:30 hôm nay", "… ngày mai (Thứ Ba 08/12)", "… Thứ Bảy 12/12". */
export function statusText(f: FieldStatus, today: string): string {
  if (!f.next) return 'Chưa có lịch mở cửa trong 60 ngày tới';
  if (f.openNow) return `Đang mở cửa — đến ${f.next.end}`;
  const gap = dayNumber(f.next.date) - dayNumber(today);
  const when =
    gap === 0
      ? 'hôm nay'
      : gap === 1
        ? `ngày mai (${weekdayName(f.next.weekday)} ${dayMonth(f.next.date)})`
        : `${weekdayName(f.next.weekday)} ${dayMonth(f.next.date)}`;
  return `Mở cửa lúc ${f.next.start} ${when}`;
}

/** "Thứ Bảy tình nguyện" (the label names the weekday already) or "Buổi phục vụ thêm Thứ Bảy". */
export function specialTitle(label: string | null, weekday: number): string {
  const name = weekdayName(weekday);
  const title = label ?? 'Buổi phục vụ thêm';
  return title.toLowerCase().startsWith(name.toLowerCase()) ? title : `${title} ${name}`;
}

/** "Thứ Ba, Thứ Năm" */
export const weekdayList = (days: number[]) => days.map(weekdayName).join(', ');

function closureText(c: PublicClosure, names: Map<string, string>): string {
  const range = c.from && c.to ? `${c.from}–${c.to}` : 'cả ngày';
  const who = c.fields ? ` (${c.fields.map((f) => names.get(f) ?? f).join(', ')})` : '';
  const why = c.reason ? `: ${c.reason}` : c.holiday ? ': ngày nghỉ lễ' : '';
  return `Nghỉ ${range}${who}${why}`;
}

function openingText(o: PublicOpening, names: Map<string, string>): string {
  const who = o.fields ? o.fields.map((f) => names.get(f) ?? f).join(', ') : '';
  const what = [o.label, who].filter(Boolean).join(': ');
  return `${o.start}–${o.end}${what ? ` (${what})` : ''}`;
}

function hoursError(e: unknown): string {
  if (!(e instanceof ApiError)) return 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.';
  return e.status === 404
    ? 'Không tìm thấy đơn vị này. Vui lòng kiểm tra lại đường dẫn.'
    : 'Chưa xem được giờ phục vụ. Vui lòng thử lại sau.';
}

export default function ServiceHoursPage() {
  const { agencyId = '' } = useParams();
  const [params] = useSearchParams();
  const at = params.get('at');
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    const params = { agencyId };
    void (async () => {
      try {
        const [hours, modes] = await Promise.all([
          call(serviceHoursApi.unit, { params, query: { at: at ?? undefined } }),
          // The day modes are a complement: the hours show without them.
          call(dayModesApi.unit, { params }).catch(() => null),
        ]);
        if (live) setState({ kind: 'ready', hours, modes });
      } catch (e) {
        if (live) setState({ kind: 'error', message: hoursError(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [agencyId, at]);

  if (state.kind !== 'ready') {
    return (
      <div className="wrap">
        <PageTitle>Giờ phục vụ</PageTitle>
        <h1>Giờ phục vụ</h1>
        <div aria-live="polite">
          {state.kind === 'loading' ? (
            <p>Đang tải giờ phục vụ…</p>
          ) : (
            <div className="card sh-alert" role="alert">
              {state.message}
            </div>
          )}
        </div>
      </div>
    );
  }

  const { hours, modes } = state;
  const names = new Map(hours.fields.flatMap((f) => (f.code ? [[f.code, f.name] as const] : [])));
  return (
    <div className="wrap service-hours">
      <PageTitle>{`Giờ phục vụ – ${hours.unit.name}`}</PageTitle>
      <h1>Giờ phục vụ</h1>
      <p className="sh-unit">{hours.unit.name}</p>
      <p className="muted">
        Giờ phục vụ là thời gian bộ phận một cửa tiếp công dân. Thời hạn giải quyết hồ sơ vẫn tính theo ngày,
        giờ làm việc theo quy định.
      </p>

      <section className="section" aria-labelledby="sh-now">
        <h2 id="sh-now">Bây giờ</h2>
        <ul className="sh-status">
          {hours.fields.map((f) => (
            <li key={f.code ?? ''} className={`card${f.openNow ? ' open' : ''}`}>
              <span className="sh-field">{f.name}</span>
              <span className="sh-state">
                <span className="sh-dot" aria-hidden="true" />
                {statusText(f, hours.today)}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="sh-week">
        <h2 id="sh-week">Tuần này</h2>
        <div className="card sh-table-card">
          <table className="sh-week">
            <thead>
              <tr>
                <th scope="col">Ngày</th>
                <th scope="col">Giờ phục vụ</th>
              </tr>
            </thead>
            <tbody>
              {hours.week.map((d) => (
                <tr key={d.date} className={d.date === hours.today ? 'today' : undefined}>
                  <th scope="row" aria-current={d.date === hours.today ? 'date' : undefined}>
                    {weekdayName(d.weekday)} {dayMonth(d.date)}
                    {d.date === hours.today && <span className="sh-today"> (hôm nay)</span>}
                  </th>
                  <td>
                    {d.openings.length === 0 && d.closures.length === 0 && (
                      <span className="muted">Nghỉ</span>
                    )}
                    <ul className="sh-sessions">
                      {d.openings.map((o) => (
                        <li key={`${o.start}-${o.end}-${o.kind}`} className={o.kind}>
                          {openingText(o, names)}
                        </li>
                      ))}
                      {d.closures.map((c, i) => (
                        <li key={`c${i}`} className="closed">
                          {closureText(c, names)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="section" aria-labelledby="sh-special">
        <h2 id="sh-special">Buổi phục vụ đặc biệt và ngày nghỉ trong 30 ngày tới</h2>
        {hours.specials.length === 0 && hours.closures.length === 0 ? (
          <p className="muted">Không có thay đổi nào so với lịch hằng tuần.</p>
        ) : (
          <ul className="sh-list">
            {hours.specials.map((s) => (
              <li key={`${s.date}-${s.start}`} className="card special">
                <strong>
                  {specialTitle(s.label, s.weekday)} {dayMonth(s.date)}
                </strong>
                : {s.start}–{s.end}
                {s.fields && ` (${s.fields.map((f) => names.get(f) ?? f).join(', ')})`}
              </li>
            ))}
            {hours.closures.map((c, i) => (
              <li key={`${c.date}-${i}`} className="card closed">
                <strong>
                  {weekdayName(c.weekday)} {dayMonth(c.date)}
                </strong>
                : {closureText(c, names)}
              </li>
            ))}
          </ul>
        )}
      </section>

      {modes && (modes.noWriting.length > 0 || modes.sameDay.length > 0) && (
        <section className="section" aria-labelledby="sh-modes">
          <h2 id="sh-modes">Ngày đặc biệt trong tuần</h2>
          <ul className="sh-list">
            {modes.noWriting.length > 0 && (
              <li className="card">
                <strong>{weekdayList(modes.noWriting)}: ngày không viết</strong> — cán bộ viết hộ tờ khai,
                người dân chỉ cần mang giấy tờ.
              </li>
            )}
            {modes.sameDay.length > 0 && (
              <li className="card">
                <strong>{weekdayList(modes.sameDay)}: ngày không hẹn</strong> — các thủ tục đủ điều kiện được
                giải quyết và trả kết quả ngay trong ngày.
              </li>
            )}
          </ul>
        </section>
      )}
    </div>
  );
}
