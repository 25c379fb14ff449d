/**
 * Mẫu số 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (A5): the dossier code with its barcode and a QR code to
 * the tracking page, the applicant, the request, the documents received, the time limit, the times of receipt and
 * of the appointment, the fee, where to collect, the hotline, and the signatures of submitter and officer.
 */
import { type FormDossier, line, signatures } from './common.js';
import { renderSlip, slipTable } from './slip.js';
import { vnDateTime, vnDateTimeWords } from './text.js';

export interface ReceiptDocument {
  name: string;
  /** Submitted, or only shown for checking (xuất trình). */
  kind: 'submit' | 'present';
  originals: number;
  copies: number;
}

export interface ReceiptInput extends FormDossier {
  receivedAt: string;
  /** The appointment; null when the time limit is counted later (no appointment yet). */
  dueAt: string | null;
  documents: ReceiptDocument[];
  /** "5 ngày làm việc" */
  timeLimit: string;
  sets?: number;
  /** Absent: the line is left out. */
  fee?: { mode: 'before' | 'after' | 'exempt'; text?: string | undefined } | undefined;
  /** Where the result is collected (default: the agency and its address). */
  collectAt?: string | undefined;
  officerName?: string | null | undefined;
}

const feeWords = {
  before: 'Đã nộp khi tiếp nhận hồ sơ',
  after: 'Nộp khi nhận kết quả',
  exempt: 'Miễn phí, lệ phí',
} as const;

const two = (n: number) => String(n).padStart(2, '0');

export function renderReceipt(input: ReceiptInput): Promise<Buffer> {
  return renderSlip(
    input,
    {
      name: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
      formNo: 'Mẫu số 01',
      date: input.receivedAt,
      footer:
        `Giấy tiếp nhận hồ sơ ${input.code}` +
        (input.agency.hotline ? ` · Đường dây nóng: ${input.agency.hotline}` : ''),
    },
    (doc) => {
      line(doc, '1. Thành phần hồ sơ nộp gồm:', '');
      slipTable(
        doc,
        [
          { header: 'Tên giấy tờ', width: 'fill' },
          { header: 'Bản chính', width: 45, align: 'center' },
          { header: 'Bản sao', width: 40, align: 'center' },
        ],
        input.documents.map((d) => [
          d.kind === 'present' ? { text: d.name, note: 'Xuất trình bản chính để đối chiếu' } : d.name,
          d.originals > 0 ? String(d.originals) : '—',
          d.copies > 0 ? String(d.copies) : '—',
        ]),
      );
      doc.moveDown(0.4);
      line(doc, '2. Số lượng hồ sơ:', `${two(input.sets ?? 1)} bộ`);
      line(doc, '3. Thời gian giải quyết hồ sơ theo quy định:', input.timeLimit);
      line(doc, '4. Thời gian nhận hồ sơ:', vnDateTimeWords(input.receivedAt));
      line(
        doc,
        '5. Thời gian trả kết quả giải quyết hồ sơ:',
        input.dueAt ? vnDateTime(input.dueAt) : 'sẽ thông báo sau',
        { bold: true },
      );
      let n = 6;
      if (input.fee) {
        const text = input.fee.text
          ? `${feeWords[input.fee.mode]} (${input.fee.text})`
          : feeWords[input.fee.mode];
        line(doc, `${n}. Phí, lệ phí:`, text);
        n += 1;
      }
      const where =
        input.collectAt ??
        (input.agency.address ? `${input.agency.name}, ${input.agency.address}` : input.agency.name);
      line(doc, `${n}. Nơi nhận kết quả:`, where);
      signatures(doc, [
        { title: 'NGƯỜI NỘP HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: input.applicant.name },
        { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: input.officerName },
      ]);
    },
  );
}
