import { describe, expect, it } from 'vitest';
import { parseLegalBasis } from './legal-basis.js';

const H = 'Tên văn bản pháp lýMã văn bản';

describe('parseLegalBasis', () => {
  it('splits glued rows at the number that ends each one (1.001193)', () => {
    const { legalBasis, issues } = parseLegalBasis(
      H +
        'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch123/2015/NĐ-CP' +
        'Thông tư Hướng dẫn về phí và lệ phí85/2019/TT-BTC' +
        'Luật 60/2014/QH1360/2014/QH13' +
        'Quyết định phê duyệt đề án06/QĐ-TTgNghị quyết số 66.7/2025/NQ-CP của Chính phủ66.7/2025/NQ-CP' +
        'Nghị định về chứng thực23/2015/NĐ-CPsửa đổi, bổ sung một số nghị định280/2025/NĐ-CP' +
        'Nghị định chi tiết166/2016/NĐ-CPLUẬT BẢO HIỂM XÃ HỘI58/2014/QH13',
    );
    expect(issues).toEqual([]);
    expect(legalBasis).toEqual([
      {
        number: '123/2015/NĐ-CP',
        title: 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch',
        issuedOn: '2015-11-15',
        issuer: 'Chính phủ',
      },
      { number: '85/2019/TT-BTC', title: 'Thông tư Hướng dẫn về phí và lệ phí', issuer: 'Bộ Tài chính' },
      { number: '60/2014/QH13', title: 'Luật 60/2014/QH13', issuer: 'Quốc hội' },
      { number: '06/QĐ-TTg', title: 'Quyết định phê duyệt đề án', issuer: 'Thủ tướng Chính phủ' },
      {
        number: '66.7/2025/NQ-CP',
        title: 'Nghị quyết số 66.7/2025/NQ-CP của Chính phủ',
        issuer: 'Chính phủ',
      },
      // The next title starts in lowercase: the number keeps its last capital.
      { number: '23/2015/NĐ-CP', title: 'Nghị định về chứng thực', issuer: 'Chính phủ' },
      { number: '280/2025/NĐ-CP', title: 'sửa đổi, bổ sung một số nghị định', issuer: 'Chính phủ' },
      { number: '166/2016/NĐ-CP', title: 'Nghị định chi tiết', issuer: 'Chính phủ' },
      { number: '58/2014/QH13', title: 'LUẬT BẢO HIỂM XÃ HỘI', issuer: 'Quốc hội' },
    ]);
  });

  it('gives a title its closing year back, and reads dates written in words (1.012753, 2.000720)', () => {
    const { legalBasis } = parseLegalBasis(
      H +
        'Luật số 43/2024/QH15 ngày 29/6/202443/2024/QH15' +
        'Luật sửa đổi Luật Doanh nghiệp 202076/2025/QH15' +
        'Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ168/2025/NĐ-CP',
    );
    expect(legalBasis.map((l) => [l.number, l.title, l.issuedOn])).toEqual([
      ['43/2024/QH15', 'Luật số 43/2024/QH15 ngày 29/6/2024', '2024-06-29'],
      ['76/2025/QH15', 'Luật sửa đổi Luật Doanh nghiệp 2020', undefined],
      ['168/2025/NĐ-CP', 'Nghị định số 168/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ', '2025-06-30'],
    ]);
  });

  it('does not date a document with the date of another it mentions', () => {
    const { legalBasis } = parseLegalBasis(
      H + 'Thông tư sửa đổi Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính.106/2021/TT-BTC',
    );
    expect(legalBasis[0]).toEqual({
      number: '106/2021/TT-BTC',
      title: 'Thông tư sửa đổi Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính.',
      issuer: 'Bộ Tài chính',
    });
  });

  it('reports what it cannot read, and an empty basis as a gap', () => {
    expect(parseLegalBasis(H + 'Luật Hóa chất').issues).toEqual([
      { field: 'legalBasis', message: 'không đọc được số hiệu văn bản: "Luật Hóa chất"' },
    ]);
    expect(parseLegalBasis('Không có thông tin')).toEqual({
      legalBasis: [],
      issues: [{ field: 'legalBasis', message: 'không có căn cứ pháp lý', gap: true }],
    });
  });
});
