/**
 * The SMS wording of an appointment: the documents to bring from the procedure's checklist (cut to a length an SMS
 * bears, saying how many are left out), the confirmation, reminder and cancellation.
 */
import { describe, expect, it } from 'vitest';
import { birthRegistration } from '../checklist/test-fixtures.js';
import { cancellationText, confirmationText, documentsToBring, reminderText } from './notices.js';

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
  it('lists every document of the checklist, numbered, with its counts', () => {
    const text = documentsToBring(birthRegistration);
    expect(text.startsWith('1) Tờ khai đăng ký khai sinh (1 bản chính)')).toBe(true);
    const count = birthRegistration.documents.length;
    expect(text).toContain(`${count}) `);
    expect(text).not.toContain(`${count + 1}) `);
  });

  it('cuts a long checklist and says how many documents are left out', () => {
    const documents = Array.from({ length: 40 }, (_, i) => ({
      name: `Giấy tờ số ${i + 1} có tên khá dài để thử độ dài tin nhắn gửi cho người dân`,
      kind: 'submit' as const,
      originals: 1,
      copies: 0,
    }));
    const text = documentsToBring({ cases: [], documents });
    expect(text.length).toBeLessThan(1400);
    expect(text).toMatch(/và \d+ giấy tờ khác$/);
  });

  it('words the confirmation, the reminder and the cancellation with the code as read aloud', () => {
    const confirmation = confirmationText(facts, '1) Tờ khai (1 bản chính)');
    expect(confirmation).toBe(
      'Lịch hẹn K7M2-QX9P: 16:30-17:00 ngày 07/12/2026 tại xã Đông Tiến, lĩnh vực Hộ tịch, thủ tục Đăng ký khai ' +
        'sinh. Giấy tờ mang theo: 1) Tờ khai (1 bản chính). Đổi hoặc hủy lịch: https://motcua.example/dat-lich/K7M2QX9P',
    );
    expect(reminderText(facts)).toContain('Nhắc lịch hẹn K7M2-QX9P: 16:30-17:00 ngày 07/12/2026');
    expect(cancellationText(facts)).toBe(
      'Lịch hẹn K7M2-QX9P lúc 16:30-17:00 ngày 07/12/2026 tại xã Đông Tiến đã được hủy.',
    );
  });
});
