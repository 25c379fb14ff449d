/**
 * The SMS wording of an appointment: the confirmation with the documents to bring (their list is fitted by the
 * checklist composer, src/domain/checklist/message.ts), the reminder and the cancellation.
 */
import { describe, expect, it } from 'vitest';
import { smsSegments } from '../notify/sms-text.js';
import { defaultTemplate, MAX_SMS_SEGMENTS, renderTemplate } from '../notify/templates.js';
import { answeredChecklist } from '../checklist/answered.js';
import { fitDocumentList, fitsChannel } from '../checklist/message.js';
import { appointmentParams } from './notices.js';

const facts = {
  code: 'K7M2QX9P',
  unitName: 'xã Đông Tiến',
  fieldName: 'Hộ tịch',
  procedureName: 'Đăng ký khai sinh',
  date: '07/12/2026',
  start: '16:30',
  end: '17:00',
  publicUrl: 'https://motcua.example',
};

describe('appointment messages', () => {
  it('fills the built-in SMS templates with the code as read aloud, the slot, the place and the link', () => {
    const sms = (event: 'appointment_booked' | 'appointment_reminder' | 'appointment_cancelled', docs = '') =>
      renderTemplate('sms', defaultTemplate(event, 'sms'), appointmentParams(facts, docs));
    expect(sms('appointment_booked', '1) Tờ khai (1 bản chính)')).toBe(
      'Lich hen K7M2-QX9P: 16:30-17:00 ngay 07/12/2026 tai xa Dong Tien, thu tuc Dang ky khai sinh. Xem, doi, huy ' +
        'lich: https://motcua.example/dat-lich/K7M2QX9P Giay to mang theo: 1) To khai (1 ban chinh).',
    );
    expect(sms('appointment_reminder')).toContain('Nhac lich hen K7M2-QX9P: 16:30-17:00 ngay 07/12/2026');
    expect(sms('appointment_cancelled')).toBe(
      'Lich hen K7M2-QX9P luc 16:30-17:00 ngay 07/12/2026 tai xa Dong Tien da duoc huy.',
    );
  });

  it('keeps the link and stays within the SMS cap when the checklist is long', () => {
    const documents = Array.from({ length: 40 }, (_, i) => ({
      name: `Giấy tờ số ${i + 1} có tên khá dài để thử độ dài tin nhắn gửi cho người dân`,
      kind: 'submit' as const,
      originals: 1,
      copies: 0,
    }));
    const template = defaultTemplate('appointment_booked', 'sms');
    const answered = answeredChecklist({ cases: [], documents }, {});
    const withList = (list: string) =>
      appointmentParams(facts, `${list}; Xem đủ giấy tờ: https://motcua.example/giay-to/K7M2QX9P`);
    const fitted = fitDocumentList(answered.documents, (c) =>
      fitsChannel('sms', renderTemplate('sms', template, withList(c.list), { cut: false })),
    );
    const text = renderTemplate('sms', template, withList(fitted.list));
    expect(text).toContain('https://motcua.example/dat-lich/K7M2QX9P');
    expect(smsSegments(text).segments).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
  });
});
