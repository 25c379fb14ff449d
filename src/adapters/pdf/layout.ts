/**
 * Layout helpers for every printed document: the national motto header of official forms, headings, labelled
 * lines, tick boxes, and page footers (tables are in table.ts). Units are PDF points (document.ts has `mm()`);
 * fonts are the names registered in fonts.ts.
 */
import { formatDateWords } from '../../domain/format/format.js';
import type { FontName } from './fonts.js';

export const colors = { text: '#000000', muted: '#333333', rule: '#000000', fill: '#e6e6e6' } as const;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
}

/** The printable area of the current page (inside the margins). */
export function contentBox(doc: PDFKit.PDFDocument): Box {
  const { margins, width, height } = doc.page;
  return {
    left: margins.left,
    right: width - margins.right,
    top: margins.top,
    bottom: height - margins.bottom,
    width: width - margins.left - margins.right,
  };
}

/** The largest size ≤ `size` (down to 70%) at which `text` fits on one line of `width`. */
export function fitFontSize(
  doc: PDFKit.PDFDocument,
  font: FontName,
  text: string,
  width: number,
  size: number,
): number {
  doc.font(font);
  let s = size;
  while (s > size * 0.7 && doc.fontSize(s).widthOfString(text) > width) s -= 0.25;
  return s;
}

function centredLine(doc: PDFKit.PDFDocument, x: number, y: number, width: number) {
  doc
    .save()
    .lineWidth(0.6)
    .strokeColor(colors.rule)
    .moveTo(x, y)
    .lineTo(x + width, y)
    .stroke()
    .restore();
}

export interface NationalHeaderOptions {
  /** The governing body, e.g. "UBND TỈNH THANH HÓA" (upper-cased when drawn). */
  parent?: string;
  /** The issuing agency, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" (upper-cased, bold). */
  agency: string;
  /** Document number line under the agency, e.g. "Số: 12/GTN". */
  number?: string;
  /** Font size; default 12 on A4 (use 10 on A5). */
  fontSize?: number;
  y?: number;
}

/**
 * The header of a Vietnamese official document (ND 30/2020): the agency on the left, the national name and motto
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" on the right, each underlined.
 * Returns the y below the header.
 */
export function nationalHeader(doc: PDFKit.PDFDocument, opts: NationalHeaderOptions): number {
  const box = contentBox(doc);
  const size = opts.fontSize ?? 12;
  const top = opts.y ?? doc.y;
  const leftWidth = box.width * 0.38;
  const rightX = box.left + leftWidth;
  const rightWidth = box.width - leftWidth;

  let y = top;
  if (opts.parent) {
    doc.font('serif').fontSize(size).text(opts.parent.toUpperCase(), box.left, y, {
      width: leftWidth,
      align: 'center',
    });
    y = doc.y;
  }
  doc.font('serif-bold').fontSize(size).text(opts.agency.toUpperCase(), box.left, y, {
    width: leftWidth,
    align: 'center',
  });
  y = doc.y + 2;
  centredLine(doc, box.left + leftWidth / 3, y, leftWidth / 3);
  y += 4;
  if (opts.number) {
    doc.font('serif').fontSize(size).text(opts.number, box.left, y, { width: leftWidth, align: 'center' });
    y = doc.y;
  }
  const leftBottom = y;

  y = top;
  const nation = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  doc
    .font('serif-bold')
    .fontSize(fitFontSize(doc, 'serif-bold', nation, rightWidth - 2, size))
    .text(nation, rightX, y, { width: rightWidth, align: 'center' });
  y = doc.y;
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  doc.font('serif-bold').fontSize(fitFontSize(doc, 'serif-bold', motto, rightWidth - 2, size + 1));
  doc.text(motto, rightX, y, { width: rightWidth, align: 'center' });
  const mottoWidth = doc.widthOfString(motto);
  y = doc.y + 2;
  centredLine(doc, rightX + (rightWidth - mottoWidth) / 2, y, mottoWidth);
  y += 4;

  const bottom = Math.max(leftBottom, y) + size * 0.5;
  doc.x = box.left;
  doc.y = bottom;
  return bottom;
}

/** "Thanh Hóa, ngày 05 tháng 03 năm 2026", italic, right-aligned under the motto. */
export function placeAndDate(doc: PDFKit.PDFDocument, place: string, date: Date, fontSize = 12): void {
  const box = contentBox(doc);
  const leftWidth = box.width * 0.38;
  doc
    .font('serif-italic')
    .fontSize(fontSize)
    .text(`${place}, ${formatDateWords(date)}`, box.left + leftWidth, doc.y, {
      width: box.width - leftWidth,
      align: 'center',
    });
  doc.x = box.left;
}

