import { describe, expect, it } from 'vitest';
import { smsSegments } from './sms-text.js';
import {
  checkTemplate,
  defaultTemplate,
  MAX_SMS_SEGMENTS,
  notifyChannels,
  notifyEvents,
  renderTemplate,
  samplePlaceholderValues,
} from './templates.js';

describe('templates', () => {
  it('fills placeholders and keeps an optional part only when its value is set', () => {
    const body =
      'Hồ sơ {{maHoSo}}.{{#hanTra}} Hẹn: {{hanTra}}.{{/hanTra}}{{#lienKet}} Tra cứu: {{lienKet}}{{/lienKet}}';
    expect(renderTemplate('email', body, { maHoSo: 'A-1', hanTra: '17:00 27/11/2026' })).toBe(
      'Hồ sơ A-1. Hẹn: 17:00 27/11/2026.',
    );
    expect(renderTemplate('email', body, { maHoSo: 'A-1', lienKet: 'https://x/tra-cuu?ma=A-1' })).toBe(
      'Hồ sơ A-1. Tra cứu: https://x/tra-cuu?ma=A-1',
    );
    expect(renderTemplate('email', body, { maHoSo: 'A-1', hanTra: '  ' })).toBe('Hồ sơ A-1.');
  });

  it('renders SMS without diacritics and cut to the segment cap; email and Zalo keep the diacritics', () => {
    expect(renderTemplate('sms', 'Đã tiếp nhận {{maHoSo}}', { maHoSo: 'X' })).toBe('Da tiep nhan X');
    expect(renderTemplate('zalo', 'Đã tiếp nhận {{maHoSo}}', { maHoSo: 'X' })).toBe('Đã tiếp nhận X');
    const long = renderTemplate('sms', '{{danhSach}}', { danhSach: 'giấy tờ '.repeat(200) });
    expect(smsSegments(long)).toEqual({ encoding: 'gsm7', segments: MAX_SMS_SEGMENTS });
    expect(long.endsWith('...')).toBe(true);
    const ucs = renderTemplate('sms', '{{danhSach}}', { danhSach: '漢'.repeat(500) });
    expect(smsSegments(ucs).segments).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
  });

  it('says what a one-time code is for, so that a sign-in code is never read as a declaration code', () => {
    const sms = (mucDich?: string) =>
      renderTemplate('sms', defaultTemplate('one_time_code', 'sms'), { maXacNhan: '123456', mucDich });
    expect(sms('đăng nhập')).toBe(
      'Ma xac nhan dang nhap cua ong/ba la 123456. Ma co hieu luc 5 phut. Khong cung cap ma cho nguoi khac.',
    );
    expect(sms('tờ khai hồ sơ')).toMatch(/^Ma xac nhan to khai ho so cua ong\/ba la 123456\./);
    expect(sms()).toMatch(/^Ma xac nhan cua ong\/ba la 123456\./);
  });

  it('refuses an unknown placeholder, naming it, with a stable code', () => {
    const issues = checkTemplate('sms', 'Hồ sơ {{maHoSo}} của {{hoTen}}');
    expect(issues.map((i) => i.code)).toEqual(['TEMPLATE_UNKNOWN_PLACEHOLDER']);
    expect(issues[0]!.message).toContain('{{hoTen}}');
    expect(issues[0]!.message).toContain('{{maHoSo}}');
  });

  it('refuses unbalanced optional parts, stray braces, empty and over-long SMS', () => {
    expect(checkTemplate('sms', '{{#hanTra}} Hẹn {{hanTra}}').map((i) => i.code)).toEqual([
      'TEMPLATE_UNBALANCED',
    ]);
    expect(checkTemplate('sms', '{{#hanTra}}x{{/lienKet}}').map((i) => i.code)).toEqual([
      'TEMPLATE_UNBALANCED',
    ]);
    expect(checkTemplate('sms', 'Mã {{maHoSo').map((i) => i.code)).toEqual(['TEMPLATE_UNBALANCED']);
    expect(checkTemplate('email', '   ').map((i) => i.code)).toEqual(['TEMPLATE_EMPTY']);
    const long = 'Thông báo dài. '.repeat(35); // ≈ 525 characters: 4 segments
    expect(checkTemplate('sms', long).map((i) => i.code)).toEqual(['TEMPLATE_TOO_LONG']);
    expect(checkTemplate('email', long)).toEqual([]);
  });

  it('every built-in template is valid and within the cap with the sample values', () => {
    for (const event of notifyEvents) {
      for (const channel of notifyChannels) {
        expect(checkTemplate(channel, defaultTemplate(event, channel)), `${event}/${channel}`).toEqual([]);
      }
      const sms = renderTemplate('sms', defaultTemplate(event, 'sms'), samplePlaceholderValues());
      expect(smsSegments(sms).encoding, event).toBe('gsm7');
      expect(sms, event).not.toMatch(/\{\{|\}\}/);
    }
  });
});
