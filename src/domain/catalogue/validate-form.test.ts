import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { CatalogueFile, FormField, ProcedureRecord } from './record.js';
import { checkCatalogueFile, checkRecord } from './validate.js';

const fixture = JSON.parse(
  fs.readFileSync(new URL('../../../test/fixtures/catalogue-small.json', import.meta.url), 'utf8'),
) as CatalogueFile;

const field = (f: Partial<FormField> & Pick<FormField, 'key'>): FormField => ({
  label: f.key,
  kind: 'text',
  required: false,
  ...f,
});

/** Birth registration with one question and a small e-form, one field conditional on the question. */
function birth(): ProcedureRecord {
  const r = structuredClone(fixture.procedures.find((p) => p.code === '1.001193')!);
  r.questions = [{ id: 'uy_quyen', text: 'Có ủy quyền cho người khác đi nộp không?', kind: 'yes_no' }];
  r.declaration = {
    title: 'Tờ khai đăng ký khai sinh',
    fields: [
      field({ key: 'childName', label: 'Họ, chữ đệm, tên của trẻ', required: true }),
      field({ key: 'childSex', label: 'Giới tính', kind: 'select', options: ['Nam', 'Nữ'] }),
      field({ key: 'childBirthDate', label: 'Ngày sinh', kind: 'date', notFuture: true }),
      field({
        key: 'authorisation',
        label: 'Văn bản ủy quyền',
        condition: { question: 'uy_quyen', answers: ['yes'] },
      }),
    ],
  };
  return r;
}

const issuesOf = (input: unknown) => {
  const r = checkRecord(input, 'record');
  return r.ok ? [] : r.issues;
};

describe('the declaration e-form in a record', () => {
  it('accepts a form with a condition and keeps it', () => {
    const r = checkRecord(birth());
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.declaration?.fields[3]?.condition).toEqual({ question: 'uy_quyen', answers: ['yes'] });
  });

  it('refuses duplicate keys, a select without options, options elsewhere, bad bounds, a bad pattern', () => {
    const r = birth();
    r.declaration!.fields.push(
      field({ key: 'childName', label: 'Lần nữa' }),
      field({ key: 'relation', label: 'Quan hệ', kind: 'select' }),
      field({ key: 'place', label: 'Nơi sinh', options: ['A'] }),
      field({ key: 'note', label: 'Ghi chú', minLength: 10, maxLength: 5 }),
      field({ key: 'copies', label: 'Số bản', kind: 'number', min: 5, max: 1 }),
      field({ key: 'code', label: 'Số', pattern: '([0-9' }),
      field({ key: 'year', label: 'Năm', kind: 'number', notFuture: true }),
    );
    r.declaration!.fields[1]!.options = ['Nam', 'Nam'];
    expect(issuesOf(r)).toEqual([
      { field: 'record.declaration.fields[1].options[1]', message: 'Lựa chọn "Nam" bị trùng' },
      { field: 'record.declaration.fields[4].key', message: 'Mã mục tờ khai "childName" bị trùng' },
      {
        field: 'record.declaration.fields[5].options',
        message: 'Mục chọn (select) phải có danh sách lựa chọn (options)',
      },
      {
        field: 'record.declaration.fields[6].options',
        message: 'Chỉ mục chọn (select) mới có danh sách lựa chọn (options)',
      },
      { field: 'record.declaration.fields[7].minLength', message: 'Độ dài tối thiểu lớn hơn độ dài tối đa' },
      { field: 'record.declaration.fields[8].min', message: 'Giá trị nhỏ nhất lớn hơn giá trị lớn nhất' },
      {
        field: 'record.declaration.fields[9].pattern',
        message: 'Mẫu kiểm tra (pattern) không phải là biểu thức chính quy hợp lệ',
      },
      {
        field: 'record.declaration.fields[10].notFuture',
        message: '«Không sau hôm nay» chỉ dùng cho mục ngày (date)',
      },
    ]);
  });

  it('refuses a condition naming an unknown question or answer, naming the field', () => {
    const r = birth();
    r.declaration!.fields[3]!.condition = { question: 'tre_bo_roi', answers: ['yes'] };
    expect(issuesOf(r)).toEqual([
      {
        field: 'record.declaration.fields[3].condition.question',
        message:
          'Điều kiện của mục tờ khai «Văn bản ủy quyền» dựa vào câu hỏi "tre_bo_roi" không có trong danh sách câu hỏi (questions)',
      },
    ]);
    r.declaration!.fields[3]!.condition = { question: 'uy_quyen', answers: ['maybe'] };
    expect(issuesOf(r).map((i) => i.field)).toEqual(['record.declaration.fields[3].condition.answers[0]']);
  });

  it('names schema problems of the form in Vietnamese', () => {
    const r = birth() as unknown as { declaration: { title: string; fields: Record<string, unknown>[] } };
    r.declaration.fields[0]!.kind = 'colour';
    r.declaration.fields[1]!.key = 'bad key';
    r.declaration.title = '';
    const issues = issuesOf(r);
    expect(issues.map((i) => i.field)).toEqual(
      expect.arrayContaining([
        'record.declaration.title',
        'record.declaration.fields[0].kind',
        'record.declaration.fields[1].key',
      ]),
    );
    expect(issues.find((i) => i.field.endsWith('title'))?.message).toMatch(/^Tên tờ khai/);
    expect(issues.find((i) => i.field.endsWith('kind'))?.message).toMatch(/^Loại mục tờ khai/);
    expect(issues.find((i) => i.field.endsWith('key'))?.message).toMatch(/^Mã mục tờ khai/);
  });
});

describe('catalogue files of every format version', () => {
  it('imports version 1 and 2 files, and a version-3 file with a form', () => {
    expect(checkCatalogueFile(fixture).ok).toBe(true);
    const v2 = birth();
    delete v2.declaration;
    expect(checkCatalogueFile({ ...fixture, version: 2, procedures: [v2] }).ok).toBe(true);
    expect(checkCatalogueFile({ ...fixture, version: 3 }).ok).toBe(true);
    expect(checkCatalogueFile({ ...fixture, version: 3, procedures: [birth()] }).ok).toBe(true);
  });

  it('refuses a form in a file that says it is version 1 or 2', () => {
    for (const version of [1, 2] as const) {
      const r = checkCatalogueFile({ ...fixture, version, procedures: [birth()] });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.issues).toContainEqual({
          field: 'procedures[0].declaration',
          message:
            'Thủ tục 1.001193: Tờ khai điện tử (declaration) chỉ có từ định dạng phiên bản 3: ghi "version": 3 trong tệp',
        });
    }
  });
});
