/**
 * Mẫu số 04 — Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (A5): the agency apologises for missing the
 * appointment, gives the reason and the new date, signed by its head. Filled from the `extend` entry of the log.
 */
import { formHeader, formTitle, line, prose, renderForm, signatures, type FormDossier } from './common.js';
import { vnDateTime, vnDateWords } from './text.js';

export interface ApologyInput extends FormDossier {
  receivedAt: string;
  extendedAt: string;
  previousDue: string;
  newDue: string;
  reason: string;
  /** The leader who signs. */
  signerName?: string | null | undefined;
}

export function renderApology(input: ApologyInput): Promise<Buffer> {
  return renderForm(
    {
      size: 'A5',
      title: `Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết - ${input.code}`,
      formNo: 'Mẫu số 04',
      footer: `Văn bản xin lỗi và gia hạn ${input.code}`,
    },
    async (doc) => {
      await formHeader(doc, input.agency, { date: input.extendedAt, codes: input });
      formTitle(doc, 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ');
      line(doc, 'Kính gửi:', `Ông/Bà ${input.applicant.name}`, { bold: true });
      if (input.applicant.address) line(doc, 'Địa chỉ:', input.applicant.address);
      doc.moveDown(0.2);
      prose(
        doc,
        `${vnDateWords(input.receivedAt).replace(/^n/, 'N')}, ${input.agency.name} tiếp nhận hồ sơ của Ông/Bà, ` +
          `mã hồ sơ ${input.code}, đề nghị giải quyết thủ tục: ${input.procedureName}. ` +
          `Thời gian hẹn trả kết quả: ${vnDateTime(input.previousDue)}.`,
      );
      prose(
        doc,
        `Tuy nhiên, đến nay ${input.agency.name} chưa thể trả kết quả giải quyết hồ sơ cho Ông/Bà đúng hẹn ` +
          'ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
      );
      line(doc, 'Lý do:', input.reason);
      prose(
        doc,
        `Sự chậm trễ này đã gây phiền hà cho Ông/Bà. ${input.agency.name} xin lỗi Ông/Bà và đề nghị gia hạn ` +
          'thời gian giải quyết hồ sơ; kết quả sẽ được trả vào:',
      );
      line(doc, 'Thời gian hẹn trả kết quả mới:', vnDateTime(input.newDue), { bold: true });
      prose(doc, 'Kính mong Ông/Bà thông cảm vì sự chậm trễ này.', { italic: true });
      signatures(doc, [
        { title: 'THỦ TRƯỞNG CƠ QUAN', hint: '(Ký, ghi rõ họ tên, đóng dấu)', name: input.signerName },
      ]);
    },
  );
}
