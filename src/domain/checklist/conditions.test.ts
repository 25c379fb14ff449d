import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcedureRecord, RequiredDocument } from '../catalogue/record.js';
import {
  answersInWords,
  applicability,
  checkAnswers,
  conditionInWords,
  formatAnswers,
  isNeeded,
  parseAnswers,
  questionsFor,
} from './conditions.js';

const record: Pick<ProcedureRecord, 'questions'> = {
  questions: [
    { id: 'uy_quyen', text: 'Có ủy quyền cho người khác đi nộp không?', kind: 'yes_no' },
    {
      id: 'noi_sinh',
      text: 'Trẻ sinh ở đâu?',
      kind: 'choice',
      options: [
        { value: 'co_so_y_te', label: 'Tại cơ sở y tế' },
        { value: 'ngoai_co_so_y_te', label: 'Ngoài cơ sở y tế' },
      ],
    },
  ],
};
const doc = (condition?: RequiredDocument['condition']) => ({ condition });

describe('applicability', () => {
  it('a document without a condition is always needed', () => {
    expect(applicability(doc(), {})).toBe('always');
    expect(isNeeded(doc(), { uy_quyen: 'no' })).toBe(true);
  });
  it('a conditional document follows its question', () => {
    const d = doc({ question: 'uy_quyen', answers: ['yes'] });
    expect(applicability(d, {})).toBe('unanswered');
    expect(applicability(d, { uy_quyen: 'yes' })).toBe('applies');
    expect(applicability(d, { uy_quyen: 'no' })).toBe('not_applicable');
    expect(isNeeded(d, {})).toBe(false);
  });
  it('an always-needed document is needed whatever the answers (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('uy_quyen', 'noi_sinh', 'x'), fc.string()), (answers) =>
        isNeeded(doc(), answers),
      ),
    );
  });
});

describe('answers', () => {
  it('parses and formats the text form', () => {
    expect(parseAnswers('uy_quyen:yes, noi_sinh:co_so_y_te')).toEqual({
      uy_quyen: 'yes',
      noi_sinh: 'co_so_y_te',
    });
    expect(parseAnswers('')).toEqual({});
    expect(formatAnswers({ uy_quyen: 'yes', noi_sinh: 'co_so_y_te' })).toBe(
      'noi_sinh:co_so_y_te,uy_quyen:yes',
    );
  });
  it('refuses malformed text and a question answered twice', () => {
    expect(parseAnswers('uy_quyen')).toBeUndefined();
    expect(parseAnswers('uy_quyen:yes,uy_quyen:no')).toBeUndefined();
    expect(parseAnswers('Uy:yes')).toBeUndefined();
  });
  it('round-trips (property)', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
    fc.assert(
      fc.property(fc.dictionary(id, id, { noNullPrototype: true }), (a) => {
        expect(parseAnswers(formatAnswers(a))).toEqual(a);
      }),
    );
  });
  it('names unknown questions and answers', () => {
    expect(checkAnswers(record, { uy_quyen: 'yes', noi_sinh: 'co_so_y_te' })).toEqual([]);
    expect(checkAnswers(record, { bo_roi: 'yes' })).toEqual([
      { kind: 'unknown_question', question: 'bo_roi' },
    ]);
    expect(checkAnswers(record, { uy_quyen: 'maybe' })).toEqual([
      { kind: 'unknown_answer', question: 'uy_quyen', answer: 'maybe' },
    ]);
  });
  it('words answers and conditions in Vietnamese', () => {
    expect(answersInWords(record, { uy_quyen: 'yes' })).toEqual([
      'Có ủy quyền cho người khác đi nộp không? — Có',
    ]);
    expect(conditionInWords(record, doc({ question: 'noi_sinh', answers: ['ngoai_co_so_y_te'] }))).toBe(
      'Chỉ khi: Trẻ sinh ở đâu? — Ngoài cơ sở y tế',
    );
    expect(
      questionsFor(record, [doc({ question: 'noi_sinh', answers: ['co_so_y_te'] }), doc()]),
    ).toHaveLength(1);
  });
});
