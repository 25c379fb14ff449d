/**
 * Today at the officer's reception unit, for the desk intake page (intake-page.tsx): its day modes (no-writing day,
 * no-appointment day) and the procedures it returns the same day besides those the law makes same-day
 * (GET /api/units/{agencyId}/day-modes); and, once a procedure is chosen, whether the dossier will be due today — the
 * instant from the unit's own calendar (POST /api/calendar/due, as the server computes it at intake).
 */
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { calendarApi } from '../../../src/contracts/calendar-api.js';
import { dayModesApi } from '../../../src/contracts/day-modes-api.js';
import { call, type Answer } from '../shared/client.js';
import { useCurrentStaff } from '../shared/auth.js';
import { formatDateTime } from './dossier-api.js';

export type TodaysDayModes = Pick<Answer<typeof dayModesApi.unit>['today'], 'noWriting' | 'sameDay'>;

/** Today's day modes at the officer's reception unit (no-writing day, same-day day). */
export function useTodaysDayModes(): {
  today: TodaysDayModes | undefined;
  /** Known, or not to be known: the assisted switch shows its final default only then. */
  settled: boolean;
  agencyId: string | undefined;
  /** Codes of the procedures the unit (or one above it) marked same-day. */
  marked: readonly string[];
} {
  const me = useCurrentStaff();
  const unitId = me.roles.find((r) => r.role === 'reception_officer')?.unitId;
  const agencyId = unitId === me.unit.id ? me.unit.agencyId : undefined;
  const q = useQuery({
    queryKey: ['day-modes', agencyId],
    queryFn: () => call(dayModesApi.unit, { params: { agencyId: agencyId! } }),
    enabled: agencyId !== undefined,
    staleTime: 10 * 60_000,
  });
  return {
    today: q.data?.today,
    settled: agencyId === undefined || !q.isPending,
    agencyId,
    marked: q.data?.sameDayProcedures.map((p) => p.code) ?? [],
  };
}

/** "Hôm nay là ngày không viết và ngày không hẹn của đơn vị." */
export function DayModesNote({ today }: { today: TodaysDayModes | undefined }) {
  if (!today || !(today.noWriting || today.sameDay)) return null;
  const modes = [today.noWriting && 'ngày không viết', today.sameDay && 'ngày không hẹn'].filter(Boolean);
  return (
    <p className="intake-day-modes" role="status">
      Hôm nay là {modes.join(' và ')} của đơn vị.
    </p>
  );
}

/** Today in Vietnam as YYYY-MM-DD. */
const todayInVietnam = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/**
 * On the unit's no-appointment day, for a procedure same-day by law or marked by the unit: the dossier is due at
 * today's close (received after the cutoff, at the next working day's close).
 */
export function SameDayNotice({
  procedure,
  day,
}: {
  procedure: { code: string; flags: { sameDay: boolean } } | undefined;
  day: ReturnType<typeof useTodaysDayModes>;
}) {
  const byUnit = procedure ? day.marked.includes(procedure.code) : false;
  const eligible = Boolean(day.today?.sameDay && procedure && (procedure.flags.sameDay || byUnit));
  const due = useQuery({
    queryKey: ['same-day-due', day.agencyId],
    queryFn: () =>
      call(calendarApi.due, {
        body: { unit: day.agencyId!, received: new Date().toISOString(), sameDay: true },
      }),
    enabled: eligible && day.agencyId !== undefined,
    staleTime: 60_000,
  });
  if (!eligible || !procedure) return null;
  const why = procedure.flags.sameDay
    ? 'Thủ tục trả kết quả trong ngày theo quy định.'
    : 'Thủ tục đơn vị đăng ký trả kết quả trong ngày vào ngày không hẹn.';
  const at = due.data?.due;
  const cutoff = due.data?.limit.cutoff ?? '15:00';
  const title = !at
    ? 'Ngày không hẹn: hồ sơ được trả kết quả trong ngày'
    : at.slice(0, 10) === todayInVietnam()
      ? `Ngày không hẹn: hồ sơ được trả kết quả trong ngày, hạn trả ${at.slice(11, 16)} hôm nay`
      : `Ngày không hẹn: hạn trả ${formatDateTime(at)}, cuối ngày làm việc tiếp theo`;
  return (
    <Alert
      className="intake-same-day"
      type="info"
      showIcon
      role="status"
      title={title}
      description={`${why} Hồ sơ nhận sau ${cutoff} được trả vào cuối ngày làm việc tiếp theo.`}
    />
  );
}
