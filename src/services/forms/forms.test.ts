import { describe, expect, it } from 'vitest';
import { parseDeclaration } from './forms.js';

describe('parseDeclaration', () => {
  it('reads values with their provenance and the confirmation', () => {
    const parsed = parseDeclaration({
      assisted: true,
      values: [
        {
          key: 'childName',
          label: 'Họ, chữ đệm, tên của trẻ',
          value: 'Lê Minh Khôi',
          enteredBy: { kind: 'officer', staffId: 's1', name: 'Phạm Thị Lan' },
        },
        { key: 'childSex', label: 'Giới tính', value: 'Nam', enteredBy: { kind: 'applicant' } },
      ],
      confirmation: { method: 'otp', at: '2026-11-25T01:40:00.000Z', phoneMasked: '09xxxxx678' },
    });
    expect(parsed).toEqual({
      fields: [
        {
          key: 'childName',
          label: 'Họ, chữ đệm, tên của trẻ',
          value: 'Lê Minh Khôi',
          enteredBy: { kind: 'officer', staffId: 's1', name: 'Phạm Thị Lan' },
        },
        { key: 'childSex', label: 'Giới tính', value: 'Nam', enteredBy: { kind: 'applicant' } },
      ],
      confirmation: { method: 'otp', at: '2026-11-25T01:40:00.000Z', phoneMasked: '09xxxxx678' },
    });
  });

  it('gives no fields for an empty or older declaration, and drops an unknown confirmation method', () => {
    expect(parseDeclaration({})).toEqual({ fields: [], confirmation: null });
    expect(parseDeclaration(null)).toEqual({ fields: [], confirmation: null });
    // What intake stored before the read-back existed: who entered it and the applicant's contact details.
    expect(parseDeclaration({ enteredBy: 'x', applicant: { address: 'a', email: null } }).fields).toEqual([]);
    const odd = parseDeclaration({
      values: [{ key: 'k', value: 'v', enteredBy: { kind: 'robot' } }, 'junk'],
      confirmation: { method: 'telepathy', at: '2026-11-25T01:40:00Z' },
    });
    expect(odd).toEqual({
      fields: [{ key: 'k', label: 'k', value: 'v', enteredBy: { kind: 'applicant' } }],
      confirmation: null,
    });
  });
});
