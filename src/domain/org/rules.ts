/**
 * Validation rules for organisation data: usernames, passwords, agency ids, phone numbers, extensions.
 * Pure; the services report violations as 400 with the field named, the browser uses them to validate early.
 */
import type { FieldIssue } from '../errors.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Usernames are lower-case ASCII: letters, digits, dot, underscore, hyphen; 3 to 50 characters. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,49}$/;

/** National agency id (mã định danh cơ quan), e.g. 000.00.00.H56 or H56.10.01. */
export const AGENCY_ID_PATTERN = /^[0-9A-Z]{2,3}(\.[0-9A-Z]{2,3}){2,3}$/;

export const EXTENSION_PATTERN = /^[0-9]{2,8}$/;

export const FIELD_CODE_PATTERN = /^[A-Z0-9_]{1,20}$/;

export function normaliseUsername(raw: string): string {
  return raw.trim().toLowerCase();
}

export function usernameIssue(username: string): string | undefined {
  if (!USERNAME_PATTERN.test(username)) {
    return 'Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.';
  }
  return undefined;
}

/** Why a new password is not acceptable, or undefined when it is. */
export function passwordIssue(password: string, username?: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`;
  if (password.length > PASSWORD_MAX_LENGTH)
    return `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`;
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    return 'Mật khẩu không được chứa tên đăng nhập.';
  }
  if (new Set(password).size < 4) return 'Mật khẩu quá đơn giản.';
  return undefined;
}

export function agencyIdIssue(agencyId: string): string | undefined {
  if (!AGENCY_ID_PATTERN.test(agencyId)) {
    return 'Mã định danh cơ quan không đúng định dạng (ví dụ 000.00.00.H56 hoặc H56.10.01).';
  }
  return undefined;
}

export function emailIssue(email: string): string | undefined {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 200 ? undefined : 'Email không hợp lệ.';
}

/** Collects issues as FieldIssue[]; `check` returns a message when the value is wrong. */
export function collectIssues(checks: [field: string, message: string | undefined][]): FieldIssue[] {
  return checks
    .filter((c): c is [string, string] => c[1] !== undefined)
    .map(([field, message]) => ({
      field,
      message,
    }));
}

/** Lower-case and strip Vietnamese diacritics (đ → d), for diacritic-insensitive search. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
