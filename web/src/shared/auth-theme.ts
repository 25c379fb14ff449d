/**
 * Theme tokens for staff pages (login, admin): Ant Design's defaults for placeholders, secondary text, links and
 * danger text fall below the 4.5:1 contrast WCAG 2.1 AA asks for on white; these meet it.
 */
import type { ThemeConfig } from 'antd';

export const staffTheme: ThemeConfig = {
  token: {
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorLink: '#a8071a',
    colorLinkHover: '#820014',
    colorError: '#cf1322',
  },
};
