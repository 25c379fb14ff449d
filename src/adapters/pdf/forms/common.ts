/**
 * What every official form of TT 03/2025 (Phụ lục I) shares: the data types they are filled from and the layout
 * parts (dates and names as the forms word them are in text.ts) — the form number, the agency and national motto header, the place and
 * date line, the title, the dossier code with its barcode and QR code, signature blocks and the page footer.
 * Slips are A5 portrait; the register is A4 landscape.
 */
import { drawBarcode, drawQr } from '../codes.js';
import { renderPdf, type PaperSize } from '../document.js';
import { colors, contentBox, drawFooters, ensureSpace, nationalHeader } from '../layout.js';
import { displayPhone, vnDateWords } from './text.js';

/** The agency that issues a form, as printed in the header. */
export interface FormAgency {
  /** The governing body, e.g. "UBND xã Đông Tiến" (upper-cased when drawn); none for the top body. */
  parent?: string | undefined;
  /** The issuing body, e.g. "Trung tâm Phục vụ hành chính công xã Đông Tiến". */
  name: string;
  /** The place in the date line, e.g. "Đông Tiến" → "Đông Tiến, ngày 05 tháng 03 năm 2026". */
  place: string;
  /** Where results are collected (printed on the receipt), if known. */
  address?: string | undefined;
  hotline?: string | undefined;
}

export interface FormApplicant {
  name: string;
  /** When the applicant is an organisation: its name (the person is its representative) and tax code. */
  organisation?: { name: string; taxCode?: string | undefined; address?: string | undefined } | undefined;
  address?: string | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  idNumber?: string | null | undefined;
}

/** The part of a dossier every slip prints. */
export interface FormDossier {
  code: string;
  procedureName: string;
  caseName?: string | null | undefined;
  agency: FormAgency;
  applicant: FormApplicant;
  /** The public tracking page of this dossier (encoded in the QR code). */
  trackingUrl: string;
  /** When the dossier was received / submitted (ISO 8601). */
  receivedAt?: string | null | undefined;
  /** The appointment (due) instant (ISO 8601). */
  dueAt?: string | null | undefined;
}

export interface FormPdfOptions {
  size: PaperSize;
  landscape?: boolean;
  title: string;
  /** "Mẫu số 01" */
  formNo: string;
  /** Footer text on the left of every page, e.g. the dossier code. */
  footer: string;
}

/** Slip margins (mm): a little narrower than an A4 letter's, so an A5 slip keeps a readable measure. */
const SLIP_MARGINS = { top: 10, right: 12, bottom: 13, left: 15 };
const REGISTER_MARGINS = { top: 12, right: 12, bottom: 14, left: 15 };

/** Renders a form: the form number at the top right of the first page, the content, then page footers. */
export function renderForm(
  opts: FormPdfOptions,
  draw: (doc: PDFKit.PDFDocument) => void | Promise<void>,
): Promise<Buffer> {
  return renderPdf(
    {
      size: opts.size,
      ...(opts.landscape ? { landscape: true } : {}),
      margins: opts.size === 'A5' ? SLIP_MARGINS : REGISTER_MARGINS,
      title: opts.title,
      subject: opts.formNo,
      keywords: 'TT 03/2025, một cửa',
    },
    async (doc) => {
      const box = contentBox(doc);
      doc
        .font('serif-italic')
        .fontSize(8)
        .fillColor(colors.muted)
        .text(opts.formNo, box.left, box.top - 11, { width: box.width, align: 'right' });
      doc.fillColor(colors.text);
      doc.x = box.left;
      doc.y = box.top;
      await draw(doc);
      drawFooters(doc, (page, count) => ({ left: opts.footer, right: `Trang ${page}/${count}` }), {
        size: 7,
      });
    },
  );
}

/** The size of body text on a slip. */
export const SLIP_FONT = 9;

/**
 * The state header: the agency (governing body above, issuing body in bold, underlined) on the left, the national
 * name and motto on the right; then the optional number line on the left and the place and date on the right.
 * With `codes`, the left column carries a QR code of the tracking page and the right one the dossier code's
 * Code 128 barcode with the code under it.
 */
