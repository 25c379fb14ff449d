/**
 * The touch kiosk (/lay-so/:agencyId): big buttons, one per field the unit's counters serve; an optional phone for
 * the "your turn is near" message. The ticket appears with its QR (follow it on a phone) and prints as an 80 mm PDF.
 * Full screen, no login.
 */
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { formatCount, formatMinutes } from '../../../../src/domain/format/format.js';
import { QrCode } from '../qr-code.js';
import { queueApi, ticketPdfPath } from '../../../../src/contracts/queue-api.js';
import type { IssuedTicket, KioskView } from '../../../../src/contracts/queue.js';
import { call, routePath } from '../../shared/client.js';
import { failureMessage, ticketPath } from './common.js';
import './queue.css';

const BACK_AFTER_MS = 30_000;

export default function KioskPage() {
  const { agencyId = '' } = useParams();
  const [view, setView] = useState<KioskView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const [ticket, setTicket] = useState<IssuedTicket | null>(null);

  const load = useCallback(async () => {
    try {
      setView(await call(queueApi.kiosk, { params: { agencyId } }));
    } catch (e) {
      setError(failureMessage(e, 'Chưa tải được danh sách lĩnh vực.'));
    }
  }, [agencyId]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!ticket) return;
    const timer = setTimeout(() => setTicket(null), BACK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [ticket]);

  async function take(fieldCode: string) {
    setBusy(true);
    setError(null);
    try {
      const body = { fieldCode, ...(phone.trim() ? { phone } : {}) };
      setTicket(await call(queueApi.take, { params: { agencyId }, body }));
      setPhone('');
      void load();
    } catch (e) {
      setError(failureMessage(e, 'Chưa lấy được số. Vui lòng thử lại.'));
    } finally {
      setBusy(false);
    }
  }

  if (ticket) {
    const url = `${window.location.origin}${ticketPath(ticket.id)}`;
    return (
      <main className="queue-screen kiosk">
        <section className="kiosk-ticket" aria-live="polite">
          <p className="kiosk-ticket-label">Số thứ tự của bạn</p>
          <p className="kiosk-ticket-number" data-testid="kiosk-number">
            {ticket.number}
          </p>
          <p className="kiosk-ticket-field">{ticket.fieldName}</p>
          <QrCode value={url} size={180} label={`Mã QR theo dõi số ${ticket.number}`} />
          <p>Quét mã để theo dõi lượt của bạn trên điện thoại.</p>
          <div className="kiosk-actions">
            <a
              className="kiosk-button"
              href={routePath(ticketPdfPath, { id: ticket.id })}
              target="_blank"
              rel="noreferrer"
            >
              In phiếu
            </a>
            <button type="button" className="kiosk-button secondary" onClick={() => setTicket(null)}>
              Xong
            </button>
          </div>
        </section>
      </main>
    );
  }

  return (
    <main className="queue-screen kiosk">
      <h1>{view ? view.unit.name : 'Lấy số thứ tự'}</h1>
      <p className="kiosk-lead">Chạm vào lĩnh vực bạn cần làm thủ tục để lấy số thứ tự.</p>
      {error && (
        <p className="queue-error" role="alert">
          {error}
        </p>
      )}
      <label className="kiosk-phone">
        Số điện thoại di động (không bắt buộc) — nhận tin nhắn khi sắp đến lượt
        <input
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          placeholder="0912 345 678"
        />
      </label>
      <div className="kiosk-fields">
        {view?.fields.map((f) => (
          <button
            key={f.code}
            type="button"
            className="kiosk-field"
            disabled={busy}
            onClick={() => void take(f.code)}
          >
            <span className="kiosk-field-name">{f.name}</span>
            <span className="kiosk-field-meta">
              {f.waiting === 0
                ? 'Không có người chờ'
                : `${formatCount(f.waiting, 'người')} đang chờ · khoảng ${formatMinutes(f.waitMinutes)}`}
            </span>
          </button>
        ))}
      </div>
    </main>
  );
}
