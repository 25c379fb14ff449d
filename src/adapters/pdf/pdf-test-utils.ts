/**
 * Test helpers for PDFs: text through poppler's pdftotext (as a person would copy it), page sizes from the page
 * dictionaries (pdfkit writes them uncompressed).
 */
import { spawnSync } from 'node:child_process';

export function pdfText(pdf: Buffer, opts: { layout?: boolean } = {}): string {
  const args = [...(opts.layout ? ['-layout'] : []), '-enc', 'UTF-8', '-', '-'];
  const r = spawnSync('pdftotext', args, { input: pdf, maxBuffer: 32 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error('pdftotext failed: ' + r.stderr.toString());
  return r.stdout.toString('utf8');
}

/** Text with whitespace runs collapsed to one space, so wrapped lines read as one sentence. */
export function pdfFlatText(pdf: Buffer): string {
  return pdfText(pdf).replace(/\s+/g, ' ');
}

/** The [width, height] of every page, in points. */
export function pdfPageSizes(pdf: Buffer): [number, number][] {
  const sizes: [number, number][] = [];
  for (const m of pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)) {
    sizes.push([Number(m[1]), Number(m[2])]);
  }
  return sizes;
}

export function isPdf(pdf: Buffer): boolean {
  return (
    pdf.subarray(0, 5).toString('latin1') === '%PDF-' && pdf.subarray(-6).toString('latin1').includes('%%EOF')
  );
}
