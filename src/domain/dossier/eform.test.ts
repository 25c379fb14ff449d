import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormValues, fieldsFor, formOf, genericForm, isDeclaredDate } from './eform.js';
import { prefillOf, withPrefill } from './eform.js';
import { formView } from './eform-view.js';
import { sampleForm, sampleValues } from './eform-test-forms.js';

const today = '2026-12-07';
const check = (values: Record<string, string>, answers = {}) =>
  checkFormValues(sampleForm, values, { answers, today });
const messageOf = (values: Record<string, string>, key: string, answers = {}) =>
  check(values, answers).issues.find((i) => i.key === key)?.message;

describe('the e-form validator', () => {
  it('accepts a complete form and tidies values (spaces, id number) in the form order', () => {
    const { values, issues } = check({ ...sampleValues, name: '  Lê  Văn   An ', phone: '+84 912 345 678' });
    expect(issues).toEqual([]);
    expect(values.map((v) => v.key)).toEqual(['name', 'idNumber', 'birthDate', 'sex', 'phone']);
    expect(values[0]).toEqual({ key: 'name', label: 'Họ và tên', value: 'Lê Văn An' });
    expect(values.find((v) => v.key === 'idNumber')?.value).toBe('038195012345');
    expect(values.find((v) => v.key === 'phone')?.value).toBe('0912345678');
  });

  it('names each missing required field in Vietnamese', () => {
    expect(check({}).issues).toEqual([
      { key: 'name', message: 'Cần khai "Họ và tên".' },
      { key: 'idNumber', message: 'Cần khai "Số định danh cá nhân".' },
      { key: 'birthDate', message: 'Cần khai "Ngày sinh".' },
      { key: 'sex', message: 'Cần khai "Giới tính".' },
    ]);
  });

  it('checks each kind', () => {
    const bad = (key: string, value: string) => messageOf({ ...sampleValues, [key]: value }, key);
    expect(bad('idNumber', '03819501234')).toBe(
      'Số định danh cá nhân: số định danh cá nhân gồm 12 chữ số, 3 số đầu là mã tỉnh nơi đăng ký khai sinh.',
    );
    expect(bad('idNumber', '999195012345')).toMatch(/mã tỉnh/);
    expect(bad('birthDate', '31/02/1990')).toMatch(/ngày\/tháng\/năm/);
    expect(bad('birthDate', '1990-09-05')).toMatch(/ngày\/tháng\/năm/);
    expect(bad('birthDate', '08/12/2026')).toBe('Ngày sinh: không được sau ngày hôm nay.');
    expect(bad('birthDate', '07/12/2026')).toBeUndefined();
    expect(bad('sex', 'Khác')).toBe('Giới tính: chọn một trong Nam, Nữ.');
    expect(bad('note', 'ab')).toBe('Ghi chú: cần ít nhất 3 ký tự.');
    expect(bad('note', 'x'.repeat(51))).toBe('Ghi chú: tối đa 50 ký tự.');
    expect(bad('copies', 'hai')).toBe('Số bản sao: ghi bằng chữ số.');
    expect(bad('copies', '0')).toBe('Số bản sao: không được nhỏ hơn 1.');
    expect(bad('copies', '21')).toBe('Số bản sao: không được lớn hơn 20.');
    expect(bad('phone', '12345')).toMatch(/^Điện thoại: số điện thoại không đúng/);
    expect(bad('email', 'an@')).toBe('Thư điện tử: địa chỉ thư điện tử không đúng.');
    expect(bad('code', '12-2026')).toBe('Số đăng ký: ghi dạng số/năm, ví dụ 12/2026');
    expect(bad('code', '12/2026')).toBeUndefined();
  });

  it('asks a conditional field only when its question is answered so, and requires it then', () => {
    expect(messageOf(sampleValues, 'authorisation')).toBeUndefined();
    expect(messageOf(sampleValues, 'authorisation', { uy_quyen: 'yes' })).toBe(
      'Cần khai "Văn bản ủy quyền".',
    );
    const ruledOut = check({ ...sampleValues, authorisation: 'Số 5/UQ' }, { uy_quyen: 'no' });
    expect(ruledOut.issues).toEqual([]);
    expect(ruledOut.values.some((v) => v.key === 'authorisation')).toBe(false);
    expect(fieldsFor(sampleForm, { uy_quyen: 'no' }).map((f) => f.key)).not.toContain('authorisation');
    expect(fieldsFor(sampleForm, {}).map((f) => f.key)).toContain('authorisation');
  });

  it('knows real dates', () => {
    expect(isDeclaredDate('29/02/2024')).toBe(true);
    expect(isDeclaredDate('29/02/2025')).toBe(false);
    expect(isDeclaredDate('01/13/2025')).toBe(false);
  });

  it('gives the generic form to a version without one', () => {
    expect(formOf({})).toBe(genericForm);
    expect(formOf({ declaration: sampleForm })).toBe(sampleForm);
    const view = formView({ questions: [] }, {});
    expect(view).toMatchObject({ title: 'Tờ khai', generic: true, questions: [] });
    expect(view.fields.map((f) => f.key)).toEqual(['request']);
  });

  it('gives the API view: readable conditions, statuses, the questions that decide fields', () => {
    const questions = [{ id: 'uy_quyen', text: 'Có ủy quyền không?', kind: 'yes_no' as const }];
    const view = formView({ declaration: sampleForm, questions }, { uy_quyen: 'yes' });
    expect(view.generic).toBe(false);
    expect(view.questions).toEqual(questions);
    const field = view.fields.find((f) => f.key === 'authorisation')!;
    expect(field.status).toBe('applies');
    expect(field.condition).toEqual({
      question: { id: 'uy_quyen', text: 'Có ủy quyền không?' },
      answers: [{ value: 'yes', label: 'Có' }],
    });
    expect(view.fields[0]!.status).toBe('always');
    expect(formView({ declaration: sampleForm, questions }, {}).fields.at(-1)!.status).toBe('unanswered');
    expect(formView({ declaration: sampleForm, questions }, { uy_quyen: 'no' }).fields).toHaveLength(9);
  });
});

