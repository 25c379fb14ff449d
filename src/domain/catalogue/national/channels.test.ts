import { describe, expect, it } from 'vitest';
import { parseChannels } from './channels.js';

const HEAD = 'Hình thức nộpThời gianPhí, lệ phíMô tả';

/** Rows below are taken from real national records (their codes in the test names). */
describe('parseChannels', () => {
  it('reads units: working days, days, hours, fractions', () => {
    const { channels, issues } = parseChannels(
      HEAD +
        'Trực tuyến8 Ngày làm việcMiễn phíDịch vụ bưu chính15 NgàyMiễn phíTrực tiếp1.5 Ngày làm việcMiễn phí',
    );
    expect(issues).toEqual([]);
    expect(channels.map((c) => [c.kind, c.timeLimit])).toEqual([
      ['desk', { value: 1.5, unit: 'working_days' }],
      ['online', { value: 8, unit: 'working_days' }],
      ['post', { value: 15, unit: 'calendar_days' }],
    ]);
    expect(parseChannels(HEAD + 'Trực tiếp3 GiờMiễn phí').channels[0]?.timeLimit).toEqual({
      value: 3,
      unit: 'working_hours',
    });
  });

  it('takes working days from the description when the table says only "Ngày" (2.001023)', () => {
    const { channels, issues } = parseChannels(
      HEAD + 'Trực tiếp15 NgàyMiễn phí- Thời hạn thực hiện liên thông tối đa không quá 15 ngày làm việc.',
    );
    expect(channels[0]?.timeLimit).toEqual({ value: 15, unit: 'working_days' });
    expect(issues).toEqual([]);
  });

  it('converts months to days and says so', () => {
    const { channels, issues } = parseChannels(HEAD + 'Trực tiếp2 ThángMiễn phí');
    expect(channels[0]?.timeLimit).toEqual({ value: 60, unit: 'calendar_days', note: '2 tháng' });
    expect(issues).toEqual([
      { field: 'channels', message: 'Trực tiếp: thời hạn "2 Tháng" được quy đổi thành 60 ngày' },
    ]);
  });

  it('reads VND amounts in both groupings, with their note and the description (1.007412, 2.001035)', () => {
    const { channels } = parseChannels(
      HEAD +
        'Trực tuyếnKhông có thông tin50,000 Việt Nam Đồng(/giao dịch)Cá nhân vay vốn thì không phải nộp phí.' +
        'Trực tiếp60 Ngày2,000,000 Việt Nam Đồng(2.000.000 đồng/người.)',
      'trả kết quả trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ',
    );
    expect(channels[0]).toEqual({
      kind: 'desk',
      timeLimit: { value: 60, unit: 'calendar_days' },
      fees: [{ name: 'Phí, lệ phí', amount: 2_000_000, note: '2.000.000 đồng/người.' }],
    });
    expect(channels[1]).toEqual({
      kind: 'online',
      timeLimit: { value: 0, unit: 'same_day' },
      fees: [{ name: 'Phí, lệ phí', amount: 50_000, note: '/giao dịch' }],
      note: 'Cá nhân vay vốn thì không phải nộp phí.',
    });
  });

  it('reads amounts the portal gives in thousands (3.000370: "20 VNĐ(20.000 đồng/lần.)")', () => {
    const { channels, issues } = parseChannels(HEAD + 'Trực tuyến1 Giờ20 VNĐ(20.000 đồng/lần.)');
    expect(channels[0]?.fees).toEqual([{ name: 'Phí, lệ phí', amount: 20_000, note: '20.000 đồng/lần.' }]);
    expect(issues).toEqual([]);
    const unconfirmed = parseChannels(HEAD + 'Trực tiếp3 Ngày làm việc25 VNĐ');
    expect(unconfirmed.channels[0]?.fees[0]?.amount).toBe(25_000);
    expect(unconfirmed.issues[0]?.message).toBe(
      'Trực tiếp: số tiền "25 VNĐ" dưới 1.000 đồng, đọc là 25000 đồng',
    );
  });

  it('keeps one row per kind and reports the others; USD fees are not imported (2.000815)', () => {
    const { channels, issues } = parseChannels(
      HEAD +
        'Trực tiếp1 Ngày làm việc2,000 Việt Nam Đồng(/trang)Tại Ủy ban nhân dân cấp xã: 2.000 đồng/trang.' +
        'Trực tiếp1 Ngày làm việc10 USD(/bản)Tại cơ quan đại diện: 10 USD/bản.',
    );
    expect(channels).toHaveLength(1);
    expect(channels[0]?.fees).toEqual([{ name: 'Phí, lệ phí', amount: 2000, note: '/trang' }]);
    expect(channels[0]?.note).toBe(
      'Tại Ủy ban nhân dân cấp xã: 2.000 đồng/trang. Trường hợp khác: 1 Ngày làm việc, ? đồng.',
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Trực tiếp: phí tính bằng USD (10 USD), không nhập',
      'Trực tiếp: có thêm một dòng (1 Ngày làm việc, ? đồng); chỉ giữ dòng đầu (1 Ngày làm việc, 2000 đồng)',
    ]);
  });

  it('reads named fees from the description when the fee column is empty (1.003135)', () => {
    const { channels, issues } = parseChannels(
      HEAD +
        'Trực tuyến5 Ngày làm việcKhông có thông tin- 05 ngày làm việc kể từ ngày nhận đủ hồ sơ\n' +
        '- Lệ phí : 20.000 Đồng (Lệ phí cấp chứng chỉ: 20.000 đồng/giấy.); \n- Lệ phí : 50.000 Đồng (Lệ phí khác)',
    );
    expect(channels[0]?.fees).toEqual([
      { name: 'Lệ phí', amount: 20_000, note: 'Lệ phí cấp chứng chỉ: 20.000 đồng/giấy.' },
      { name: 'Lệ phí', amount: 50_000, note: 'Lệ phí khác' },
    ]);
    expect(issues).toEqual([]);
  });

  it('reports a bare number: unit from the description when it says so, else working days', () => {
    const said = parseChannels(
      HEAD + 'Dịch vụ bưu chính1Miễn phí(Không có)03 ngày làm việc kể từ ngày nhận hồ sơ.',
    );
    expect(said.channels[0]?.timeLimit).toEqual({ value: 3, unit: 'working_days' });
    expect(said.issues[0]?.message).toBe(
      'Bưu chính: thời hạn "1" không có đơn vị; theo mô tả "03 ngày làm việc"',
    );
    const bare = parseChannels(HEAD + 'Trực tuyến5Miễn phíTrực tiếp5Miễn phí');
    expect(bare.channels.map((c) => c.timeLimit)).toEqual([
      { value: 5, unit: 'working_days' },
      { value: 5, unit: 'working_days' },
    ]);
    expect(bare.issues).toEqual([
      {
        field: 'channels',
        message: 'Trực tuyến, Trực tiếp: thời hạn "5" không có đơn vị, tạm đọc là 5 ngày làm việc',
      },
    ]);
  });

  it('drops a channel with no time limit at all, and marks a missing fee as a gap', () => {
    const { channels, issues } = parseChannels(HEAD + 'Trực tiếpKhông có thông tinKhông có thông tin');
    expect(channels).toEqual([]);
    expect(issues).toEqual([
      { field: 'channels', message: 'Trực tiếp: không có thông tin phí, lệ phí', gap: true },
      { field: 'channels', message: 'Trực tiếp: không có thời hạn giải quyết; bỏ kênh này' },
    ]);
  });

  it('does not take a clock time ("sau 15 giờ") for a duration', () => {
    const { channels } = parseChannels(
      HEAD + 'Trực tiếpKhông có thông tinMiễn phí',
      'Nếu nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
    );
    expect(channels[0]?.timeLimit).toEqual({ value: 0, unit: 'same_day' });
  });

  it('reports a table it cannot read', () => {
    expect(parseChannels('Không có thông tin').issues[0]?.message).toBe(
      'không đọc được bảng cách thức thực hiện: "Không có thông tin"',
    );
  });
});
