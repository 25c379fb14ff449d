/**
 * The words and groupings of the dossier action forms (actions.tsx): which actions need a note and what it is
 * called, which are sent to another unit, and how each button looks.
 */
import type { Action } from '../../../src/domain/dossier/lifecycle.js';

/** What the officer is told when a required note is left empty. */
export const noteMissing: Partial<Record<Action, string>> = {
  request_supplement: 'Cần ghi rõ nội dung cần bổ sung.',
  consult: 'Cần ghi nội dung xin ý kiến.',
  answer_consult: 'Cần ghi nội dung trả lời.',
  receive_supplement:
    'Đánh dấu giấy tờ đã nhận; giấy tờ chưa đánh dấu thì ghi rõ nội dung đã bổ sung và lý do vẫn tiếp nhận.',
};

export const noteLabel: Partial<Record<Action, string>> = {
  refuse: 'Lý do từ chối',
  stop: 'Lý do dừng xử lý',
  request_supplement: 'Nội dung cần bổ sung, hoàn thiện',
  extend: 'Lý do chậm và lời xin lỗi',
  withdraw: 'Lý do công dân rút hồ sơ',
  send_back: 'Nội dung cần thẩm định lại',
  appraise: 'Ý kiến thẩm định',
  approve: 'Ý kiến phê duyệt',
  return_result: 'Ghi chú khi trả kết quả',
  record_result: 'Số, ký hiệu văn bản kết quả',
  transfer_back: 'Nội dung trả lời, kết quả liên thông',
  transfer: 'Nội dung đề nghị cơ quan phối hợp',
  consult: 'Nội dung xin ý kiến',
  answer_consult: 'Nội dung trả lời',
  receive_supplement: 'Nội dung bổ sung, lý do tiếp nhận',
};

/** Actions sent to another agency (a transfer; a request for its opinion). */
export const toUnitActions: readonly string[] = ['transfer', 'consult'];

/** Buttons that end or set back a dossier look dangerous; the main step forward is the primary one. */
export const danger: readonly Action[] = ['refuse', 'stop', 'withdraw'];
export const forward: readonly Action[] = [
  'assign',
  'appraise',
  'approve',
  'record_result',
  'return_result',
  'receive_supplement',
  'transfer_back',
  'record_payment',
];
