/**
 * Mẫu số 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (A5): every document still missing, at once, with what is
 * asked (originals / copies) and the reason, and whom to ask for help.
 */
import { type FormDossier, line, prose, signatures } from './common.js';
import { agencyContact, renderSlip, slipTable } from './slip.js';
import { vnDate } from './text.js';

export interface SupplementInput extends FormDossier {
  /** When the request was made (ISO 8601). */
  requestedAt: string;
  /** When the dossier first came in (ISO 8601), if it differs. */
  submittedAt: string;
  missing: { name: string; originals: number; copies: number }[];
  /** The officer's note: why the dossier is incomplete. */
  reason?: string | null | undefined;
  officerName?: string | null | undefined;
  /** Submitted online: the papers may be uploaded online ("Hồ sơ của tôi") rather than brought to the desk. */
  online?: boolean | undefined;
}

function asked(d: { originals: number; copies: number }): string {
  const parts: string[] = [];
  if (d.originals > 0) parts.push(`${d.originals} bản chính`);
  if (d.copies > 0) parts.push(`${d.copies} bản sao`);
  return parts.join(', ') || 'Xuất trình bản chính';
}

export function renderSupplement(input: SupplementInput): Promise<Buffer> {
  return renderSlip(
    input,
    {
      name: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
      formNo: 'Mẫu số 02',
      date: input.requestedAt,
      footer: `Phiếu yêu cầu bổ sung hồ sơ ${input.code}`,
    },
    (doc) => {
      prose(
        doc,
        `Ngày nộp hồ sơ: ${vnDate(input.submittedAt)}. ` +
          'Hồ sơ chưa đầy đủ, đề nghị Ông/Bà bổ sung, hoàn thiện các giấy tờ sau:',
      );
      slipTable(
        doc,
        [
          { header: 'Giấy tờ cần bổ sung, hoàn thiện', width: 'fill' },
          { header: 'Số lượng', width: 78, align: 'center' },
        ],
        input.missing.map((m) => [m.name, asked(m)]),
      );
      doc.moveDown(0.4);
      line(doc, 'Lý do:', input.reason?.trim() || 'Hồ sơ còn thiếu các giấy tờ nêu trên theo quy định.');
      prose(
        doc,
        'Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ ' +
          agencyContact(input.agency) +
          ' để được hướng dẫn. ' +
          (input.online
            ? 'Ông/Bà nộp bổ sung trực tuyến tại mục "Hồ sơ của tôi" trên Cổng dịch vụ công, hoặc mang theo phiếu này đến nộp trực tiếp.'
            : 'Khi nộp bổ sung, xin mang theo phiếu này.'),
      );
      prose(doc, 'Xin trân trọng cảm ơn!', { italic: true });
      signatures(doc, [
        { title: 'NGƯỜI NỘP HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: input.applicant.name },
        { title: 'NGƯỜI HƯỚNG DẪN', hint: '(Ký và ghi rõ họ tên)', name: input.officerName },
      ]);
    },
  );
}
