import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatTimeLimit, levelNames, serviceCentre } from '../../../src/domain/checklist/checklist.js';
import { formatCount } from '../../../src/domain/format/format.js';
import { hasProcedures, useFields, useProcedures, type ProcedureSummary } from '../shared/catalogue.js';
import { OnlineBadge, SameDayBadge } from './badges.js';
import { PageTitle } from './layout.js';
import { resultsUrl, SearchBox } from './search-box.js';
import './results.css';

export const PAGE_SIZE = 10;

function ResultItem({ item }: { item: ProcedureSummary }) {
  return (
    <li className="card result">
      <h2>
        <Link to={`/thu-tuc/${item.code}`}>{item.name}</Link>
      </h2>
      <p className="meta">
        <span>Lĩnh vực: {item.field.name}</span>
        <span>{item.levels.map((l) => levelNames[l]).join(', ')}</span>
        {item.timeLimit && <span>Thời hạn: {formatTimeLimit(item.timeLimit)}</span>}
        <span>Mã: {item.code}</span>
      </p>
      <div className="badges">
        <OnlineBadge level={item.onlineLevel} />
        {item.sameDay && <SameDayBadge />}
      </div>
    </li>
  );
}

/** Page numbers around the current one: 1 … 4 5 [6] 7 8 … 20. */
function pageWindow(current: number, count: number): (number | 'gap')[] {
  const pages = new Set([1, count, current - 1, current, current + 1].filter((p) => p >= 1 && p <= count));
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - (sorted[i - 1] ?? p) > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

function Pagination(props: { page: number; count: number; q?: string; field?: string }) {
  if (props.count <= 1) return null;
  const href = (page: number) => resultsUrl({ q: props.q, field: props.field, page });
  return (
    <nav aria-label="Phân trang kết quả">
      <ul className="pagination">
        {props.page > 1 && (
          <li>
            <Link to={href(props.page - 1)} rel="prev">
              ‹ Trước
            </Link>
          </li>
        )}
        {pageWindow(props.page, props.count).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              <span>…</span>
            </li>
          ) : (
            <li key={p}>
              <Link
                to={href(p)}
                aria-current={p === props.page ? 'page' : undefined}
                aria-label={`Trang ${p}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {props.page < props.count && (
          <li>
            <Link to={href(props.page + 1)} rel="next">
              Sau ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

function EmptyState({ q }: { q: string }) {
  return (
    <div className="card empty" role="status">
      <h2>Không tìm thấy thủ tục phù hợp{q ? ` với “${q}”` : ''}</h2>
      <p>
        Thử gõ không dấu, ví dụ: <Link to={resultsUrl({ q: 'dang ky khai sinh' })}>dang ky khai sinh</Link>;
        gõ ít từ hơn, hoặc gõ mã thủ tục như <Link to={resultsUrl({ q: '1.001193' })}>1.001193</Link>.
      </p>
      <p>
        Vẫn chưa thấy? Gọi đường dây nóng{' '}
        <a href={'tel:' + serviceCentre.hotline.replace(/\s+/g, '')}>{serviceCentre.hotline}</a> để được hướng
        dẫn.
      </p>
    </div>
  );
}

export function ResultsPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = (params.get('q') ?? '').trim();
  const field = params.get('linh-vuc') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('trang') ?? '1', 10) || 1);
  const fields = useFields();
  const result = useProcedures({
    q: q || undefined,
    field: field || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const fieldName = fields.data?.find((f) => f.code === field)?.name;
  const heading = q
    ? `Kết quả tìm kiếm “${q}”`
    : fieldName
      ? `Thủ tục lĩnh vực ${fieldName}`
      : 'Tất cả thủ tục';
  const pageCount = result.data ? Math.ceil(result.data.total / PAGE_SIZE) : 0;

  return (
    <div className="wrap">
      <PageTitle>{q ? `Tìm “${q}”` : fieldName ? `Lĩnh vực ${fieldName}` : 'Danh sách thủ tục'}</PageTitle>
      <nav className="breadcrumb" aria-label="Vị trí trang">
        <ol>
          <li>
            <Link to="/">Trang chủ</Link>
          </li>
          <li aria-current="page">Thủ tục</li>
        </ol>
      </nav>
      <h1>{heading}</h1>
      <div className="filters">
        <SearchBox initial={q} field={field || undefined} variant="plain" />
        <div>
          <label htmlFor="field-filter">Lĩnh vực</label>
          <select
            id="field-filter"
            className="select"
            value={field}
            onChange={(e) => void navigate(resultsUrl({ q, field: e.target.value || undefined }))}
          >
            <option value="">Tất cả lĩnh vực</option>
            {fields.data
              ?.filter((f) => hasProcedures(f) || f.code === field)
              .map((f) => (
                <option key={f.code} value={f.code}>
                  {f.name}
                </option>
              ))}
          </select>
        </div>
      </div>
      {result.isPending && (
        <div aria-busy="true">
          <div className="skeleton" />
          <div className="skeleton" />
          <div className="skeleton" />
        </div>
      )}
      {result.isError && (
        <div className="card error-box" role="alert">
          Không tải được kết quả: {result.error.message} Vui lòng thử lại.
        </div>
      )}
      {result.data && (
        <>
          <p className="result-count" role="status">
            {result.data.total > 0 ? `Tìm thấy ${formatCount(result.data.total, 'thủ tục')}` : ''}
            {result.data.total > PAGE_SIZE && ` · trang ${page}/${pageCount}`}
          </p>
          {result.data.items.length === 0 ? (
            <EmptyState q={q} />
          ) : (
            <ol className="result-list" aria-label="Danh sách thủ tục" start={(page - 1) * PAGE_SIZE + 1}>
              {result.data.items.map((item) => (
                <ResultItem key={item.code} item={item} />
              ))}
            </ol>
          )}
          <Pagination page={page} count={pageCount} q={q || undefined} field={field || undefined} />
        </>
      )}
    </div>
  );
}
