import { describe, expect, it } from 'vitest';
import demo from '../../../../src/services/demo-data/demo-catalogue.json' with { type: 'json' };
import type { CatalogueFile, ProcedureRecord } from '../../../../src/domain/catalogue/record.js';
import { checkRecord } from '../../../../src/domain/catalogue/validate.js';
import {
  emptyRecord,
  errorPath,
  fromFormRecord,
  nearestField,
  placeErrors,
  sameRecord,
  toFormRecord,
} from './form-model.js';

const procedures = (demo as unknown as CatalogueFile).procedures;
const birth = () => structuredClone(procedures.find((p) => p.code === '1.001193')!);

describe('record ↔ form', () => {
  it('gives back the same record for every demo procedure', () => {
    for (const p of procedures) {
      const back = fromFormRecord(toFormRecord(structuredClone(p)));
      expect(sameRecord(back, p), p.code).toBe(true);
      expect(checkRecord(back, 'record').ok, p.code).toBe(true);
    }
  });

  it('edits the e-form: a moved field, a new condition, and no fields meaning no form', () => {
    const form = toFormRecord(birth());
    expect(form.declaration.fields.length).toBeGreaterThan(10);
    const [first, second] = form.declaration.fields;
    form.declaration.fields.splice(0, 2, second!, first!);
    form.declaration.fields[0]!.condition = { question: 'uy_quyen', answers: ['no'] };
    const back = fromFormRecord(form);
    expect(back.declaration?.fields[0]).toMatchObject({
      key: 'requesterIdNumber',
      condition: { question: 'uy_quyen', answers: ['no'] },
    });
    expect(checkRecord(back, 'record').ok).toBe(true);
    form.declaration.fields = [];
    expect(fromFormRecord(form).declaration).toBeUndefined();
  });

  it('sees a changed number of copies and an added keyword', () => {
    const form = toFormRecord(birth());
    form.documents[1]!.copies = 2;
    expect(sameRecord(fromFormRecord(form), birth())).toBe(false);
    const form2 = toFormRecord(birth());
    form2.keywords.push('khai sinh lại');
    expect(sameRecord(fromFormRecord(form2), birth())).toBe(false);
  });

  it('trims texts, leaves out empty optional parts, and keeps positions of empty list items', () => {
    const form = toFormRecord(birth());
    form.name = '  Đăng ký khai sinh  ';
    form.decision = '   ';
    form.agencies = { competent: ' ', implementing: ' UBND xã ' };
    form.documents[0]!.form = { name: '', url: '  ' };
    form.documents[1]!.form = { name: ' Tờ khai ', url: '' };
    form.documents[2]!.case = null;
    form.steps.push('   ');
    const r = fromFormRecord(form);
    expect(r.name).toBe('Đăng ký khai sinh');
    expect('decision' in r).toBe(false);
    expect(r.agencies).toEqual({ implementing: 'UBND xã' });
    expect('form' in r.documents[0]!).toBe(false);
    expect(r.documents[1]!.form).toEqual({ name: 'Tờ khai' });
    expect('case' in r.documents[2]!).toBe(false);
    expect(r.steps).toHaveLength(birth().steps.length + 1);
    expect(r.steps.at(-1)).toBe('');
  });

  it('sends 0 for a same-day time limit whatever the input held', () => {
    const form = toFormRecord(birth());
    form.channels[0]!.timeLimit = { value: 3, unit: 'same_day' };
    expect(fromFormRecord(form).channels[0]!.timeLimit).toEqual({ value: 0, unit: 'same_day' });
  });

  it('makes a new record the server accepts once code, name and field are filled', () => {
    const form = emptyRecord();
    expect(checkRecord(fromFormRecord(form), 'record').ok).toBe(false);
    Object.assign(form, {
      code: '9.000001.H56',
      name: 'Thủ tục mới',
      field: { code: 'HT', name: 'Hộ tịch' },
    });
    form.steps = ['Nộp hồ sơ.'];
    const checked = checkRecord(fromFormRecord(form), 'record');
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('compares an absent list of units and agencies as empty ones', () => {
    const a: ProcedureRecord = { ...birth(), units: [], agencies: {} };
    const b = birth();
    delete b.units;
    delete b.agencies;
    expect(sameRecord(a, b)).toBe(true);
  });
});

describe('server errors on the form', () => {
  it('reads bracketed paths', () => {
    expect(errorPath('record.channels[0].timeLimit.value')).toEqual([
      'record',
      'channels',
      0,
      'timeLimit',
      'value',
    ]);
    expect(errorPath('record.keywords[3]')).toEqual(['record', 'keywords', 3]);
    expect(errorPath('effectiveFrom')).toEqual(['effectiveFrom']);
    expect(errorPath('procedures[12].documents[0][1]')).toEqual(['procedures', 12, 'documents', 0, 1]);
  });

  it('puts each error on the nearest field of the form and keeps the rest apart', () => {
    const fields = [['record', 'keywords'], ['record', 'documents', 1, 'copies'], ['effectiveFrom']];
    expect(nearestField(['record', 'keywords', 3], fields)).toEqual(['record', 'keywords']);
    expect(nearestField(['record', 'documents', 2, 'copies'], fields)).toBeUndefined();
    const { placed, unplaced } = placeErrors(
      [
        { field: 'record.keywords[3]', message: 'Từ khóa trống' },
        { field: 'record.keywords[4]', message: 'Từ khóa quá dài' },
        { field: 'record.documents[1].copies', message: 'Số bản sao phải ≥ 0' },
        { field: 'record', message: 'Thủ tục phải là một đối tượng' },
      ],
      fields,
    );
    expect(placed).toEqual([
      { name: ['record', 'keywords'], errors: ['Từ khóa trống', 'Từ khóa quá dài'] },
      { name: ['record', 'documents', 1, 'copies'], errors: ['Số bản sao phải ≥ 0'] },
    ]);
    expect(unplaced).toEqual([{ field: 'record', message: 'Thủ tục phải là một đối tượng' }]);
  });
});
