/**
 * Tra cứu hồ sơ (/tra-cuu, or /tra-cuu?ma=CODE from the receipt's QR code): the dossier code and the applicant's
 * phone number (or its last 4 digits) give the status in plain Vietnamese, the procedure, the dates and a timeline.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TrackedDossier } from '../../../src/contracts/tracking.js';
import { trackingApi } from '../../../src/contracts/tracking-api.js';
import { normalisePhone } from '../../../src/domain/contact/contact.js';
import { formatTimeDate } from '../../../src/domain/format/format.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { PageTitle } from './layout.js';
import { PhoneField } from './phone-field.js';
import { TrackedObligations } from './tracking-obligations.js';
import { OwedFee } from './fees-today.js';
import './tracking.css';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'found'; dossier: TrackedDossier }
  | { kind: 'error'; message: string };

/** What is wrong with the phone as typed, or undefined when it can be sent. */
function phoneProblem(phone: string): string | undefined {
  const compact = phone.replace(/[\s.\-()]/g, '');
  if (!compact) return 'Vui lòng nhập số điện thoại hoặc 4 chữ số cuối.';
  if (/^[0-9]{4}$/.test(compact) || normalisePhone(compact)) return undefined;
  return 'Số điện thoại chưa đúng: nhập số di động đầy đủ (ví dụ 0912 345 678) hoặc 4 chữ số cuối.';
}

const DONE_KEYS = new Set(['done', 'releasing']);

