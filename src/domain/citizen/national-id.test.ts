import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CLAIM_NAMES,
  citizenNextPath,
  nationalIdErrorMessage,
  readNationalIdentity,
  sameName,
  verifiedByOf,
} from './national-id.js';

const claims = {
  sub: 'opaque-subject',
  citizen_pid: '038 196 000 101',
  name: '  Nguyễn Thị Thanh Mai ',
  birthdate: '1996-03-14',
  phone_number: '+84 912 345 678',
  phone_number_verified: true,
};

describe('readNationalIdentity', () => {
  it('reads the VNeID-style claims: 12 digits, the name trimmed, the verified phone normalised', () => {
    expect(readNationalIdentity(claims, DEFAULT_CLAIM_NAMES)).toEqual({
      idNumber: '038196000101',
      fullName: 'Nguyễn Thị Thanh Mai',
      birthDate: '1996-03-14',
      verifiedPhone: '+84912345678',
    });
  });
  it('drops a phone the provider did not say was verified, unless told to trust every phone', () => {
    const unverified = { ...claims, phone_number_verified: false };
    expect(readNationalIdentity(unverified, DEFAULT_CLAIM_NAMES)?.verifiedPhone).toBeNull();
    const trusting = { ...DEFAULT_CLAIM_NAMES, phoneVerified: '*' };
    expect(readNationalIdentity(unverified, trusting)?.verifiedPhone).toBe('+84912345678');
  });
  it('takes the claims named by the configuration', () => {
    const names = { ...DEFAULT_CLAIM_NAMES, idNumber: 'sub', fullName: 'full_name' };
    const identity = readNationalIdentity({ sub: '001099012345', full_name: 'Trần Văn Mới' }, names);
    expect(identity).toMatchObject({ idNumber: '001099012345', fullName: 'Trần Văn Mới', birthDate: null });
  });
  it('is null without a 12-digit number; a bad birth date or a landline is left out', () => {
    for (const pid of [undefined, '', '12345678901', '0381960001012', 'abc196000101', {}]) {
      expect(readNationalIdentity({ ...claims, citizen_pid: pid }, DEFAULT_CLAIM_NAMES)).toBeNull();
    }
    const odd = { ...claims, birthdate: '1996-13-45', phone_number: '02373 900 900' };
    expect(readNationalIdentity(odd, DEFAULT_CLAIM_NAMES)).toMatchObject({
      birthDate: null,
      verifiedPhone: null,
    });
  });
});

describe('verifiedByOf and sameName', () => {
  it('always the national identity, the phone when verified', () => {
    const identity = readNationalIdentity(claims, DEFAULT_CLAIM_NAMES)!;
    expect(verifiedByOf(identity)).toEqual(['national-id', 'phone']);
    expect(verifiedByOf({ ...identity, verifiedPhone: null })).toEqual(['national-id']);
  });
  it('ignores case, spacing and Unicode form, not letters', () => {
    expect(sameName('LÊ THỊ  HOA', 'Lê Thị Hoa')).toBe(true);
    expect(sameName('Le\u0302 Thi\u0323 Hoa', 'Lê Thị Hoa')).toBe(true);
    expect(sameName('Lê Văn Hùng', 'Lê Thị Hoa')).toBe(false);
  });
});

describe('the sign-in page', () => {
  it('says each failure in Vietnamese, and nothing for a code it does not know', () => {
    expect(nationalIdErrorMessage('denied')).toMatch(/hủy đăng nhập/);
    expect(nationalIdErrorMessage('provider')).toMatch(/định danh điện tử/);
    expect(nationalIdErrorMessage('toString')).toBeUndefined();
    expect(nationalIdErrorMessage(null)).toBeUndefined();
  });
  it('goes on to a citizen page only', () => {
    expect(citizenNextPath('/cong-dan/ho-so')).toBe('/cong-dan/ho-so');
    expect(citizenNextPath('/cong-dan/ho-so/H56.10.01-261202-0001')).toBe(
      '/cong-dan/ho-so/H56.10.01-261202-0001',
    );
    expect(citizenNextPath('/cong-dan/../ban-lam-viec')).toBe('/cong-dan/ho-so');
    for (const next of [
      'https://evil.example/',
      '//evil.example',
      '/cong-dan/dang-nhap',
      '/ban-lam-viec',
      null,
    ]) {
      expect(citizenNextPath(next)).toBe('/cong-dan/ho-so');
    }
  });
});
