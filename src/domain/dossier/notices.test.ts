import { describe, expect, it } from 'vitest';
import { stripDiacritics, smsSegments } from '../notify/sms-text.js';
import { noticeEvents, noticeText, shortDateTime } from './notices.js';

const facts = {
  code: 'H56.10.01-261125-0001',
  procedureName: 'Đăng ký khai sinh',
  unitName: 'UBND xã Đông Tiến',
  dueAt: Date.parse('2026-11-27T10:00:00Z'),
  items: ['Giấy chứng sinh', 'Tờ khai đăng ký khai sinh'],
  publicUrl: 'https://motcua.thanhhoa.gov.vn',
};

describe('dossier notices', () => {
  it('gives the code, the appointment in Vietnam time, and the tracking link', () => {
    expect(shortDateTime(facts.dueAt)).toBe('17:00 27/11/2026');
    expect(noticeText('dossier_received', facts)).toBe(
      'Hồ sơ H56.10.01-261125-0001 (Đăng ký khai sinh) đã được tiếp nhận tại UBND xã Đông Tiến. Hẹn trả kết quả: 17:00 27/11/2026. Tra cứu: https://motcua.thanhhoa.gov.vn/tra-cuu?ma=H56.10.01-261125-0001',
    );
  });

  it('lists everything missing at once', () => {
    expect(noticeText('supplement_requested', facts)).toContain(
      'cần bổ sung: Giấy chứng sinh; Tờ khai đăng ký khai sinh.',
    );
  });

  it('tells an online applicant they may add the papers online, and links their own dossier page', () => {
    expect(noticeText('supplement_requested', facts)).toContain(
      'Vui lòng nộp bổ sung tại UBND xã Đông Tiến.',
    );
    const online = noticeText('supplement_requested', { ...facts, online: true });
    expect(online).toContain(
      'Vui lòng nộp bổ sung trực tuyến tại mục Hồ sơ của tôi trên Cổng dịch vụ công, hoặc tại UBND xã Đông Tiến.',
    );
    expect(online).toContain('https://motcua.thanhhoa.gov.vn/cong-dan/ho-so/H56.10.01-261125-0001');
    expect(noticeText('dossier_received', { ...facts, online: true })).toContain(
      'Hẹn trả kết quả: 17:00 27/11/2026. Tra cứu: https://motcua.thanhhoa.gov.vn/cong-dan/ho-so/',
    );
  });

  it('keeps every notice in GSM-7 and within 4 SMS segments once stripped, even with long lists', () => {
    const long = { ...facts, items: Array.from({ length: 30 }, (_, i) => `Giấy tờ số ${i} rất dài`) };
    for (const e of noticeEvents) {
      const sms = stripDiacritics(noticeText(e, long));
      expect(smsSegments(sms), e).toMatchObject({ encoding: 'gsm7' });
      expect(smsSegments(sms).segments, e).toBeLessThanOrEqual(4);
    }
  });

  it('asks for the receipt only of a desk applicant: one who submitted online brings identity and originals', () => {
    expect(noticeText('result_ready', facts)).toContain('trong giờ làm việc, mang theo giấy hẹn.');
    const online = noticeText('result_ready', { ...facts, online: true });
    expect(online).not.toContain('giấy hẹn');
    expect(online).toContain('mang theo căn cước và bản chính các giấy tờ đã nộp trực tuyến để đối chiếu.');
  });

  it('omits the link when the public address is unknown', () => {
    expect(noticeText('result_ready', { ...facts, publicUrl: undefined })).not.toContain('Tra cứu');
  });
});

describe('notices through the templates', () => {
  it('says when a result is ready early, and links the returned result to the tracking page', () => {
    const twoDaysEarly = facts.dueAt - 2 * 86_400_000 - 3_600_000;
    expect(noticeText('result_ready', { ...facts, at: twoDaysEarly })).toContain(
      'đã có kết quả. Trả sớm hơn hẹn 2 ngày. Mời ông/bà',
    );
    expect(noticeText('result_ready', { ...facts, at: facts.dueAt })).toContain('đã có kết quả. Mời ông/bà');
    expect(noticeText('result_returned', facts)).toBe(
      'Hồ sơ H56.10.01-261125-0001 đã trả kết quả. Cảm ơn ông/bà. Mời đánh giá mức độ hài lòng: https://motcua.thanhhoa.gov.vn/tra-cuu?ma=H56.10.01-261125-0001',
    );
  });

  it('gives the new date in the apology for an extension', () => {
    expect(noticeText('extension_apology', facts)).toBe(
      'UBND xã Đông Tiến xin lỗi ông/bà: hồ sơ H56.10.01-261125-0001 chưa có kết quả đúng hẹn. Hẹn mới: 17:00 27/11/2026. Tra cứu: https://motcua.thanhhoa.gov.vn/tra-cuu?ma=H56.10.01-261125-0001',
    );
  });
});
