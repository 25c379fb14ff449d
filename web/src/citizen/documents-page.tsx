/**
 * Giấy tờ của tôi (/cong-dan/giay-to): the files the citizen submitted with their dossiers, newest first, each with
 * its paper, type, size, date and dossier; any of them can be picked again in a new online submission. Below, the
 * results received (returned dossiers): records with their number and dates — the product keeps no file of a result.
 */
import { Link, Navigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { submissionApi } from '../../../src/contracts/citizen-submission-api.js';
import type { MyResult } from '../../../src/contracts/citizen-submission.js';
import { formatTimeDate } from '../../../src/domain/format/format.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';
import { PageTitle } from '../portal/layout.js';
import { formatSize } from './submit/upload.js';

const TYPES = { 'application/pdf': 'PDF', 'image/jpeg': 'Ảnh JPEG', 'image/png': 'Ảnh PNG' } as const;

export function DocumentsPage() {
  const docs = useQuery({
    queryKey: ['citizen', 'documents'],
    queryFn: () => call(submissionApi.documents),
    retry: false,
  });
  if (docs.error instanceof ApiError && docs.error.status === 401) {
    return <Navigate to={'/cong-dan/dang-nhap?next=' + encodeURIComponent('/cong-dan/giay-to')} replace />;
  }
  return (
    <div className="wrap">
      <PageTitle>Giấy tờ của tôi</PageTitle>
      <div className="citizen-head">
        <h1>Giấy tờ của tôi</h1>
        <Link to="/cong-dan/ho-so">Hồ sơ của tôi</Link>
      </div>
      <p className="muted">
        Các giấy tờ bạn đã nộp kèm hồ sơ. Khi nộp hồ sơ trực tuyến mới, bạn có thể chọn lại giấy tờ ở đây thay
        vì tải lên lần nữa.
      </p>
      <div aria-live="polite" aria-busy={docs.isLoading}>
        {docs.isLoading && <p>Đang tải giấy tờ…</p>}
        {docs.isError && !(docs.error instanceof ApiError && docs.error.status === 401) && (
          <div className="card track-alert" role="alert">
            Không tải được giấy tờ. Vui lòng kiểm tra mạng và tải lại trang.
          </div>
        )}
        {docs.data && docs.data.items.length === 0 && docs.data.results.length === 0 && (
          <p className="card">Chưa có giấy tờ nào.</p>
        )}
        {docs.data && docs.data.items.length > 0 && (
          <ul className="citizen-list">
            {docs.data.items.map((d) => (
              <li key={d.id} className="card">
                <h2 className="citizen-doc-title">{d.paper ?? d.fileName}</h2>
                <dl>
                  <dt>Tệp</dt>
                  <dd>{d.fileName}</dd>
                  <dt>Loại, dung lượng</dt>
                  <dd>
                    {TYPES[d.contentType]}, {formatSize(d.size)}
                  </dd>
                  <dt>Ngày nộp</dt>
                  <dd>{formatTimeDate(d.createdAt)}</dd>
                  <dt>Hồ sơ</dt>
                  <dd>
                    {d.dossier.code} · {d.dossier.procedureName}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
        {docs.data && docs.data.results.length > 0 && <Results results={docs.data.results} />}
      </div>
    </div>
  );
}

function Results({ results }: { results: MyResult[] }) {
  return (
    <section aria-labelledby="my-results">
      <h2 id="my-results">Kết quả đã nhận</h2>
      <p className="muted">
        Kết quả giải quyết được trả bằng bản giấy; khi cần, hãy ghi số và ngày của văn bản kết quả vào tờ
        khai.
      </p>
      <ul className="citizen-list">
        {results.map((r) => (
          <li key={r.dossier.code} className="card">
            <h3 className="citizen-doc-title">{r.name}</h3>
            <dl>
              <dt>Số, ký hiệu</dt>
              <dd>{r.number ?? 'Chưa ghi'}</dd>
              {r.recordedAt && (
                <>
                  <dt>Ngày có kết quả</dt>
                  <dd>{formatTimeDate(r.recordedAt)}</dd>
                </>
              )}
              {r.returnedAt && (
                <>
                  <dt>Ngày nhận</dt>
                  <dd>{formatTimeDate(r.returnedAt)}</dd>
                </>
              )}
              <dt>Hồ sơ</dt>
              <dd>
                <Link to={`/cong-dan/ho-so/${encodeURIComponent(r.dossier.code)}`}>{r.dossier.code}</Link> ·{' '}
                {r.dossier.procedureName}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
