/**
 * Mẫu số 05 — Thông báo dừng giải quyết hồ sơ (A5): the agency stops handling the dossier, with the reason.
 */
import { type FormDossier, line, prose, signatures } from './common.js';
import { agencyContact, renderSlip } from './slip.js';
import { vnDate, vnDateWords } from './text.js';

export interface StopInput extends FormDossier {
  stoppedAt: string;
  reason: string;
  signerName?: string | null | undefined;
}

export function renderStop(input: StopInput): Promise<Buffer> {
  return renderSlip(
    input,
    {
      name: 'Thông báo dừng giải quyết hồ sơ',
      formNo: 'Mẫu số 05',
      date: input.stoppedAt,
      verb: 'đã tiếp nhận',
    },
    (doc) => {
      if (input.receivedAt) line(doc, 'Ngày tiếp nhận:', vnDate(input.receivedAt));
      prose(
        doc,
        `${input.agency.name} thông báo dừng giải quyết hồ sơ nêu trên kể từ ${vnDateWords(input.stoppedAt)}.`,
      );
      line(doc, 'Lý do:', input.reason, { bold: true });
      prose(
        doc,
        'Mọi vướng mắc xin liên hệ ' + agencyContact(input.agency) + '. Xin thông báo để Ông/Bà được biết./.',
      );
      signatures(doc, [
        { title: 'THỦ TRƯỞNG CƠ QUAN', hint: '(Ký, ghi rõ họ tên, đóng dấu)', name: input.signerName },
      ]);
    },
  );
}
