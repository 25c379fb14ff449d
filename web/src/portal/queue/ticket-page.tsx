/**
 * A ticket followed on a phone (/so-thu-tu/:id, from the QR on the ticket): number, field, status, people ahead,
 * estimated wait, the counter when called. Refreshes every 10 seconds.
 */
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { formatMinutes } from '../../../../src/domain/format/format.js';
import { queueApi } from '../../../../src/contracts/queue-api.js';
import type { PublicTicket } from '../../../../src/contracts/queue.js';
import { ApiError } from '../../shared/api.js';
import { call } from '../../shared/client.js';
import { PageTitle } from '../layout.js';
import { failureMessage } from './common.js';
import './queue.css';

const REFRESH_MS = 10_000;

export default function TicketPage() {
  const { id = '' } = useParams();
  const [ticket, setTicket] = useState<PublicTicket | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const found = await call(queueApi.ticket, { params: { id } });
        if (!live) return;
        setError(null);
        setTicket(found);
      } catch (e) {
        if (!live) return;
        setError(
          e instanceof ApiError && (e.status === 400 || e.status === 404)
            ? 'Không tìm thấy số thứ tự này. Vui lòng kiểm tra lại đường dẫn.'
            : failureMessage(e, 'Chưa xem được số thứ tự. Vui lòng thử lại sau.'),
        );
      }
    };
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [id]);

  return (
    <div className="wrap queue-ticket-page">
      <PageTitle>Số thứ tự</PageTitle>
      <h1>Số thứ tự</h1>
      {error && (
        <p className="queue-error" role="alert">
          {error}
        </p>
      )}
      {ticket && (
        <section className={`ticket-card status-${ticket.status}`} aria-live="polite">
          <p className="ticket-unit">{ticket.unit.name}</p>
          <p className="ticket-number" data-testid="ticket-number">
            {ticket.number}
          </p>
          <p className="ticket-field">{ticket.field.name}</p>
          {ticket.priority && <p className="ticket-priority">Ưu tiên — đã đặt lịch hẹn</p>}
          <p className="ticket-status" data-testid="ticket-status">
            {ticket.status === 'called' && ticket.counterNumber !== null
              ? `Mời bạn đến quầy ${ticket.counterNumber}`
              : ticket.statusLabel}
          </p>
          {ticket.ahead !== null && (
            <dl className="ticket-facts">
              <div>
                <dt>Số người chờ trước bạn</dt>
                <dd data-testid="ticket-ahead">{ticket.ahead}</dd>
              </div>
              {ticket.waitMinutes !== null && (
                <div>
                  <dt>Thời gian chờ ước tính</dt>
                  <dd>khoảng {formatMinutes(ticket.waitMinutes)}</dd>
                </div>
              )}
            </dl>
          )}
          <p className="ticket-note">Trang tự cập nhật mỗi 10 giây.</p>
        </section>
      )}
    </div>
  );
}