/** Adds a page when fewer than `height` points remain; returns true when it did. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): boolean {
  if (doc.y + height <= contentBox(doc).bottom) return false;
  doc.addPage();
  return true;
}

/** A bold section heading, kept on the same page as at least `keepWith` points of what follows. */
export function heading(
  doc: PDFKit.PDFDocument,
  text: string,
  opts: { size?: number; keepWith?: number } = {},
) {
  const size = opts.size ?? 12;
  const box = contentBox(doc);
  doc.font('serif-bold').fontSize(size);
  const h = doc.heightOfString(text, { width: box.width });
  ensureSpace(doc, h + (opts.keepWith ?? 40));
  // A new page's running header may have changed the font: set it again.
  doc.font('serif-bold').fontSize(size).fillColor(colors.text);
  doc.text(text, box.left, doc.y, { width: box.width });
  doc.moveDown(0.3);
}

/** A paragraph over the content width. */
export function paragraph(
  doc: PDFKit.PDFDocument,
  text: string,
  opts: {
    font?: FontName;
    size?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
    gap?: number;
  } = {},
) {
  const box = contentBox(doc);
  doc.font(opts.font ?? 'serif').fontSize(opts.size ?? 11);
  const h = doc.heightOfString(text, { width: box.width, lineGap: 1 });
  ensureSpace(doc, Math.min(h, 3 * (opts.size ?? 11)));
  doc
    .font(opts.font ?? 'serif')
    .fontSize(opts.size ?? 11)
    .fillColor(colors.text);
  doc.text(text, box.left, doc.y, { width: box.width, align: opts.align ?? 'left', lineGap: 1 });
  if (opts.gap !== 0) doc.moveDown(opts.gap ?? 0.3);
}

function labelledHeight(doc: PDFKit.PDFDocument, label: string, value: string, lw: number, size: number) {
  const box = contentBox(doc);
  doc.font('serif').fontSize(size);
  const v = doc.heightOfString(value, { width: box.width - lw, lineGap: 1 });
  doc.font('serif-bold').fontSize(size);
  return Math.max(v, doc.heightOfString(label, { width: lw - 6 })) + size * 0.25;
}

/** "Label: value" with the label in bold in its own column and the value wrapping beside it. */
export function labelled(
  doc: PDFKit.PDFDocument,
  label: string,
  value: string,
  opts: { labelWidth?: number; size?: number } = {},
) {
  const box = contentBox(doc);
  const size = opts.size ?? 11;
  const lw = opts.labelWidth ?? 110;
  const h = labelledHeight(doc, label, value, lw, size);
  ensureSpace(doc, Math.min(h, 3 * size));
  const y = doc.y;
  doc
    .font('serif-bold')
    .fontSize(size)
    .fillColor(colors.text)
    .text(label, box.left, y, { width: lw - 6 });
  const afterLabel = doc.y;
  doc.font('serif').text(value, box.left + lw, y, { width: box.width - lw, lineGap: 1 });
  doc.x = box.left;
  doc.y = Math.max(doc.y, afterLabel) + size * 0.25;
}

/**
 * A titled block of labelled lines kept on one page when it fits on one (no orphaned last lines on a new page).
 */
export function labelledSection(
  doc: PDFKit.PDFDocument,
  title: string,
  rows: readonly (readonly [string, string])[],
  opts: { labelWidth?: number; size?: number } = {},
) {
  const size = opts.size ?? 11;
  const lw = opts.labelWidth ?? 110;
  const box = contentBox(doc);
  const body = rows.reduce((sum, [label, value]) => sum + labelledHeight(doc, label, value, lw, size), 0);
  doc.font('serif-bold').fontSize(12);
  const titleHeight = doc.heightOfString(title, { width: box.width }) + 6;
  const whole = titleHeight + body;
  const page = box.bottom - box.top;
  heading(doc, title, { keepWith: whole - titleHeight < page * 0.8 ? whole - titleHeight : 40 });
  for (const [label, value] of rows) labelled(doc, label, value, opts);
}

/** An empty tick box whose top-left corner is at (x, y). */
export function checkbox(doc: PDFKit.PDFDocument, x: number, y: number, size = 9) {
  doc.save().lineWidth(0.8).strokeColor(colors.rule).rect(x, y, size, size).stroke().restore();
}

/**
 * Writes a footer line on every buffered page, e.g. (i, n) => `Trang ${i}/${n}`. Call once, after all content.
 * Needs the document to be created with bufferPages (createPdf does).
 */
export function drawFooters(
  doc: PDFKit.PDFDocument,
  text: (page: number, count: number) => { left?: string; right?: string },
  opts: { size?: number } = {},
) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const box = contentBox(doc);
    const { left, right } = text(i - range.start + 1, range.count);
    const y = box.bottom + 10;
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .save()
      .lineWidth(0.4)
      .strokeColor('#888888')
      .moveTo(box.left, y - 4)
      .lineTo(box.right, y - 4)
      .stroke()
      .restore();
    doc
      .font('serif')
      .fontSize(opts.size ?? 8)
      .fillColor(colors.muted);
    if (left) doc.text(left, box.left, y, { width: box.width * 0.75, lineBreak: true });
    if (right) doc.text(right, box.left + box.width * 0.75, y, { width: box.width * 0.25, align: 'right' });
    doc.fillColor(colors.text);
    doc.page.margins.bottom = bottomMargin;
  }
}
