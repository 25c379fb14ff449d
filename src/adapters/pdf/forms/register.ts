/**
 * Mẫu số 07 — Sổ theo dõi hồ sơ (A4 landscape): one row per dossier a unit received in a date range — code,
 * applicant, procedure, received, due, finished, status, on time or late — with the header row repeated on every
 * page and counts at the end.
 */
import { contentBox } from '../layout.js';
import { drawTable } from '../table.js';
import { formHeader, formTitle, prose, renderForm, type FormAgency } from './common.js';
import { displayPhone, vnDate, vnDateTime } from './text.js';

export type Timeliness = 'early' | 'on_time' | 'late' | 'overdue' | 'in_time';

export interface RegisterRow {
  code: string;
  applicantName: string;
  applicantPhone?: string | null | undefined;
  procedureName: string;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  statusLabel: string;
  timeliness: Timeliness | null;
}

export interface RegisterInput {
  agency: FormAgency;
  /** Local dates YYYY-MM-DD, both included. */
  from: string;
  to: string;
  rows: RegisterRow[];
  printedAt: string;
}

export const timelinessLabels = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
  overdue: 'Đang quá hạn',
  in_time: 'Trong hạn',
} as const satisfies Record<Timeliness, string>;

const localDay = (iso: string) => vnDate(iso).split('/').reverse().join('-');

/**
 * Whether a dossier was (or is being) handled on time: finished before the day it was due → early, by the due
 * instant → on time, after it → late; unfinished and past due → overdue, otherwise in time. No due → null.
 */
export function timelinessOf(
  r: { dueAt: string | null; finishedAt: string | null; counted: boolean },
  now: number,
): Timeliness | null {
  if (!r.dueAt || !r.counted) return null;
  const due = Date.parse(r.dueAt);
  if (r.finishedAt) {
    const done = Date.parse(r.finishedAt);
    if (done > due) return 'late';
    return localDay(r.finishedAt) < localDay(r.dueAt) ? 'early' : 'on_time';
  }
  return now > due ? 'overdue' : 'in_time';
}

const ymdToVn = (d: string) => d.split('-').reverse().join('/');

export function renderRegister(input: RegisterInput): Promise<Buffer> {
  const range = `từ ngày ${ymdToVn(input.from)} đến ngày ${ymdToVn(input.to)}`;
  return renderForm(
    {
      size: 'A4',
      landscape: true,
      title: `Sổ theo dõi hồ sơ - ${input.agency.name} - ${range}`,
      formNo: 'Mẫu số 07',
      footer: `Sổ theo dõi hồ sơ · ${input.agency.name} · ${range} · In lúc ${vnDateTime(input.printedAt)}`,
    },
    async (doc) => {
      await formHeader(doc, input.agency, { date: input.printedAt, fontSize: 10.5 });
      formTitle(doc, 'SỔ THEO DÕI HỒ SƠ', range.replace(/^t/, 'T'), 14);
      const box = contentBox(doc);
      const size = 8.5;
      drawTable(doc, {
        fontSize: size,
        padding: 3,
        columns: [
          { header: 'STT', width: 28, align: 'center' },
          { header: 'Mã hồ sơ', width: 118 },
          { header: 'Người nộp hồ sơ', width: 118 },
          { header: 'Tên thủ tục hành chính', width: 'fill' },
          { header: 'Ngày nhận hồ sơ', width: 60, align: 'center' },
          { header: 'Hẹn trả kết quả', width: 60, align: 'center' },
          { header: 'Ngày hoàn thành', width: 60, align: 'center' },
          { header: 'Trạng thái', width: 76 },
          { header: 'Đúng hạn / quá hạn', width: 56, align: 'center' },
        ],
        rows: input.rows.length
          ? input.rows.map((r, i) => ({
              cells: [
                String(i + 1),
                r.code,
                r.applicantPhone
                  ? { text: r.applicantName, note: displayPhone(r.applicantPhone) }
                  : r.applicantName,
                r.procedureName,
                r.receivedAt ? vnDateTime(r.receivedAt).replace(' ', '\n') : '—',
                r.dueAt ? vnDateTime(r.dueAt).replace(' ', '\n') : '—',
                r.finishedAt ? vnDateTime(r.finishedAt).replace(' ', '\n') : '—',
                r.statusLabel,
                r.timeliness
                  ? {
                      text: timelinessLabels[r.timeliness],
                      bold: r.timeliness === 'late' || r.timeliness === 'overdue',
                    }
                  : '—',
              ],
            }))
          : [{ cells: ['', '', '', 'Không có hồ sơ nào trong khoảng thời gian này.', '', '', '', '', ''] }],
      });
      doc.moveDown(0.6);
      const count = (t: Timeliness[]) =>
        input.rows.filter((r) => r.timeliness && t.includes(r.timeliness)).length;
      doc.x = box.left;
      prose(
        doc,
        `Tổng số hồ sơ: ${input.rows.length}. Đã giải quyết trước hạn: ${count(['early'])}; đúng hạn: ` +
          `${count(['on_time'])}; quá hạn: ${count(['late'])}. Đang giải quyết trong hạn: ${count(['in_time'])}; ` +
          `đang quá hạn: ${count(['overdue'])}.`,
        { size: 10, align: 'left' },
      );
    },
  );
}