describe('the e-form validator, for any input (fast-check)', () => {
  const keys = sampleForm.fields.map((f) => f.key);
  const anyValues = fc.dictionary(fc.constantFrom(...keys, 'unknown'), fc.string({ maxLength: 30 }));
  const anyAnswers = fc.record({ uy_quyen: fc.constantFrom('yes', 'no') }, { requiredKeys: [] });

  it('never throws; at most one issue per field; a field is either a value or an issue', () => {
    fc.assert(
      fc.property(anyValues, anyAnswers, (values, answers) => {
        const r = check(values, answers);
        const issueKeys = r.issues.map((i) => i.key);
        expect(new Set(issueKeys).size).toBe(issueKeys.length);
        for (const v of r.values) expect(issueKeys).not.toContain(v.key);
        for (const i of r.issues) expect(i.message.length).toBeGreaterThan(0);
        expect(r.values.every((v) => keys.includes(v.key))).toBe(true);
      }),
    );
  });

  it('is idempotent: the tidied values pass again unchanged', () => {
    fc.assert(
      fc.property(anyValues, anyAnswers, (values, answers) => {
        const first = check(values, answers);
        const again = check(Object.fromEntries(first.values.map((v) => [v.key, v.value])), answers);
        expect(again.values).toEqual(first.values);
        expect(again.issues.every((i) => first.issues.some((j) => j.key === i.key))).toBe(true);
      }),
    );
  });

  it('accepts every 12-digit id number of a province, with or without spaces, and no other length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{0,13}$/), (rest) => {
        const digits = '038' + rest;
        const spaced = digits.replace(/(\d{3})(?=\d)/g, '$1 ');
        const message = messageOf({ ...sampleValues, idNumber: spaced }, 'idNumber');
        expect(message === undefined).toBe(digits.length === 12);
      }),
    );
  });

  it('accepts a real date up to today and refuses any later birth date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const text = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
          expect(messageOf({ ...sampleValues, birthDate: text }, 'birthDate') === undefined).toBe(
            iso <= today,
          );
        },
      ),
    );
  });

  it('a required field is missing exactly when it is blank and asked', () => {
    fc.assert(
      fc.property(fc.constantFrom('', ' ', '\t', ' \n '), anyAnswers, (blank, answers) => {
        const r = check({ ...sampleValues, name: blank, authorisation: blank }, answers);
        expect(r.issues.some((i) => i.key === 'name')).toBe(true);
        expect(r.issues.some((i) => i.key === 'authorisation')).toBe(answers.uy_quyen === 'yes');
      }),
    );
  });
});

describe('withPrefill', () => {
  const form = {
    fields: [
      { key: 'requesterName', prefill: 'applicant_name' as const },
      { key: 'requesterIdNumber', prefill: 'applicant_id_number' as const },
      { key: 'childName' },
    ],
  };
  it('fills empty fields from the applicant and never overwrites what was typed', () => {
    const out = withPrefill(
      form,
      { requesterIdNumber: '038195012345', childName: '  ' },
      prefillOf({ name: 'Lê Thị Hoa', idNumber: '001095000001' }),
    );
    expect(out).toEqual({ requesterName: 'Lê Thị Hoa', requesterIdNumber: '038195012345', childName: '  ' });
  });
  it('leaves a field empty when the applicant gave nothing for it', () => {
    expect(withPrefill(form, {}, prefillOf({ name: ' ' }))).toEqual({});
  });
});
