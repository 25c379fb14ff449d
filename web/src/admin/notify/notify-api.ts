/** Labels of the notification administration; its types and routes are the contract's (src/contracts/notify*.ts). */
import type { MessageStatus } from '../../../../src/contracts/notify.js';
import type { NotifyChannel } from '../../../../src/domain/notify/templates.js';

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
