/**
 * A queue ticket for 80 mm thermal printers (72 mm printable): the unit, the big number, the field, when it was
 * taken, how many were ahead, and a QR of the ticket's page to follow the turn on a phone.
 */
import { drawQr } from './codes.js';
import { mm, renderPdf } from './document.js';

export interface TicketPdfData {
  unitName: string;
  number: string;
  fieldName: string;
  /** "08:15 ngày 03/12/2026" */
  issuedAtText: string;
  ahead: number | null;
  priority: boolean;
  url: string;
}

const WIDTH = mm(80);
const HEIGHT = mm(120);
const MARGIN = mm(4);

export async function ticketPdf(t: TicketPdfData): Promise<Buffer> {
  return renderPdf(
    {
      size: [WIDTH, HEIGHT],
      margins: { top: 4, right: 4, bottom: 4, left: 4 },
      title: `Số thứ tự ${t.number}`,
    },
    (doc) => {
      const w = WIDTH - 2 * MARGIN;
      const center = { width: w, align: 'center' as const };
      doc.font('sans-bold').fontSize(10).text(t.unitName.toUpperCase(), MARGIN, MARGIN, center);
      doc.moveDown(0.4);
      doc.font('sans').fontSize(10).text('SỐ THỨ TỰ', center);
      doc.font('sans-bold').fontSize(46).text(t.number, center);
      doc.font('sans-bold').fontSize(12).text(t.fieldName, center);
      if (t.priority) doc.font('sans-bold').fontSize(10).text('ƯU TIÊN — ĐÃ ĐẶT LỊCH HẸN', center);
      doc.moveDown(0.3);
      doc.font('sans').fontSize(9).text(`Lấy số lúc ${t.issuedAtText}`, center);
      if (t.ahead !== null) {
        doc.text(t.ahead === 0 ? 'Bạn là người tiếp theo.' : `Số người chờ trước bạn: ${t.ahead}`, center);
      }
      const size = mm(30);
      const y = doc.y + mm(2);
      drawQr(doc, t.url, { x: (WIDTH - size) / 2, y, size });
      doc
        .font('sans')
        .fontSize(8)
        .text('Quét mã để theo dõi lượt của bạn trên điện thoại.', MARGIN, y + size + mm(1), center);
      doc.text('Vui lòng chú ý màn hình và loa gọi số.', center);
    },
  );
}
