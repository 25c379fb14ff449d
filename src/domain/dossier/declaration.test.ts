import { describe, expect, it } from 'vitest';
import { checkDeclaration, maskPhone, readDeclaration } from './declaration.js';
import { genericForm } from './eform.js';
import { sampleForm } from './eform-test-forms.js';

const opts = { today: '2026-12-07' };
const complete = [
  { key: 'sex', value: 'Nữ' },
  { key: 'name', value: 'Lê Thị  Hoa' },
  { key: 'idNumber', value: '038195012345' },
  { key: 'birthDate', value: '05/09/1990' },
];

describe('checkDeclaration', () => {
  it('accepts a complete declaration, tidies spaces and keeps the form order', () => {
    const { values, issues } = checkDeclaration(sampleForm, complete, opts);
    expect(issues).toEqual([]);
    expect(values.map((v) => v.key)).toEqual(['name', 'idNumber', 'birthDate', 'sex']);
    expect(values[0]).toEqual({ key: 'name', label: 'Họ và tên', value: 'Lê Thị Hoa' });
  });

  it('names every missing required field, bad value and unknown key by its place in the list', () => {
    const { issues } = checkDeclaration(
      sampleForm,
      [
        { key: 'birthDate', value: '31/02/2026' },
        { key: 'sex', value: 'Khác' },
        { key: 'shoeSize', value: '42' },
      ],
      opts,
    );
    const fields = issues.map((i) => i.field);
    expect(fields).toContain('declaration[0].value');
    expect(fields).toContain('declaration[1].value');
    expect(fields).toContain('declaration[2].key');
    expect(fields).toContain('declaration.name');
    expect(fields).toContain('declaration.idNumber');
    expect(fields).not.toContain('declaration.authorisation');
  });

  it('requires a conditional field for the answers that ask it', () => {
    const { issues } = checkDeclaration(sampleForm, complete, { ...opts, answers: { uy_quyen: 'yes' } });
    expect(issues).toEqual([{ field: 'declaration.authorisation', message: 'Cần khai "Văn bản ủy quyền".' }]);
  });

  it('refuses a field declared twice', () => {
    const { issues } = checkDeclaration(
      genericForm,
      [
        { key: 'request', value: 'a' },
        { key: 'request', value: 'b' },
      ],
      opts,
    );
    expect(issues).toEqual([
      { field: 'declaration[1].key', message: 'Mục "Nội dung yêu cầu" được khai hai lần.' },
    ]);
  });
});

describe('phones', () => {
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
