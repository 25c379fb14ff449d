import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isPdf, pdfFlatText, pdfPageSizes, pdfText } from '../pdf-test-utils.js';
import { renderApology } from './apology.js';
import { vnDate, vnDateTime, vnDateTimeWords } from './text.js';
import { maskPhone } from '../../../domain/dossier/declaration.js';
import { renderControlSlip } from './control-slip.js';
import { renderDeclaration, type DeclarationField } from './declaration.js';
import { renderReceipt } from './receipt.js';
import { renderRefusal } from './refusal.js';
import { renderRegister, timelinessOf } from './register.js';
import { renderStop } from './stop.js';
import { renderSupplement } from './supplement.js';
import {
  agency,
  code,
  controlSlip,
  dossier,
  longName,
  receiptDocuments,
  registerRows,
} from './test-fixtures.js';

const A5: [number, number] = [419.53, 595.28];
const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

function expectPages(pdf: Buffer, size: [number, number]): number {
  expect(isPdf(pdf)).toBe(true);
  const sizes = pdfPageSizes(pdf);
  expect(sizes.length).toBeGreaterThan(0);
  for (const [w, h] of sizes) {
    expect(w).toBeCloseTo(size[0], 1);
    expect(h).toBeCloseTo(size[1], 1);
  }
  return sizes.length;
}

/** Every word's box (from poppler's bounding boxes) lies inside the page with at least 5 mm to spare. */
function expectWordsInside(pdf: Buffer, size: [number, number]) {
  const r = spawnSync('pdftotext', ['-bbox', '-', '-'], { input: pdf, maxBuffer: 32 * 1024 * 1024 });
  const html = r.stdout.toString('utf8');
  const words = [
    ...html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g),
  ];
  expect(words.length).toBeGreaterThan(50);
  const edge = 14;
  for (const [, x0, y0, x1, y1, word] of words) {
    const inside =
      Number(x0) >= edge &&
      Number(y0) >= edge &&
      Number(x1) <= size[0] - edge &&
      Number(y1) <= size[1] - edge;
    expect(inside, `"${word}" at ${x0},${y0}–${x1},${y1}`).toBe(true);
  }
}

/** The state header every form carries. */
function expectHeader(text: string, formNo: string) {
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text).toContain('UBND XÃ ĐÔNG TIẾN');
  expect(text).toContain(formNo);
}

/** One A5 page with every word inside it and the state header of form `formNo`; returns the page's text. */
function expectOneA5Page(pdf: Buffer, formNo: string): string {
  expect(expectPages(pdf, A5)).toBe(1);
  expectWordsInside(pdf, A5);
  const text = pdfFlatText(pdf);
  expectHeader(text, formNo);
  return text;
}

const receipt = (extra: Partial<Parameters<typeof renderReceipt>[0]> = {}) =>
  renderReceipt({
    ...dossier,
    receivedAt: dossier.receivedAt!,
    dueAt: dossier.dueAt!,
    documents: receiptDocuments,
    timeLimit: '3 ngày làm việc',
    officerName: 'Trần Văn Bình',
    ...extra,
  });

describe('dates in Vietnam', () => {
  it('prints instants in Asia/Ho_Chi_Minh whatever the server zone', () => {
    expect(vnDate('2026-11-24T18:30:00Z')).toBe('25/11/2026');
    expect(vnDateTime('2026-11-25T09:30:00Z')).toBe('16:30 25/11/2026');
    expect(vnDateTimeWords('2026-11-25T01:05:00Z')).toBe('08 giờ 05 phút, ngày 25/11/2026');
    expect(maskPhone('+84912345678')).toBe('09xxxxx678');
  });
});

