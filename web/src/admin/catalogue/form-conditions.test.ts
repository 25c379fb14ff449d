import { describe, expect, it } from 'vitest';
import demo from '../../../../src/services/demo-data/demo-catalogue.json' with { type: 'json' };
import type { CatalogueFile } from '../../../../src/domain/catalogue/record.js';
import { checkRecord } from '../../../../src/domain/catalogue/validate.js';
import { answeredChecklist } from '../../../../src/domain/checklist/answered.js';
import {
  ALWAYS,
  answersProblem,
  idProblem,
  newQuestion,
  optionsProblem,
  questionTextProblem,
  formQuestionOptions,
  suggestId,
  withoutQuestion,
} from './form-conditions.js';
import { fromFormRecord, placeErrors, previewRecord, sameRecord, toFormRecord } from './form-model.js';

const procedures = (demo as unknown as CatalogueFile).procedures;
/** Guardianship registration: a choice question (cử / đương nhiên) and a yes/no one (ủy quyền). */
const guardianship = () => structuredClone(procedures.find((p) => p.code === '1.004837')!);

describe('questions and conditions in the form', () => {
  it('holds conditions by question key and gives the same record back', () => {
    const form = toFormRecord(guardianship());
    expect(form.questions.map((q) => [q.key, q.id, q.kind, q.options.length])).toEqual([
      ['loai_giam_ho', 'loai_giam_ho', 'choice', 2],
      ['uy_quyen', 'uy_quyen', 'yes_no', 0],
    ]);
    expect(form.documents.map((d) => d.condition)).toEqual([
      { question: ALWAYS, answers: [] },
      { question: 'loai_giam_ho', answers: ['cu'] },
      { question: 'loai_giam_ho', answers: ['duong_nhien'] },
      { question: ALWAYS, answers: [] },
      { question: ALWAYS, answers: [] },
      { question: 'uy_quyen', answers: ['yes'] },
    ]);
    expect(sameRecord(fromFormRecord(form), guardianship())).toBe(true);
  });

  it('adds a question and a condition on it, trimmed, with answers in the question’s order', () => {
    const form = toFormRecord(guardianship());
    const q = newQuestion();
    Object.assign(q, {
      id: ' nguoi_nuoc_ngoai ',
      text: ' Người được giám hộ là người nước ngoài? ',
      help: '  ',
    });
    form.questions.push(q);
    form.documents[0]!.condition = { question: q.key, answers: ['yes'] };
    form.documents[1]!.condition = { question: 'loai_giam_ho', answers: ['duong_nhien', 'cu'] };
    const record = fromFormRecord(form);
    expect(record.questions?.at(-1)).toEqual({
      id: 'nguoi_nuoc_ngoai',
      text: 'Người được giám hộ là người nước ngoài?',
      kind: 'yes_no',
    });
    expect(record.documents[0]!.condition).toEqual({ question: 'nguoi_nuoc_ngoai', answers: ['yes'] });
    expect(record.documents[1]!.condition).toEqual({
      question: 'loai_giam_ho',
      answers: ['cu', 'duong_nhien'],
    });
    const checked = checkRecord(record, 'record');
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('keeps documents linked when a question’s id is renamed, and drops a yes/no question’s options', () => {
    const form = toFormRecord(guardianship());
    form.questions[0]!.id = 'hinh_thuc_giam_ho';
    form.questions[1]!.options = [{ value: 'x', label: 'X' }];
    const record = fromFormRecord(form);
    expect(record.documents[1]!.condition).toEqual({ question: 'hinh_thuc_giam_ho', answers: ['cu'] });
    expect(record.questions![1]).toEqual({
      id: 'uy_quyen',
      text: 'Có ủy quyền cho người khác đi nộp không?',
      kind: 'yes_no',
    });
    expect(checkRecord(record, 'record').ok).toBe(true);
  });

  it('turns a choice into yes/no: the conditions on its old answers are sent for the server to refuse', () => {
    const form = toFormRecord(guardianship());
    form.questions[0]!.kind = 'yes_no';
    const checked = checkRecord(fromFormRecord(form), 'record');
    expect(checked.ok ? [] : checked.issues.map((i) => i.field)).toEqual([
      'record.documents[1].condition.answers[0]',
      'record.documents[2].condition.answers[0]',
    ]);
    // …and they land next to the document's answers in the form.
    const fields = [
      ['record', 'documents', 1, 'condition', 'answers'],
      ['record', 'documents', 2, 'condition', 'answers'],
    ];
    const { placed } = placeErrors(checked.ok ? [] : checked.issues, fields);
    expect(placed.map((p) => p.name)).toEqual(fields);
    expect(placed[0]!.errors[0]).toBe(
      'Điều kiện của giấy tờ «Văn bản cử người giám hộ»: "cu" không phải là câu trả lời của câu hỏi ' +
        '"loai_giam_ho" «Giám hộ cử hay giám hộ đương nhiên?» (các câu trả lời: yes (Có), no (Không))',
    );
  });

  it('removes a question and makes the documents that depended on it always needed', () => {
    const form = toFormRecord(guardianship());
    const { questions, documents, cleared } = withoutQuestion(form.questions, form.documents, 0);
    expect(questions.map((q) => q.id)).toEqual(['uy_quyen']);
    expect(cleared).toEqual([1, 2]);
    expect(documents[1]!.condition).toEqual({ question: ALWAYS, answers: [] });
    expect(documents[5]!.condition).toEqual({ question: 'uy_quyen', answers: ['yes'] });
    const record = fromFormRecord({ ...form, questions, documents });
    expect(record.documents[1]).not.toHaveProperty('condition');
    expect(checkRecord(record, 'record').ok).toBe(true);
    // Removing the last question leaves no `questions` at all.
    const none = withoutQuestion(questions, documents, 0);
    expect(fromFormRecord({ ...form, ...none })).not.toHaveProperty('questions');
  });
});

describe('the preview record', () => {
  it('names questions by key, so a question whose id is not typed yet already decides its documents', () => {
    const form = toFormRecord(guardianship());
    const q = newQuestion();
    q.text = 'Có giấy tờ nước ngoài không?';
    form.questions.push(q);
    form.documents[0]!.condition = { question: q.key, answers: ['yes'] };
    const record = previewRecord(form);
    const names = (answers: Record<string, string>) =>
      answeredChecklist(record, answers).documents.map((d) => [d.index, d.applicability]);
    expect(names({ [q.key]: 'no', loai_giam_ho: 'cu', uy_quyen: 'no' })).toEqual([
      [1, 'applies'],
      [3, 'always'],
      [4, 'always'],
    ]);
    expect(names({ [q.key]: 'yes' })).toEqual([
      [0, 'applies'],
      [1, 'unanswered'],
      [2, 'unanswered'],
      [5, 'unanswered'],
      [3, 'always'],
      [4, 'always'],
    ]);
  });
});

describe('options being typed', () => {
  it('shows every option in the preview under distinct values, and offers only those with a value', () => {
    const q = newQuestion();
    q.kind = 'choice';
    q.options = [
      { value: '', label: 'Cùng xã' },
      { value: '', label: '' },
      { value: 'khac_xa', label: 'Khác xã' },
      { value: 'khac_xa', label: 'Khác xã (trùng)' },
    ];
    const form = toFormRecord(guardianship());
    form.questions = [q];
    form.documents.forEach((d) => (d.condition = { question: ALWAYS, answers: [] }));
    form.documents[0]!.condition = { question: q.key, answers: ['khac_xa'] };
    expect(previewRecord(form).questions![0]!.options).toEqual([
      { value: 'phuong_an__1', label: 'Cùng xã' },
      { value: 'phuong_an__2', label: '(phương án 2)' },
      { value: 'khac_xa', label: 'Khác xã' },
      { value: 'khac_xa__4', label: 'Khác xã (trùng)' },
    ]);
    expect(formQuestionOptions(q)).toEqual([{ value: 'khac_xa', label: 'Khác xã' }]);
  });
});

describe('the form’s own messages', () => {
  it('says what is wrong with an id, a question, the options and a condition, in Vietnamese', () => {
    expect(idProblem('', [], 'câu hỏi')).toBe('Nhập mã câu hỏi (ví dụ uy_quyen).');
    expect(idProblem('Ủy quyền', [], 'câu hỏi')).toContain('chữ thường không dấu');
    expect(idProblem('uy_quyen', ['uy_quyen '], 'câu hỏi')).toBe('Mã "uy_quyen" đã dùng cho câu hỏi khác.');
    expect(idProblem(' cu ', ['duong_nhien'], 'phương án')).toBeUndefined();
    expect(questionTextProblem('  ')).toBe('Nhập câu hỏi.');
    expect(questionTextProblem('Có?')).toBeUndefined();
    expect(optionsProblem('choice', 1)).toBe('Câu hỏi lựa chọn cần ít nhất hai phương án.');
    expect(optionsProblem('yes_no', 0)).toBeUndefined();
    expect(answersProblem({ question: 'uy_quyen', answers: [] })).toBe(
      'Chọn câu trả lời khiến giấy tờ này cần nộp.',
    );
    expect(answersProblem({ question: ALWAYS, answers: [] })).toBeUndefined();
  });

  it('suggests an id from the question’s words, unique in the record', () => {
    expect(suggestId('Có ủy quyền cho người khác đi nộp không?', [])).toBe('co_uy_quyen_cho');
    expect(suggestId('Đất đã được đo đạc lại?', ['dat_da_duoc_do'])).toBe('dat_da_duoc_do_2');
    expect(suggestId('2 con trở lên?', [])).toBe('q_2_con_tro_len');
    expect(suggestId('?!', [])).toBeUndefined();
  });
});
