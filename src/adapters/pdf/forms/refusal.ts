/**
 * Mẫu số 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (A5): the refusal and every reason for it.
 */
import { type FormDossier, numbered, prose, signatures } from './common.js';
import { renderSlip } from './slip.js';

export interface RefusalInput extends FormDossier {
  refusedAt: string;
  reasons: string[];
  officerName?: string | null | undefined;
}

export function renderRefusal(input: RefusalInput): Promise<Buffer> {
  return renderSlip(
    input,
    { name: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', formNo: 'Mẫu số 03', date: input.refusedAt },
    (doc) => {
      prose(
        doc,
        `Qua xem xét, ${input.agency.name} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể ` +
          'như sau:',
      );
      numbered(doc, input.reasons.length ? input.reasons : ['Không ghi lý do.']);
      doc.moveDown(0.3);
      prose(doc, 'Xin thông báo để Ông/Bà được biết và thực hiện./.');
      signatures(doc, [
        { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: input.officerName },
      ]);
    },
  );
}