describe('Mẫu 01 — receipt', () => {
  it('is one A5 page with the code, applicant, documents, times, fee and signatures', async () => {
    const pdf = await receipt({ fee: { mode: 'before', text: '8.000 đồng' } });
    const text = expectOneA5Page(pdf, 'Mẫu số 01');
    expect(text).toContain('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ ĐÔNG TIẾN');
    expect(text).toContain('Đông Tiến, ngày 25 tháng 11 năm 2026');
    expect(text).toContain(`Mã hồ sơ: ${code}`);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Ông/Bà: Nguyễn Thị Hường');
    expect(text).toContain('Số định danh cá nhân: 038195012345');
    expect(text).toContain('Số 12, thôn Phú Thượng, xã Đông Tiến, tỉnh Thanh Hóa');
    expect(text).toContain('0912 345 678');
    expect(text).toContain('huong.nguyen@example.vn');
    expect(text).toContain('Nội dung yêu cầu giải quyết: Đăng ký khai sinh');
    expect(text).toContain('Giấy chứng sinh; trường hợp không có Giấy chứng sinh');
    expect(text).toContain('Xuất trình bản chính để đối chiếu');
    expect(text).toContain('Số lượng hồ sơ: 01 bộ');
    expect(text).toContain('3 ngày làm việc');
    expect(text).toContain('Thời gian nhận hồ sơ: 08 giờ 35 phút, ngày 25/11/2026');
    expect(text).toContain('Thời gian trả kết quả giải quyết hồ sơ: 16:30 27/11/2026');
    expect(text).toContain('Phí, lệ phí: Đã nộp khi tiếp nhận hồ sơ (8.000 đồng)');
    expect(text).toContain(
      'Nơi nhận kết quả: Trung tâm Phục vụ hành chính công xã Đông Tiến, Thôn Trung Chính',
    );
    expect(text).toContain('Đường dây nóng: 02373 900 900');
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('Trần Văn Bình');
    // The barcode and the QR code are drawn: one image (the barcode PNG) and many filled squares.
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('names an organisation applicant and its representative', async () => {
    const text = pdfFlatText(
      await receipt({
        applicant: {
          ...dossier.applicant,
          organisation: { name: 'Công ty TNHH Xây dựng Đông Tiến', taxCode: '2801234567' },
        },
      }),
    );
    expect(text).toContain('Tổ chức: Công ty TNHH Xây dựng Đông Tiến');
    expect(text).toContain('Mã số thuế: 2801234567');
    expect(text).toContain('Người đại diện: Ông/Bà Nguyễn Thị Hường');
  });

  it('leaves the fee line out when the dossier records no fee', async () => {
    const text = pdfFlatText(await receipt());
    expect(text).not.toContain('Phí, lệ phí');
    expect(text).toContain('6. Nơi nhận kết quả');
  });

  it('wraps long names and breaks a long table across pages with its header repeated', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      name: `${i + 1}) ${longName}`,
      kind: 'submit' as const,
      originals: 1,
      copies: 2,
    }));
    const pdf = await receipt({ documents: many });
    const pages = expectPages(pdf, A5);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = pdfFlatText(pdf);
    expect(text).toContain(`12) ${longName.slice(0, 60)}`);
    expect(text).toContain('cơ quan có thẩm quyền nơi người ủy quyền cư trú');
    // The table's header row on every page the table reaches (the signatures may be alone on the last one).
    const headers = text.split('Tên giấy tờ').length - 1;
    expect(headers).toBeGreaterThanOrEqual(2);
    expect(headers).toBeGreaterThanOrEqual(pages - 1);
    expect(text).toContain(`Trang ${pages}/${pages}`);
  });

  it('keeps every word inside the paper, however long the names', async () => {
    const pdf = await receipt({
      applicant: {
        ...dossier.applicant,
        name: 'Tôn Nữ Thị Phương Thảo Nguyễn Hoàng Bảo Ngọc Công Tằng Tôn Nữ Hoàng Thị Thanh Thủy',
        address: longName,
      },
      procedureName: longName,
      documents: [{ name: longName.replace(/ /g, ''), kind: 'submit', originals: 1, copies: 0 }],
    });
    expectWordsInside(pdf, A5);
    expect(pdfFlatText(pdf)).toContain('Hoàng Thị Thanh Thủy');
  });
});

describe('signature blocks', () => {
  it('stay together on one page however much comes before them', async () => {
    // Each case moves the signatures down by about a line, through the end of the first page.
    for (let n = 0; n <= 16; n++) {
      const documents = Array.from({ length: 2 + (n >> 2) }, (_, i) => ({ ...receiptDocuments[i % 3]! }));
      const address = `Số 12, thôn Phú Thượng, xã Đông Tiến, tỉnh Thanh Hóa${' (gần chợ Đông Tiến, cạnh trường tiểu học)'.repeat(n % 4)}`;
      const pdf = await receipt({ documents, applicant: { ...dossier.applicant, address } });
      const pages = pdfText(pdf).split('\f');
      const withSignatures = pages.filter((p) =>
        /NGƯỜI NỘP HỒ SƠ|NGƯỜI TIẾP NHẬN HỒ SƠ|Trần Văn Bình/.test(p),
      );
      expect(withSignatures, `${n} documents`).toHaveLength(1);
      const page = withSignatures[0]!;
      for (const t of ['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN HỒ SƠ', 'Nguyễn Thị Hường', 'Trần Văn Bình']) {
        expect(page, `${n} documents`).toContain(t);
      }
    }
  }, 60_000);
});

