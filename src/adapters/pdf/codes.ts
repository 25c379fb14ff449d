/**
 * QR codes (drawn as vector squares, sharp at any zoom and printer) and linear barcodes (Code 128 through bwip-js,
 * embedded as a PNG) for printed documents: a checklist links back to its page, a receipt carries the dossier code.
 */
import QRCode from 'qrcode';
import bwipjs from 'bwip-js';

export interface QrOptions {
  x: number;
  y: number;
  /** Side of the square including the quiet zone, in points. */
  size: number;
  /** Error correction: M (15%) by default; Q or H if a logo or wear is expected. */
  level?: 'L' | 'M' | 'Q' | 'H';
  /** Quiet zone in modules (the standard asks for 4; 2 is enough on a white page). */
  margin?: number;
}

/** Draws a QR code for `text`; returns the number of modules per side (without the quiet zone). */
export function drawQr(doc: PDFKit.PDFDocument, text: string, opts: QrOptions): number {
  const qr = QRCode.create(text, { errorCorrectionLevel: opts.level ?? 'M' });
  const n = qr.modules.size;
  const margin = opts.margin ?? 2;
  const cell = opts.size / (n + 2 * margin);
  doc.save();
  doc.rect(opts.x, opts.y, opts.size, opts.size).fill('#ffffff');
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (qr.modules.get(row, col)) {
        // A hair wider than the cell so that neighbouring squares do not show seams when rasterised.
        doc.rect(opts.x + (col + margin) * cell, opts.y + (row + margin) * cell, cell + 0.05, cell + 0.05);
      }
    }
  }
  doc.fill('#000000');
  doc.restore();
  return n;
}

/** A Code 128 barcode as a PNG (for doc.image). */
export async function barcodePng(text: string, opts: { height?: number; withText?: boolean } = {}) {
  return bwipjs.toBuffer({
    bcid: 'code128',
    text,
    scale: 3,
    height: opts.height ?? 10,
    includetext: opts.withText ?? true,
    textxalign: 'center',
  });
}

/** Draws a Code 128 barcode of `text` fitted into the box (x, y, width, height). */
export async function drawBarcode(
  doc: PDFKit.PDFDocument,
  text: string,
  box: { x: number; y: number; width: number; height: number; withText?: boolean },
) {
  const png = await barcodePng(text, { withText: box.withText ?? true });
  doc.image(png, box.x, box.y, { fit: [box.width, box.height], align: 'center', valign: 'center' });
}
