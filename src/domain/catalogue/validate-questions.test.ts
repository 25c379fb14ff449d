import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { CatalogueFile, ProcedureRecord } from './record.js';
import { checkCatalogueFile, checkRecord } from './validate.js';

const fixture = JSON.parse(
  fs.readFileSync(new URL('../../../test/fixtures/catalogue-small.json', import.meta.url), 'utf8'),
) as CatalogueFile;

/** Birth registration with one question and the authorisation conditional on it. */
function birth(): ProcedureRecord {
  const r = structuredClone(fixture.procedures.find((p) => p.code === '1.001193')!);
  r.questions = [{ id: 'uy_quyen', text: 'Có ủy quyền cho người khác đi nộp không?', kind: 'yes_no' }];
  r.documents[0]!.condition = { question: 'uy_quyen', answers: ['yes'] };
  return r;
}

function issuesOf(input: unknown) {
  const r = checkRecord(input, 'record');
  return r.ok ? [] : r.issues;
}

describe('questions and conditions', () => {
  it('accepts a question and a condition on it, and keeps them', () => {
    const r = checkRecord(birth());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.documents[0]!.condition).toEqual({ question: 'uy_quyen', answers: ['yes'] });
  });

  it('refuses a condition that points at no question, naming the field in Vietnamese', () => {
    const r = birth();
    r.documents[0]!.condition = { question: 'tre_bo_roi', answers: ['yes'] };
    expect(issuesOf(r)).toEqual([
      {
        field: 'record.documents[0].condition.question',
        message:
          'Điều kiện của giấy tờ «Tờ khai đăng ký khai sinh» dựa vào câu hỏi "tre_bo_roi" không có trong danh sách câu hỏi (questions)',
      },
    ]);
    delete r.questions;
    expect(issuesOf(r)[0]!.message).toContain('thủ tục chưa có câu hỏi nào');
  });

  it('refuses an answer that is not one of the question’s options', () => {
    const r = birth();
    r.documents[0]!.condition = { question: 'uy_quyen', answers: ['yes', 'maybe'] };
    expect(issuesOf(r)).toEqual([
      {
        field: 'record.documents[0].condition.answers[1]',
        message:
          'Điều kiện của giấy tờ «Tờ khai đăng ký khai sinh»: "maybe" không phải là câu trả lời của câu hỏi "uy_quyen" «Có ủy quyền cho người khác đi nộp không?» (các câu trả lời: yes (Có), no (Không))',
      },
    ]);
  });

  it('refuses a choice without options, a yes/no with options, and duplicate ids and options', () => {
    const r = birth();
    r.questions!.push(
      { id: 'uy_quyen', text: 'Câu hỏi trùng mã?', kind: 'yes_no' },
      { id: 'loai', text: 'Loại nào?', kind: 'choice' },
      {
        id: 'co_khong',
        text: 'Có hay không?',
        kind: 'yes_no',
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
      },
      {
        id: 'phuong_an',
        text: 'Phương án nào?',
        kind: 'choice',
        options: [
          { value: 'a', label: 'A' },
          { value: 'a', label: 'A nữa' },
        ],
      },
    );
    expect(issuesOf(r)).toEqual([
      { field: 'record.questions[1].id', message: 'Mã câu hỏi "uy_quyen" bị trùng' },
      {
        field: 'record.questions[2].options',
        message: 'Câu hỏi lựa chọn (choice) phải có ít nhất hai phương án trả lời (options)',
      },
      {
        field: 'record.questions[3].options',
        message: expect.stringContaining('Câu hỏi có/không (yes_no)') as string,
      },
      { field: 'record.questions[4].options[1].value', message: 'Phương án trả lời "a" bị trùng' },
    ]);
  });

  it('names a bad question id in Vietnamese (schema)', () => {
    const r = birth();
    r.questions![0]!.id = 'Ủy quyền';
    const issues = issuesOf(r);
    expect(issues).toContainEqual({
      field: 'record.questions[0].id',
      message: 'Mã câu hỏi không đúng định dạng',
    });
  });
});

describe('catalogue files', () => {
  it('imports a version-1 file (no questions) and a version-2 file with them', () => {
    expect(checkCatalogueFile(fixture).ok).toBe(true);
    expect(checkCatalogueFile({ ...fixture, version: 2, procedures: [birth()] }).ok).toBe(true);
  });

  it('refuses questions in a file that says it is version 1, and lists every record’s problem', () => {
    const r = checkCatalogueFile({ ...fixture, version: 1, procedures: [birth()] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.field)).toEqual([
        'procedures[0].questions',
        'procedures[0].documents[0].condition',
      ]);
  });
});
