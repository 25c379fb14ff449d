/**
 * The printable "documents to bring" checklist of a procedure (A4): the centre's header with a QR code back to the
 * procedure's page, the documents as a table with tick boxes, time limits and fees per channel, where and when to
 * submit, and the catalogue version it was made from. Long lists flow onto more pages, each with a running header.
 */
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import {
  channelNames,
  checklistGroups,
  countsInWords,
  documentKindShort,
  formatDate,
  formatFees,
  formatTimeLimit,
  levelNames,
  serviceCentre,
  sortedChannels,
  whereToSubmit,
} from '../../domain/checklist/checklist.js';
import {
  answersInWords,
  applicability,
  conditionInWords,
  type Answers,
} from '../../domain/checklist/conditions.js';
import { drawQr } from './codes.js';
import { renderPdf } from './document.js';
import { colors, contentBox, drawFooters, heading, labelledSection, paragraph } from './layout.js';
import { drawTable, type TableRow } from './table.js';

export interface ChecklistPdfInput {
  record: Pick<
    ProcedureRecord,
    | 'code'
    | 'name'
    | 'field'
    | 'levels'
    | 'channels'
    | 'cases'
    | 'questions'
    | 'documents'
    | 'results'
    | 'agencies'
  >;
  /**
   * The citizen's answers to the record's questions: documents that do not apply are left out, those whose question
   * is not answered say when they are needed ("Chỉ khi: …"), and the answers are printed in words.
   */
  answers?: Answers;
  version: { no: number; effectiveFrom: string };
  /** One of record.cases; absent = every case, grouped. */
  caseName?: string;
  /** The procedure's public page, encoded in the QR code. */
  pageUrl: string;
  /** Marks every page as sample data (the demo catalogue). */
  sampleData: boolean;
  /** Where to submit; default: derived from the procedure's levels. */
  places?: string[];
  /** The service hours in force on the printing day, in words (from the service-hours data, never a fixed text). */
  hoursText: string;
  printedAt?: Date;
}

const SAMPLE_NOTE = 'DỮ LIỆU MẪU — chỉ dùng để trình diễn, không có giá trị hướng dẫn chính thức';

function firstPageHeader(doc: PDFKit.PDFDocument, input: ChecklistPdfInput) {
  const box = contentBox(doc);
  const qrSize = 84;
  const textWidth = box.width - qrSize - 12;
  const top = box.top;

  drawQr(doc, input.pageUrl, { x: box.right - qrSize, y: top - 4, size: qrSize });
  doc
    .font('sans')
    .fontSize(7)
    .fillColor(colors.muted)
    .text('Quét mã để xem trực tuyến', box.right - qrSize - 10, top + qrSize - 4, {
      width: qrSize + 20,
      align: 'center',
    })
    .fillColor(colors.text);

  doc
    .font('serif')
    .fontSize(10)
    .text(serviceCentre.parent.toUpperCase(), box.left, top, { width: textWidth });
  doc.font('serif-bold').fontSize(11).text(serviceCentre.name.toUpperCase(), { width: textWidth });
  doc.font('serif').fontSize(10).text(`Đường dây nóng: ${serviceCentre.hotline}`, { width: textWidth });
  doc.y = Math.max(doc.y, top + qrSize + 12);

  if (input.sampleData) {
    doc.font('sans-bold').fontSize(9);
    const h = doc.heightOfString(SAMPLE_NOTE, { width: box.width - 16 }) + 8;
    const y = doc.y;
    doc.save().lineWidth(1).dash(3, { space: 2 }).rect(box.left, y, box.width, h).stroke('#000000').restore();
    doc.text(SAMPLE_NOTE, box.left + 8, y + 4, { width: box.width - 16, align: 'center' });
    doc.y = y + h + 8;
  }

  doc
    .font('serif-bold')
    .fontSize(15)
    .text('DANH SÁCH GIẤY TỜ CẦN MANG THEO', box.left, doc.y, { width: box.width, align: 'center' });
  doc.moveDown(0.2);
  doc.font('serif-bold').fontSize(13).text(input.record.name, { width: box.width, align: 'center' });
  doc.moveDown(0.2);
  const levels = input.record.levels.map((l) => levelNames[l]).join(', ');
  doc
    .font('serif')
    .fontSize(10)
    .text(`Mã thủ tục: ${input.record.code}  ·  Lĩnh vực: ${input.record.field.name}  ·  ${levels}`, {
      width: box.width,
      align: 'center',
    });
  if (input.caseName) {
    doc.font('serif-italic').text(`Trường hợp: ${input.caseName}`, { width: box.width, align: 'center' });
  }
  const answered = answersInWords(input.record, input.answers ?? {});
  if (answered.length > 0) {
    doc.moveDown(0.4);
    doc
      .font('serif-bold')
      .fontSize(10)
      .text('Theo câu trả lời của ông/bà:', box.left, doc.y, { width: box.width });
    doc.font('serif').fontSize(10);
    for (const line of answered) doc.text(`• ${line}`, { width: box.width });
  }
  doc.moveDown(0.8);
}

function runningHeader(doc: PDFKit.PDFDocument, input: ChecklistPdfInput) {
  const box = contentBox(doc);
  const y = box.top - 8;
  const right = input.sampleData ? `${serviceCentre.name}\nDỮ LIỆU MẪU` : serviceCentre.name;
  doc.font('serif-bold').fontSize(8.5).fillColor(colors.text);
  const title = `Giấy tờ cần mang theo: ${input.record.name} (${input.record.code})`;
  doc.text(title, box.left, y, { width: box.width * 0.56, height: 24, ellipsis: true });
  const afterTitle = doc.y;
  doc
    .font('serif')
    .fontSize(7.5)
    .text(right, box.left + box.width * 0.56, y, { width: box.width * 0.44, align: 'right' });
  const lineY = Math.max(afterTitle, doc.y) + 3;
  doc.save().lineWidth(0.5).moveTo(box.left, lineY).lineTo(box.right, lineY).stroke(colors.rule).restore();
  doc.x = box.left;
  doc.y = lineY + 10;
}

