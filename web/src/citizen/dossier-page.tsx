/**
 * One dossier of the signed-in citizen (/cong-dan/ho-so/:code): the status, what waits for them (a supplement asked:
 * exactly what, and where the upload goes), the dates, the notices as PDFs (receipt, supplement request, refusal),
 * the papers handed in, the steps meant for them, and withdrawing the dossier after a confirmation. Without a session it sends
 * the citizen to sign in and back; another citizen's dossier reads as not found.
 */
import { useId, useRef, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { onlineApi } from '../../../src/contracts/online-api.js';
import type { CitizenDossierDetail } from '../../../src/contracts/citizen-dossier.js';
import { formatTimeDate } from '../../../src/domain/format/format.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { PageTitle } from '../portal/layout.js';
import { useCitizenBase } from './kiosk-context.js';
import { SupplementUpload } from './supplement-upload.js';
import { CitizenPayment } from './payment.js';

/**
 * The papers a supplement may be uploaded for: those the request names, else those the officer left missing, else
 * (the request says it in words) every paper of the dossier that applies.
 */
const papersToSend = (documents: CitizenDossierDetail['documents'], named: readonly string[]) => {
  const asked = documents.filter((doc) => named.includes(doc.name));
  const missing = documents.filter((doc) => doc.state === 'missing');
  const papers = asked.length
    ? asked
    : missing.length
      ? missing
      : documents.filter((doc) => doc.state !== 'not_applicable');
  return papers.map((doc) => ({ index: doc.position, name: doc.name }));
};

const DONE_KEYS = new Set(['done', 'releasing']);

function Dates({ d }: { d: CitizenDossierDetail }) {
  const rows: [string, string | null][] = [
    ['Mã hồ sơ', d.code],
    ['Nơi tiếp nhận', d.unit.name],
    ['Ngày nộp', formatTimeDate(d.submittedAt)],
    ['Ngày tiếp nhận', d.receivedAt && formatTimeDate(d.receivedAt)],
    ['Ngày hẹn trả kết quả', d.dueAt && formatTimeDate(d.dueAt)],
    ['Ngày kết thúc', d.finishedAt && formatTimeDate(d.finishedAt)],
  ];
  return (
    <dl>
      {rows
        .filter((r): r is [string, string] => r[1] !== null)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** What was asked: the papers named, or the officer's words; and the slot where the online upload goes. */
function Supplement({
  s,
  code,
  documents,
}: {
  s: NonNullable<CitizenDossierDetail['supplement']>;
  code: string;
  documents: CitizenDossierDetail['documents'];
}) {
  return (
    <section className="card citizen-section citizen-supplement" aria-labelledby="supplement-title">
      <h2 id="supplement-title">{s.open ? 'Cần bổ sung hồ sơ' : 'Yêu cầu bổ sung (đã xử lý)'}</h2>
      <p className="muted">Yêu cầu lúc {formatTimeDate(s.requestedAt)}</p>
      {s.missing.length > 0 && (
        <ul>
          {s.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {s.note && <p className="citizen-asked">{s.note}</p>}
      {s.open && (
        <>
          <p>Bạn có thể nộp bổ sung trực tuyến ngay tại đây, hoặc mang giấy tờ đến nơi tiếp nhận.</p>
          <SupplementUpload code={code} missing={papersToSend(documents, s.missing)} />
        </>
      )}
    </section>
  );
}

function Withdraw({ code, onDone }: { code: string; onDone: (d: CitizenDossierDetail) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: () =>
      call(onlineApi.withdraw, { params: { code }, body: reason.trim() ? { reason: reason.trim() } : {} }),
    onSuccess: (d) => {
      dialog.current?.close();
      onDone(d);
    },
  });
  return (
    <section className="card citizen-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Rút hồ sơ</h2>
      <p className="muted">
        Hồ sơ đã rút sẽ không được giải quyết tiếp. Bạn có thể nộp lại hồ sơ mới khi cần.
      </p>
      <button type="button" className="btn btn-outline" onClick={() => dialog.current?.showModal()}>
        Rút hồ sơ
      </button>
      <dialog ref={dialog} className="citizen-dialog" aria-labelledby={`${id}-confirm`}>
        <h2 id={`${id}-confirm`}>Xác nhận rút hồ sơ {code}?</h2>
        <label htmlFor={`${id}-reason`}>Lý do (không bắt buộc)</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {withdraw.error && (
          <p className="track-alert" role="alert">
            {withdraw.error instanceof ApiError
              ? withdraw.error.message
              : 'Không rút được hồ sơ. Vui lòng thử lại.'}
          </p>
        )}
        <div className="citizen-row">
          <button
            type="button"
            className="btn btn-primary"
            disabled={withdraw.isPending}
            onClick={() => withdraw.mutate()}
          >
            Đồng ý rút hồ sơ
          </button>
          <button type="button" className="btn btn-outline" onClick={() => dialog.current?.close()}>
            Không rút
          </button>
        </div>
      </dialog>
    </section>
  );
}

function Detail({ d }: { d: CitizenDossierDetail }) {
  const queryClient = useQueryClient();
  // Only what was handed in: a paper of the checklist not handed in may not apply to the citizen at all (what is
  // still needed is the supplement request's to say).
  const received = d.documents.filter((p) => p.state === 'received');
  return (
    <>
      <div className="card citizen-section citizen-dossier">
        <p>
          <span className={`track-status${DONE_KEYS.has(d.statusKey) ? ' done' : ''}`}>{d.statusLabel}</span>
        </p>
        {d.waitingFor && (
          <p className="citizen-waiting">
            <strong>Đang chờ bạn:</strong> {d.waitingFor}
          </p>
        )}
        <Dates d={d} />
      </div>
      {d.supplement && <Supplement s={d.supplement} code={d.code} documents={d.documents} />}
      <CitizenPayment code={d.code} />
      {d.refusal && (
        <section className="card citizen-section" aria-labelledby="refusal-title">
          <h2 id="refusal-title">Lý do từ chối</h2>
          <ul>
            {d.refusal.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      )}
      {d.forms.length > 0 && (
        <section className="card citizen-section" aria-labelledby="forms-title">
          <h2 id="forms-title">Giấy tờ điện tử</h2>
          <ul className="citizen-forms">
            {d.forms.map((f) => (
              <li key={f.form}>
                <a href={f.url} target="_blank" rel="noopener">
                  {f.title} (PDF)
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {received.length > 0 && (
        <section className="card citizen-section" aria-labelledby="papers-title">
          <h2 id="papers-title">Giấy tờ đã nộp</h2>
          <ul className="citizen-papers">
            {received.map((p, i) => (
              <li key={i}>{p.name}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="card citizen-section" aria-labelledby="steps-title">
        <h2 id="steps-title">Quá trình xử lý</h2>
        <ol className="timeline">
          {d.history.map((h, i) => (
            <li key={i}>
              <time dateTime={h.at}>{formatTimeDate(h.at)}</time>
              {h.label} <span className="muted">· {h.statusLabel}</span>
              {h.note && <p className="citizen-note">{h.note}</p>}
            </li>
          ))}
        </ol>
      </section>
      {d.mayWithdraw && (
        <Withdraw
          code={d.code}
          onDone={(fresh) => {
            queryClient.setQueryData(['citizen', 'dossier', d.code], fresh);
            void queryClient.invalidateQueries({ queryKey: ['citizen', 'dossiers'] });
          }}
        />
      )}
    </>
  );
}

export function CitizenDossierPage() {
  const code = useParams().code ?? '';
  const base = useCitizenBase();
  const dossier = useQuery({
    queryKey: ['citizen', 'dossier', code],
    queryFn: () => call(onlineApi.myDossier, { params: { code } }),
    retry: false,
  });
  const status = dossier.error instanceof ApiError ? dossier.error.status : undefined;
  if (status === 401) {
    const here = `${base}/ho-so/${encodeURIComponent(code)}`;
    return <Navigate to={`${base}/dang-nhap?next=${encodeURIComponent(here)}`} replace />;
  }
  return (
    <div className="wrap">
      <PageTitle>{`Hồ sơ ${code}`}</PageTitle>
      <p>
        <Link to={`${base}/ho-so`}>← Hồ sơ của tôi</Link>
      </p>
      <h1>{dossier.data ? dossier.data.procedure.name : `Hồ sơ ${code}`}</h1>
      <div aria-live="polite" aria-busy={dossier.isLoading}>
        {dossier.isLoading && <p>Đang tải hồ sơ…</p>}
        {dossier.isError && (
          <div className="card track-alert" role="alert">
            {status === 404
              ? 'Không tìm thấy hồ sơ này trong các hồ sơ của bạn.'
              : 'Không tải được hồ sơ. Vui lòng kiểm tra mạng và tải lại trang.'}
          </div>
        )}
        {dossier.data && <Detail d={dossier.data} />}
      </div>
    </div>
  );
}
