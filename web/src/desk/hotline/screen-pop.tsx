/**
 * What the hotline may know about a caller, found by their number (GET /api/hotline/screen-pop): their name, and
 * their dossiers with statuses, tickets, appointments and earlier calls of this unit and the units below it. Their
 * records at other units come only as a count, which the card says without any detail.
 */
import { Alert, Card, Empty, Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import { WITHHELD, WITHHELD_DISPLAY } from '../../../../src/domain/hotline/phone.js';
import { callOutcomeLabels } from '../../../../src/domain/hotline/views.js';
import { useScreenPop } from './hotline-api.js';
import { callStatusLabels, dateTime, elsewhereText } from './format.js';

/** `unitId`: the unit whose line the call came in on: the screen-pop shows what its hotline may see. */
export function ScreenPopCard(props: { phone: string; unitId: string; excludeCallId?: string }) {
  if (props.phone === WITHHELD) {
    return (
      <Card size="small" className="hotline-pop" title={`Người gọi: ${WITHHELD_DISPLAY}`}>
        <Empty description="Người gọi ẩn số: không có lịch sử để tra, và không gọi lại được. Hỏi số điện thoại nếu cần gửi tin." />
      </Card>
    );
  }
  return <KnownCaller {...props} />;
}

function KnownCaller({
  phone,
  unitId,
  excludeCallId,
}: {
  phone: string;
  unitId: string;
  excludeCallId?: string;
}) {
  const pop = useScreenPop(phone, unitId);
  if (pop.isPending) return <Skeleton active />;
  if (pop.isError) return <Alert type="error" showIcon title={pop.error.message} />;
  const p = pop.data;
  const calls = p.calls.filter((c) => c.id !== excludeCallId);
  const elsewhere = elsewhereText(p.elsewhere);
  const nothing =
    !p.person &&
    !elsewhere &&
    p.dossiers.length + p.tickets.length + p.appointments.length + calls.length === 0;
  return (
    <Card
      size="small"
      className="hotline-pop"
      title={
        <span>
          Người gọi: <strong data-testid="caller-name">{p.person?.fullName ?? 'Chưa rõ tên'}</strong>{' '}
          <span className="desk-nowrap">{p.phoneDisplay}</span>
        </span>
      }
    >
      {nothing && <Empty description="Chưa có thông tin về số điện thoại này." />}
      {elsewhere && (
        <p className="desk-muted" data-testid="pop-elsewhere">
          Người gọi còn có {elsewhere} (không xem được chi tiết). Nếu họ hỏi về những việc này, hướng dẫn họ
          tra cứu tại trang Tra cứu hồ sơ (mã hồ sơ và số điện thoại) hoặc liên hệ đơn vị đó.
        </p>
      )}
      {p.dossiers.length > 0 && (
        <section aria-labelledby="pop-dossiers">
          <h3 id="pop-dossiers">Hồ sơ ({p.dossiers.length})</h3>
          <ul className="hotline-list" data-testid="pop-dossiers">
            {p.dossiers.map((d) => (
              <li key={d.code}>
                <Link className="desk-code" to={`/ban-lam-viec/ho-so/${encodeURIComponent(d.code)}`}>
                  {d.code}
                </Link>{' '}
                {d.procedureName} <Tag>{d.statusLabel}</Tag>
                <span className="desk-muted">
                  {d.receivedAt && ` Nhận ${dateTime(d.receivedAt)}`}
                  {d.dueAt && ` · Hẹn trả ${dateTime(d.dueAt)}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.appointments.length > 0 && (
        <section aria-labelledby="pop-appointments">
          <h3 id="pop-appointments">Lịch hẹn ({p.appointments.length})</h3>
          <ul className="hotline-list">
            {p.appointments.map((a) => (
              <li key={a.code}>
                <span className="desk-code">{a.code}</span> {a.procedureName ?? ''} — {dateTime(a.startsAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.tickets.length > 0 && (
        <section aria-labelledby="pop-tickets">
          <h3 id="pop-tickets">Số thứ tự đã lấy ({p.tickets.length})</h3>
          <ul className="hotline-list">
            {p.tickets.map((t) => (
              <li key={t.id}>
                <span className="desk-code">{t.number}</span> {t.unitName} — {dateTime(t.issuedAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {calls.length > 0 && (
        <section aria-labelledby="pop-calls">
          <h3 id="pop-calls">Cuộc gọi trước ({calls.length})</h3>
          <ul className="hotline-list">
            {calls.map((c) => (
              <li key={c.id}>
                <span className="desk-code">{c.reference}</span> {dateTime(c.startedAt)} —{' '}
                {c.outcome ? callOutcomeLabels[c.outcome] : callStatusLabels[c.status]}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  );
}
