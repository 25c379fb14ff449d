/**
 * The demo catalogue's questions and conditions (set by hand from the documents' wording and the law): every
 * condition names one of its record's questions and only that question's answers, and for any answers and any
 * case no always-needed document is ever dropped from the checklist (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answeredChecklist } from '../../domain/checklist/answered.js';
import { checklistGroups } from '../../domain/checklist/checklist.js';
import { questionOptions, type Answers } from '../../domain/checklist/conditions.js';
import { checkRecord } from '../../domain/catalogue/validate.js';
import { demoCatalogue } from './catalogue.js';

const file = demoCatalogue();

describe('demo catalogue e-forms', () => {
  it('has the birth registration declaration of the official form, and at least five more', () => {
    const withForm = file.procedures.filter((p) => p.declaration);
    expect(withForm.length).toBeGreaterThanOrEqual(6);
    for (const p of withForm) expect(p.onlineLevel, p.code).not.toBe('none');
    const birth = file.procedures.find((p) => p.code === '1.001193')!.declaration!;
    expect(birth.title).toBe('Tờ khai đăng ký khai sinh');
    const keys = birth.fields.map((f) => f.key);
    for (const key of ['requesterName', 'requesterIdNumber', 'requesterResidence', 'relation', 'childName']) {
      expect(keys).toContain(key);
    }
    for (const who of ['mother', 'father'])
      for (const part of ['Name', 'BirthYear', 'Ethnicity', 'Nationality', 'Residence'])
        expect(birth.fields.find((f) => f.key === who + part)?.condition).toEqual({
          question: 'tre_bo_roi',
          answers: ['no'],
        });
    expect(birth.fields.find((f) => f.key === 'childBirthDate')).toMatchObject({
      kind: 'date',
      notFuture: true,
    });
    expect(birth.fields.find((f) => f.key === 'requesterIdNumber')?.kind).toBe('id_number');
    const kinds = new Set(withForm.flatMap((p) => p.declaration!.fields.map((f) => f.kind)));
    expect([...kinds].sort()).toEqual([
      'date',
      'email',
      'id_number',
      'number',
      'phone',
      'select',
      'text',
      'textarea',
    ]);
  });
});

describe('demo catalogue questions', () => {
  it('is format version 3, and every condition refers to an existing question and its answers', () => {
    expect(file.version).toBe(3);
    let conditions = 0;
    for (const p of file.procedures) {
      expect(checkRecord(p).ok, p.code).toBe(true);
      for (const d of p.documents) {
        if (!d.condition) continue;
        conditions++;
        const q = p.questions?.find((x) => x.id === d.condition!.question);
        expect(q, `${p.code}: ${d.name}`).toBeDefined();
        const values = questionOptions(q!).map((o) => o.value);
        for (const a of d.condition.answers) expect(values).toContain(a);
      }
    }
    expect(conditions).toBeGreaterThanOrEqual(40);
  });

  it('birth registration asks the law’s questions', () => {
    const birth = file.procedures.find((p) => p.code === '1.001193')!;
    const asked = (name: string) => birth.documents.find((d) => d.name.startsWith(name))?.condition;
    expect(asked('Biên bản về việc trẻ bị bỏ rơi')).toEqual({ question: 'tre_bo_roi', answers: ['yes'] });
    expect(asked('Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản')).toEqual({
      question: 'mang_thai_ho',
      answers: ['yes'],
    });
    expect(asked('Văn bản ủy quyền')).toEqual({ question: 'uy_quyen', answers: ['yes'] });
    expect(asked('Văn bản của người làm chứng')).toEqual({
      question: 'sinh_ngoai_co_so_y_te',
      answers: ['yes'],
    });
    for (const always of ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh', 'Giấy tờ tùy thân'])
      expect(asked(always)).toBeUndefined();
  });

  it('never drops an always-needed document, for any answers and any case (property)', () => {
    const procedure = fc.constantFrom(...file.procedures);
    const withAnswers = procedure.chain((p) =>
      fc.record({
        p: fc.constant(p),
        answers: fc.record(
          Object.fromEntries(
            (p.questions ?? []).map((q) => [
              q.id,
              fc.constantFrom(...questionOptions(q).map((o) => o.value)),
            ]),
          ),
          { requiredKeys: [] },
        ) as fc.Arbitrary<Answers>,
        caseName: fc.option(fc.constantFrom(...(p.cases.length ? p.cases : ['—'])), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(withAnswers, ({ p, answers, caseName }) => {
        const c = caseName !== undefined && p.cases.includes(caseName) ? caseName : undefined;
        const listed = new Set(answeredChecklist(p, answers, c).documents.map((d) => d.index));
        for (const g of checklistGroups(p, c))
          for (const d of [...g.submit, ...g.present])
            if (!d.condition) expect(listed.has(p.documents.indexOf(d)), `${p.code}: ${d.name}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
