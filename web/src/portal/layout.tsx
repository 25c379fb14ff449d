/**
 * The citizen portal's frame: skip link, header with the centre's name and hotline, the sample-data notice, and
 * the footer with the centre's service hours in force today. Every portal page renders inside it (except the print view).
 */
import { useEffect, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { serviceCentre } from '../../../src/domain/checklist/checklist.js';
import { useSiteInfo } from '../shared/catalogue.js';
import { citizenSignedIn } from '../shared/citizen-session.js';
import { OfficeHours } from './office-hours.js';

export const SITE_NAME = 'Một cửa điện tử Thanh Hóa';

/** Sets the document title to "<page> | Một cửa điện tử Thanh Hóa" while the page is shown. */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = children ? `${children} | ${SITE_NAME}` : SITE_NAME;
  }, [children]);
  return null;
}

export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="19" fill="#ffd666" />
      <circle cx="20" cy="20" r="16" fill="#c41d2f" />
      <path fill="#ffd666" d="M20 8.5l2.7 8.2h8.6l-7 5.1 2.7 8.2-7-5.1-7 5.1 2.7-8.2-7-5.1h8.6z" />
    </svg>
  );
}

function hotlineHref(phone: string) {
  return 'tel:' + phone.replace(/\s+/g, '');
}

export function PortalLayout({ children }: { children: ReactNode }) {
  // Rendered again on every navigation: whether a citizen is signed in is read from a cookie (the header's link).
  useLocation();
  const site = useSiteInfo();
  const centre = site.data?.centre ?? serviceCentre;
  // Until the server answers, assume sample data (the default install): hiding it later is safer than not saying.
  const sample = site.data?.sampleData ?? true;
  return (
    <div className="portal">
      <a className="skip-link" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="site-header">
        <div className="wrap">
          <Link to="/" className="brand" aria-label={`${centre.name} – Trang chủ`}>
            <BrandMark />
            <span className="brand-text">
              <span className="brand-top">{centre.parent}</span>
              <span className="brand-name">{centre.name}</span>
            </span>
          </Link>
          <nav className="header-links" aria-label="Tra cứu và hồ sơ của tôi">
            <Link to="/tra-cuu" className="header-track">
              Tra cứu hồ sơ
            </Link>
            {citizenSignedIn() ? (
              <Link to="/cong-dan/ho-so" className="header-track">
                Hồ sơ của tôi
              </Link>
            ) : (
              <Link to="/cong-dan/dang-nhap" className="header-track">
                Đăng nhập
              </Link>
            )}
          </nav>
          <a className="hotline" href={hotlineHref(centre.hotline)}>
            <span aria-hidden="true">☎</span>
            <span className="hotline-label">Đường dây nóng</span>
            <span>{centre.hotline}</span>
          </a>
        </div>
      </header>
      {sample && (
        <div className="sample-notice" role="note">
          <div className="wrap">
            <strong>Dữ liệu mẫu:</strong> danh mục thủ tục trên trang này là dữ liệu trình diễn, chưa dùng để
            hướng dẫn chính thức.
          </div>
        </div>
      )}
      <main id="main" className="portal-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            <strong>{centre.name}</strong>
          </p>
          <p>
            Đường dây nóng: <a href={hotlineHref(centre.hotline)}>{centre.hotline}</a>
          </p>
          <p>
            Giờ tiếp nhận hồ sơ: <OfficeHours agencyId={centre.agencyId} />
          </p>
          <p>
            <Link to={`/gio-phuc-vu/${encodeURIComponent(centre.agencyId)}`}>
              Giờ phục vụ, ngày không viết, ngày không hẹn
            </Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
