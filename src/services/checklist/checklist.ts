/**
 * The printable checklist of a procedure (PDF) and the facts every portal page shows: the centre, and whether
 * the catalogue is the demo sample.
 */
import { renderChecklistPdf } from '../../adapters/pdf/checklist-pdf.js';
import { hasCase, serviceCentre } from '../../domain/checklist/checklist.js';
import { invalid } from '../../domain/errors.js';
import { getProcedure } from '../catalogue/queries.js';
import type { Reader } from '../catalogue/versions.js';

export interface SiteInfo {
  centre: { agencyId: string; name: string; parent: string; hotline: string };
  sampleData: boolean;
  publicUrl: string;
}

/** The catalogue is sample data when the demo data was loaded into this database. */
export async function isSampleCatalogue(db: Reader): Promise<boolean> {
  const row = await db
    .selectFrom('app_meta')
    .select('key')
    .where('key', '=', 'demo_loaded')
    .executeTakeFirst();
  return row !== undefined;
}

export async function getSiteInfo(db: Reader, publicUrl: string): Promise<SiteInfo> {
  return { centre: { ...serviceCentre }, sampleData: await isSampleCatalogue(db), publicUrl };
}

/** The public page of a procedure, as encoded in QR codes. */
export const procedurePageUrl = (publicUrl: string, code: string) =>
  `${publicUrl}/thu-tuc/${encodeURIComponent(code)}`;

export interface ChecklistPdf {
  pdf: Buffer;
  filename: string;
  versionId: string;
}

/** The checklist PDF of the version in force today, for one case (or every case, grouped). */
export async function renderProcedureChecklist(
  db: Reader,
  opts: { code: string; caseName?: string; publicUrl: string; printedAt?: Date },
): Promise<ChecklistPdf> {
  const version = await getProcedure(db, opts.code);
  const { record } = version;
  if (opts.caseName !== undefined && !hasCase(record, opts.caseName)) {
    throw invalid(
      'UNKNOWN_CASE',
      `Thủ tục ${record.code} không có trường hợp "${opts.caseName.slice(0, 100)}".`,
      [{ field: 'case', message: 'Trường hợp không có trong thủ tục này.' }],
    );
  }
  const pdf = await renderChecklistPdf({
    record,
    version: { no: version.no, effectiveFrom: version.effectiveFrom },
    ...(opts.caseName !== undefined ? { caseName: opts.caseName } : {}),
    pageUrl: procedurePageUrl(opts.publicUrl, record.code),
    sampleData: await isSampleCatalogue(db),
    ...(opts.printedAt ? { printedAt: opts.printedAt } : {}),
  });
  return { pdf, filename: `giay-to-can-mang-theo-${record.code}.pdf`, versionId: version.id };
}
