/**
 * Layout helpers for every printed document: the national motto header of official forms, headings, labelled
 * lines, tables that wrap long text and flow onto new pages with their header row repeated, tick boxes, and page
 * footers. Units are PDF points; `mm()` converts. Fonts are the names registered in fonts.ts.
 */
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
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const leftWidth = box.width * 0.38;
  doc
    .font('serif-italic')
    .fontSize(fontSize)
    .text(
      `${place}, ngày ${get('day')} tháng ${get('month')} năm ${get('year')}`,
      box.left + leftWidth,
      doc.y,
      { width: box.width - leftWidth, align: 'center' },
    );
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
  doc.font('serif').fontSize(size);
  const h = Math.max(
    doc.heightOfString(value, { width: box.width - lw, lineGap: 1 }),
    doc.font('serif-bold').heightOfString(label, { width: lw - 6 }),
  );
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

/** An empty tick box whose top-left corner is at (x, y). */
export function checkbox(doc: PDFKit.PDFDocument, x: number, y: number, size = 9) {
  doc.save().lineWidth(0.8).strokeColor(colors.rule).rect(x, y, size, size).stroke().restore();
}

export interface TableColumn {
  header: string;
  /** Points, or 'fill' for the column that takes the remaining width (one at most). */
  width: number | 'fill';
  align?: 'left' | 'center' | 'right';
}

export type TableCell = string | { text: string; note?: string; bold?: boolean } | { checkbox: true };
export type TableRow = { cells: TableCell[] } | { group: string };

export interface TableOptions {
  columns: TableColumn[];
  rows: TableRow[];
  fontSize?: number;
  padding?: number;
}

interface CellText {
  text: string;
  note?: string;
  bold?: boolean;
}

function cellText(cell: TableCell | undefined): CellText | undefined {
  if (cell === undefined) return { text: '' };
  if (typeof cell === 'string') return { text: cell };
  if ('checkbox' in cell) return undefined;
  return cell;
}

/**
 * Draws a bordered table at the current position. Long text wraps inside its cell; a row that does not fit goes
 * to a new page (the document's pageAdded handlers draw running headers) and the header row is drawn again.
 * A group row spans every column and is kept with the row after it. Returns the y below the table.
 */
export function drawTable(doc: PDFKit.PDFDocument, opts: TableOptions): number {
  const box = contentBox(doc);
  const size = opts.fontSize ?? 10;
  const pad = opts.padding ?? 4;
  const fixed = opts.columns.reduce((s, c) => s + (c.width === 'fill' ? 0 : c.width), 0);
  const widths = opts.columns.map((c) => (c.width === 'fill' ? Math.max(40, box.width - fixed) : c.width));
  const xs = widths.map((_, i) => box.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const total = widths.reduce((s, w) => s + w, 0);
  const textOpts = (i: number) => ({
    width: (widths[i] ?? 0) - 2 * pad,
    align: opts.columns[i]?.align ?? 'left',
    lineGap: 1,
  });

  const measureCell = (cell: TableCell | undefined, i: number): number => {
    const t = cellText(cell);
    if (!t) return 10;
    doc.font(t.bold ? 'serif-bold' : 'serif').fontSize(size);
    let h = t.text ? doc.heightOfString(t.text, textOpts(i)) : size;
    if (t.note) {
      doc.font('serif-italic').fontSize(size - 1);
      h += 2 + doc.heightOfString(t.note, textOpts(i));
    }
    return h;
  };
  const rowHeight = (row: TableRow): number => {
    if ('group' in row) {
      doc.font('serif-bold').fontSize(size);
      return doc.heightOfString(row.group, { width: total - 2 * pad }) + 2 * pad;
    }
    return Math.max(...row.cells.map(measureCell)) + 2 * pad;
  };

  const drawHeader = () => {
    doc.font('serif-bold').fontSize(size - 0.5);
    const h =
      Math.max(
        ...opts.columns.map((c, i) => doc.heightOfString(c.header, { ...textOpts(i), align: 'center' })),
      ) +
      2 * pad;
    const y = doc.y;
    doc.save().rect(box.left, y, total, h).fill(colors.fill).restore();
    opts.columns.forEach((c, i) => {
      doc
        .fillColor(colors.text)
        .text(c.header, (xs[i] ?? 0) + pad, y + pad, { ...textOpts(i), align: 'center' });
      doc
        .save()
        .lineWidth(0.6)
        .rect(xs[i] ?? 0, y, widths[i] ?? 0, h)
        .stroke(colors.rule)
        .restore();
    });
    doc.y = y + h;
    return h;
  };

  const drawRow = (row: TableRow, h: number) => {
    const y = doc.y;
    if ('group' in row) {
      doc.save().rect(box.left, y, total, h).fill('#f3f3f3').restore();
      doc.save().lineWidth(0.6).rect(box.left, y, total, h).stroke(colors.rule).restore();
      doc
        .font('serif-bold')
        .fontSize(size)
        .fillColor(colors.text)
        .text(row.group, box.left + pad, y + pad, { width: total - 2 * pad });
    } else {
      row.cells.forEach((cell, i) => {
        const x = xs[i] ?? 0;
        const t = cellText(cell);
        if (!t) {
          checkbox(doc, x + ((widths[i] ?? 0) - 10) / 2, y + pad + 1, 10);
        } else {
          doc
            .font(t.bold ? 'serif-bold' : 'serif')
            .fontSize(size)
            .fillColor(colors.text)
            .text(t.text, x + pad, y + pad, textOpts(i));
          if (t.note) {
            doc
              .font('serif-italic')
              .fontSize(size - 1)
              .fillColor(colors.muted)
              .text(t.note, x + pad, doc.y + 2, textOpts(i));
            doc.fillColor(colors.text);
          }
        }
      });
      widths.forEach((w, i) => {
        doc
          .save()
          .lineWidth(0.6)
          .rect(xs[i] ?? 0, y, w, h)
          .stroke(colors.rule)
          .restore();
      });
    }
    doc.x = box.left;
    doc.y = y + h;
  };

  const headerHeight = (() => {
    doc.font('serif-bold').fontSize(size - 0.5);
    return (
      Math.max(
        ...opts.columns.map((c, i) => doc.heightOfString(c.header, { ...textOpts(i), align: 'center' })),
      ) +
      2 * pad
    );
  })();

  const first = opts.rows[0];
  const firstNeed = headerHeight + (first ? rowHeight(first) : 0);
  ensureSpace(doc, firstNeed);
  drawHeader();
  opts.rows.forEach((row, index) => {
    let need = rowHeight(row);
    const next = opts.rows[index + 1];
    if ('group' in row && next) need += rowHeight(next);
    if (doc.y + need > contentBox(doc).bottom) {
      doc.addPage();
      drawHeader();
    }
    drawRow(row, rowHeight(row));
  });
  doc.x = box.left;
  return doc.y;
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