describe('signature blocks, a case met in the demo data', () => {
  it('are not split when they only just fit above the bottom margin', async () => {
    const pdf = await receipt({
      code: 'H56.10.01-261119-0001',
      procedureName: 'Đăng ký biến động đất đai khi chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất',
      caseName: 'Chuyển nhượng, chuyển đổi, thừa kế, tặng cho, góp vốn',
      agency: { ...agency, address: undefined },
      applicant: {
        name: 'Vũ Thị Hạnh',
        idNumber: '038182000110',
        address: 'thôn Trung, xã Đông Tiến',
        phone: '+84976215308',
      },
      receivedAt: '2026-11-19T01:45:00Z',
      dueAt: '2026-12-15T01:45:00Z',
      timeLimit: '18 ngày làm việc',
      documents: [
        'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 18)',
        'Bản gốc Giấy chứng nhận đã cấp (sổ đỏ, sổ hồng)',
        'Hợp đồng, văn bản chuyển quyền sử dụng đất (chuyển nhượng, tặng cho, thừa kế…) đã công chứng hoặc chứng thực',
        'Mảnh trích đo bản đồ địa chính thửa đất',
      ].map((name) => ({ name, kind: 'submit' as const, originals: 1, copies: 0 })),
    });
    const pages = pdfText(pdf)
      .split('\f')
      .filter((p) => p.trim());
    expect(pages).toHaveLength(2);
    for (const t of ['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN HỒ SƠ', 'Vũ Thị Hạnh', 'Trần Văn Bình']) {
      expect(pages[1]).toContain(t);
    }
  });
});

describe('Mẫu 02 — supplement request', () => {
  it('lists every missing document with the count asked and the reason', async () => {
    const pdf = await renderSupplement({
      ...dossier,
      requestedAt: '2026-11-25T02:00:00Z',
      submittedAt: dossier.receivedAt!,
      missing: [
        { name: 'Giấy chứng sinh', originals: 1, copies: 0 },
        { name: longName, originals: 1, copies: 1 },
      ],
      reason: 'Giấy chứng sinh bị tẩy xóa, không đọc được tên người mẹ.',
      officerName: 'Trần Văn Bình',
    });
    const text = expectOneA5Page(pdf, 'Mẫu số 02');
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain(`Mã hồ sơ: ${code}`);
    expect(text).toContain('Ngày nộp hồ sơ: 25/11/2026');
    expect(text).toContain('Giấy chứng sinh 1 bản chính');
    expect(text).toContain('1 bản chính, 1 bản sao');
    expect(text).toContain('Lý do: Giấy chứng sinh bị tẩy xóa, không đọc được tên người mẹ.');
    expect(text).toContain('NGƯỜI HƯỚNG DẪN');
  });
});

describe('Mẫu 03 — refusal', () => {
  it('gives every reason, numbered', async () => {
    const pdf = await renderRefusal({
      ...dossier,
      refusedAt: dossier.receivedAt!,
      reasons: [
        'Hồ sơ không thuộc thẩm quyền giải quyết.',
        'Trẻ đã được đăng ký khai sinh tại xã Hoằng Lộc.',
      ],
      officerName: 'Trần Văn Bình',
    });
    const text = expectOneA5Page(pdf, 'Mẫu số 03');
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('1. Hồ sơ không thuộc thẩm quyền giải quyết.');
    expect(text).toContain('2. Trẻ đã được đăng ký khai sinh tại xã Hoằng Lộc.');
  });
});

describe('Mẫu 04 — apology and extension', () => {
  it('names the old and the new appointment and the reason, signed by the head', async () => {
    const pdf = await renderApology({
      ...dossier,
      receivedAt: dossier.receivedAt!,
      extendedAt: '2026-11-26T03:00:00Z',
      previousDue: dossier.dueAt!,
      newDue: '2026-12-02T09:30:00Z',
      reason: 'Cần xác minh thêm nơi cư trú của người mẹ.',
      signerName: 'Lê Văn Lãnh',
    });
    const text = expectOneA5Page(pdf, 'Mẫu số 04');
    expect(text).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Kính gửi: Ông/Bà Nguyễn Thị Hường');
    expect(text).toContain('Đông Tiến, ngày 26 tháng 11 năm 2026');
    expect(text).toContain('Thời gian hẹn trả kết quả: 16:30 27/11/2026');
    expect(text).toContain('Lý do: Cần xác minh thêm nơi cư trú của người mẹ.');
    expect(text).toContain('Thời gian hẹn trả kết quả mới: 16:30 02/12/2026');
    expect(text).toContain('THỦ TRƯỞNG CƠ QUAN');
    expect(text).toContain('Lê Văn Lãnh');
  });
});

