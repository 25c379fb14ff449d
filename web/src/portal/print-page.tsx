/**
 * /thu-tuc/:code/in — the checklist as an A4 sheet to print (black on white), with a QR code back to the page.
 * Lazy-loaded: only this page needs the QR encoder.
 */
import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import {
  channelNames,
  checklistGroups,
  countsInWords,
  documentKindShort,
  formatDate,
  formatFees,
  formatTimeLimit,
  levelNames,
  serviceCentre,
  sortedChannels,
  whereToSubmit,
} from '../../../src/domain/checklist/checklist.js';
import { answersInWords, applicability, conditionInWords } from '../../../src/domain/checklist/conditions.js';
import { ApiError } from '../shared/api.js';
import { useProcedure, useSiteInfo } from '../shared/catalogue.js';
import { PageTitle } from './layout.js';
import { NotFound } from './not-found-page.js';
import { ChannelsHead, useCaseParam } from './procedure-page.js';
import { checklistQuery, useAnswersParam } from './answers.js';
import { QrCode } from './qr-code.js';
import './print.css';
import { OfficeHours } from './office-hours.js';

export default function PrintPage() {
  const { code = '' } = useParams();
  const query = useProcedure(code);
  const site = useSiteInfo();
  const [caseName] = useCaseParam(query.data);
  const [answers] = useAnswersParam(query.data);
  if (query.isPending || site.isPending) {
    return (
      <div className="print-shell" aria-busy="true">
        <PageTitle>Đang chuẩn bị bản in</PageTitle>
        <p className="print-toolbar">Đang chuẩn bị bản in…</p>
      </div>
    );
  }
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <div className="portal">
          <main id="main" className="portal-main">
            <NotFound code={code} />
          </main>
        </div>
      );
    }
    return (
      <div className="print-shell" role="alert">
        <PageTitle>Lỗi tải thủ tục</PageTitle>
        <p>Chưa tải được thủ tục: {query.error.message}</p>
      </div>
    );
  }
  const p = query.data;
  const centre = site.data?.centre ?? serviceCentre;
  const sample = site.data?.sampleData ?? true;
  const base = site.data?.publicUrl ?? window.location.origin;
  const pageQuery = checklistQuery(caseName, answers);
  const pageUrl = `${base}/thu-tuc/${encodeURIComponent(p.code)}${pageQuery}`;
  const groups = checklistGroups(p, caseName).map((g) => ({
    ...g,
    submit: g.submit.filter((d) => applicability(d, answers) !== 'not_applicable'),
    present: g.present.filter((d) => applicability(d, answers) !== 'not_applicable'),
  }));
  const inWords = answersInWords(p, answers);
  let n = 0;
  return (
    <div className="print-shell">
      <PageTitle>{`In danh sách giấy tờ: ${p.name}`}</PageTitle>
      <nav className="print-toolbar" aria-label="Thao tác bản in">
        <Link to={`/thu-tuc/${encodeURIComponent(p.code)}${pageQuery}`}>‹ Quay lại thủ tục</Link>
        <button type="button" className="print-button" onClick={() => window.print()}>
          In ngay
        </button>
      </nav>
      <main className="sheet" id="main">
        <header className="sheet-head">
          <div>
            <div>{centre.parent.toUpperCase()}</div>
            <div className="sheet-centre">{centre.name.toUpperCase()}</div>
            <div>Đường dây nóng: {centre.hotline}</div>
          </div>
          <figure className="sheet-qr">
            <QrCode value={pageUrl} label={`Mã QR dẫn tới trang thủ tục: ${pageUrl}`} />
            <figcaption>Quét mã để xem trực tuyến</figcaption>
          </figure>
        </header>
        {sample && (
          <p className="sheet-sample">
            DỮ LIỆU MẪU — chỉ dùng để trình diễn, không có giá trị hướng dẫn chính thức
          </p>
        )}
        <h1 className="sheet-title">
          DANH SÁCH GIẤY TỜ CẦN MANG THEO
          <span className="sheet-name">{p.name}</span>
        </h1>
        <p className="sheet-meta">
          Mã thủ tục: {p.code} · Lĩnh vực: {p.field.name} · {p.levels.map((l) => levelNames[l]).join(', ')}
          {caseName && (
            <>
              <br />
              <em>Trường hợp: {caseName}</em>
            </>
          )}
        </p>
        {inWords.length > 0 && (
          <div className="sheet-answers">
            <strong>Theo câu trả lời của ông/bà:</strong>
            <ul>
              {inWords.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        <h2>1. Giấy tờ cần chuẩn bị</h2>
        <table className="sheet-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Đã chuẩn bị</span>
              </th>
              <th scope="col">STT</th>
              <th scope="col">Tên giấy tờ</th>
              <th scope="col" className="col-kind">
                Hình thức
              </th>
              <th scope="col" className="col-count">
                Số lượng
              </th>
              <th scope="col" className="col-form">
                Mẫu đơn, tờ khai
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <Fragment key={g.case ?? ''}>
                {groups.length > 1 && (
                  <tr className="sheet-group">
                    <th colSpan={6} scope="rowgroup">
                      {g.case === undefined ? 'Giấy tờ chung cho mọi trường hợp' : `Trường hợp: ${g.case}`}
                    </th>
                  </tr>
                )}
                {[...g.submit, ...g.present].map((d, i) => {
                  n += 1;
                  return (
                    <tr key={`${d.name}-${i}`}>
                      <td className="tick" aria-hidden="true">
                        ☐
                      </td>
                      <td className="num">{n}</td>
                      <td>
                        {d.name}
                        {applicability(d, answers) === 'unanswered' && (
                          <div className="sheet-only">{conditionInWords(p, d)}</div>
                        )}
                        {d.form && <div className="sheet-inline">Mẫu: {d.form.name}</div>}
                        {d.note && <div className="sheet-note">{d.note}</div>}
                      </td>
                      <td>{documentKindShort[d.kind]}</td>
                      <td>{countsInWords(d)}</td>
                      <td className="col-form">{d.form?.name ?? ''}</td>
                    </tr>
                  );
                })}
              </Fragment>
            ))}
          </tbody>
        </table>
        <p className="sheet-note">
          Đánh dấu vào ô khi đã chuẩn bị. “Nộp”: giấy tờ nộp lại trong hồ sơ; “Xuất trình”: mang bản chính để
          cán bộ đối chiếu.
        </p>
        <h2>2. Thời hạn giải quyết và phí, lệ phí</h2>
        <table className="sheet-table">
          <ChannelsHead />
          <tbody>
            {sortedChannels(p.channels).map((c) => (
              <tr key={c.kind}>
                <th scope="row">{channelNames[c.kind]}</th>
                <td>{formatTimeLimit(c.timeLimit)}</td>
                <td style={{ whiteSpace: 'pre-line' }}>{formatFees(c.fees)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>3. Nơi nộp hồ sơ và thời gian tiếp nhận</h2>
        <ul className="sheet-list">
          {whereToSubmit(p.levels).map((w) => (
            <li key={w}>{w}</li>
          ))}
          <li>
            Thời gian: <OfficeHours />
          </li>
        </ul>
        <footer className="sheet-foot">
          Thủ tục {p.code}, phiên bản {p.version.no} áp dụng từ {formatDate(p.version.effectiveFrom)} · In
          ngày {formatDate(new Date().toISOString())} · {pageUrl}
          {sample && ' · Dữ liệu mẫu'}
        </footer>
      </main>
    </div>
  );
}