function documentRows(input: ChecklistPdfInput): TableRow[] {
  const groups = checklistGroups(input.record, input.caseName);
  const rows: TableRow[] = [];
  let n = 0;
  for (const group of groups) {
    const answers = input.answers ?? {};
    const docs = [...group.submit, ...group.present].filter(
      (d) => applicability(d, answers) !== 'not_applicable',
    );
    if (groups.length > 1) {
      rows.push({
        group: group.case === undefined ? 'Giấy tờ chung cho mọi trường hợp' : `Trường hợp: ${group.case}`,
      });
    }
    if (docs.length === 0) {
      rows.push({ cells: ['', '', 'Không có giấy tờ riêng.', '', '', '', ''] });
      continue;
    }
    for (const d of docs) {
      n += 1;
      const noPaper = d.originals === 0 && d.copies === 0;
      const only =
        applicability(d, input.answers ?? {}) === 'unanswered' ? conditionInWords(input.record, d) : '';
      const note = [only ? `${only}.` : undefined, d.note, noPaper ? countsInWords(d) : undefined]
        .filter(Boolean)
        .join(' ');
      rows.push({
        cells: [
          { checkbox: true },
          String(n),
          note ? { text: d.name, note } : d.name,
          documentKindShort[d.kind],
          d.originals > 0 ? String(d.originals) : '—',
          d.copies > 0 ? String(d.copies) : '—',
          d.form ? d.form.name : '',
        ],
      });
    }
  }
  return rows;
}

export async function renderChecklistPdf(input: ChecklistPdfInput): Promise<Buffer> {
  const printedAt = input.printedAt ?? new Date();
  return renderPdf(
    {
      size: 'A4',
      title: `Giấy tờ cần mang theo - ${input.record.name}`,
      subject: `Thủ tục ${input.record.code}`,
      keywords: 'giấy tờ cần mang theo, thủ tục hành chính',
    },
    (doc) => {
      firstPageHeader(doc, input);
      doc.on('pageAdded', () => runningHeader(doc, input));

      heading(doc, '1. Giấy tờ cần chuẩn bị', { keepWith: 60 });
      drawTable(doc, {
        columns: [
          { header: '', width: 22 },
          { header: 'STT', width: 27, align: 'center' },
          { header: 'Tên giấy tờ', width: 'fill' },
          { header: 'Hình thức', width: 52, align: 'center' },
          { header: 'Bản chính', width: 40, align: 'center' },
          { header: 'Bản sao', width: 38, align: 'center' },
          { header: 'Mẫu đơn, tờ khai', width: 110 },
        ],
        rows: documentRows(input),
      });
      doc.moveDown(0.3);
      paragraph(
        doc,
        'Đánh dấu vào ô khi đã chuẩn bị. “Nộp”: giấy tờ nộp lại trong hồ sơ; “Xuất trình”: mang bản chính ' +
          'để cán bộ đối chiếu, không phải nộp. Bản sao là bản sao có chứng thực, hoặc bản chụp kèm bản chính để đối chiếu.',
        { font: 'serif-italic', size: 9, gap: 0.8 },
      );

      heading(doc, '2. Thời hạn giải quyết và phí, lệ phí', { keepWith: 50 });
      drawTable(doc, {
        columns: [
          { header: 'Cách thức nộp', width: 100 },
          { header: 'Thời hạn giải quyết', width: 150 },
          { header: 'Phí, lệ phí', width: 'fill' },
        ],
        rows: sortedChannels(input.record.channels).map((c) => ({
          cells: [
            { text: channelNames[c.kind], bold: true },
            c.timeLimit.note
              ? { text: formatTimeLimit(c.timeLimit), note: c.timeLimit.note }
              : formatTimeLimit(c.timeLimit),
            c.note ? { text: formatFees(c.fees), note: c.note } : formatFees(c.fees),
          ],
        })),
      });
      doc.moveDown(0.8);

      const places = input.places ?? whereToSubmit(input.record.levels);
      const rows: [string, string][] = [['Nơi nộp:', places.map((p) => `• ${p}`).join('\n')]];
      if (input.record.channels.some((c) => c.kind === 'online')) {
        rows.push(['Nộp trực tuyến:', 'Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)']);
      }
      rows.push(['Thời gian:', input.hoursText]);
      if (input.record.results.length > 0) {
        rows.push(['Kết quả:', input.record.results.map((r) => r.name.replace(/[.;]\s*$/, '')).join('; ')]);
      }
      rows.push(['Hỗ trợ:', `Đường dây nóng ${serviceCentre.hotline}`], ['Tra cứu:', input.pageUrl]);
      labelledSection(doc, '3. Nơi nộp hồ sơ và thời gian tiếp nhận', rows);

      const sample = input.sampleData ? ' · Dữ liệu mẫu' : '';
      drawFooters(doc, (page, count) => ({
        left:
          `Thủ tục ${input.record.code}, phiên bản ${input.version.no} áp dụng từ ${formatDate(input.version.effectiveFrom)}` +
          ` · In ngày ${formatDate(printedAt.toISOString())}${sample}`,
        right: `Trang ${page}/${count}`,
      }));
    },
  );
}