describe('Mẫu 05 — stop notice', () => {
  it('states the stop and its reason', async () => {
    const pdf = await renderStop({
      ...dossier,
      stoppedAt: '2026-11-26T03:00:00Z',
      reason: 'Người yêu cầu đề nghị dừng để bổ sung giấy tờ ở nước ngoài.',
      signerName: 'Lê Văn Lãnh',
    });
    const text = expectOneA5Page(pdf, 'Mẫu số 05');
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('kể từ ngày 26 tháng 11 năm 2026');
    expect(text).toContain('Lý do: Người yêu cầu đề nghị dừng để bổ sung giấy tờ ở nước ngoài.');
  });
});

describe('Mẫu 06 — process control slip', () => {
  it('has one row per hand-off with its outcome, and one line per agency', async () => {
    const pdf = await renderControlSlip({
      ...dossier,
      code: controlSlip.code,
      procedureName: controlSlip.procedureName,
      slip: {
        ...controlSlip,
        lateAgency: { unit: 'Thuế cơ sở 3 tỉnh Thanh Hóa', agencyId: '000.00.22.H56' },
      },
      printedAt: '2026-12-01T02:00:00Z',
    });
    const text = expectOneA5Page(pdf, 'Mẫu số 06');
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(`Mã hồ sơ: ${controlSlip.code}`);
    expect(text).toContain('Bên giao');
    expect(text).toContain('Bên nhận');
    expect(text).toContain('Lê Văn Tiếp');
    expect(text).toContain('Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Sơn');
    expect(text).toContain('10:10 20/11/2026');
    expect(text).toContain('Trước hạn');
    expect(text).toContain('Đúng hạn');
    expect(text).toContain('Quá hạn');
    expect(text).toContain('Phiếu chuyển thông tin');
    expect(text).toContain('Chuyển liên thông');
    expect(text).toContain('Cơ quan làm chậm hồ sơ: Thuế cơ sở 3 tỉnh Thanh Hóa (000.00.22.H56)');
    expect(pdfText(pdf, { layout: true })).toMatch(
      /Thuế cơ sở 3 tỉnh Thanh Hóa\s+36,5 giờ\s+24 giờ\s+Quá hạn/,
    );
  });

  it('flows many hand-offs onto more A5 pages with the header row repeated', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ ...controlSlip.rows[i % 3]!, seq: i + 2 }));
    const pdf = await renderControlSlip({
      ...dossier,
      slip: { ...controlSlip, rows },
      printedAt: '2026-12-01T02:00:00Z',
    });
    const pages = expectPages(pdf, A5);
    expectWordsInside(pdf, A5);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdfFlatText(pdf);
    expect(text.split('Bên giao').length - 1).toBeGreaterThanOrEqual(pages - 1);
  });
});

describe('Mẫu 07 — tracking register', () => {
  it('is A4 landscape, one row per dossier, the header row on every page, and counts', async () => {
    const rows = registerRows(45);
    const pdf = await renderRegister({
      agency,
      from: '2026-11-01',
      to: '2026-11-30',
      rows,
      printedAt: '2026-12-01T02:00:00Z',
    });
    const pages = expectPages(pdf, A4_LANDSCAPE);
    expectWordsInside(pdf, A4_LANDSCAPE);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdfFlatText(pdf);
    expectHeader(text, 'Mẫu số 07');
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    for (const r of rows) expect(text).toContain(r.code);
    expect(text.split('Tên thủ tục hành chính').length - 1).toBe(pages);
    expect(text).toContain('Trần Thị Bích Ngọc');
    expect(text).toContain('cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi');
    const late = rows.filter((r) => r.timeliness === 'late').length;
    expect(text).toContain(`Tổng số hồ sơ: 45.`);
    expect(text).toContain(`quá hạn: ${late}.`);
  });

  it('says so when the unit received nothing in the range', async () => {
    const pdf = await renderRegister({
      agency,
      from: '2026-11-01',
      to: '2026-11-01',
      rows: [],
      printedAt: '2026-12-01T02:00:00Z',
    });
    expect(expectPages(pdf, A4_LANDSCAPE)).toBe(1);
    expect(pdfFlatText(pdf)).toContain('Không có hồ sơ nào trong khoảng thời gian này.');
  });

  it('judges on time by the due instant and early by the due day (in Vietnam)', () => {
    const dueAt = '2026-11-27T09:30:00Z'; // 16:30 on 27/11
    const now = Date.parse('2026-11-30T00:00:00Z');
    expect(timelinessOf({ dueAt, finishedAt: '2026-11-26T16:59:00Z', counted: true }, now)).toBe('early');
    expect(timelinessOf({ dueAt, finishedAt: '2026-11-26T17:00:00Z', counted: true }, now)).toBe('on_time');
    expect(timelinessOf({ dueAt, finishedAt: '2026-11-27T09:31:00Z', counted: true }, now)).toBe('late');
    expect(timelinessOf({ dueAt, finishedAt: null, counted: true }, now)).toBe('overdue');
    expect(timelinessOf({ dueAt, finishedAt: null, counted: true }, Date.parse(dueAt) - 1)).toBe('in_time');
    expect(timelinessOf({ dueAt: null, finishedAt: null, counted: true }, now)).toBeNull();
    expect(timelinessOf({ dueAt, finishedAt: '2026-11-26T00:00:00Z', counted: false }, now)).toBeNull();
  });
});

