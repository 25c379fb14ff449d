/**
 * Creating a PDF and collecting it into a Buffer. Pages are buffered so that footers ("Trang 1/3") and running
 * headers can be drawn once the page count is known.
 */
import PDFDocument from 'pdfkit';
import { registerFonts } from './fonts.js';

/** A named size or [width, height] in points (e.g. an 80 mm receipt roll). */
export type PaperSize = 'A4' | 'A5' | [number, number];

/** Points per millimetre (PDF units are 1/72 inch). */
export const MM = 72 / 25.4;
export const mm = (n: number) => n * MM;

export interface PdfOptions {
  size: PaperSize;
  landscape?: boolean;
  /** Page margins in millimetres (default: 20 left, 15 right, 15 top and bottom, as ND 30/2020 suggests). */
  margins?: { top: number; right: number; bottom: number; left: number };
  title: string;
  subject?: string;
  keywords?: string;
}

export function createPdf(opts: PdfOptions): PDFKit.PDFDocument {
  const m = opts.margins ?? { top: 15, right: 15, bottom: 15, left: 20 };
  const doc = new PDFDocument({
    size: opts.size,
    layout: opts.landscape ? 'landscape' : 'portrait',
    margins: { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) },
    bufferPages: true,
    // No initial font file: the registered, already-parsed fonts are used (see registerFonts).
    font: null as unknown as string,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: opts.title,
      Author: 'motcua',
      Creator: 'motcua',
      ...(opts.subject ? { Subject: opts.subject } : {}),
      ...(opts.keywords ? { Keywords: opts.keywords } : {}),
    },
  });
  const release = registerFonts(doc);
  doc.on('end', release);
  doc.on('error', release);
  doc.font('serif');
  return doc;
}

/**
 * Creates a document, lets `draw` fill it, ends it and resolves with the bytes.
 *   const pdf = await renderPdf({ size: 'A4', title }, (doc) => { … });
 */
export async function renderPdf(
  opts: PdfOptions,
  draw: (doc: PDFKit.PDFDocument) => void | Promise<void>,
): Promise<Buffer> {
  const doc = createPdf(opts);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    await draw(doc);
  } catch (err) {
    doc.end();
    await done.catch(() => undefined);
    throw err;
  }
  doc.end();
  return done;
}