export async function formHeader(
  doc: PDFKit.PDFDocument,
  agency: FormAgency,
  opts: {
    date: string | Date;
    number?: string;
    fontSize?: number;
    codes?: { code: string; trackingUrl: string };
  },
): Promise<void> {
  const size = opts.fontSize ?? 9;
  const box = contentBox(doc);
  nationalHeader(doc, {
    ...(agency.parent ? { parent: agency.parent } : {}),
    agency: agency.name,
    fontSize: size,
    y: box.top,
  });
  const y = doc.y - size * 0.3;
  const leftWidth = box.width * 0.38;
  const rightX = box.left + leftWidth;
  const rightWidth = box.width - leftWidth;
  let left = y;
  if (opts.number) {
    doc.font('serif').fontSize(size).text(opts.number, box.left, y, { width: leftWidth, align: 'center' });
    left = doc.y;
  }
  doc
    .font('serif-italic')
    .fontSize(size)
    .text(`${agency.place}, ${vnDateWords(opts.date)}`, rightX, y, { width: rightWidth, align: 'center' });
  let right = doc.y;
  if (opts.codes) {
    const qr = 50;
    drawQr(doc, opts.codes.trackingUrl, { x: box.left + (leftWidth - qr) / 2, y: left, size: qr });
    doc
      .font('sans')
      .fontSize(6)
      .fillColor(colors.muted)
      .text('Quét mã để tra cứu hồ sơ', box.left, left + qr, { width: leftWidth, align: 'center' })
      .fillColor(colors.text);
    left = doc.y;
    const barWidth = Math.min(rightWidth - 8, 230);
    const barHeight = 26;
    await drawBarcode(doc, opts.codes.code, {
      x: rightX + (rightWidth - barWidth) / 2,
      y: right + 6,
      width: barWidth,
      height: barHeight,
      withText: false,
    });
    doc.font('serif').fontSize(size);
    const label = 'Mã hồ sơ: ';
    const labelWidth = doc.widthOfString(label);
    doc.font('serif-bold').fontSize(size + 0.5);
    const codeWidth = doc.widthOfString(opts.codes.code);
    const x = rightX + (rightWidth - labelWidth - codeWidth) / 2;
    const codeY = right + 6 + barHeight + 2;
    doc.font('serif').fontSize(size).text(label, x, codeY, { lineBreak: false });
    doc
      .font('serif-bold')
      .fontSize(size + 0.5)
      .text(opts.codes.code, x + labelWidth, codeY - 0.5, { lineBreak: false });
    right = codeY + size * 1.4;
  }
  doc.x = box.left;
  doc.y = Math.max(left, right) + size * 0.5;
}

/** The title of a form, bold and centred, with an optional italic line under it. */
export function formTitle(doc: PDFKit.PDFDocument, title: string, sub?: string, size = 12): void {
  const box = contentBox(doc);
  doc.font('serif-bold').fontSize(size);
  ensureSpace(doc, doc.heightOfString(title, { width: box.width }) + 40);
  doc.text(title, box.left, doc.y, { width: box.width, align: 'center' });
  if (sub) {
    doc
      .font('serif-italic')
      .fontSize(size - 2.5)
      .text(sub, box.left, doc.y + 1, { width: box.width, align: 'center' });
  }
  doc.x = box.left;
  doc.moveDown(0.4);
}

/**
 * A numbered or plain line "Label: value" where the label is in the running text (the way the forms are worded),
 * value in bold when asked. Wraps over the content width.
 */
export function line(
  doc: PDFKit.PDFDocument,
  label: string,
  value: string,
  opts: { bold?: boolean; size?: number; indent?: number } = {},
): void {
  const box = contentBox(doc);
  const size = opts.size ?? SLIP_FONT;
  const indent = opts.indent ?? 0;
  doc.font('serif').fontSize(size);
  const h = doc.heightOfString(`${label} ${value}`, { width: box.width - indent, lineGap: 1 });
  ensureSpace(doc, Math.min(h, 3 * size));
  doc
    .font('serif')
    .fontSize(size)
    .fillColor(colors.text)
    .text(label + (value ? ' ' : ''), box.left + indent, doc.y, {
      width: box.width - indent,
      continued: value !== '',
      lineGap: 1,
    });
  if (value) doc.font(opts.bold ? 'serif-bold' : 'serif').text(value, { lineGap: 1 });
  doc.x = box.left;
  doc.y += size * 0.1;
}

/** A paragraph of running text on a slip. */
export function prose(
  doc: PDFKit.PDFDocument,
  text: string,
  opts: { italic?: boolean; size?: number; indent?: number; align?: 'left' | 'justify' | 'center' } = {},
): void {
  const box = contentBox(doc);
  const size = opts.size ?? SLIP_FONT;
  const indent = opts.indent ?? 0;
  doc.font(opts.italic ? 'serif-italic' : 'serif').fontSize(size);
  const h = doc.heightOfString(text, { width: box.width - indent, lineGap: 1 });
  ensureSpace(doc, Math.min(h, 3 * size));
  doc
    .font(opts.italic ? 'serif-italic' : 'serif')
    .fontSize(size)
    .fillColor(colors.text)
    .text(text, box.left + indent, doc.y, {
      width: box.width - indent,
      lineGap: 1,
      align: opts.align ?? 'justify',
    });
  doc.x = box.left;
  doc.y += size * 0.25;
}

