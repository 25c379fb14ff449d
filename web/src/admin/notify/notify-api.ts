/** Types and calls of the notification administration API (src/http/notify/routes.ts). */
import type { NotifyChannel, NotifyEvent } from '../../../../src/domain/notify/templates.js';

export type MessageStatus =
  | 'created'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'temporary_failure'
  | 'permanent_failure'
  | 'technical_failure'
  | 'cancelled'
  | 'dropped';

export interface Message {
  id: string;
  event: string;
  channel: NotifyChannel;
  recipient: string;
  body: string;
  urgent: boolean;
  status: MessageStatus;
  provider: string | null;
  attempts: number;
  lastError: string | null;
  reason: string | null;
  nextAttemptAt: string;
  createdAt: string;
  sentAt: string | null;
  dossierCode: string | null;
  unit: { agencyId: string; name: string } | null;
  canResend: boolean;
}

export interface Template {
  event: NotifyEvent;
  eventLabel: string;
  channel: NotifyChannel;
  body: string;
  isDefault: boolean;
  defaultBody: string;
  updatedAt: string | null;
}

export interface TemplateList {
  items: Template[];
  placeholders: { name: string; label: string; sample: string }[];
  maxSmsSegments: number;
}

export const statusLabels: Record<MessageStatus, { text: string; color: string }> = {
  created: { text: 'Chờ gửi', color: 'default' },
  sending: { text: 'Đang gửi', color: 'processing' },
  sent: { text: 'Đã gửi', color: 'blue' },
  delivered: { text: 'Đã đến máy', color: 'success' },
  temporary_failure: { text: 'Lỗi tạm thời', color: 'warning' },
  permanent_failure: { text: 'Lỗi vĩnh viễn', color: 'error' },
  technical_failure: { text: 'Lỗi kỹ thuật', color: 'error' },
  cancelled: { text: 'Đã hủy', color: 'default' },
  dropped: { text: 'Bỏ, không gửi', color: 'default' },
};

export const channelLabels: Record<NotifyChannel, string> = {
  sms: 'SMS',
  email: 'Thư điện tử',
  zalo: 'Zalo',
};
