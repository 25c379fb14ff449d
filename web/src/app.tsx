/**
 * The web app shell: locale, theme, server-state cache and routes. Each area is code-split (portal, admin, …)
 * so that citizen pages stay light.
 */
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';

dayjs.locale('vi');

const PortalArea = lazy(() => import('./portal/area.js'));
const AdminArea = lazy(() => import('./admin/area.js'));
const LoginPage = lazy(() => import('./login/page.js'));

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 30_000, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <ConfigProvider
      locale={viVN}
      theme={{
        token: { colorPrimary: '#a8071a', fontFamily: "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif" },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />}>
              <Routes>
                <Route path="/dang-nhap" element={<LoginPage />} />
                <Route path="/quan-tri/*" element={<AdminArea />} />
                <Route path="/*" element={<PortalArea />} />
              </Routes>
            </Suspense>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
