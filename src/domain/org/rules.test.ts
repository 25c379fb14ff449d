import { describe, expect, it } from 'vitest';
import {
  agencyIdIssue,
  emailIssue,
  foldForSearch,
  normaliseUsername,
  passwordIssue,
  usernameIssue,
} from './rules.js';

describe('organisation rules', () => {
  it('normalises and checks usernames', () => {
    expect(normaliseUsername('  Admin.DongTien ')).toBe('admin.dongtien');
    expect(usernameIssue('admin.dongtien')).toBeUndefined();
    expect(usernameIssue('ab')).toBeDefined();
    expect(usernameIssue('đông.tiến')).toBeDefined();
    expect(usernameIssue('.start')).toBeDefined();
  });

  it('requires passwords of at least 10 characters, not containing the username', () => {
    expect(passwordIssue('123456789')).toMatch(/10 ký tự/);
    expect(passwordIssue('motcua@2026')).toBeUndefined();
    expect(passwordIssue('x-admin.tinh-2026', 'admin.tinh')).toMatch(/tên đăng nhập/);
    expect(passwordIssue('aaaaaaaaaaaa')).toMatch(/đơn giản/);
  });

  it('checks agency ids in the national format', () => {
    for (const ok of ['000.00.00.H56', 'H56.10.01', '000.00.21.H56', 'H56.10.01.01']) {
      expect(agencyIdIssue(ok)).toBeUndefined();
    }
    for (const bad of ['H56', 'h56.10.01', '000-00-00-H56', '000.00.00.00.H56', '']) {
      expect(agencyIdIssue(bad)).toBeDefined();
    }
  });

  it('checks emails and folds text for search', () => {
    expect(emailIssue('a@b.vn')).toBeUndefined();
    expect(emailIssue('a@b')).toBeDefined();
    expect(foldForSearch('Đông Tiến, HOẰNG Quang')).toBe('dong tien, hoang quang');
  });
});
