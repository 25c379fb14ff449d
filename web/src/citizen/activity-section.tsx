/**
 * "Lịch hẹn, số thứ tự, cuộc gọi và tin nhắn" on "Hồ sơ của tôi": what else the citizen did with the one-stop shop
 * from this phone (GET /api/citizen/activity), each list shown only when it has something.
 */
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { citizenApi } from '../../../src/contracts/citizen-api.js';
import { formatTimeDate } from '../../../src/domain/format/format.js';
import { call } from '../shared/client.js';

const channelLabels = { sms: 'SMS', email: 'Email', zalo: 'Zalo' } as const;
/** YYYY-MM-DD → DD/MM/YYYY. */
const dayOf = (date: string) => date.split('-').reverse().join('/');

function List({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <div className="citizen-activity-list">
      <h3 id={id}>{title}</h3>
      <ul className="plain-list" aria-labelledby={id}>
        {children}
      </ul>
    </div>
  );
}

export function ActivitySection() {
  const activity = useQuery({
    queryKey: ['citizen', 'activity'],
    queryFn: () => call(citizenApi.activity),
    retry: false,
  });
  const a = activity.data;
  const none = a && !a.appointments.length && !a.tickets.length && !a.calls.length && !a.messages.length;
  return (
    <section aria-labelledby="activity-title" className="citizen-activity">
      <h2 id="activity-title">Lịch hẹn, số thứ tự, cuộc gọi và tin nhắn</h2>
      {activity.isError && <p className="muted">Không tải được mục này. Vui lòng tải lại trang.</p>}
      {none && (
        <p className="muted">Chưa có lịch hẹn, số thứ tự, cuộc gọi hay tin nhắn nào với số điện thoại này.</p>
      )}
      {a && a.appointments.length > 0 && (
        <List title="Lịch hẹn" id="activity-appointments">
          {a.appointments.map((x) => (
            <li key={x.code}>
              {x.procedure.name} — {x.unitName}, {x.start}–{x.end} ngày {dayOf(x.date)}{' '}
              <span className="muted">· {x.statusLabel}</span>
            </li>
          ))}
        </List>
      )}
      {a && a.tickets.length > 0 && (
        <List title="Số thứ tự" id="activity-tickets">
          {a.tickets.map((x) => (
            <li key={`${x.number}-${x.issuedAt}`}>
              Số {x.number} — {x.unitName}, {formatTimeDate(x.issuedAt)}{' '}
              <span className="muted">· {x.statusLabel}</span>
            </li>
          ))}
        </List>
      )}
      {a && a.calls.length > 0 && (
        <List title="Cuộc gọi đến tổng đài" id="activity-calls">
          {a.calls.map((x) => (
            <li key={x.reference}>
              {formatTimeDate(x.startedAt)} — {x.unitName}{' '}
              <span className="muted">
                · mã {x.reference} · {x.answered ? (x.outcomeLabel ?? 'Đã trả lời') : 'Nhỡ'}
              </span>
            </li>
          ))}
        </List>
      )}
      {a && a.messages.length > 0 && (
        <List title="Tin nhắn đã nhận" id="activity-messages">
          {a.messages.map((x, i) => (
            <li key={`${x.createdAt}-${i}`}>
              <span className="muted">
                {channelLabels[x.channel]} · {formatTimeDate(x.createdAt)}
                {x.sent ? '' : ' · đang chờ gửi'}
              </span>
              <br />
              {x.body}
            </li>
          ))}
        </List>
      )}
    </section>
  );
}
