/**
 * Notifications (/quan-tri/thong-bao): the messages sent to citizens and, for the province administrator, the
 * templates editor.
 */
import { useEffect } from 'react';
import { Tabs, Typography } from 'antd';
import { hasPermission, useCurrentStaff } from '../../shared/auth.js';
import { MessagesSection } from './messages-section.js';
import { PreferencesSection } from './preferences-section.js';
import { TemplatesSection } from './templates-section.js';
import './notify.css';

export default function NotifyPage() {
  const me = useCurrentStaff();
  useEffect(() => {
    document.title = 'Tin nhắn thông báo — Quản trị';
  }, []);
  const canTemplates = hasPermission(me, 'notify.templates');
  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Tin nhắn thông báo</Typography.Title>
      </div>
      <Tabs
        items={[
          { key: 'messages', label: 'Tin nhắn đã gửi', children: <MessagesSection /> },
          ...(canTemplates ? [{ key: 'templates', label: 'Mẫu tin', children: <TemplatesSection /> }] : []),
          { key: 'preferences', label: 'Lựa chọn nhận tin', children: <PreferencesSection /> },
        ]}
      />
    </>
  );
}
