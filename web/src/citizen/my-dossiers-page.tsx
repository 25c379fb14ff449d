/**
 * Hồ sơ của tôi (/cong-dan/ho-so): who is signed in, their dossiers newest first with the status, the procedure, the
 * dates and what waits for them, each linked to its own page (/cong-dan/ho-so/:code); and signing out. Without a
 * session it sends the citizen to the sign-in page, which brings them back here.
 */
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { citizenApi } from '../../../src/contracts/citizen-api.js';
import type { CitizenDossier } from '../../../src/contracts/citizen.js';
import { formatTimeDate } from '../../../src/domain/format/format.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { PageTitle } from '../portal/layout.js';
import { KIOSK_BASE, useCitizenBase, useCitizenSignOut } from './kiosk-context.js';
import { DraftsSection } from './drafts-section.js';
import { ActivitySection } from './activity-section.js';
import { PaymentSummary } from './payment.js';

const PAGE_SIZE = 10;

const DONE_KEYS = new Set(['done', 'denied', 'cancelled', 'unresolved']);

function DossierItem({ dossier }: { dossier: CitizenDossier }) {
  const base = useCitizenBase();
  const titleId = `dossier-${dossier.code}`;
  return (
    <li className={`card citizen-dossier${dossier.needsMe ? ' needs-me' : ''}`}>
      <h2 id={titleId}>{dossier.procedure.name}</h2>
      <p>
        <span className={`track-status${DONE_KEYS.has(dossier.statusKey) ? ' done' : ''}`}>
          {dossier.statusLabel}
        </span>
      </p>
      {dossier.waitingFor && (
        <p className="citizen-waiting">
          <strong>Đang chờ bạn:</strong> {dossier.waitingFor}
        </p>
      )}
      <PaymentSummary payment={dossier.payment} />
      <dl>
        <dt>Mã hồ sơ</dt>
        <dd>{dossier.code}</dd>
        <dt>Ngày nộp</dt>
        <dd>{formatTimeDate(dossier.submittedAt)}</dd>
        {dossier.dueAt && (
          <>
            <dt>Ngày hẹn trả kết quả</dt>
            <dd>{formatTimeDate(dossier.dueAt)}</dd>
          </>
        )}
      </dl>
      <Link to={`${base}/ho-so/${encodeURIComponent(dossier.code)}`}>
        Xem chi tiết<span className="visually-hidden"> hồ sơ {dossier.code}</span>
      </Link>
    </li>
  );
}

export function MyDossiersPage() {
  const [page, setPage] = useState(1);
  const base = useCitizenBase();
  // In kiosk mode the citizen leaves to the kiosk's start; otherwise to the sign-in.
  const leave = useCitizenSignOut(base === KIOSK_BASE ? KIOSK_BASE : `${base}/dang-nhap`);
  const [leaving, setLeaving] = useState(false);
  const me = useQuery({ queryKey: ['citizen', 'me'], queryFn: () => call(citizenApi.me), retry: false });
  const dossiers = useQuery({
    queryKey: ['citizen', 'dossiers', page],
    queryFn: () => call(citizenApi.dossiers, { query: { page, pageSize: PAGE_SIZE } }),
    enabled: me.isSuccess,
    retry: false,
  });

  const unauthenticated = [me.error, dossiers.error].some((e) => e instanceof ApiError && e.status === 401);
  if (unauthenticated) {
    return <Navigate to={`${base}/dang-nhap?next=${encodeURIComponent(`${base}/ho-so`)}`} replace />;
  }

  async function signOut() {
    setLeaving(true);
    await leave();
  }

  const data = dossiers.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const waiting = data?.items.filter((d) => d.needsMe).length ?? 0;
  return (
    <div className="wrap">
      <PageTitle>Hồ sơ của tôi</PageTitle>
      <div className="citizen-head">
        <h1>Hồ sơ của tôi</h1>
        <button type="button" className="btn btn-outline" onClick={() => void signOut()} disabled={leaving}>
          Đăng xuất
        </button>
      </div>
      {me.data && (
        <p className="citizen-who">
          {me.data.fullName ? <strong>{me.data.fullName}</strong> : 'Đã đăng nhập'}
          {me.data.phone && <> · Số điện thoại {me.data.phone}</>}
          {me.data.idNumber && <> · Số định danh {me.data.idNumber}</>}
          {me.data.verifiedBy.includes('national-id') && <> · Đã xác thực bằng tài khoản định danh điện tử</>}
        </p>
      )}
      <div aria-live="polite" aria-busy={me.isLoading || dossiers.isLoading}>
        {(me.isLoading || dossiers.isLoading) && <p>Đang tải hồ sơ…</p>}
        {(me.isError || dossiers.isError) && !unauthenticated && (
          <div className="card track-alert" role="alert">
            Không tải được hồ sơ. Vui lòng kiểm tra mạng và tải lại trang.
          </div>
        )}
        {data && data.total === 0 && (
          <div className="card">
            <p>Chưa có hồ sơ nào mang số điện thoại này.</p>
            <p className="muted">
              Hồ sơ nộp tại Bộ phận Một cửa hiện ở đây khi số điện thoại bạn khai trùng với số đã đăng nhập.
              Bạn cũng có thể <Link to="/tra-cuu">tra cứu hồ sơ bằng mã trên giấy tiếp nhận</Link>.
            </p>
          </div>
        )}
        {data && data.total > 0 && (
          <>
            <p>
              {data.total} hồ sơ
              {waiting > 0 && <> · {waiting} hồ sơ trên trang này đang chờ bạn</>}
            </p>
            <ul className="citizen-list">
              {data.items.map((d) => (
                <DossierItem key={d.code} dossier={d} />
              ))}
            </ul>
          </>
        )}
      </div>
      {me.isSuccess && <DraftsSection />}
      {me.isSuccess && <ActivitySection />}
      {pages > 1 && (
        <nav className="citizen-pages" aria-label="Trang">
          <button
            type="button"
            className="btn btn-outline"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            Trang trước
          </button>
          <span>
            Trang {page}/{pages}
          </span>
          <button
            type="button"
            className="btn btn-outline"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            Trang sau
          </button>
        </nav>
      )}
    </div>
  );
}
