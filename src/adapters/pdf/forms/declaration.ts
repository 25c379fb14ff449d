/**
 * Tờ khai (bản đọc lại) — the declaration as entered in assisted mode ("no-writing days"), printed for the citizen to
 * read back (A5): every field with who entered it (the officer on the citizen's behalf, or the citizen), and how the
 * citizen confirmed it: a signature box, a fingerprint box, or the one-time code sent to their phone (masked).
 */
import { checkbox, colors, contentBox, ensureSpace } from '../layout.js';
import {
  formHeader,
  formTitle,
  line,
  prose,
  renderForm,
  signatures,
  SLIP_FONT,
  type FormDossier,
} from './common.js';
import { slipTable } from './slip.js';
import { vnDateTime } from './text.js';
import { maskPhone } from '../../../domain/dossier/declaration.js';

export interface DeclarationField {
  key: string;
  label: string;
  value: string;
  enteredBy: { kind: 'officer' | 'applicant'; staffId?: string | undefined; name?: string | undefined };
}

export interface DeclarationConfirmation {
  method: 'signature' | 'fingerprint' | 'otp';
  at: string;
  /** The number the one-time code went to, already masked ("09xxxxx678"); else the applicant's is masked. */
  phoneMasked?: string | undefined;
}

export interface DeclarationInput extends FormDossier {
  /** The template's title, e.g. "Tờ khai đăng ký khai sinh" (default "Tờ khai"). */
  title?: string | undefined;
  fields: DeclarationField[];
  confirmation: DeclarationConfirmation | null;
  printedAt: string;
  officerName?: string | null | undefined;
}

const methodWords = {
  signature: 'chữ ký',
  fingerprint: 'điểm chỉ (dấu vân tay)',
  otp: 'mã xác thực một lần (OTP)',
} as const;

function enteredByText(e: DeclarationField['enteredBy']): string | { text: string; note: string } {
  if (e.kind === 'applicant') return 'Người khai';
  return e.name ? { text: 'Công chức nhập hộ', note: e.name } : 'Công chức nhập hộ';
}

export function renderDeclaration(input: DeclarationInput): Promise<Buffer> {
  return renderForm(
    {
      size: 'A5',
      title: `${input.title ?? 'Tờ khai'} (bản đọc lại) - ${input.code}`,
      formNo: 'Bản đọc lại tờ khai',
      footer: `Tờ khai (bản đọc lại) hồ sơ ${input.code}`,
    },
    async (doc) => {
      await formHeader(doc, input.agency, { date: input.printedAt, codes: input });
      formTitle(doc, `${(input.title ?? 'Tờ khai').toUpperCase()} (BẢN ĐỌC LẠI)`, input.procedureName);
      prose(
        doc,
        'Công chức đã nhập tờ khai theo lời khai của người nộp hồ sơ. Đề nghị Ông/Bà đọc lại từng nội dung dưới ' +
          'đây; nếu có sai sót, đề nghị công chức sửa trước khi xác nhận.',
        { italic: true, size: SLIP_FONT - 0.5 },
      );
      slipTable(
        doc,
        [
          { header: 'Nội dung', width: 96 },
          { header: 'Thông tin đã khai', width: 'fill' },
          { header: 'Người nhập', width: 82 },
        ],
        input.fields.map((f) => [f.label, { text: f.value || '—', bold: true }, enteredByText(f.enteredBy)]),
        22,
      );
      doc.moveDown(0.5);
      const c = input.confirmation;
      if (c) {
        line(doc, 'Hình thức xác nhận:', `${methodWords[c.method]}, lúc ${vnDateTime(c.at)}`);
      } else {
        line(doc, 'Hình thức xác nhận:', 'chưa xác nhận — người khai ký vào ô dưới đây');
      }
      prose(doc, 'Tôi đã đọc lại và xác nhận các thông tin trên là đúng sự thật.', { italic: true });
      if (c?.method === 'otp') {
        const phone = c.phoneMasked ?? (input.applicant.phone ? maskPhone(input.applicant.phone) : '');
        const b = contentBox(doc);
        ensureSpace(doc, 30);
        const y = doc.y + 2;
        checkbox(doc, b.left, y + 1, 9);
        doc
          .save()
          .lineWidth(1.2)
          .moveTo(b.left + 2, y + 5.5)
          .lineTo(b.left + 4, y + 8)
          .lineTo(b.left + 8, y + 2.5)
          .stroke(colors.rule)
          .restore();
        doc
          .font('serif-bold')
          .fontSize(SLIP_FONT)
          .text(
            `Đã xác nhận bằng mã OTP gửi tới số ${phone || '(không rõ)'} lúc ${vnDateTime(c.at)}`,
            b.left + 14,
            y,
            { width: b.width - 14 },
          );
        doc.x = b.left;
        doc.moveDown(0.6);
        signatures(doc, [
          { title: 'CÔNG CHỨC TIẾP NHẬN', hint: '(Ký và ghi rõ họ tên)', name: input.officerName },
        ]);
      } else if (c?.method === 'fingerprint') {
        signatures(
          doc,
          [
            {
              title: 'NGƯỜI KHAI',
              hint: '(Điểm chỉ ngón trỏ phải)',
              name: input.applicant.name,
              box: { width: 56, height: 66 },
            },
            { title: 'CÔNG CHỨC TIẾP NHẬN', hint: '(Ký và ghi rõ họ tên)', name: input.officerName },
          ],
          { space: 74 },
        );
      } else {
        signatures(doc, [
          { title: 'NGƯỜI KHAI', hint: '(Ký và ghi rõ họ tên)', name: input.applicant.name },
          { title: 'CÔNG CHỨC TIẾP NHẬN', hint: '(Ký và ghi rõ họ tên)', name: input.officerName },
        ]);
      }
    },
  );
}
