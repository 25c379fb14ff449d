/**
 * The citizen portal: home with search, results, the procedure page with its checklist, the print view, and the
 * tracking of a dossier by its code and phone.
 * Plain HTML and CSS (no component library) so the pages stay light on a phone.
 */
import { lazy, Suspense } from 'react';
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
const ServiceHoursPage = lazy(() => import('./service-hours-page.js'));
const BookingPage = lazy(() => import('./appointments/booking-page.js'));
const ManageAppointmentPage = lazy(() => import('./appointments/manage-page.js'));
const KioskPage = lazy(() => import('./queue/kiosk-page.js'));
const TicketPage = lazy(() => import('./queue/ticket-page.js'));
const DisplayPage = lazy(() => import('./queue/display-page.js'));

export default function PortalArea() {
  return (
    <Routes>
      <Route
        path="thu-tuc/:code/in"
        element={
          <Suspense fallback={<p style={{ padding: 16 }}>Đang chuẩn bị bản in…</p>}>
            <PrintPage />
          </Suspense>
        }
      />
      <Route
        path="lay-so/:agencyId"
        element={
          <Suspense fallback={<p style={{ padding: 16 }}>Đang tải…</p>}>
            <KioskPage />
          </Suspense>
        }
      />
      <Route
        path="man-hinh/:agencyId"
        element={
          <Suspense fallback={<p style={{ padding: 16 }}>Đang tải…</p>}>
            <DisplayPage />
          </Suspense>
        }
      />
      <Route
        path="*"
        element={
          <PortalLayout>
            <Routes>
              <Route index element={<HomePage />} />
              <Route path="thu-tuc" element={<ResultsPage />} />
              <Route path="thu-tuc/:code" element={<ProcedurePage />} />
              <Route path="tra-cuu" element={<TrackingPage />} />
              <Route
                path="gio-phuc-vu/:agencyId"
                element={
                  <Suspense fallback={<p className="wrap">Đang tải giờ phục vụ…</p>}>
                    <ServiceHoursPage />
                  </Suspense>
                }
              />
              <Route
                path="dat-lich"
                element={
                  <Suspense fallback={<p className="wrap">Đang tải…</p>}>
                    <BookingPage />
                  </Suspense>
                }
              />
              <Route
                path="dat-lich/:code"
                element={
                  <Suspense fallback={<p className="wrap">Đang tải…</p>}>
                    <ManageAppointmentPage />
                  </Suspense>
                }
              />
              <Route
                path="so-thu-tu/:id"
                element={
                  <Suspense fallback={<p className="wrap">Đang tải…</p>}>
                    <TicketPage />
                  </Suspense>
                }
              />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </PortalLayout>
        }
      />
    </Routes>
  );
}
