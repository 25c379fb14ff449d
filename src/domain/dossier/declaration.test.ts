import { describe, expect, it } from 'vitest';
import {
  checkDeclaration,
  declarationTemplate,
  genericTemplate,
  isDeclaredDate,
  maskPhone,
  readDeclaration,
} from './declaration.js';
import { birthDeclaration } from './test-fixtures.js';

const birth = declarationTemplate('1.001193');
/** The complete declaration with a doubled space in the child's name, to be tidied. */
const complete = birthDeclaration.map((f) => (f.key === 'childName' ? { ...f, value: 'Lê Minh  An' } : f));

describe('declaration templates', () => {
  it('has a birth registration template and a generic one for other procedures', () => {
    expect(birth.title).toBe('Tờ khai đăng ký khai sinh');
    expect(declarationTemplate('9.999999')).toBe(genericTemplate);
  });

  it('accepts a complete birth declaration, tidies spaces and keeps the template order', () => {
    const { values, issues } = checkDeclaration(birth, [...complete].reverse());
    expect(issues).toEqual([]);
    expect(values.map((v) => v.key)).toEqual([
      'childName',
      'childBirthDate',
      'childSex',
      'childEthnicity',
      'childNationality',
      'birthPlace',
      'motherName',
      'relation',
    ]);
    expect(values[0]).toEqual({ key: 'childName', label: 'Họ, chữ đệm, tên của trẻ', value: 'Lê Minh An' });
  });

  it('names every missing required field, bad date, bad option and unknown key', () => {
    const { issues } = checkDeclaration(birth, [
      { key: 'childBirthDate', value: '31/02/2026' },
      { key: 'childSex', value: 'Khác' },
      { key: 'shoeSize', value: '42' },
    ]);
    const fields = issues.map((i) => i.field);
    expect(fields).toContain('declaration[0].value');
    expect(fields).toContain('declaration[1].value');
    expect(fields).toContain('declaration[2].key');
    expect(fields).toContain('declaration.childName');
    expect(fields).toContain('declaration.relation');
    expect(fields).not.toContain('declaration.motherName');
  });

  it('refuses a field declared twice', () => {
    const { issues } = checkDeclaration(genericTemplate, [
      { key: 'request', value: 'a' },
      { key: 'request', value: 'b' },
    ]);
    expect(issues).toEqual([
      { field: 'declaration[1].key', message: 'Mục "Nội dung yêu cầu" được khai hai lần.' },
    ]);
  });
});

describe('dates and phones', () => {
  it('knows real dates', () => {
    expect(isDeclaredDate('29/02/2024')).toBe(true);
    expect(isDeclaredDate('29/02/2025')).toBe(false);
    expect(isDeclaredDate('2025-02-01')).toBe(false);
    expect(isDeclaredDate('01/13/2025')).toBe(false);
  });
  it('masks a phone but for its last 3 digits', () => {
    expect(maskPhone('+84912345678')).toBe('09xxxxx678');
  });
});

describe('readDeclaration', () => {
  it('reads a stored declaration, and an older one (contact details only) as empty and unconfirmed', () => {
    const stored = {
      assisted: true,
      values: [
        {
          key: 'childName',
          label: 'Họ, chữ đệm, tên của trẻ',
          value: 'Lê Minh Khôi',
          enteredBy: { kind: 'officer', staffId: 's1', name: 'Phạm Thị Lan' },
        },
      ],
      confirmation: { method: 'otp', at: '2026-11-25T01:40:00.000Z', phoneMasked: '09xxxxx678' },
      applicant: { address: null, email: null },
    };
    expect(readDeclaration(stored)).toEqual({
      assisted: true,
      values: stored.values,
      confirmation: stored.confirmation,
    });
    expect(readDeclaration({ enteredBy: 'x', applicant: { address: 'a', email: null } })).toEqual({
      assisted: false,
      values: [],
      confirmation: null,
    });
    expect(readDeclaration(null)).toEqual({ assisted: false, values: [], confirmation: null });
  });
});
