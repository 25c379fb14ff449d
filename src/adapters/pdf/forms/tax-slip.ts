/**
 * Mẫu số 01/LCHS — Phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai (A4): the Land Registration
 * Office's slip to the Tax office, in the form's sections (I. the land user, II. the parcel, III. the assets on it,
 * IV. the transfer, V. the exemptions claimed, VI. the papers attached), then the Tax office's notice when it has
 * answered. Filled from the slip stored with the transfer (src/services/forms/tax-slip.ts).
 */
import { formatDong, obligationLabels, vnDate as isoDate } from '../../../domain/land-tax/obligations.js';
import { formatCount } from '../../../domain/format/format.js';
import type { TaxNotice } from '../../../domain/land-tax/notice.js';
import { transferKindLabels, type Party, type TaxInfoSlip } from '../../../domain/land-tax/slip.js';
import { heading } from '../layout.js';
import { drawTable } from '../table.js';
import {
  formHeader,
  formTitle,
  line,
  numbered,
  prose,
  renderForm,
  signatures,
  type FormDossier,
} from './common.js';
import { displayPhone } from './text.js';

export interface TaxSlipInput extends FormDossier {
  slip: TaxInfoSlip;
  /** The unit that sent it (header) and the Tax office it went to. */
  sentAt: string;
  to: string;
  sentBy: string | null;
  notice: TaxNotice | null;
}

const SIZE = 10;
const area = (m2: number) => formatCount(m2, 'm²', 2);

function party(doc: PDFKit.PDFDocument, p: Party, n: string) {
  line(doc, `${n}.1. Họ và tên (tên tổ chức):`, p.name, { bold: true, size: SIZE });
  line(doc, `${n}.2. Số CCCD:`, `${p.idNumber ?? '—'}    Mã số thuế: ${p.taxCode ?? '—'}`, { size: SIZE });
  line(doc, `${n}.3. Địa chỉ:`, p.address ?? '—', { size: SIZE });
  line(doc, `${n}.4. Điện thoại:`, p.phone ? displayPhone(p.phone) : '—', { size: SIZE });
}

export function renderTaxSlip(input: TaxSlipInput): Promise<Buffer> {
  const { slip } = input;
  return renderForm(
    {
      size: 'A4',
      title: `Phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai - ${input.code}`,
      formNo: 'Mẫu số 01/LCHS',
      footer: `Phiếu chuyển thông tin ${slip.slipNo} — hồ sơ ${input.code}`,
    },
    async (doc) => {
      await formHeader(doc, input.agency, {
        date: input.sentAt,
        number: `Số: ${slip.slipNo}`,
        fontSize: SIZE,
        codes: input,
      });
      formTitle(doc, 'PHIẾU CHUYỂN THÔNG TIN', 'ĐỂ XÁC ĐỊNH NGHĨA VỤ TÀI CHÍNH VỀ ĐẤT ĐAI', 13);
      prose(doc, `Kính gửi: ${input.to}`, { size: SIZE + 1, align: 'center' });
      line(doc, 'Hồ sơ:', `${input.code} — ${input.procedureName}`, { size: SIZE });

      heading(doc, 'I. NGƯỜI SỬ DỤNG ĐẤT, CHỦ SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT', { size: SIZE, keepWith: 40 });
      party(doc, slip.landUser, '1');
      if (slip.transferor) {
        heading(doc, 'Bên chuyển quyền', { size: SIZE, keepWith: 40 });
        party(doc, slip.transferor, '2');
      }

      heading(doc, 'II. THỬA ĐẤT', { size: SIZE, keepWith: 40 });
      const p = slip.parcel;
      line(doc, '1. Thửa đất số:', `${p.parcelNo}    Tờ bản đồ số: ${p.mapSheet}`, {
        bold: true,
        size: SIZE,
      });
      line(doc, '2. Địa chỉ thửa đất:', p.address, { size: SIZE });
      line(doc, '3. Diện tích:', area(p.area), { bold: true, size: SIZE });
      line(doc, '4. Mục đích sử dụng:', p.purpose, { size: SIZE });
      line(doc, '5. Thời hạn sử dụng:', p.term, { size: SIZE });
      line(doc, '6. Nguồn gốc sử dụng:', p.origin, { size: SIZE });
      line(doc, '7. Vị trí, khu vực theo bảng giá đất:', p.pricePosition ?? '—', { size: SIZE });

      heading(doc, 'III. TÀI SẢN GẮN LIỀN VỚI ĐẤT', { size: SIZE, keepWith: 30 });
      prose(doc, slip.assets ?? 'Không có.', { size: SIZE });

      heading(doc, 'IV. NỘI DUNG BIẾN ĐỘNG, GIÁ CHUYỂN NHƯỢNG', { size: SIZE, keepWith: 40 });
      const t = slip.transfer;
      line(doc, '1. Loại biến động:', transferKindLabels[t.kind], { bold: true, size: SIZE });
      line(
        doc,
        '2. Hợp đồng, văn bản số:',
        `${t.contractNo ?? '—'}    ngày ${t.contractDate ? isoDate(t.contractDate) : '—'}`,
        { size: SIZE },
      );
      line(doc, '3. Giá ghi trên hợp đồng:', t.price !== undefined ? formatDong(t.price) : '—', {
        bold: true,
        size: SIZE,
      });

      heading(doc, 'V. CÁC KHOẢN ĐỀ NGHỊ MIỄN, GIẢM', { size: SIZE, keepWith: 30 });
      if (slip.exemptions.length === 0) prose(doc, 'Không đề nghị miễn, giảm.', { size: SIZE });
      else {
        numbered(
          doc,
          slip.exemptions.map(
            (e) => `${obligationLabels[e.obligation]}: ${e.reason}${e.basis ? ` (căn cứ: ${e.basis})` : ''}`,
          ),
        );
      }

      heading(doc, 'VI. GIẤY TỜ KÈM THEO', { size: SIZE, keepWith: 30 });
      numbered(doc, slip.attachments);

      signatures(doc, [
        { title: 'NGƯỜI LẬP PHIẾU', hint: '(Ký, ghi rõ họ tên)', name: input.sentBy },
        { title: 'THỦ TRƯỞNG CƠ QUAN', hint: '(Ký, ghi rõ họ tên, đóng dấu)' },
      ]);
      if (input.notice) {
        // The Tax office's answer, kept together with its table.
        heading(doc, 'THÔNG BÁO NGHĨA VỤ TÀI CHÍNH CỦA CƠ QUAN THUẾ', {
          size: SIZE,
          keepWith: 40 + 30 * input.notice.obligations.length,
        });
        drawTable(doc, {
          fontSize: SIZE - 1,
          padding: 3,
          columns: [
            { header: 'Khoản phải nộp', width: 'fill' },
            { header: 'Số tiền', width: 100, align: 'right' },
            { header: 'Số, ngày thông báo', width: 120, align: 'center' },
            { header: 'Hạn nộp', width: 70, align: 'center' },
          ],
          rows: input.notice.obligations.map((o) => ({
            cells: [
              obligationLabels[o.kind],
              { text: formatDong(o.amount), bold: true },
              `${o.noticeNo}\n${isoDate(o.noticeDate)}`,
              { text: isoDate(o.dueDate), bold: true },
            ],
          })),
        });
        doc.moveDown(0.4);
      }
    },
  );
}
