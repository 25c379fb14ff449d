/** A small e-form with every kind and a condition, for the tests of the validator and of the declaration. */
import type { DeclarationForm } from '../catalogue/record.js';

export const sampleForm: DeclarationForm = {
  title: 'Tờ khai thử',
  fields: [
    { key: 'name', label: 'Họ và tên', kind: 'text', required: true, maxLength: 20, group: 'Người khai' },
    { key: 'idNumber', label: 'Số định danh cá nhân', kind: 'id_number', required: true },
    { key: 'birthDate', label: 'Ngày sinh', kind: 'date', required: true, notFuture: true },
    { key: 'sex', label: 'Giới tính', kind: 'select', required: true, options: ['Nam', 'Nữ'] },
    { key: 'note', label: 'Ghi chú', kind: 'textarea', required: false, minLength: 3, maxLength: 50 },
    { key: 'copies', label: 'Số bản sao', kind: 'number', required: false, min: 1, max: 20 },
    { key: 'phone', label: 'Điện thoại', kind: 'phone', required: false },
    { key: 'email', label: 'Thư điện tử', kind: 'email', required: false },
    {
      key: 'code',
      label: 'Số đăng ký',
      kind: 'text',
      required: false,
      pattern: '[0-9]+/[0-9]{4}',
      patternMessage: 'ghi dạng số/năm, ví dụ 12/2026',
    },
    {
      key: 'authorisation',
      label: 'Văn bản ủy quyền',
      kind: 'text',
      required: true,
      condition: { question: 'uy_quyen', answers: ['yes'] },
    },
  ],
};

/** Values of every required field of `sampleForm` (not the conditional one), all valid on 2026-12-07. */
export const sampleValues: Record<string, string> = {
  name: 'Lê Văn An',
  idNumber: '038 195 012 345',
  birthDate: '05/09/1990',
  sex: 'Nam',
};
