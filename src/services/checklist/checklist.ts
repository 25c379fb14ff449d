/**
 * The printable checklist of a procedure (PDF) and the facts every portal page shows: the centre, and whether
 * the catalogue is the demo sample.
 */
import { renderChecklistPdf } from '../../adapters/pdf/checklist-pdf.js';
import { demoDataPresent } from '../../db/app-meta.js';
import { serviceCentre } from '../../domain/checklist/checklist.js';
import { formatAnswers, type Answers } from '../../domain/checklist/conditions.js';
import { DomainError } from '../../domain/errors.js';
import { regularHoursText } from '../../domain/service-hours/regular-text.js';
import { publicServiceHours } from '../service-hours/public.js';
import { checkCase, readAnswers } from './answered.js';
import { getProcedure } from '../catalogue/queries.js';
import type { Reader } from '../catalogue/versions.js';
import type { SiteInfo } from '../../contracts/checklist.js';

export async function getSiteInfo(db: Reader, publicUrl: string): Promise<SiteInfo> {
  return { centre: { ...serviceCentre }, sampleData: await demoDataPresent(db), publicUrl };
}

/** The public page of a procedure, as encoded in QR codes; with answers (and a case), the page shows them applied. */
export function procedurePageUrl(
  publicUrl: string,
  code: string,
  opts: { answers?: Answers; caseName?: string | undefined } = {},
): string {
  const query = new URLSearchParams();
  if (opts.caseName) query.set('truong-hop', opts.caseName);
  const answers = formatAnswers(opts.answers ?? {});
  if (answers) query.set('tra-loi', answers);
  const qs = query.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  return `${publicUrl}/thu-tuc/${encodeURIComponent(code)}${qs ? `?${qs}` : ''}`;
}

/**
 * The provincial centre's hours in force at `at`, in the words of the portal's footer, with the date of a planned
 * change; when the centre is not in this database (a catalogue without units), where to read them.
 */
async function hoursInWords(db: Reader, publicUrl: string, at: number): Promise<string> {
  try {
    const hours = await publicServiceHours(db, serviceCentre.agencyId, {}, at);
    const next = hours.nextChange
      ? ` Giờ phục vụ thay đổi từ ${hours.nextChange.split('-').reverse().join('/')}.`
      : '';
    return `${regularHoursText(hours.regular)}, trừ ngày nghỉ lễ, Tết.${next}`;
  } catch (e) {
    if (e instanceof DomainError && e.kind === 'not_found')
      return `Xem giờ phục vụ tại ${publicUrl}/gio-phuc-vu`;
    throw e;
  }
}

export interface ChecklistPdf {
  pdf: Buffer;
  filename: string;
  versionId: string;
}

/**
 * The checklist PDF of the version in force today, for one case (or every case, grouped) and the citizen's answers
 * (text form, checked like the API's: 400 naming an unknown question or answer).
 */
export async function renderProcedureChecklist(
  db: Reader,
  opts: { code: string; caseName?: string; answers?: string; publicUrl: string; printedAt?: Date },
): Promise<ChecklistPdf> {
  const version = await getProcedure(db, opts.code);
  const { record } = version;
  checkCase(record, opts.caseName);
  const answers = readAnswers(record, opts.answers);
  const pdf = await renderChecklistPdf({
    record,
    version: { no: version.no, effectiveFrom: version.effectiveFrom },
    ...(opts.caseName !== undefined ? { caseName: opts.caseName } : {}),
    answers,
    pageUrl: procedurePageUrl(opts.publicUrl, record.code, { answers, caseName: opts.caseName }),
    sampleData: await demoDataPresent(db),
    hoursText: await hoursInWords(db, opts.publicUrl, opts.printedAt?.getTime() ?? Date.now()),
    ...(opts.printedAt ? { printedAt: opts.printedAt } : {}),
  });
  return { pdf, filename: `giay-to-can-mang-theo-${record.code}.pdf`, versionId: version.id };
}