/** A numbered list ("1. …") of items, each wrapping under itself. */
export function numbered(doc: PDFKit.PDFDocument, items: readonly string[], opts: { indent?: number } = {}) {
  const box = contentBox(doc);
  const indent = opts.indent ?? 8;
  items.forEach((item, i) => {
    const label = `${i + 1}.`;
    doc.font('serif').fontSize(SLIP_FONT);
    const h = doc.heightOfString(item, { width: box.width - indent - 16, lineGap: 1 });
    ensureSpace(doc, Math.min(h, 3 * SLIP_FONT));
    const y = doc.y;
    doc
      .font('serif')
      .fontSize(SLIP_FONT)
      .text(label, box.left + indent, y, { width: 16 });
    doc.text(item, box.left + indent + 16, y, { width: box.width - indent - 16, lineGap: 1 });
    doc.x = box.left;
    doc.y += SLIP_FONT * 0.15;
  });
}

export interface SignatureBlock {
  /** "NGƯỜI TIẾP NHẬN HỒ SƠ" */
  title: string;
  /** "(Ký và ghi rõ họ tên)" */
  hint?: string;
  /** The signer's name, printed under the space for the signature. */
  name?: string | null | undefined;
  /** A framed box (points) in the space, e.g. for a fingerprint. */
  box?: { width: number; height: number };
}

/** Signature blocks side by side (one: on the right half), kept together on one page. */
export function signatures(
  doc: PDFKit.PDFDocument,
  blocks: readonly SignatureBlock[],
  opts: { space?: number } = {},
): void {
  const box = contentBox(doc);
  const space = opts.space ?? 27;
  const size = SLIP_FONT;
  const n = blocks.length;
  const colWidth = n === 1 ? box.width / 2 : box.width / n;
  const need = Math.max(
    ...blocks.map((b) => {
      doc.font('serif-bold').fontSize(size);
      const title = doc.heightOfString(b.title, { width: colWidth, align: 'center' });
      const name = b.name ? doc.heightOfString(b.name, { width: colWidth, align: 'center' }) : 0;
      doc.font('serif-italic').fontSize(size - 1);
      const hint = b.hint ? doc.heightOfString(b.hint, { width: colWidth, align: 'center' }) : 0;
      return title + hint + space + name;
    }),
  );
  // A little slack: pdfkit moves text to a new page when a line's box touches the bottom margin.
  ensureSpace(doc, need + 6);
  doc.y += Math.max(0, Math.min(size * 0.4, box.bottom - doc.y - need - 6));
  const top = doc.y;
  let bottom = top;
  blocks.forEach((b, i) => {
    const x = n === 1 ? box.left + box.width / 2 : box.left + i * colWidth;
    doc.font('serif-bold').fontSize(size).text(b.title, x, top, { width: colWidth, align: 'center' });
    if (b.hint) {
      doc
        .font('serif-italic')
        .fontSize(size - 1)
        .text(b.hint, x, doc.y, { width: colWidth, align: 'center' });
    }
    const nameY = doc.y + space;
    if (b.box) {
      const bx = x + (colWidth - b.box.width) / 2;
      const by = doc.y + (space - b.box.height) / 2;
      doc.save().lineWidth(0.8).rect(bx, by, b.box.width, b.box.height).stroke(colors.rule).restore();
    }
    if (b.name) {
      doc.font('serif-bold').fontSize(size).text(b.name, x, nameY, { width: colWidth, align: 'center' });
    }
    bottom = Math.max(bottom, b.name ? doc.y : nameY);
  });
  doc.x = box.left;
  doc.y = bottom + size * 0.5;
}

/** The file name a form is downloaded as: ASCII, e.g. "giay-tiep-nhan-H56.10.01-261125-0001.pdf". */
export function formFileName(stem: string, code: string): string {
  return `${stem}-${code.replace(/[^0-9A-Za-z.-]/g, '')}.pdf`;
}

/** The applicant's details as labelled lines (only those known). */
export function applicantLines(doc: PDFKit.PDFDocument, a: FormApplicant): void {
  if (a.organisation) {
    line(doc, 'Tổ chức:', a.organisation.name, { bold: true });
    if (a.organisation.taxCode) line(doc, 'Mã số thuế:', a.organisation.taxCode);
    if (a.organisation.address) line(doc, 'Địa chỉ trụ sở:', a.organisation.address);
    line(doc, 'Người đại diện: Ông/Bà', a.name, { bold: true });
  } else {
    line(doc, 'Ông/Bà:', a.name, { bold: true });
  }
  if (a.idNumber) line(doc, 'Số định danh cá nhân:', a.idNumber);
  if (a.address) line(doc, 'Địa chỉ:', a.address);
  const contact = [
    a.phone ? `Số điện thoại: ${displayPhone(a.phone)}` : undefined,
    a.email ? `Email: ${a.email}` : undefined,
  ].filter(Boolean);
  if (contact.length) line(doc, contact.join('    '), '');
}

/** "Nội dung yêu cầu giải quyết: <procedure> (Trường hợp: …)". */
export function requestLine(doc: PDFKit.PDFDocument, d: Pick<FormDossier, 'procedureName' | 'caseName'>) {
  line(
    doc,
    'Nội dung yêu cầu giải quyết:',
    d.caseName ? `${d.procedureName} (trường hợp: ${d.caseName})` : d.procedureName,
    { bold: true },
  );
}
