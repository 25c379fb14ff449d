import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromNational } from './from-national.js';

/** Real records published on the national portal, copied unchanged (test/fixtures/national). */
function fixture(code: string): unknown {
  const url = new URL(`../../../../test/fixtures/national/${code}.json`, import.meta.url);
  return JSON.parse(fs.readFileSync(url, 'utf8')) as unknown;
}

function convert(code: string) {
  const result = fromNational(fixture(code));
  return { ...result, record: result.record! };
}

describe('fromNational on real records', () => {
  it('1.001193 birth registration: desk, online and post, within the day, free; its documents', () => {
    const { record, issues } = convert('1.001193');
    expect(record.code).toBe('1.001193');
    expect(record.name).toBe('Thủ tục đăng ký khai sinh');
    expect(record.field).toEqual({ code: 'HT', name: 'Hộ tịch' });
    expect(record.levels).toEqual(['commune']);
    expect(record.decision).toBe('163/QĐ-BTP');
    expect(record.applicants).toEqual(['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài']);
    expect(record.channels.map((c) => c.kind)).toEqual(['desk', 'online', 'post']);
    for (const c of record.channels) {
      expect(c.timeLimit).toEqual({ value: 0, unit: 'same_day' });
      expect(c.fees).toEqual([{ name: 'Phí, lệ phí', amount: 0 }]);
    }
    expect(record.flags).toEqual({ sameDay: true, interAgency: false });
    expect(record.onlineLevel).toBe('partial');
    expect(record.clockOnSupplement).toBe('restart');

    const docs = record.documents.map((d) => [d.kind, d.originals, d.copies, d.name.slice(0, 41)]);
    expect(docs).toEqual([
      ['submit', 1, 0, 'Trường hợp trẻ em bị bỏ rơi thì phải có b'],
      ['submit', 1, 0, 'Văn bản ủy quyền (được chứng thực) theo q'],
      ['submit', 1, 0, 'Trường hợp khai sinh cho trẻ em sinh ra d'],
      ['submit', 1, 0, 'Giấy chứng sinh; trường hợp không có Giấy'],
      ['present', 1, 0, 'Giấy tờ có giá trị chứng minh thông tin v'],
      ['present', 1, 0, 'Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cư'],
      ['submit', 1, 0, 'Tờ khai đăng ký khai sinh theo mẫu (nếu n'],
      ['submit', 1, 0, 'Mẫu hộ tịch điện tử tương tác đăng ký kha'],
    ]);
    // Rows with no original and no copy are explanations: attached to the document before them, or kept as notes.
    expect(record.documents[1]?.note).toMatch(/^Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh/);
    expect(record.conditions).toMatch(
      /^Lưu ý về thành phần hồ sơ:\n- Trường hợp không khai thác được thông tin/,
    );
    expect(record.results).toEqual([{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }]);
    expect(record.legalBasis).toHaveLength(15);
    expect(record.legalBasis).toContainEqual({
      number: '123/2015/NĐ-CP',
      title:
        'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
      issuedOn: '2015-11-15',
      issuer: 'Chính phủ',
    });
    expect(record.legalBasis.map((l) => l.number)).toContain('18/2026/NĐ-CP');
    expect(record.legalBasis.find((l) => l.number === '60/2014/QH13')?.title).toBe('Luật 60/2014/QH13');
    expect(record.steps[0]).toMatch(/^- Nếu lựa chọn hình thức nộp hồ sơ trực tiếp/);
    // The unit is missing on the portal ("Trực tuyến1Miễn phí"): the reading is reported, not silent.
    expect(issues).toEqual([
      {
        field: 'channels',
        message:
          'Trực tuyến, Bưu chính, Trực tiếp: thời hạn "1" không có đơn vị; trình tự nói "trong ngày làm việc tiếp theo" nên đọc là trong ngày',
      },
    ]);
  });

  it('2.000635 civil status extract: no time in the table, same day from the steps; 8,000 đồng', () => {
    const { record, issues } = convert('2.000635');
    expect(record.levels).toEqual(['province', 'commune']);
    expect(record.channels.map((c) => [c.kind, c.timeLimit.unit, c.fees[0]?.amount])).toEqual([
      ['desk', 'same_day', 8000],
      ['online', 'same_day', 8000],
      ['post', 'same_day', 8000],
    ]);
    expect(record.flags.sameDay).toBe(true);
    expect(issues.map((i) => i.message)).toEqual([
      'Trực tuyến, Bưu chính, Trực tiếp: không có thời hạn trong bảng; lấy từ văn bản "trong ngày làm việc tiếp theo"',
    ]);
    expect(record.documents.at(-1)).toMatchObject({ kind: 'submit', originals: 1, copies: 1 });
  });

  it('2.000815 certified copy: no time limit anywhere, so it is not converted, and says why', () => {
    const { record, issues } = fromNational(fixture('2.000815'));
    expect(record).toBeUndefined();
    expect(issues).toContainEqual({
      field: 'levels',
      message: 'cấp thực hiện "Cơ quan khác" không có trong motcua, bỏ qua',
    });
    expect(issues).toContainEqual({
      field: 'channels',
      message: 'Trực tiếp: phí tính bằng USD (10 USD), không nhập',
    });
    expect(issues).toContainEqual({
      field: 'channels',
      message: 'Trực tiếp: không có thời hạn giải quyết; bỏ kênh này',
    });
    expect(issues).toContainEqual({ field: 'channels', message: 'không còn kênh nào có thời hạn' });
  });

  it('1.012753 land registration: a time limit per channel, originals and copies', () => {
    const { record, issues } = convert('1.012753');
    expect(issues).toEqual([]);
    expect(record.field).toEqual({ code: 'DD', name: 'Đất đai' });
    expect(record.channels.map((c) => [c.kind, c.timeLimit.value, c.timeLimit.unit])).toEqual([
      ['desk', 20, 'working_days'],
      ['online', 17, 'working_days'],
      ['post', 30, 'working_days'],
    ]);
    expect(record.documents).toHaveLength(7);
    expect(record.documents[0]).toEqual({
      name: 'Đơn đăng ký đất đai, tài sản gắn liền với đất',
      kind: 'submit',
      originals: 1,
      copies: 1,
    });
    // "Luật số 43/2024/QH15 ngày 29/6/202443/2024/QH15": the year is the title's, not the number's.
    expect(record.legalBasis).toContainEqual({
      number: '43/2024/QH15',
      title: 'Luật số 43/2024/QH15 ngày 29/6/2024',
      issuedOn: '2024-06-29',
      issuer: 'Quốc hội',
    });
    expect(record.results.map((r) => r.code)).toEqual(['KQ.G10.000935', 'KQ.G10.001148']);
    expect(record.agencies).toEqual({
      competent: 'Ủy ban nhân dân cấp tỉnh, Cơ quan có chức năng quản lý đất đai cấp tỉnh',
      implementing: 'Chủ tịch UBND cấp xã',
    });
  });

  it('2.000720 household business change: documents per case', () => {
    const { record } = convert('2.000720');
    expect(record.field).toEqual({ code: 'HKD', name: 'Hộ kinh doanh' });
    expect(record.cases).toHaveLength(5);
    expect(record.cases).toContain('Trường hợp ủy quyền thực hiện thủ tục');
    for (const d of record.documents) expect(record.cases).toContain(d.case);
    expect(record.documents.filter((d) => d.case === 'Trường hợp ủy quyền thực hiện thủ tục')).toHaveLength(
      6,
    );
    expect(record.documents[0]).toMatchObject({ originals: 0, copies: 1 });
    expect(record.legalBasis.map((l) => l.number)).toEqual([
      '85/2019/TT-BTC',
      '76/2025/QH15',
      '59/2020/QH14',
      '68/2025/TT-BTC',
      '168/2025/NĐ-CP',
    ]);
  });

  it('1.000014 customs: time and fee glued ("120 VNĐ(20.000 vnđ /tờ khai)") read with the note', () => {
    const { record, issues } = convert('1.000014');
    expect(record.channels.map((c) => [c.kind, c.timeLimit, c.fees[0]?.amount])).toEqual([
      ['desk', { value: 1, unit: 'working_days' }, 20000],
      ['online', { value: 1, unit: 'working_days' }, 20000],
    ]);
    expect(issues).toContainEqual({
      field: 'channels',
      message:
        'Trực tuyến, Trực tiếp: thời hạn và phí dính liền "120 VNĐ": đọc là 1 (không ghi đơn vị) và 20 VNĐ',
    });
    expect(issues).toContainEqual({ field: 'results', message: 'không có kết quả thực hiện', gap: true });
    expect(record.field.code).toBe('HQ');
  });

  it('1.014860 irrigation permit: form files split from document names', () => {
    const { record } = convert('1.014860');
    expect(record.field).toEqual({ code: 'NN', name: 'Nông nghiệp' });
    expect(record.documents[0]?.form).toEqual({ name: 'Mau don de nghi cap, gia han giay phep.docx' });
    expect(record.documents[0]?.name).toBe(
      'Đơn đề nghị cấp giấy phép theo mẫu đơn (quy định tại Phụ lục III ban hành kèm theo Nghị định số 40/2026/NĐ-CP ngày 25/01/2026)',
    );
    expect(record.channels.every((c) => c.timeLimit.value === 4 && c.timeLimit.unit === 'working_days')).toBe(
      true,
    );
  });

  it('1.003135 fees named in the description ("Lệ phí : 20.000 Đồng (…)")', () => {
    const { record } = convert('1.003135');
    expect(record.channels[0]?.fees).toEqual([
      {
        name: 'Lệ phí',
        amount: 20000,
        note: 'Lệ phí Cấp mới, cấp lại chứng chỉ chuyên môn: 20.000 đồng/giấy.',
      },
      {
        name: 'Lệ phí',
        amount: 50000,
        note: 'Lệ phí Cấp mới, cấp lại chứng nhận khả năng chuyên môn thuyền trưởng, máy trưởng: 50.000 đồng/giấy;',
      },
    ]);
    expect(record.levels).toEqual(['province']);
  });

  it('2.000821: steps the separate field cut short are read whole from the page text', () => {
    const raw = fixture('2.000821') as { trinh_tu_thuc_hien: string };
    expect(raw.trinh_tu_thuc_hien.length).toBeLessThan(80);
    const { record } = convert('2.000821');
    expect(record.steps.map((s) => s.slice(0, 8))).toEqual(['Bước 1. ', 'Bước 2. ', 'Bước 3. ', 'Bước 4. ']);
    expect(record.steps[1]).toContain('Trường hợp NLĐ đang đóng BHXH bắt buộc mà bị chết');
  });

  it("2.001428: a record holding another procedure's page is refused", () => {
    const { record, issues } = fromNational(fixture('2.001428'));
    expect(record).toBeUndefined();
    expect(issues).toEqual([
      {
        field: 'code',
        message: 'trang gốc mang mã 3.000579, không phải 2.001428: bản ghi chứa trang của thủ tục khác',
      },
    ]);
  });

  it('rejects what is not a record', () => {
    expect(fromNational(null).issues).toEqual([
      { field: 'record', message: 'không phải một bản ghi JSON (object)' },
    ]);
    expect(fromNational({ ma_thu_tuc: '?' }).issues[0]?.field).toBe('code');
    expect(fromNational({ ma_thu_tuc: '1.000001' }).issues).toEqual([
      { field: 'name', message: 'không có tên thủ tục' },
    ]);
  });
});
