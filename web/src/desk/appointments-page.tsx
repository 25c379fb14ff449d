/**
 * Lịch hẹn hôm nay (/ban-lam-viec/lich-hen): the unit's appointments of a day by slot, with check-in for today's.
 * Checking in welcomes the citizen at the desk: the appointment is marked arrived (and becomes a priority ticket
 * where the unit runs a queue). The unit is the person's own; the day defaults to today.
 */
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Skeleton, Tag, Typography } from 'antd';
import { vietnamDay } from '../../../src/domain/format/format.js';
import { appointmentsApi } from '../../../src/contracts/appointments-api.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { useCurrentStaff } from '../shared/auth.js';
import { DayPageHead } from './day-page-head.js';
import { LoadError } from './load-error.js';

export default function AppointmentsPage() {
  const me = useCurrentStaff();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(() => vietnamDay());
  const today = vietnamDay();
  const unit = me.unit.agencyId;
  const key = ['appointments', 'desk', unit, date] as const;
  const list = useQuery({
    queryKey: key,
    queryFn: () => call(appointmentsApi.desk, { query: { unit, date } }),
    staleTime: 10_000,
  });
  const checkIn = useMutation({
    mutationFn: (code: string) => call(appointmentsApi.checkIn, { params: { code } }),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: ['appointments', 'desk'] });
      void message.success(
        r.ticket
          ? `Đã tiếp đón ${r.appointment.fullName}: số thứ tự ưu tiên ${r.ticket.number}.`
          : `Đã tiếp đón ${r.appointment.fullName}.`,
      );
    },
    onError: (e) => void message.error(e instanceof ApiError ? e.message : 'Không tiếp đón được.'),
  });

  useEffect(() => {
    document.title = 'Lịch hẹn — Một cửa điện tử';
  }, []);

  const data = list.data;
  const count = data?.slots.reduce((n, s) => n + s.appointments.length, 0) ?? 0;
  return (
    <>
      <DayPageHead title="Lịch hẹn" date={date} onDate={setDate} query={list} />
      <Typography.Paragraph>
        Người dân đã đặt lịch{data ? ` tại ${data.unit.name}` : ''}, theo giờ hẹn. Bấm “Tiếp đón” khi người
        dân đến quầy.
      </Typography.Paragraph>
      <LoadError query={list} title="Không tải được lịch hẹn" />
      {data && <p aria-live="polite">{count} lịch hẹn.</p>}
      {list.isPending ? (
        <Skeleton active />
      ) : !data || data.slots.length === 0 ? (
        <Empty description="Không có lịch hẹn nào trong ngày." />
      ) : (
        <ol className="desk-cards" aria-label="Lịch hẹn theo giờ">
          {data.slots.map((slot) => (
            <li key={`${slot.field.code}-${slot.start}`}>
              <Card
                size="small"
                title={
                  <span>
                    {slot.start}–{slot.end} · {slot.field.name}
                  </span>
                }
              >
                <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
                  {slot.appointments.map((a) => (
                    <li key={a.code} className="desk-card-head" style={{ flexWrap: 'wrap', gap: 8 }}>
                      <span>
                        <strong>{a.fullName}</strong> · <span className="desk-code">{a.displayCode}</span> ·
                        đuôi số {a.phoneEnding}
                        <br />
                        <span className="desk-muted">{a.procedure.name}</span>
                      </span>
                      {a.status === 'arrived' ? (
                        <Tag color="green">Đã tiếp đón</Tag>
                      ) : (
                        <Button
                          type="primary"
                          disabled={date !== today}
                          loading={checkIn.isPending && checkIn.variables === a.code}
                          onClick={() => checkIn.mutate(a.code)}
                          aria-label={`Tiếp đón ${a.fullName} (${a.displayCode})`}
                        >
                          Tiếp đón
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
