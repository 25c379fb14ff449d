/**
 * Mẫu số 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ (A5): one row per hand-off (handed by, received by, time,
 * early / on time / late against the step's share of the time, notes), then one line per agency that held the
 * dossier with its time against its share. Built from the action log (src/services/dossier/control-slip.ts).
 */
import type { ControlSlip, StepOutcome } from '../../../domain/dossier/control-slip.js';
import { formatCount } from '../../../domain/format/format.js';
import { heading } from '../layout.js';
import { drawTable } from '../table.js';
import { formHeader, formTitle, line, renderForm, SLIP_FONT, type FormDossier } from './common.js';
import { vnDateTime } from './text.js';

export interface ControlSlipInput extends FormDossier {
  slip: ControlSlip;
  printedAt: string;
}

export const outcomeLabels = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
} as const satisfies Record<StepOutcome, string>;

const who = (p: { name: string | null; unit: string | null }) =>
  p.name && p.unit ? { text: p.name, note: p.unit } : (p.name ?? p.unit ?? '—');

/** 12.5 → "12,5 giờ" (working hours). */
const hours = (h: number) => formatCount(h, 'giờ');

export function renderControlSlip(input: ControlSlipInput): Promise<Buffer> {
  const { slip } = input;
  return renderForm(
    {
      size: 'A5',
      title: `Phiếu kiểm soát quá trình giải quyết hồ sơ - ${slip.code}`,
      formNo: 'Mẫu số 06',
      footer: `Phiếu kiểm soát quá trình giải quyết hồ sơ ${slip.code}`,
    },
    async (doc) => {
      await formHeader(doc, input.agency, { date: input.printedAt, codes: input });
      formTitle(doc, 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
      line(doc, 'Hồ sơ của:', input.applicant.name, { bold: true });
      line(doc, 'Nội dung yêu cầu giải quyết:', slip.procedureName);
      line(
        doc,
        'Ngày tiếp nhận:',
        `${slip.receivedAt ? vnDateTime(slip.receivedAt) : '—'}    Hẹn trả kết quả: ${
          slip.dueAt ? vnDateTime(slip.dueAt) : '—'
        }`,
      );
      doc.moveDown(0.3);
      const size = SLIP_FONT - 1.5;
      drawTable(doc, {
        fontSize: size,
        padding: 2.5,
        columns: [
          { header: 'Bên giao', width: 78 },
          { header: 'Bên nhận', width: 78 },
          { header: 'Thời gian giao, nhận', width: 50, align: 'center' },
          { header: 'Kết quả (trước / đúng / quá hạn)', width: 56, align: 'center' },
          { header: 'Ghi chú', width: 'fill' },
        ],
        rows: slip.rows.length
          ? slip.rows.map((r) => ({
              cells: [
                who(r.handedBy),
                who(r.receivedBy),
                vnDateTime(r.at).replace(' ', '\n'),
                r.outcome
                  ? {
                      text: outcomeLabels[r.outcome],
                      bold: r.outcome === 'late',
                      ...(r.dueAt ? { note: `hạn ${vnDateTime(r.dueAt)}` } : {}),
                    }
                  : '—',
                r.note ? { text: r.step, note: r.note } : r.step,
              ],
            }))
          : [{ cells: ['', '', '', '', 'Chưa có lần giao, nhận nào.'] }],
      });
      doc.moveDown(0.6);
      if (slip.agencies.length) {
        heading(doc, 'Thời gian giải quyết theo từng cơ quan (tính theo giờ làm việc)', {
          size: SLIP_FONT,
          keepWith: 40,
        });
        drawTable(doc, {
          fontSize: size,
          padding: 2.5,
          columns: [
            { header: 'Cơ quan', width: 'fill' },
            { header: 'Thời gian đã giữ hồ sơ', width: 66, align: 'center' },
            { header: 'Thời gian được giao', width: 62, align: 'center' },
            { header: 'Kết quả', width: 54, align: 'center' },
          ],
          rows: slip.agencies.map((a) => ({
            cells: [
              { text: a.unit, note: a.agencyId },
              hours(a.heldHours),
              a.shareHours === null ? '—' : hours(a.shareHours),
              a.late ? { text: 'Quá hạn', bold: true } : 'Đúng hạn',
            ],
          })),
        });
        doc.moveDown(0.4);
      }
      if (slip.lateAgency) {
        line(doc, 'Cơ quan làm chậm hồ sơ:', `${slip.lateAgency.unit} (${slip.lateAgency.agencyId})`, {
          bold: true,
        });
      }
    },
  );
}
