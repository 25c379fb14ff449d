/**
 * The touch kiosk (/lay-so/:agencyId): big buttons, one per field the unit's counters serve; an optional phone for
 * the "your turn is near" message. The ticket appears with its QR (follow it on a phone) and prints as an 80 mm PDF.
 * Full screen, no login.
 */
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { formatCount, formatMinutes } from '../../../../src/domain/format/format.js';
import { QrCode } from '../qr-code.js';
import { errorMessage, ticketPath, type IssuedTicket, type KioskView } from './types.js';
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
    const res = await fetch(`/api/public/queue/${encodeURIComponent(agencyId)}/kiosk`);
    if (!res.ok) {
      setError(await errorMessage(res, 'Chưa tải được danh sách lĩnh vực.'));
      return;
    }
    setView((await res.json()) as KioskView);
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
      const res = await fetch(`/api/public/queue/${encodeURIComponent(agencyId)}/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ fieldCode, ...(phone.trim() ? { phone } : {}) }),
      });
      if (!res.ok) {
        setError(await errorMessage(res, 'Chưa lấy được số. Vui lòng thử lại.'));
        return;
      }
      setTicket((await res.json()) as IssuedTicket);
      setPhone('');
      void load();
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
              href={`/api/public/queue/tickets/${ticket.id}/pdf`}
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
