/**
 * The Tax office's notice of financial obligations on land (thông báo nộp tiền), as structured data sent back with
 * the dossier: one line per obligation — its kind, the amount in đồng, the notice's number and date, and the payment
 * deadline. `checkTaxNotice` validates an input and gives the notice as stored, or every problem at once.
 */
import type { FieldIssue } from '../errors.js';
import { Issues } from './check.js';
import { obligationKinds, type ObligationKind } from './obligations.js';

export interface Obligation {
  kind: ObligationKind;
  /** Whole đồng; 0 when the obligation is exempted in full. */
  amount: number;
  noticeNo: string;
  /** YYYY-MM-DD */
  noticeDate: string;
  /** Payment deadline, YYYY-MM-DD. */
  dueDate: string;
}

export interface TaxNotice {
  obligations: Obligation[];
}

export const MAX_OBLIGATIONS = 20;

export function totalDue(notice: TaxNotice): number {
  return notice.obligations.reduce((sum, o) => sum + o.amount, 0);
}

/** The earliest payment deadline of the notice. */
export function firstDueDate(notice: TaxNotice): string | null {
  return notice.obligations.map((o) => o.dueDate).sort()[0] ?? null;
}

/** The notice as stored, or the issues (fields under `taxNotice.`). `today` is YYYY-MM-DD in Vietnam. */
export function checkTaxNotice(
  input: unknown,
  today: string,
): { ok: true; notice: TaxNotice } | { ok: false; issues: FieldIssue[] } {
  const issues = new Issues('taxNotice');
  const n = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const list = Array.isArray(n.obligations) ? n.obligations : [];
  if (list.length === 0) issues.add('obligations', 'Cần ít nhất một khoản nghĩa vụ tài chính.');
  if (list.length > MAX_OBLIGATIONS) issues.add('obligations', `Tối đa ${MAX_OBLIGATIONS} khoản.`);
  const obligations: Obligation[] = [];
  list.slice(0, MAX_OBLIGATIONS).forEach((item: unknown, i) => {
    const o = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const at = `obligations[${i}]`;
    const kind = obligationKinds.find((k) => k === o.kind);
    if (!kind) issues.add(`${at}.kind`, 'Cần chọn loại nghĩa vụ (tiền sử dụng đất, lệ phí trước bạ…).');
    const amount = issues.dong(`${at}.amount`, o.amount, 'Cần số tiền phải nộp (đồng).');
    const noticeNo = issues.text(`${at}.noticeNo`, o.noticeNo, 'Cần số thông báo.', 50);
    const noticeDate = issues.date(`${at}.noticeDate`, o.noticeDate, 'Cần ngày thông báo.', today);
    const dueDate = issues.date(`${at}.dueDate`, o.dueDate, 'Cần hạn nộp.');
    if (noticeDate && dueDate && dueDate < noticeDate) {
      issues.add(`${at}.dueDate`, 'Hạn nộp không được trước ngày thông báo.');
      return;
    }
    if (kind && amount !== undefined && noticeNo && noticeDate && dueDate) {
      if (obligations.some((x) => x.kind === kind && x.noticeNo === noticeNo)) {
        issues.add(`${at}.kind`, 'Khoản này đã có trong cùng thông báo.');
        return;
      }
      obligations.push({ kind, amount, noticeNo, noticeDate, dueDate });
    }
  });
  if (issues.list.length > 0) return { ok: false, issues: issues.list };
  return { ok: true, notice: { obligations } };
}
