/**
 * The citizen portal: home with search, results, the procedure page with its checklist, the print view, and the
 * tracking of a dossier by its code and phone.
 * Plain HTML and CSS (no component library) so the pages stay light on a phone.
 */
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router';
// Base styles first: page styles below build on them.
import './portal.css';
import { HomePage } from './home-page.js';
import { PortalLayout } from './layout.js';
import { NotFound } from './not-found-page.js';
import { ProcedurePage } from './procedure-page.js';
import { ResultsPage } from './results-page.js';
import { TrackingPage } from './tracking-page.js';

const PrintPage = lazy(() => import('./print-page.js'));
const ChecklistLinkPage = lazy(() => import('./checklist-link-page.js'));
const ServiceHoursPage = lazy(() => import('./service-hours-page.js'));
const BookingPage = lazy(() => import('./appointments/booking-page.js'));
const ManageAppointmentPage = lazy(() => import('./appointments/manage-page.js'));
const KioskPage = lazy(() => import('./queue/kiosk-page.js'));
const TicketPage = lazy(() => import('./queue/ticket-page.js'));
const DisplayPage = lazy(() => import('./queue/display-page.js'));
const RatingPage = lazy(() => import('./rating-page.js'));

/** A page loaded on first visit, with what to show meanwhile (`wrap`: inside the portal's frame). */
function lazyPage(Page: LazyExoticComponent<ComponentType>, text = 'Đang tải…', inFrame = true) {
  const fallback = inFrame ? <p className="wrap">{text}</p> : <p style={{ padding: 16 }}>{text}</p>;
  return (
    <Suspense fallback={fallback}>
      <Page />
    </Suspense>
  );
}

export default function PortalArea() {
  return (
    <Routes>
      <Route path="thu-tuc/:code/in" element={lazyPage(PrintPage, 'Đang chuẩn bị bản in…', false)} />
      <Route path="lay-so/:agencyId" element={lazyPage(KioskPage, 'Đang tải…', false)} />
      <Route path="man-hinh/:agencyId" element={lazyPage(DisplayPage, 'Đang tải…', false)} />
      <Route
        path="*"
        element={
          <PortalLayout>
            <Routes>
              <Route index element={<HomePage />} />
              <Route path="thu-tuc" element={<ResultsPage />} />
              <Route path="thu-tuc/:code" element={<ProcedurePage />} />
              <Route path="tra-cuu" element={<TrackingPage />} />
              <Route path="giay-to/:code" element={lazyPage(ChecklistLinkPage)} />
              <Route
                path="gio-phuc-vu/:agencyId"
                element={lazyPage(ServiceHoursPage, 'Đang tải giờ phục vụ…')}
              />
              <Route path="dat-lich" element={lazyPage(BookingPage)} />
              <Route path="dat-lich/:code" element={lazyPage(ManageAppointmentPage)} />
              <Route path="so-thu-tu/:id" element={lazyPage(TicketPage)} />
              <Route path="danh-gia/:token" element={lazyPage(RatingPage)} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </PortalLayout>
        }
      />
    </Routes>
  );
}
