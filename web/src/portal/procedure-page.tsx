import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  channelNames,
  formatDate,
  formatFees,
  formatTimeLimit,
  hasCase,
  levelNames,
  sortedChannels,
  whereToSubmit,
} from '../../../src/domain/checklist/checklist.js';
import { ApiError } from '../shared/api.js';
import { useSearchParam } from '../shared/search-param.js';
import { checklistPdfPath, useProcedure, type ProcedureDetail } from '../shared/catalogue.js';
import { CASE_PARAM, checklistQuery, useAnswersParam } from './answers.js';
import { OnlineBadge, SameDayBadge } from './badges.js';
import { ChecklistSection } from './checklist-section.js';
import { PageTitle } from './layout.js';
import { NotFound } from './not-found-page.js';
import './procedure.css';
import { OfficeHours } from './office-hours.js';
import { FeesToday } from './fees-today.js';

/** ?truong-hop=… in the page URL; ignored when the procedure has no such case. Other parameters are kept. */
export function useCaseParam(procedure: ProcedureDetail | undefined) {
  const [raw, setRaw] = useSearchParam(CASE_PARAM);
  const caseName = procedure && raw !== null && hasCase(procedure, raw) ? raw : undefined;
  const setCase = (c: string | undefined) => setRaw(c ?? null);
  return [caseName, setCase] as const;
}

/** The head of a procedure's table of channels (time limit and fees), on the page and on the printed sheet. */
export function ChannelsHead() {
  return (
    <thead>
      <tr>
        <th scope="col">Cách thức nộp</th>
        <th scope="col">Thời hạn giải quyết</th>
        <th scope="col">Phí, lệ phí</th>
      </tr>
    </thead>
  );
}

