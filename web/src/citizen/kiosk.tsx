/**
 * Kiosk mode (/cong-dan/kiosk/…) for a self-service terminal at a service point: the citizen's own pages full
 * screen, in large type with big touch targets, no account kept (the session's cookies last while the browser is
 * open, and end at sign-out), and an automatic sign-out after 2 minutes without a touch — the server's session is
 * ended too — with a countdown in the last 20 seconds, back to the kiosk's start. The wait can be shortened (not
 * lengthened) by `?idle=<seconds>` on the start address, kept for the browser tab (idle-timer.ts).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { PageTitle } from '../portal/layout.js';
import { NotFound } from '../portal/not-found-page.js';
import { KIOSK_WARN_MS, idleMsFrom, startIdleTimer } from './idle-timer.js';
import { CitizenBase, KIOSK_BASE, useCitizenSignOut } from './kiosk-context.js';
import { LoginPage } from './login-page.js';
import { MyDossiersPage } from './my-dossiers-page.js';
import { CitizenDossierPage } from './dossier-page.js';
import './kiosk.css';

const IDLE_KEY = 'motcua.kiosk.idle';

function StartPage() {
  return (
    <div className="kiosk-start">
      <PageTitle>Máy tự phục vụ</PageTitle>
      <h1>Máy tự phục vụ – Dịch vụ công trực tuyến</h1>
      <p>
        Tra cứu hồ sơ của bạn bằng số điện thoại. Máy không lưu tài khoản: hết phiên khi bạn đăng xuất hoặc
        rời máy.
      </p>
      <Link
        to={`${KIOSK_BASE}/dang-nhap`}
        className="btn btn-primary kiosk-go"
        onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
      >
        Bắt đầu
      </Link>
    </div>
  );
}

/** Signs out after the idle wait on every kiosk page but the start; shows the countdown at the end of it. */
function IdleSignOut({ idleMs }: { idleMs: number }) {
  const [left, setLeft] = useState<number | null>(null);
  const signOut = useCitizenSignOut(KIOSK_BASE);
  const signOutRef = useRef(signOut);
  signOutRef.current = signOut;
  const { pathname } = useLocation();
  useEffect(() => {
    const timer = startIdleTimer({
      idleMs,
      warnMs: Math.min(KIOSK_WARN_MS, idleMs / 2),
      onWarn: setLeft,
      onIdle: () => void signOutRef.current(),
    });
    const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    const touched = () => timer.reset();
    for (const e of events) window.addEventListener(e, touched, { passive: true });
    return () => {
      timer.stop();
      for (const e of events) window.removeEventListener(e, touched);
    };
  }, [idleMs, pathname]);
  if (left === null) return null;
  return (
    <div className="kiosk-countdown" role="alert">
      Tự động đăng xuất sau <strong>{left}</strong> giây. Chạm vào màn hình để tiếp tục.
    </div>
  );
}

function KioskFrame({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  const [idleMs] = useState(() => {
    const fromUrl = new URLSearchParams(search).has('idle') ? idleMsFrom(search) : undefined;
    if (fromUrl) sessionStorage.setItem(IDLE_KEY, String(fromUrl));
    return fromUrl ?? idleMsFrom(`?idle=${Number(sessionStorage.getItem(IDLE_KEY) ?? 120000) / 1000}`);
  });
  const atStart = pathname.replace(/\/$/, '') === KIOSK_BASE;
  return (
    <div className="portal kiosk">
      <header className="kiosk-bar">
        <span className="kiosk-brand">Dịch vụ công – Máy tự phục vụ</span>
        {!atStart && <KioskSignOutButton />}
      </header>
      <main id="main">{children}</main>
      {!atStart && <IdleSignOut idleMs={idleMs} />}
    </div>
  );
}

function KioskSignOutButton() {
  const signOut = useCitizenSignOut(KIOSK_BASE);
  return (
    <button type="button" className="btn btn-outline kiosk-out" onClick={() => void signOut()}>
      Kết thúc
    </button>
  );
}

export default function KioskArea() {
  return (
    <CitizenBase.Provider value={KIOSK_BASE}>
      <KioskFrame>
        <Routes>
          <Route index element={<StartPage />} />
          <Route path="dang-nhap" element={<LoginPage />} />
          <Route path="ho-so" element={<MyDossiersPage />} />
          <Route path="ho-so/:code" element={<CitizenDossierPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </KioskFrame>
    </CitizenBase.Provider>
  );
}
