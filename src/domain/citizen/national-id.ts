/**
 * The citizen's sign-in with their national electronic identity (OpenID Connect), its pure rules: which claims carry
 * what (configurable names, VNeID-style defaults), how the claims are read and checked, how the person is matched,
 * and the sign-in's error codes with what the sign-in page says for each. Shared with the browser.
 */
import { normalisePhone } from '../contact/contact.js';

/** The names of the claims that carry each piece of the identity (OIDC_CLAIM_* in README.md). */
export interface NationalIdClaimNames {
  /** The 12-digit personal identification number (số định danh cá nhân, on the CCCD). */
  idNumber: string;
  fullName: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  phone: string;
  /** The claim that says the phone was verified; '*' trusts every phone the provider releases. */
  phoneVerified: string;
}

export const DEFAULT_CLAIM_NAMES: NationalIdClaimNames = {
  idNumber: 'citizen_pid',
  fullName: 'name',
  birthDate: 'birthdate',
  phone: 'phone_number',
  phoneVerified: 'phone_number_verified',
};

/** What the provider told us, checked. */
export interface NationalIdentity {
  /** 12 digits. */
  idNumber: string;
  fullName: string | null;
  birthDate: string | null;
  /** +84 and 9 digits, only when verified (an unverified phone is dropped). */
  verifiedPhone: string | null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().normalize('NFC') : null;

const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/**
 * The identity in the claims, or null when they carry no valid 12-digit personal identification number (without
 * it, a sign-in says nothing the phone sign-in does not). A name longer than persons allows is cut.
 */
export function readNationalIdentity(
  claims: Record<string, unknown>,
  names: NationalIdClaimNames,
): NationalIdentity | null {
  const rawId = claims[names.idNumber];
  const idNumber = (typeof rawId === 'number' ? String(rawId) : (text(rawId) ?? '')).replace(/\s+/g, '');
  if (!/^[0-9]{12}$/.test(idNumber)) return null;
  const birthDate = text(claims[names.birthDate]);
  const phone = text(claims[names.phone]);
  const verified = names.phoneVerified === '*' || claims[names.phoneVerified] === true;
  return {
    idNumber,
    fullName: text(claims[names.fullName])?.slice(0, 200) ?? null,
    birthDate: birthDate && isDate(birthDate) ? birthDate : null,
    verifiedPhone: verified && phone ? (normalisePhone(phone) ?? null) : null,
  };
}

/** How a national-identity sign-in proved who the citizen is: always the identity, and the phone when verified. */
export function verifiedByOf(identity: NationalIdentity): ('national-id' | 'phone')[] {
  return identity.verifiedPhone ? ['national-id', 'phone'] : ['national-id'];
}

/** Two spellings of a name are the same person's when they differ only in case, spacing or Unicode form. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** Why a national-identity sign-in did not end in a session: the `loi` of /cong-dan/dang-nhap?loi=…. */
export const nationalIdErrors = {
  denied: 'Bạn đã hủy đăng nhập bằng tài khoản định danh điện tử.',
  state:
    'Phiên đăng nhập bằng tài khoản định danh điện tử đã hết hạn hoặc không hợp lệ. Vui lòng bấm đăng nhập lại.',
  provider:
    'Chưa kết nối được hệ thống định danh điện tử. Vui lòng thử lại sau ít phút hoặc đăng nhập bằng số điện thoại.',
  claims:
    'Tài khoản định danh điện tử không cung cấp đủ thông tin (số định danh cá nhân, họ và tên). Vui lòng đăng nhập bằng số điện thoại.',
} as const;
export type NationalIdError = keyof typeof nationalIdErrors;

/** The message of a `loi` code, or undefined for anything else (a hand-typed URL). */
export function nationalIdErrorMessage(code: string | null): string | undefined {
  return code && Object.hasOwn(nationalIdErrors, code)
    ? nationalIdErrors[code as NationalIdError]
    : undefined;
}

export const CITIZEN_HOME = '/cong-dan/ho-so';

/** Where to go after signing in: a citizen page named by `next`, else "Hồ sơ của tôi" (never the sign-in page). */
export function citizenNextPath(next: string | null | undefined, home: string = CITIZEN_HOME): string {
  // Dossier codes have dots (/cong-dan/ho-so/H56.10.01-…), never two in a row.
  return next &&
    /^\/cong-dan\/[\w./-]*$/.test(next) &&
    !next.includes('..') &&
    !/^\/cong-dan\/(kiosk\/)?dang-nhap/.test(next)
    ? next
    : home;
}
