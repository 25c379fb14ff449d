import { describe, expect, it } from 'vitest';
import { vnDateTime } from '../../adapters/pdf/forms/text.js';
import { isPdf, pdfFlatText, pdfPageSizes } from '../../adapters/pdf/pdf-test-utils.js';
import {
  birth,
  key,
  today,
  useDossierApp,
  type Acted,
  type Failure,
  type Intake,
} from '../dossier/dossier-test-utils.js';

const { ctx, receive, act } = useDossierApp();

const get = (url: string, user?: string) =>
  ctx.t.app.inject({ method: 'GET', url, ...(user ? ctx.as[user] : {}) });

const A5: [number, number] = [419.53, 595.28];

function expectA5(pdf: Buffer) {
  expect(isPdf(pdf)).toBe(true);
  for (const [w, h] of pdfPageSizes(pdf)) {
    expect(w).toBeCloseTo(A5[0], 1);
    expect(h).toBeCloseTo(A5[1], 1);
  }
}

describe('GET /api/dossiers/{code}/forms/{form}.pdf', () => {
  it('prints the receipt of a dossier received at the desk, with a Vietnamese file name', async () => {
    const intake = (await receive(birth())).json<Intake>();
    expect(intake.outcome).toBe('receipt');
    const code = intake.dossier.code;
    const res = await get(`/api/dossiers/${code}/forms/receipt.pdf`, 'tiepnhan.dongtien');
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toContain(`filename="giay-tiep-nhan-ho-so-${code}.pdf"`);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(
      `Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${code}.pdf`,
    );
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expectA5(res.rawPayload);
    const text = pdfFlatText(res.rawPayload);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(`Mã hồ sơ: ${code}`);
    expect(text).toContain('UBND XÃ ĐÔNG TIẾN');
    expect(text).toContain('Đông Tiến, ngày');
    expect(text).toContain('Lê Thị Hoa');
    expect(text).toContain('038195012345');
    expect(text).toContain('0912 345 678');
    expect(text).toContain('Nội dung yêu cầu giải quyết: Đăng ký khai sinh');
    // The appointment as hh:mm dd/mm/yyyy in Vietnam.
    expect(text).toMatch(/Thời gian trả kết quả giải quyết hồ sơ: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    const officer = await ctx.t.database.db
      .selectFrom('staff')
      .select('full_name')
      .where('username', '=', 'tiepnhan.dongtien')
      .executeTakeFirstOrThrow();
    expect(text).toContain(officer.full_name);

    // By number and by name, the same form; other forms of a plain receipt do not exist.
    expect((await get(`/api/dossiers/${code}/forms/01.pdf`, 'tiepnhan.dongtien')).statusCode).toBe(200);
    for (const form of ['refusal', 'supplement', 'apology', 'stop']) {
      const none = await get(`/api/dossiers/${code}/forms/${form}.pdf`, 'tiepnhan.dongtien');
      expect(none.statusCode, form).toBe(404);
      expect(none.json<Failure>().error.code).toBe('FORM_NOT_AVAILABLE');
    }
  });

  it('prints the fee recorded at intake, and leaves the line out when none was', async () => {
    const paid = (await receive(birth({ fee: { timing: 'before', amount: 8000 } }))).json<Intake>();
    expect(paid.outcome).toBe('receipt');
    const res = await get(`/api/dossiers/${paid.dossier.code}/forms/receipt.pdf`, 'tiepnhan.dongtien');
    expect(pdfFlatText(res.rawPayload)).toContain('Phí, lệ phí: Đã nộp khi tiếp nhận hồ sơ (8.000 đồng)');
    const exempt = (await receive(birth({ fee: { timing: 'exempt' } }))).json<Intake>();
    const ex = await get(`/api/dossiers/${exempt.dossier.code}/forms/receipt.pdf`, 'tiepnhan.dongtien');
    expect(pdfFlatText(ex.rawPayload)).toContain('Phí, lệ phí: Miễn phí, lệ phí');
    const none = (await receive(birth())).json<Intake>();
    const no = await get(`/api/dossiers/${none.dossier.code}/forms/receipt.pdf`, 'tiepnhan.dongtien');
    expect(pdfFlatText(no.rawPayload)).not.toContain('Phí, lệ phí');
  });

  it('names the organisation when a representative submitted for one', async () => {
    const res = await receive(
      birth({ organisation: { name: 'Hợp tác xã Nông nghiệp Đông Tiến', taxCode: '2801234567' } }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const code = res.json<Intake>().dossier.code;
    const text = pdfFlatText(
      (await get(`/api/dossiers/${code}/forms/receipt.pdf`, 'tiepnhan.dongtien')).rawPayload,
    );
    expect(text).toContain('Tổ chức: Hợp tác xã Nông nghiệp Đông Tiến');
    expect(text).toContain('Người đại diện: Ông/Bà Lê Thị Hoa');
  });

  it('prints a supplement request listing every missing document, and a refusal with its reasons', async () => {
    const partial = (
      await receive(birth({ documents: [{ index: 0, originals: 1, copies: 0 }] }))
    ).json<Intake>();
    expect(partial.outcome).toBe('supplement');
    const res = await get(`/api/dossiers/${partial.dossier.code}/forms/supplement.pdf`, 'tiepnhan.dongtien');
    expect(res.statusCode).toBe(200);
    expectA5(res.rawPayload);
    const text = pdfFlatText(res.rawPayload);
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    for (const m of partial.missing) expect(text).toContain(m.name.slice(0, 30));
    // A supplement request is not a receipt: nothing was received yet.
    const noReceipt = await get(
      `/api/dossiers/${partial.dossier.code}/forms/receipt.pdf`,
      'tiepnhan.dongtien',
    );
    expect(noReceipt.json<Failure>().error.code).toBe('FORM_NOT_AVAILABLE');

    const refused = (
      await receive(birth({ refusalReasons: ['Hồ sơ không thuộc thẩm quyền của xã Đông Tiến.'] }))
    ).json<Intake>();
    expect(refused.outcome).toBe('refusal');
    const r = await get(`/api/dossiers/${refused.dossier.code}/forms/03.pdf`, 'tiepnhan.dongtien');
    expect(r.statusCode).toBe(200);
    const rt = pdfFlatText(r.rawPayload);
    expect(rt).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(rt).toContain('1. Hồ sơ không thuộc thẩm quyền của xã Đông Tiến.');
  });

  it('prints the apology from the extension entry and the stop notice from the stop entry', async () => {
    const intake = (
      await receive(
        birth({
          procedureCode: '1.004884',
          notApplicable: [],
          documents: [0, 1, 2, 3, 4, 5].map((index) => ({ index, originals: 1, copies: 1 })),
        }),
      )
    ).json<Intake>();
    const code = intake.dossier.code;
    const newDue = new Date(Date.parse(intake.dossier.dueAt ?? '') + 10 * 86_400_000).toISOString();
    const ext = await act(code, 'lanhdao.dongtien', {
      action: 'extend',
      expectedVersion: 1,
      idempotencyKey: key(),
      note: 'Cần xác minh thêm tại Ủy ban nhân dân xã Hoằng Quang',
      newDue,
    });
    expect(ext.statusCode, ext.body).toBe(200);
    const apology = await get(`/api/dossiers/${code}/forms/apology.pdf`, 'lanhdao.dongtien');
    expect(apology.statusCode).toBe(200);
    expectA5(apology.rawPayload);
    const at = pdfFlatText(apology.rawPayload);
    expect(at).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN');
    expect(at).toContain('Lý do: Cần xác minh thêm tại Ủy ban nhân dân xã Hoằng Quang');
    expect(at).toContain(`Thời gian hẹn trả kết quả mới: ${vnDateTime(newDue)}`);
    // "extension" is the same form.
    expect((await get(`/api/dossiers/${code}/forms/extension.pdf`, 'lanhdao.dongtien')).statusCode).toBe(200);

    const stopped = await act(code, 'lanhdao.dongtien', {
      action: 'stop',
      expectedVersion: ext.json<Acted>().dossier.version,
      idempotencyKey: key(),
      note: 'Người yêu cầu đề nghị dừng giải quyết',
    });
    expect(stopped.statusCode, stopped.body).toBe(200);
    const stop = await get(`/api/dossiers/${code}/forms/stop.pdf`, 'tiepnhan.dongtien');
    expect(stop.statusCode).toBe(200);
    const st = pdfFlatText(stop.rawPayload);
    expect(st).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(st).toContain('Lý do: Người yêu cầu đề nghị dừng giải quyết');
  });

  it('prints the control slip with every hand-off, for the agencies that held the dossier', async () => {
    const code = (await receive(birth())).json<Intake>().dossier.code;
    const sent = await act(code, 'lanhdao.dongtien', {
      action: 'transfer',
      expectedVersion: 1,
      idempotencyKey: key(),
      toUnit: '000.00.22.H56',
      note: 'Xác định nghĩa vụ tài chính',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    for (const user of ['lanhdao.dongtien', 'chuyenvien.thue']) {
      const res = await get(`/api/dossiers/${code}/forms/control-slip.pdf`, user);
      expect(res.statusCode, `${user}: ${res.body.slice(0, 300)}`).toBe(200);
      expectA5(res.rawPayload);
      const text = pdfFlatText(res.rawPayload);
      expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
      expect(text).toContain(`Mã hồ sơ: ${code}`);
      expect(text).toContain('Thuế cơ sở 3 tỉnh Thanh Hóa');
      expect(text).toContain('Bên giao');
    }
    expect((await get(`/api/dossiers/${code}/forms/06.pdf`, 'admin.dongkhe')).statusCode).toBe(403);
  });

  it('reads the declaration back with who entered each value, and has none when nothing was declared', async () => {
    const code = (await receive(birth())).json<Intake>().dossier.code;
    const none = await get(`/api/dossiers/${code}/forms/declaration.pdf`, 'tiepnhan.dongtien');
    expect(none.statusCode).toBe(404);
    expect(none.json<Failure>().error.code).toBe('FORM_NOT_AVAILABLE');
    const officer = { kind: 'officer', staffId: 'staff-1', name: 'Phạm Thị Lan' };
    await ctx.t.database.db
      .updateTable('dossiers')
      .set({
        declaration: JSON.stringify({
          assisted: true,
          values: [
            {
              key: 'childName',
              label: 'Họ, chữ đệm, tên của trẻ',
              value: 'Lê Minh Khôi',
              enteredBy: officer,
            },
            { key: 'childSex', label: 'Giới tính', value: 'Nam', enteredBy: { kind: 'applicant' } },
          ],
          confirmation: { method: 'otp', at: new Date().toISOString(), phoneMasked: '09xxxxx678' },
        }),
      })
      .where('code', '=', code)
      .execute();
    const res = await get(`/api/dossiers/${code}/forms/declaration.pdf`, 'tiepnhan.dongtien');
    expect(res.statusCode).toBe(200);
    expectA5(res.rawPayload);
    const text = pdfFlatText(res.rawPayload);
    expect(text).toContain('TỜ KHAI ĐĂNG KÝ KHAI SINH (BẢN ĐỌC LẠI)');
    expect(text).toContain('Lê Minh Khôi');
    expect(text).toContain('Công chức nhập hộ');
    expect(text).toContain('Người khai');
    expect(text).toContain('Đã xác nhận bằng mã OTP gửi tới số 09xxxxx678');
    expect((await get(`/api/dossiers/${code}/forms/declaration.pdf`, 'admin.dongkhe')).statusCode).toBe(403);
  });

  it('answers 401 without a session, 403 to another commune, 400 for an unknown form, 404 for an unknown dossier', async () => {
    const code = (await receive(birth())).json<Intake>().dossier.code;
    expect((await get(`/api/dossiers/${code}/forms/receipt.pdf`)).statusCode).toBe(401);
    const other = await get(`/api/dossiers/${code}/forms/receipt.pdf`, 'admin.dongkhe');
    expect(other.statusCode).toBe(403);
    const tax = await get(`/api/dossiers/${code}/forms/receipt.pdf`, 'chuyenvien.thue');
    expect(tax.statusCode).toBe(403);
    const bad = await get(`/api/dossiers/${code}/forms/giay-phep.pdf`, 'tiepnhan.dongtien');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Failure>().error.fields?.[0]?.field).toBe('form');
    const unknown = await get(
      `/api/dossiers/H56.10.01-${today()}-9999/forms/receipt.pdf`,
      'tiepnhan.dongtien',
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<Failure>().error.code).toBe('DOSSIER_NOT_FOUND');
  });
});

describe('GET /api/registers/{agencyId}.pdf', () => {
  const day = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

  it('lists the dossiers the unit received in the range, A4 landscape', async () => {
    const code = (await receive(birth())).json<Intake>().dossier.code;
    const res = await get(`/api/registers/H56.10.01.pdf?from=${day()}&to=${day()}`, 'lanhdao.dongtien');
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain(
      `filename="so-theo-doi-ho-so-H56.10.01-${day()}-${day()}.pdf"`,
    );
    for (const [w, h] of pdfPageSizes(res.rawPayload)) {
      expect(w).toBeCloseTo(841.89, 1);
      expect(h).toBeCloseTo(595.28, 1);
    }
    const text = pdfFlatText(res.rawPayload);
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain(code);
    expect(text).toContain('Lê Thị Hoa');
  });

  it('refuses bad dates and ranges over a year with 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=2026-03-01&to=26-03-02x', 'to'],
      ['from=2026-03-05&to=2026-03-01', 'to'],
      ['from=2025-01-01&to=2026-01-02', 'to'],
    ];
    for (const [query, field] of cases) {
      const res = await get(`/api/registers/H56.10.01.pdf?${query}`, 'lanhdao.dongtien');
      expect(res.statusCode, query).toBe(400);
      expect(
        res.json<Failure>().error.fields?.map((f) => f.field),
        query,
      ).toContain(field);
    }
    const missing = await get('/api/registers/H56.10.01.pdf?from=2026-01-01', 'lanhdao.dongtien');
    expect(missing.statusCode).toBe(400);
    // A whole year is fine.
    const year = await get('/api/registers/H56.10.01.pdf?from=2025-01-01&to=2025-12-31', 'lanhdao.dongtien');
    expect(year.statusCode).toBe(200);
  });

  it('is for staff of the unit: 401 without a session, 403 for another commune, 404 for an unknown unit', async () => {
    const q = `from=${day()}&to=${day()}`;
    expect((await get(`/api/registers/H56.10.01.pdf?${q}`)).statusCode).toBe(401);
    expect((await get(`/api/registers/H56.10.01.pdf?${q}`, 'admin.dongkhe')).statusCode).toBe(403);
    expect((await get(`/api/registers/H56.10.01.pdf?${q}`, 'tiepnhan.trungtam')).statusCode).toBe(403);
    expect((await get(`/api/registers/H56.10.01.pdf?${q}`, 'tiepnhan.dongtien')).statusCode).toBe(200);
    const unknown = await get(`/api/registers/H56.99.99.pdf?${q}`, 'tiepnhan.dongtien');
    expect(unknown.statusCode).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/api/dossiers/{code}/forms/'))).toBe(true);
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/api/registers/'))).toBe(true);
  });
});
