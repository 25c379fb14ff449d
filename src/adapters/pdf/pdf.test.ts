import { describe, expect, it } from 'vitest';
import { birthRegistration } from '../../domain/checklist/test-fixtures.js';
import { renderChecklistPdf } from './checklist-pdf.js';
import { drawBarcode, drawQr } from './codes.js';
import { renderPdf } from './document.js';
import { contentBox, drawFooters, nationalHeader, placeAndDate } from './layout.js';
import { drawTable } from './table.js';
import { isPdf, pdfFlatText, pdfPageSizes } from './pdf-test-utils.js';

const A4: [number, number] = [595.28, 841.89];
const A5: [number, number] = [419.53, 595.28];

const input = {
  record: birthRegistration,
  version: { no: 3, effectiveFrom: '2026-07-01' },
  pageUrl: 'https://motcua.example.vn/thu-tuc/1.001193',
  hoursText: 'Thứ Hai đến thứ Sáu: 07:00–11:30, 13:00–16:30 (giờ mùa đông), trừ ngày nghỉ lễ, Tết.',
  sampleData: true,
  printedAt: new Date('2026-03-05T03:00:00Z'),
};

describe('checklist PDF', () => {
  it('is an A4 PDF whose text keeps every Vietnamese diacritic', async () => {
    const pdf = await renderChecklistPdf(input);
    expect(isPdf(pdf)).toBe(true);
    expect(pdfPageSizes(pdf).every(([w, h]) => w === A4[0] && h === A4[1])).toBe(true);
    const text = pdfFlatText(pdf);
    expect(text).toContain('DANH SÁCH GIẤY TỜ CẦN MANG THEO');
    expect(text).toContain('Đăng ký khai sinh');
    expect(text).toContain('Mã thủ tục: 1.001193');
    expect(text).toContain('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH HÓA');
    expect(text).toContain('Giấy chứng sinh; trường hợp không có Giấy chứng sinh');
    expect(text).toContain('Tờ khai đăng ký khai sinh (Mẫu TT 04/2024/TT-BTP)');
    expect(text).toContain('Xuất trình');
    expect(text).toContain('Trường hợp: Trẻ em bị bỏ rơi');
    expect(text).toContain('Trực tiếp');
    expect(text).toContain('Bưu chính');
    expect(text).toContain('Thứ Hai đến thứ Sáu: 07:00–11:30, 13:00–16:30 (giờ mùa đông)');
    expect(text).toContain('phiên bản 3 áp dụng từ 01/07/2026');
    expect(text).toContain('In ngày 05/03/2026');
    expect(text).toContain('DỮ LIỆU MẪU');
  });

  it('without sample data carries no sample mark; with a case lists only that case', async () => {
    const pdf = await renderChecklistPdf({ ...input, sampleData: false, caseName: 'Trẻ em bị bỏ rơi' });
    const text = pdfFlatText(pdf);
    expect(text).not.toMatch(/DỮ LIỆU MẪU|Dữ liệu mẫu/);
    expect(text).toContain('Trường hợp: Trẻ em bị bỏ rơi');
    expect(text).toContain('Biên bản về việc trẻ bị bỏ rơi');
    expect(text).not.toContain('mang thai hộ');
  });

  it('keeps the text layer right when fonts are reused, one after another and at once', async () => {
    // Reused fonts once lost letters such as "ư" and "e" from the text layer of the next document.
    const withCase = { ...input, sampleData: false, caseName: 'Trẻ em bị bỏ rơi' };
    for (let i = 0; i < 2; i++) {
      const [a, b] = await Promise.all([renderChecklistPdf(input), renderChecklistPdf(withCase)]);
      expect(pdfFlatText(a)).toContain('Mang bản chính để đối chiếu');
      expect(pdfFlatText(b)).toContain('Trường hợp: Trẻ em bị bỏ rơi');
      expect(pdfFlatText(await renderChecklistPdf(withCase))).toContain('Trường hợp: Trẻ em bị bỏ rơi');
    }
  });

  it('flows many documents onto more pages, repeating the header and numbering pages', async () => {
    const documents = Array.from({ length: 60 }, (_, i) => ({
      name: `Giấy tờ thứ ${i + 1}: bản khai chi tiết về nhân thân, nơi cư trú và quá trình công tác của người đề nghị`,
      kind: 'submit' as const,
      originals: 1,
      copies: 1,
    }));
    const pdf = await renderChecklistPdf({
      ...input,
      record: { ...birthRegistration, cases: [], documents },
    });
    const pages = pdfPageSizes(pdf).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdfFlatText(pdf);
    expect(text).toContain('Giấy tờ thứ 60: bản khai chi tiết');
    expect(text).toContain(`Trang ${pages}/${pages}`);
    // The running header and the table's header row are on every page after the first.
    expect(text.split('Giấy tờ cần mang theo: Đăng ký khai sinh (1.001193)').length - 1).toBe(pages - 1);
    expect(text.split('Tên giấy tờ').length - 1).toBeGreaterThanOrEqual(pages - 1);
  });
  it('cuts a row taller than a page instead of spilling over the next one', async () => {
    const long =
      'Giấy tờ chứng minh quyền sở hữu hợp pháp của người đề nghị đối với nhà ở, công trình. '.repeat(23);
    const documents = [
      {
        name: long.slice(0, 2000),
        kind: 'submit' as const,
        originals: 1,
        copies: 0,
        note: long.slice(0, 2000),
      },
      { name: 'Tờ khai sau hàng rất dài', kind: 'submit' as const, originals: 1, copies: 0 },
    ];
    const pdf = await renderChecklistPdf({
      ...input,
      record: { ...birthRegistration, cases: [], documents },
    });
    const text = pdfFlatText(pdf);
    expect(text).toContain('Giấy tờ chứng minh quyền sở hữu hợp pháp');
    expect(text).toContain('…');
    expect(text).toContain('Tờ khai sau hàng rất dài');
    // One page for the long row, one for the rest at most: no page made of overflowing text alone.
    expect(pdfPageSizes(pdf).length).toBeLessThanOrEqual(3);
  });
});

