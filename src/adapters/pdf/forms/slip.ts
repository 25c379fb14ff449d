/**
 * What the slips to the applicant share (Mẫu 01, 02, 03, 05): an A5 page named after the slip, the opening (header,
 * title, applicant and request), numbered tables in the slip's smaller type, and the agency to contact.
 */
import { drawTable, type TableCell, type TableColumn } from '../table.js';
import {
  applicantLines,
  formHeader,
  formTitle,
  type FormAgency,
  type FormDossier,
  prose,
  renderForm,
  requestLine,
  SLIP_FONT,
} from './common.js';

export interface SlipOptions {
  /** The slip's name: the PDF's title (with the code) and, upper-cased, the title printed on it. */
  name: string;
  formNo: string;
  /** The date of the header (ISO 8601). */
  date: string;
  /** The page footer; the name and the code unless said. */
  footer?: string;
  /** "<agency> <verb> hồ sơ của:". */
  verb?: string;
}

/** Renders a slip: its opening, then what `draw` adds. */
export function renderSlip(
  input: FormDossier,
  slip: SlipOptions,
  draw: (doc: PDFKit.PDFDocument) => void | Promise<void>,
): Promise<Buffer> {
  return renderForm(
    {
      size: 'A5',
      title: `${slip.name} - ${input.code}`,
      formNo: slip.formNo,
      footer: slip.footer ?? `${slip.name} ${input.code}`,
    },
    async (doc) => {
      await slipOpening(doc, input, slip.name.toUpperCase(), slip.date, slip.verb);
      await draw(doc);
    },
  );
}

/** A numbered table of a slip: the STT column first (`numberWidth` wide), then `columns`; one row per `rows`. */
export function slipTable(
  doc: PDFKit.PDFDocument,
  columns: TableColumn[],
  rows: TableCell[][],
  numberWidth = 24,
): void {
  drawTable(doc, {
    fontSize: SLIP_FONT - 1,
    padding: 2.5,
    columns: [{ header: 'STT', width: numberWidth, align: 'center' }, ...columns],
    rows: rows.map((cells, i) => ({ cells: [String(i + 1), ...cells] })),
  });
}

/**
 * The opening the dossier slips share: the state header dated `date`, the slip's title, "<agency> <verb> hồ sơ
 * của:", the applicant and the request.
 */
async function slipOpening(
  doc: PDFKit.PDFDocument,
  input: FormDossier,
  title: string,
  date: string,
  verb = 'tiếp nhận',
): Promise<void> {
  await formHeader(doc, input.agency, { date, codes: input });
  formTitle(doc, title);
  prose(doc, `${input.agency.name} ${verb} hồ sơ của:`);
  applicantLines(doc, input.applicant);
  requestLine(doc, input);
}

/** The agency to contact, with its hotline when it has one. */
export const agencyContact = (a: FormAgency): string =>
  a.name + (a.hotline ? ` (đường dây nóng ${a.hotline})` : '');
