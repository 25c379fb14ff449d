import { writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleNotice, sampleSlip } from '../../../domain/land-tax/test-fixtures.js';
import { isPdf, pdfFlatText, pdfPageSizes } from '../pdf-test-utils.js';
import { renderTaxSlip } from './tax-slip.js';
import { agency, dossier } from './test-fixtures.js';

const input = (withNotice: boolean) => ({
  ...dossier,
  agency: { ...agency, name: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Sơn' },
  slip: {
    ...sampleSlip(),
    exemptions: [{ obligation: 'registration_fee' as const, reason: 'Tặng cho giữa vợ và chồng' }],
  },
  sentAt: '2026-12-07T02:00:00.000Z',
  sentBy: 'Mai Văn Đức',
  to: 'Thuế cơ sở 3 tỉnh Thanh Hóa',
  notice: withNotice ? sampleNotice('2026-12-08', '2027-01-07') : null,
});

describe('form 01/LCHS, the information slip on land', () => {
  it('prints every section of the slip on A4, and the notice once the Tax office answered', async () => {
    const pdf = await renderTaxSlip(input(true));
    expect(isPdf(pdf)).toBe(true);
    for (const [w, h] of pdfPageSizes(pdf)) {
      expect(w).toBeCloseTo(595.28, 1);
      expect(h).toBeCloseTo(841.89, 1);
    }
    const text = pdfFlatText(pdf);
    for (const expected of [
      'Mẫu số 01/LCHS',
      'PHIẾU CHUYỂN THÔNG TIN',
      'ĐỂ XÁC ĐỊNH NGHĨA VỤ TÀI CHÍNH VỀ ĐẤT ĐAI',
      'Kính gửi: Thuế cơ sở 3 tỉnh Thanh Hóa',
      'Số: 125/PCTT-VPĐK',
      'Nguyễn Văn Thành',
      'Lê Thị Mai',
      'Thửa đất số: 245',
      'Tờ bản đồ số: 12',
      '150,5 m²',
      'Chuyển nhượng quyền sử dụng đất',
      '850.000.000 đồng',
      'Lệ phí trước bạ: Tặng cho giữa vợ và chồng',
      'Tờ khai thuế thu nhập cá nhân',
      'Thuế thu nhập cá nhân',
      '17.000.000 đồng',
      '07/01/2027',
      'Mai Văn Đức',
    ]) {
      expect(text, expected).toContain(expected);
    }
    if (process.env.MOTCUA_PDF_OUT) {
      mkdirSync(process.env.MOTCUA_PDF_OUT, { recursive: true });
      writeFileSync(`${process.env.MOTCUA_PDF_OUT}/tax-slip.pdf`, pdf);
    }
  });

  it('leaves the notice out before the Tax office answered', async () => {
    const text = pdfFlatText(await renderTaxSlip(input(false)));
    expect(text).not.toContain('THÔNG BÁO NGHĨA VỤ TÀI CHÍNH');
    expect(text).toContain('VI. GIẤY TỜ KÈM THEO');
  });
});
