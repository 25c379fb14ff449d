import { Link } from 'react-router';
import { formatCount } from '../../../src/domain/format/format.js';
import { hasProcedures, useFields, useSiteInfo } from '../shared/catalogue.js';
import { PageTitle } from './layout.js';
import { OfficeHours } from './office-hours.js';
import { popularProcedures, popularSearches } from './popular.js';
import { resultsUrl, SearchBox } from './search-box.js';
import './home.css';

function FieldTiles() {
  const fields = useFields();
  if (fields.isPending) {
    return (
      <div aria-busy="true" aria-live="polite">
        <div className="skeleton" />
        <div className="skeleton" />
      </div>
    );
  }
  if (fields.isError) {
    return <p className="muted">Chưa tải được danh sách lĩnh vực. Vui lòng thử lại sau.</p>;
  }
  return (
    <ul className="grid" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {fields.data.filter(hasProcedures).map((f) => (
        <li key={f.code}>
          <Link className="card tile" to={resultsUrl({ field: f.code })}>
            <span className="tile-title">{f.name}</span>
            {f.count !== undefined && <span className="tile-meta">{formatCount(f.count, 'thủ tục')}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function HomePage() {
  const site = useSiteInfo();
  const hotline = site.data?.centre.hotline ?? '02373 900 900';
  return (
    <>
      <PageTitle>Tra cứu thủ tục hành chính</PageTitle>
      <section className="hero" aria-labelledby="hero-title">
        <div className="wrap">
          <h1 id="hero-title">Bạn cần làm thủ tục gì?</h1>
          <p>Tìm thủ tục để biết cần mang giấy tờ gì, mất bao lâu, lệ phí bao nhiêu — làm một lần là xong.</p>
          <SearchBox label="Bạn cần làm thủ tục gì?" />
          <ul className="suggestions" aria-label="Tìm nhanh">
            {popularSearches.map((s) => (
              <li key={s}>
                <Link to={resultsUrl({ q: s })}>{s}</Link>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <div className="wrap">
        <section className="section" aria-labelledby="popular-title">
          <h2 id="popular-title">Thủ tục thường dùng</h2>
          <ul className="grid" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {popularProcedures.map((p) => (
              <li key={p.code}>
                <Link className="card tile" to={`/thu-tuc/${p.code}`}>
                  <span className="tile-title">{p.name}</span>
                  <span className="tile-meta">
                    {p.field} · Mã {p.code}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section className="section" aria-labelledby="fields-title">
          <div className="section-head">
            <h2 id="fields-title">Tra cứu theo lĩnh vực</h2>
            <Link to="/thu-tuc">Tất cả thủ tục</Link>
          </div>
          <FieldTiles />
        </section>
        <section className="section card" aria-labelledby="help-title">
          <h2 id="help-title">Trước khi đến Trung tâm</h2>
          <ul className="facts">
            <li>
              <span className="fact-icon" aria-hidden="true">
                ✓
              </span>
              <span>
                <strong>Chuẩn bị đủ giấy tờ</strong>
                <br />
                Mở thủ tục, in hoặc tải danh sách giấy tờ cần mang theo.
              </span>
            </li>
            <li>
              <span className="fact-icon" aria-hidden="true">
                ◷
              </span>
              <span>
                <strong>Giờ tiếp nhận</strong>
                <br />
                <OfficeHours />
              </span>
            </li>
            <li>
              <span className="fact-icon" aria-hidden="true">
                ☎
              </span>
              <span>
                <strong>Cần hỗ trợ?</strong>
                <br />
                Gọi đường dây nóng <a href={'tel:' + hotline.replace(/\s+/g, '')}>{hotline}</a>.
              </span>
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
