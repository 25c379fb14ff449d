/**
 * Tables for printed documents: bordered cells whose long text wraps, tick-box cells, full-width group rows kept
 * with the row after them, and rows that flow onto new pages with the header row drawn again.
 */
import { checkbox, colors, contentBox, ensureSpace } from './layout.js';

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

  const maxRowHeight = (box.bottom - box.top) * 0.7;
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
    // A row taller than most of a page (a 2,000-character name with a long note) is cut with an ellipsis.
    return Math.min(Math.max(...row.cells.map(measureCell)) + 2 * pad, maxRowHeight);
  };

  const headerHeight = (() => {
    doc.font('serif-bold').fontSize(size - 0.5);
    const heights = opts.columns.map((c, i) =>
      doc.heightOfString(c.header, { ...textOpts(i), align: 'center' }),
    );
    return Math.max(...heights) + 2 * pad;
  })();

  const drawHeader = () => {
    const y = doc.y;
    doc.save().rect(box.left, y, total, headerHeight).fill(colors.fill).restore();
    doc.font('serif-bold').fontSize(size - 0.5);
    opts.columns.forEach((c, i) => {
      doc
        .fillColor(colors.text)
        .text(c.header, (xs[i] ?? 0) + pad, y + pad, { ...textOpts(i), align: 'center' });
      doc
        .save()
        .lineWidth(0.6)
        .rect(xs[i] ?? 0, y, widths[i] ?? 0, headerHeight)
        .stroke(colors.rule)
        .restore();
    });
    doc.y = y + headerHeight;
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
          // Text stays inside its cell: `height` (+1 pt for rounding) with an ellipsis when a row was cut.
          const limit = y + h - pad;
          doc
            .font(t.bold ? 'serif-bold' : 'serif')
            .fontSize(size)
            .fillColor(colors.text)
            .text(t.text, x + pad, y + pad, {
              ...textOpts(i),
              height: limit - (y + pad) + 1,
              ellipsis: true,
            });
          if (t.note && doc.y + 2 + size < limit) {
            doc
              .font('serif-italic')
              .fontSize(size - 1)
              .fillColor(colors.muted)
              .text(t.note, x + pad, doc.y + 2, {
                ...textOpts(i),
                height: limit - doc.y - 1,
                ellipsis: true,
              });
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