function Result({ dossier }: { dossier: TrackedDossier }) {
  return (
    <section className="card track-result" aria-labelledby="track-result-title">
      <h2 id="track-result-title">Hồ sơ {dossier.code}</h2>
      <p>
        <span className={`track-status${DONE_KEYS.has(dossier.statusKey) ? ' done' : ''}`}>
          {dossier.statusLabel}
        </span>
      </p>
      <dl>
        <dt>Thủ tục</dt>
        <dd>{dossier.procedure.name}</dd>
        <dt>Nơi tiếp nhận</dt>
        <dd>{dossier.unit.name}</dd>
        {dossier.receivedAt && (
          <>
            <dt>Ngày tiếp nhận</dt>
            <dd>{formatTimeDate(dossier.receivedAt)}</dd>
          </>
        )}
        {dossier.dueAt && (
          <>
            <dt>Ngày hẹn trả kết quả</dt>
            <dd>{formatTimeDate(dossier.dueAt)}</dd>
          </>
        )}
        {dossier.finishedAt && (
          <>
            <dt>Ngày hoàn thành</dt>
            <dd>{formatTimeDate(dossier.finishedAt)}</dd>
          </>
        )}
      </dl>
      {dossier.ratingPath && (
        <p>
          <Link className="btn btn-primary" to={dossier.ratingPath}>
            Đánh giá mức độ hài lòng
          </Link>
        </p>
      )}
      {dossier.thread && dossier.thread.length > 1 && (
        <>
          <h3>Hành trình của bạn</h3>
          <ol className="timeline track-thread">
            {dossier.thread.map((t, i) => (
              <li key={i} data-kind={t.kind}>
                <time dateTime={t.at}>{formatTimeDate(t.at)}</time>
                {t.label}
              </li>
            ))}
          </ol>
        </>
      )}
      <OwedFee owed={dossier.owed} />
      <TrackedObligations obligations={dossier.obligations ?? []} />
      <p>
        <Link to={`/cong-dan/ho-so/${encodeURIComponent(dossier.code)}`}>
          Xem chi tiết, giấy tiếp nhận và bổ sung hồ sơ tại Hồ sơ của tôi
        </Link>{' '}
        <span className="muted">(người nộp đăng nhập bằng số điện thoại)</span>
      </p>
      <h3>Quá trình xử lý</h3>
      <ol className="timeline">
        {dossier.history.map((h, i) => (
          <li key={i}>
            <time dateTime={h.at}>{formatTimeDate(h.at)}</time>
            {h.label}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function TrackingPage() {
  const [params, setParams] = useSearchParams();
  const [code, setCode] = useState(params.get('ma') ?? '');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<{ code?: string; phone?: string }>({});
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const codeRef = useRef<HTMLInputElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);
  const id = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = code.trim().toUpperCase();
    const found = {
      code: trimmed ? undefined : 'Vui lòng nhập mã hồ sơ (in trên giấy tiếp nhận).',
      phone: phoneProblem(phone),
    };
    setErrors(found);
    if (found.code) return codeRef.current?.focus();
    if (found.phone) return phoneRef.current?.focus();
    setParams({ ma: trimmed }, { replace: true });
    setOutcome({ kind: 'loading' });
    try {
      const query = { phone: phone.replace(/[\s.\-()]/g, '') };
      setOutcome({
        kind: 'found',
        dossier: await call(trackingApi.track, { params: { code: trimmed }, query }),
      });
    } catch (e) {
      if (!(e instanceof ApiError)) {
        setOutcome({
          kind: 'error',
          message: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
        });
        return;
      }
      // The code's budget of wrong answers is spent: only the full number is checked now.
      if (e.status === 400 && e.code === 'FULL_PHONE_REQUIRED' && e.message) {
        setOutcome({ kind: 'idle' });
        setErrors({ phone: e.message });
        return phoneRef.current?.focus();
      }
      const message =
        e.status === 404
          ? 'Không tìm thấy hồ sơ với mã và số điện thoại này. Vui lòng kiểm tra lại mã trên giấy tiếp nhận và số điện thoại đã khai khi nộp.'
          : e.status === 429
            ? 'Bạn tra cứu quá nhiều lần. Vui lòng thử lại sau ít phút.'
            : 'Thông tin tra cứu chưa hợp lệ hoặc hệ thống đang bận. Vui lòng kiểm tra và thử lại.';
      setOutcome({ kind: 'error', message });
    }
  }

  return (
    <div className="wrap">
      <PageTitle>Tra cứu hồ sơ</PageTitle>
      <h1>Tra cứu tình trạng hồ sơ</h1>
      <p className="muted">
        Nhập mã hồ sơ in trên giấy tiếp nhận và số điện thoại người nộp (hoặc 4 chữ số cuối của số đó).
      </p>
      <p>
        <Link to="/cong-dan/ho-so">Hồ sơ của tôi</Link>: đăng nhập bằng số điện thoại để xem mọi hồ sơ bạn đã
        nộp.
      </p>
      <form className="card track-form section" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div>
          <label htmlFor={`${id}-code`}>Mã hồ sơ</label>
          <span className="hint" id={`${id}-code-hint`}>
            Ví dụ: H56.10.01-260105-0001
          </span>
          <input
            id={`${id}-code`}
            ref={codeRef}
            name="ma"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={60}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={`${id}-code-hint${errors.code ? ` ${id}-code-error` : ''}`}
          />
          {errors.code && (
            <p className="field-error" id={`${id}-code-error`}>
              {errors.code}
            </p>
          )}
        </div>
        <PhoneField
          id={id}
          label="Số điện thoại"
          hint="Số đầy đủ hoặc 4 chữ số cuối"
          value={phone}
          onChange={setPhone}
          error={errors.phone}
          inputRef={phoneRef}
          name="phone"
        />
        <button type="submit" className="btn btn-primary" disabled={outcome.kind === 'loading'}>
          Tra cứu
        </button>
      </form>
      <div aria-live="polite" aria-busy={outcome.kind === 'loading'}>
        {outcome.kind === 'loading' && <p>Đang tra cứu…</p>}
        {outcome.kind === 'error' && (
          <div className="card track-alert" role="alert">
            {outcome.message}
          </div>
        )}
        {outcome.kind === 'found' && <Result dossier={outcome.dossier} />}
      </div>
    </div>
  );
}