function ChannelsTable({ procedure }: { procedure: ProcedureDetail }) {
  return (
    <table className="table table-stack">
      <caption className="visually-hidden">Thời hạn giải quyết và phí, lệ phí theo cách thức nộp</caption>
      <ChannelsHead />
      <tbody>
        {sortedChannels(procedure.channels).map((c) => (
          <tr key={c.kind}>
            <th scope="row">{channelNames[c.kind]}</th>
            <td data-label="Thời hạn">
              {formatTimeLimit(c.timeLimit)}
              {c.timeLimit.note && <div className="doc-note">{c.timeLimit.note}</div>}
            </td>
            <td data-label="Phí, lệ phí" style={{ whiteSpace: 'pre-line' }}>
              {formatFees(c.fees)}
              {c.note && <div className="doc-note">{c.note}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Actions({ pdfHref, printHref, code }: { pdfHref: string; printHref: string; code: string }) {
  return (
    <>
      <Link className="btn btn-outline" to={printHref}>
        In danh sách
      </Link>
      <a className="btn btn-primary" href={pdfHref} download={`giay-to-can-mang-theo-${code}.pdf`}>
        Tải PDF
      </a>
      <Link className="btn btn-outline" to={`/dat-lich?thu-tuc=${encodeURIComponent(code)}`}>
        Đặt lịch hẹn
      </Link>
    </>
  );
}

function QuickFacts({
  procedure,
  pdfHref,
  printHref,
}: {
  procedure: ProcedureDetail;
  pdfHref: string;
  printHref: string;
}) {
  const desk = procedure.channels.find((c) => c.kind === 'desk') ?? procedure.channels[0];
  return (
    <aside className="aside only-wide" aria-label="Thông tin nhanh">
      <div className="card quick">
        <dl>
          {desk && (
            <div>
              <dt>Thời hạn giải quyết</dt>
              <dd>{formatTimeLimit(desk.timeLimit)}</dd>
            </div>
          )}
          {desk && (
            <div>
              <dt>Phí, lệ phí ({channelNames[desk.kind].toLowerCase()})</dt>
              <dd style={{ whiteSpace: 'pre-line' }}>{formatFees(desk.fees)}</dd>
            </div>
          )}
          <div>
            <dt>Cách thức nộp</dt>
            <dd>
              {sortedChannels(procedure.channels)
                .map((c) => channelNames[c.kind])
                .join(', ')}
            </dd>
          </div>
          <div>
            <dt>Cấp thực hiện</dt>
            <dd>{procedure.levels.map((l) => levelNames[l]).join(', ')}</dd>
          </div>
          <div>
            <dt>Áp dụng từ</dt>
            <dd>
              {formatDate(procedure.version.effectiveFrom)} (phiên bản {procedure.version.no})
            </dd>
          </div>
        </dl>
        <div className="actions">
          <Actions pdfHref={pdfHref} printHref={printHref} code={procedure.code} />
        </div>
      </div>
    </aside>
  );
}

/** Long text (steps as published can run to pages) starts folded; short text is shown as is. */
function MaybeCollapsed({
  long,
  summary,
  children,
}: {
  long: boolean;
  summary: string;
  children: ReactNode;
}) {
  if (!long) return <>{children}</>;
  return (
    <details className="fold">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

function Details({ procedure }: { procedure: ProcedureDetail }) {
  const places = whereToSubmit(procedure.levels);
  return (
    <>
      <section className="card" aria-labelledby="fees-title">
        <h2 id="fees-title">Thời hạn và lệ phí</h2>
        <ChannelsTable procedure={procedure} />
        <FeesToday code={procedure.code} channels={procedure.channels} />
      </section>
      <section className="card" aria-labelledby="where-title">
        <h2 id="where-title">Nộp hồ sơ ở đâu, khi nào</h2>
        <ul className="plain-list">
          {places.map((p) => (
            <li key={p}>{p}</li>
          ))}
          {procedure.agencies?.implementing && <li>Cơ quan thực hiện: {procedure.agencies.implementing}</li>}
          {procedure.channels.some((c) => c.kind === 'online') &&
            (procedure.onlineLevel === 'none' ? (
              <li>Trực tuyến: Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)</li>
            ) : (
              <li>
                Trực tuyến:{' '}
                <Link className="btn btn-primary" to={`/cong-dan/nop/${encodeURIComponent(procedure.code)}`}>
                  Nộp trực tuyến
                </Link>
              </li>
            ))}
        </ul>
        <p>
          <strong>Giờ tiếp nhận:</strong> <OfficeHours />
        </p>
      </section>
      {procedure.steps.length > 0 && (
        <section className="card" aria-labelledby="steps-title">
          <h2 id="steps-title">Các bước thực hiện</h2>
          <MaybeCollapsed
            long={procedure.steps.join('').length > 1500}
            summary={`Xem ${procedure.steps.length} bước`}
          >
            <ol className="plain-list steps">
              {procedure.steps.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
          </MaybeCollapsed>
        </section>
      )}
      {procedure.results.length > 0 && (
        <section className="card" aria-labelledby="results-title">
          <h2 id="results-title">Kết quả nhận được</h2>
          <ul className="plain-list">
            {procedure.results.map((r) => (
              <li key={r.name}>{r.name}</li>
            ))}
          </ul>
        </section>
      )}
      {(procedure.applicants.length > 0 || procedure.conditions) && (
        <section className="card" aria-labelledby="who-title">
          <h2 id="who-title">Ai được làm, điều kiện</h2>
          {procedure.applicants.length > 0 && <p>Đối tượng thực hiện: {procedure.applicants.join(', ')}.</p>}
          {procedure.conditions && <p style={{ whiteSpace: 'pre-line' }}>{procedure.conditions}</p>}
        </section>
      )}
      {procedure.legalBasis.length > 0 && (
        <section className="card" aria-labelledby="law-title">
          <h2 id="law-title">Căn cứ pháp lý</h2>
          <ul className="plain-list">
            {procedure.legalBasis.map((l) => (
              <li key={l.number}>
                {l.title ? `${l.title} (${l.number})` : l.number}
                {(l.issuer || l.issuedOn) && (
                  <span className="muted">
                    {' '}
                    —{' '}
                    {[l.issuer, l.issuedOn ? `ngày ${formatDate(l.issuedOn)}` : '']
                      .filter(Boolean)
                      .join(', ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="muted">
        Thông tin theo phiên bản {procedure.version.no} của thủ tục, áp dụng từ ngày{' '}
        {formatDate(procedure.version.effectiveFrom)}.
      </p>
    </>
  );
}

function Loading() {
  return (
    <div className="wrap" aria-busy="true">
      <PageTitle>Đang tải thủ tục</PageTitle>
      <div className="skeleton" style={{ height: 32, width: '70%' }} />
      <div className="skeleton" />
      <div className="skeleton" />
      <div className="skeleton" style={{ height: 160 }} />
    </div>
  );
}

export function ProcedurePage() {
  const { code = '' } = useParams();
  const query = useProcedure(code);
  const [caseName, setCase] = useCaseParam(query.data);
  const [answers, setAnswer] = useAnswersParam(query.data);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <NotFound code={code} />;
    return (
      <div className="wrap">
        <PageTitle>Lỗi tải thủ tục</PageTitle>
        <div className="card error-box" role="alert">
          <h1>Chưa tải được thủ tục</h1>
          <p>{query.error.message} Vui lòng thử lại sau ít phút.</p>
        </div>
      </div>
    );
  }
  const p = query.data;
  const printHref = `/thu-tuc/${encodeURIComponent(p.code)}/in${checklistQuery(caseName, answers)}`;
  const pdfHref = checklistPdfPath(p.code, caseName, answers);
  return (
    <div className="wrap">
      <PageTitle>{p.name}</PageTitle>
      <nav className="breadcrumb" aria-label="Vị trí trang">
        <ol>
          <li>
            <Link to="/">Trang chủ</Link>
          </li>
          <li>
            <Link to={`/thu-tuc?linh-vuc=${encodeURIComponent(p.field.code)}`}>{p.field.name}</Link>
          </li>
          <li aria-current="page">Mã {p.code}</li>
        </ol>
      </nav>
      <header className="proc-head">
        <h1>{p.name}</h1>
        <p className="meta">
          <span>Mã thủ tục: {p.code}</span>
          <span>Lĩnh vực: {p.field.name}</span>
          <span>{p.levels.map((l) => levelNames[l]).join(', ')}</span>
        </p>
        <div className="badges">
          <OnlineBadge level={p.onlineLevel} />
          {p.flags.sameDay && <SameDayBadge />}
        </div>
        <div className="actions only-narrow">
          <Actions pdfHref={pdfHref} printHref={printHref} code={p.code} />
        </div>
      </header>
      <div className="layout">
        <div style={{ display: 'grid', gap: 16, minWidth: 0 }}>
          <ChecklistSection
            procedure={p}
            caseName={caseName}
            onCaseChange={setCase}
            answers={answers}
            onAnswer={setAnswer}
          />
          <Details procedure={p} />
        </div>
        <QuickFacts procedure={p} pdfHref={pdfHref} printHref={printHref} />
      </div>
    </div>
  );
}
