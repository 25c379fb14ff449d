/**
 * The citizen's payments: on their dossier's page, what is still to pay with its lines and a "Thanh toán" button
 * that goes to the payment gateway, and the receipts once paid; in "Hồ sơ của tôi", the amount waiting and the
 * receipts of each dossier; and the page the gateway sends the citizen back to (/cong-dan/thanh-toan/ket-qua).
 */
import { Link, useLocation } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { paymentApi } from '../../../src/contracts/payment-api.js';
import type { CitizenDossierPayment, Receipt } from '../../../src/contracts/payment.js';
import { formatDong, formatTimeDate } from '../../../src/domain/format/format.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { PageTitle } from '../portal/layout.js';
import { useCitizenBase } from './kiosk-context.js';
import './payment.css';

function Receipts({ receipts, headingId }: { receipts: readonly Receipt[]; headingId?: string }) {
  return (
    <ul className="payment-receipts" {...(headingId ? { 'aria-labelledby': headingId } : {})}>
      {receipts.map((r) => (
        <li key={r.receiptNo}>
          <strong>Biên lai {r.receiptNo}</strong>
          <span>
            {formatDong(r.amount)} · {r.channelLabel} · {formatTimeDate(r.paidAt)}
          </span>
          <span className="muted">Nội dung: {r.items.map((i) => i.label).join(', ')}</span>
          {r.refunded > 0 && <span className="muted">Đã hoàn trả {formatDong(r.refunded)}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The dossier page's section: nothing when the dossier was never asked to pay. */
export function CitizenPayment({ code }: { code: string }) {
  const payments = useQuery({
    queryKey: ['citizen', 'payments', code],
    queryFn: () => call(paymentApi.mine, { params: { code } }),
    retry: false,
  });
  const pay = useMutation({
    mutationFn: () => call(paymentApi.payOnline, { params: { code } }),
    onSuccess: ({ redirectUrl }) => window.location.assign(redirectUrl),
  });
  const p = payments.data;
  if (!p || (p.due === 0 && p.receipts.length === 0)) return null;
  return (
    <section className="card citizen-section payment-section" aria-labelledby="payment-title">
      <h2 id="payment-title">{p.due > 0 ? 'Chờ thanh toán' : 'Đã thanh toán'}</h2>
      {p.due > 0 && (
        <>
          <ul className="payment-items">
            {p.items.map((i) => (
              <li key={`${i.kind}-${i.noticeNo ?? ''}`}>
                <span>
                  {i.label}
                  {i.dueDate && (
                    <span className="muted"> · hạn nộp {i.dueDate.split('-').reverse().join('/')}</span>
                  )}
                </span>
                <span>{formatDong(i.amount)}</span>
              </li>
            ))}
          </ul>
          <p className="payment-due">
            Còn phải nộp: <strong>{formatDong(p.due)}</strong>
          </p>
          {p.online ? (
            <button
              type="button"
              className="btn btn-primary"
              disabled={pay.isPending}
              onClick={() => pay.mutate()}
            >
              Thanh toán
            </button>
          ) : (
            <p className="muted">Vui lòng nộp tại Bộ phận Một cửa nơi tiếp nhận hồ sơ.</p>
          )}
          {pay.error && (
            <p className="track-alert" role="alert">
              {pay.error instanceof ApiError
                ? pay.error.message
                : 'Không mở được cổng thanh toán. Vui lòng thử lại.'}
            </p>
          )}
        </>
      )}
      {p.receipts.length > 0 && (
        <>
          <h3 id="payment-receipts">Biên lai điện tử</h3>
          <Receipts receipts={p.receipts} headingId="payment-receipts" />
        </>
      )}
    </section>
  );
}

/** In "Hồ sơ của tôi": the amount waiting, and the receipts. */
export function PaymentSummary({ payment }: { payment: CitizenDossierPayment | undefined }) {
  if (!payment) return null;
  return (
    <div className="payment-summary">
      {payment.due > 0 && (
        <p className="citizen-waiting">
          <strong>Chờ thanh toán:</strong> {formatDong(payment.due)}
        </p>
      )}
      {payment.receipts.length > 0 && <Receipts receipts={payment.receipts} />}
    </div>
  );
}

export function PaymentReturnPage() {
  const base = useCitizenBase();
  const search = useLocation().search;
  const query = Object.fromEntries(new URLSearchParams(search));
  const result = useQuery({
    queryKey: ['citizen', 'payment-return', search],
    queryFn: () => call(paymentApi.gatewayReturn, { query }),
    retry: false,
  });
  const r = result.data;
  const title = !r ? 'Kết quả thanh toán' : r.ok ? 'Thanh toán thành công' : 'Thanh toán không thành công';
  return (
    <div className="wrap">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <div aria-live="polite" aria-busy={result.isLoading}>
        {result.isLoading && <p>Đang kiểm tra kết quả thanh toán…</p>}
        {result.isError && (
          <div className="card track-alert" role="alert">
            {result.error instanceof ApiError
              ? result.error.message
              : 'Không kiểm tra được kết quả. Vui lòng tải lại trang.'}
          </div>
        )}
        {r && (
          <div className={`card payment-result${r.ok ? ' ok' : ''}`}>
            <p>{r.message}</p>
            {r.amount > 0 && (
              <dl>
                <dt>Số tiền</dt>
                <dd>{formatDong(r.amount)}</dd>
                {r.receiptNo && (
                  <>
                    <dt>Số biên lai</dt>
                    <dd>{r.receiptNo}</dd>
                  </>
                )}
                {r.dossierCode && (
                  <>
                    <dt>Mã hồ sơ</dt>
                    <dd>{r.dossierCode}</dd>
                  </>
                )}
              </dl>
            )}
            {r.dossierCode && (
              <Link to={`${base}/ho-so/${encodeURIComponent(r.dossierCode)}`}>Xem hồ sơ {r.dossierCode}</Link>
            )}
          </div>
        )}
        <p>
          <Link to={`${base}/ho-so`}>← Hồ sơ của tôi</Link>
        </p>
      </div>
    </div>
  );
}
