/**
 * The web app shell: server-state cache and routes. Each area is code-split (portal, login, admin, …) so that
 * citizen pages stay light: Ant Design is loaded only by the staff areas (see shared/staff-providers.tsx).
 */
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';

const PortalArea = lazy(() => import('./portal/area.js'));
const AdminArea = lazy(() => import('./admin/area.js'));
const DeskArea = lazy(() => import('./desk/area.js'));
const LoginPage = lazy(() => import('./login/page.js'));
const CitizenArea = lazy(() => import('./citizen/area.js'));
const ServicePointArea = lazy(() => import('./service-point/area.js'));

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 30_000, refetchOnWindowFocus: false } },
});

function Loading() {
  return (
    <p role="status" style={{ margin: '20vh auto', textAlign: 'center', color: '#555' }}>
      Đang tải…
    </p>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/dang-nhap" element={<LoginPage />} />
            <Route path="/quan-tri/*" element={<AdminArea />} />
            <Route path="/ban-lam-viec/*" element={<DeskArea />} />
            <Route path="/cong-dan/*" element={<CitizenArea />} />
            <Route path="/diem-dich-vu/*" element={<ServicePointArea />} />
            <Route path="/*" element={<PortalArea />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