describe('layout helpers', () => {
  it('build an A5 official slip: national motto, table, QR and barcode', async () => {
    const pdf = await renderPdf({ size: 'A5', title: 'Phiếu thử' }, async (doc) => {
      nationalHeader(doc, {
        parent: 'UBND tỉnh Thanh Hóa',
        agency: 'Trung tâm Phục vụ hành chính công',
        fontSize: 9.5,
      });
      placeAndDate(doc, 'Thanh Hóa', new Date('2026-03-05T03:00:00Z'), 9.5);
      doc.moveDown();
      const box = contentBox(doc);
      drawTable(doc, {
        columns: [
          { header: 'STT', width: 24, align: 'center' },
          { header: 'Tên giấy tờ', width: 'fill' },
          { header: 'Số lượng', width: 60, align: 'center' },
        ],
        rows: [{ cells: ['1', 'Tờ khai đăng ký khai sinh', '1 bản chính'] }],
        fontSize: 9,
      });
      const y = doc.y + 8;
      expect(
        drawQr(doc, 'https://motcua.example.vn/tra-cuu/000.00.06.H56-260305-0001', {
          x: box.left,
          y,
          size: 60,
        }),
      ).toBeGreaterThanOrEqual(21);
      await drawBarcode(doc, '000.00.06.H56-260305-0001', { x: box.left + 80, y, width: 200, height: 50 });
      drawFooters(doc, (page, count) => ({ right: `Trang ${page}/${count}` }));
    });
    expect(pdfPageSizes(pdf)).toEqual([A5]);
    const text = pdfFlatText(pdf);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('UBND TỈNH THANH HÓA');
    expect(text).toContain('Thanh Hóa, ngày 05 tháng 03 năm 2026');
    expect(text).toContain('Trang 1/1');
    // The barcode is an embedded image.
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });
});
