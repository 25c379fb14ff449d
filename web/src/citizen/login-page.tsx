/**
 * Đăng nhập (/cong-dan/dang-nhap?next=…): the citizen types their mobile number, receives a 6-digit code by SMS and
 * types it. A new code can be asked after a short wait; every message is said to screen readers.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { citizenApi } from '../../../src/contracts/citizen-api.js';
import type { CitizenOtpSent } from '../../../src/contracts/citizen.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { PageTitle } from '../portal/layout.js';
import { PhoneField } from '../portal/phone-field.js';

const HOME = '/cong-dan/ho-so';
const OFFLINE = 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.';

/** Where to go after signing in: a citizen page named by `next`, else "Hồ sơ của tôi". */
function nextPath(next: string | null): string {
  // Dossier codes have dots (/cong-dan/ho-so/H56.10.01-…), never two in a row.
  return next &&
    /^\/cong-dan\/[\w./-]*$/.test(next) &&
    !next.includes('..') &&
    !next.startsWith('/cong-dan/dang-nhap')
    ? next
    : HOME;
}

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : OFFLINE);

/** Seconds left until `until` (ms), ticking every second; 0 once passed. */
function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useId();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<CitizenOtpSent | undefined>();
  const [resendAt, setResendAt] = useState(0);
  const [errors, setErrors] = useState<{ phone?: string; code?: string }>({});
  const [busy, setBusy] = useState(false);
  const phoneRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const wait = useCountdown(resendAt);

  useEffect(() => {
    if (sent) codeRef.current?.focus();
  }, [sent]);

  async function sendCode(event?: FormEvent) {
    event?.preventDefault();
    if (!phone.trim()) {
      setErrors({ phone: 'Vui lòng nhập số điện thoại di động.' });
      return phoneRef.current?.focus();
    }
    setBusy(true);
    try {
      const answer = await call(citizenApi.requestCode, { body: { phone: phone.trim() } });
      setSent(answer);
      setCode('');
      setErrors({});
      setResendAt(Date.now() + answer.resendAfterSeconds * 1000);
    } catch (e) {
      if (sent) setErrors({ code: messageOf(e) });
      else {
        setErrors({ phone: messageOf(e) });
        phoneRef.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  }

  async function signIn(event: FormEvent) {
    event.preventDefault();
    if (!/^[0-9]{6}$/.test(code)) {
      setErrors({ code: 'Vui lòng nhập đủ 6 chữ số của mã trong tin nhắn.' });
      return codeRef.current?.focus();
    }
    setBusy(true);
    try {
      await call(citizenApi.verify, { body: { phone: phone.trim(), code } });
      await queryClient.invalidateQueries({ queryKey: ['citizen'] });
      void navigate(nextPath(params.get('next')), { replace: true });
    } catch (e) {
      setErrors({ code: messageOf(e) });
      // A dead or expired code: a new one can be asked at once.
      if (e instanceof ApiError && e.status === 409) setResendAt(0);
      codeRef.current?.focus();
      setBusy(false);
    }
  }

  return (
    <div className="wrap citizen-narrow">
      <PageTitle>Đăng nhập</PageTitle>
      <h1>Đăng nhập bằng số điện thoại</h1>
      <p className="muted">
        Xem các hồ sơ bạn đã nộp và việc đang chờ bạn. Mã xác nhận gồm 6 chữ số, gửi qua tin nhắn SMS, có hiệu
        lực 5 phút.
      </p>
      {!sent ? (
        <form className="card track-form" onSubmit={(e) => void sendCode(e)} noValidate>
          <PhoneField
            id={id}
            label="Số điện thoại di động"
            hint="Số bạn đã khai khi nộp hồ sơ, ví dụ 0912 345 678"
            value={phone}
            onChange={setPhone}
            error={errors.phone}
            inputRef={phoneRef}
            name="phone"
          />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Đang gửi mã…' : 'Gửi mã xác nhận'}
          </button>
        </form>
      ) : (
        <form className="card track-form" onSubmit={(e) => void signIn(e)} noValidate>
          <p role="status" className="citizen-sent">
            Đã gửi mã tới số <strong>{sent.phoneMasked}</strong>. Mã có hiệu lực 5 phút.
          </p>
          <div>
            <label htmlFor={`${id}-code`}>Mã xác nhận (6 chữ số)</label>
            <input
              id={`${id}-code`}
              ref={codeRef}
              name="code"
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              aria-invalid={errors.code ? true : undefined}
              aria-describedby={errors.code ? `${id}-code-error` : undefined}
            />
            {errors.code && (
              <p className="field-error" id={`${id}-code-error`} role="alert">
                {errors.code}
              </p>
            )}
          </div>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Đang kiểm tra…' : 'Đăng nhập'}
          </button>
          <div className="citizen-row">
            <button
              type="button"
              className="btn btn-outline"
              disabled={busy || wait > 0}
              onClick={() => void sendCode()}
            >
              {wait > 0 ? `Gửi lại mã sau ${wait} giây` : 'Gửi lại mã'}
            </button>
            <button
              type="button"
              className="btn citizen-link"
              onClick={() => {
                setSent(undefined);
                setErrors({});
              }}
            >
              Đổi số điện thoại
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
