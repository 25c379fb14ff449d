/**
 * Ant Design's providers for staff pages (login, admin): the Vietnamese locale, the accessible staff theme and the
 * App context (message, modal). Citizen pages do not use Ant Design, so it is loaded only with these areas.
 */
import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { staffTheme } from './auth-theme.js';

dayjs.locale('vi');

const theme = {
  ...staffTheme,
  token: {
    colorPrimary: '#a8071a',
    fontFamily: "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif",
    ...staffTheme.token,
  },
};

export function StaffProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