describe('Tờ khai (bản đọc lại) — declaration read-back', () => {
  const officer = { kind: 'officer' as const, staffId: 's1', name: 'Trần Văn Bình' };
  const fields: DeclarationField[] = [
    { key: 'childName', label: 'Họ, chữ đệm, tên của trẻ', value: 'Nguyễn Ngọc Diệp', enteredBy: officer },
    { key: 'childSex', label: 'Giới tính', value: 'Nữ', enteredBy: { kind: 'applicant' } },
  ];
  const base = {
    ...dossier,
    title: 'Tờ khai đăng ký khai sinh',
    fields,
    printedAt: dossier.receivedAt!,
    officerName: 'Trần Văn Bình',
  };

  it('lists every field with who entered it; an OTP confirmation shows the masked phone', async () => {
    const pdf = await renderDeclaration({
      ...base,
      confirmation: { method: 'otp', at: '2026-11-25T01:40:00Z', phoneMasked: '09xxxxx678' },
    });
    expect(expectPages(pdf, A5)).toBe(1);
    expectWordsInside(pdf, A5);
    const text = pdfFlatText(pdf);
    expect(text).toContain('TỜ KHAI ĐĂNG KÝ KHAI SINH (BẢN ĐỌC LẠI)');
    for (const t of ['Họ, chữ đệm, tên của trẻ', 'Nguyễn Ngọc Diệp', 'Giới tính', 'Nữ', 'Người nhập']) {
      expect(text).toContain(t);
    }
    // Who entered each value: the officer by name for the first, the applicant for the second.
    const layout = pdfText(pdf, { layout: true });
    expect(layout).toMatch(/Nguyễn Ngọc Diệp\s+Công chức nhập hộ/);
    expect(layout).toMatch(/Giới tính\s+Nữ\s+Người khai/);
    expect(layout).toContain('Trần Văn Bình');
    expect(text).toContain('Đã xác nhận bằng mã OTP gửi tới số 09xxxxx678 lúc 08:40 25/11/2026');
    expect(text).not.toContain('0912 345 678');
  });

  it('masks the applicant’s phone when the confirmation does not name one', async () => {
    const pdf = await renderDeclaration({
      ...base,
      confirmation: { method: 'otp', at: '2026-11-25T01:40:00Z' },
    });
    expect(pdfFlatText(pdf)).toContain('gửi tới số 09xxxxx678');
  });

  it('has a fingerprint box, or signature lines, by the method used', async () => {
    const finger = pdfFlatText(
      await renderDeclaration({
        ...base,
        confirmation: { method: 'fingerprint', at: '2026-11-25T01:40:00Z' },
      }),
    );
    expect(finger).toContain('điểm chỉ (dấu vân tay)');
    expect(finger).toContain('Điểm chỉ ngón trỏ phải');
    const signed = pdfFlatText(
      await renderDeclaration({ ...base, confirmation: { method: 'signature', at: '2026-11-25T01:40:00Z' } }),
    );
    expect(signed).toContain('NGƯỜI KHAI');
    expect(signed).toContain('Ký và ghi rõ họ tên');
    expect(signed).not.toContain('Điểm chỉ ngón trỏ phải');
    const unconfirmed = pdfFlatText(await renderDeclaration({ ...base, confirmation: null }));
    expect(unconfirmed).toContain('chưa xác nhận');
  });
});
