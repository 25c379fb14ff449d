/**
 * Public tracking of a dossier through HTTP on the demo data: found by the full phone in both forms and by its last
 * 4 digits, the same 404 for a wrong phone and an unknown code, nothing personal in the answer, bad input, and the
 * per-address rate limit.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { TRACK_CACHE_MS } from '../../services/tracking/track.js';
import { testClientAddress } from '../../../test/auth.js';
import { birth, key, useDossierApp, type Failure, type Intake } from '../dossier/dossier-test-utils.js';

const { ctx, receive, act } = useDossierApp();

interface Tracked {
  code: string;
  status: string;
  statusKey: string;
  statusLabel: string;
  procedure: { code: string; name: string };
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt?: string;
  unit: { name: string };
  history: { at: string; label: string }[];
}

let code = '';
const track = (c: string, phone?: string, address = testClientAddress()) =>
  ctx.t.app.inject({
    url: `/api/track/${encodeURIComponent(c)}${phone === undefined ? '' : `?phone=${encodeURIComponent(phone)}`}`,
    headers: { 'x-forwarded-for': address },
  });

beforeAll(async () => {
  const res = await receive(birth());
  expect(res.statusCode, res.body).toBe(201);
  code = res.json<Intake>().dossier.code;
  const assigned = await act(code, 'lanhdao.dongtien', {
    action: 'assign',
    expectedVersion: 1,
    idempotencyKey: key(),
    note: 'Ghi chú nội bộ bí mật',
  });
  expect(assigned.statusCode, assigned.body).toBe(200);
});

describe('GET /api/track/{code}', () => {
  it('finds the dossier by the full phone in national form, with status, procedure, dates and history', async () => {
    const res = await track(code, '0912345678');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json<Tracked>();
    expect(body.code).toBe(code);
    expect(body).toMatchObject({
      status: 'in_appraisal',
      statusKey: 'processing',
      statusLabel: 'Đang thẩm định',
    });
    expect(body.procedure.code).toBe('1.001193');
    expect(body.procedure.name).toMatch(/khai sinh/i);
    expect(Date.parse(body.dueAt ?? '')).toBeGreaterThan(Date.parse(body.receivedAt ?? ''));
    expect(body.finishedAt).toBeUndefined();
    expect(body.unit.name).toMatch(/Đông Tiến/);
    expect(body.history.map((h) => h.label)).toEqual(['Tiếp nhận', 'Phân công']);
  });

  it('finds it by the international form, with spaces, and by the last 4 digits; a lower-case code works too', async () => {
    for (const phone of ['+84 912 345 678', '+84912345678', '5678']) {
      const res = await track(code, phone);
      expect(res.statusCode, `${phone}: ${res.body}`).toBe(200);
      expect(res.json<Tracked>().code).toBe(code);
    }
    expect((await track(code.toLowerCase(), '5678')).statusCode).toBe(200);
  });

  it('answers a wrong phone and an unknown code with the same 404 body', async () => {
    const wrongPhone = await track(code, '0987654321');
    const wrongLast4 = await track(code, '1234');
    const unknown = await track('H56.10.01-010101-9999', '0912345678');
    for (const res of [wrongPhone, wrongLast4, unknown]) {
      expect(res.statusCode).toBe(404);
      expect(res.json<Failure>()).toEqual({
        error: {
          code: 'DOSSIER_NOT_FOUND',
          message: 'Không tìm thấy hồ sơ với mã và số điện thoại này.',
        },
      });
    }
    expect(wrongPhone.body).toBe(unknown.body);
  });

  it('says nothing personal: no name, ID number, phone, notes or staff names', async () => {
    const res = await track(code, '5678');
    expect(res.statusCode).toBe(200);
    const text = res.body;
    for (const secret of [
      'Lê Thị Hoa',
      '038195012345',
      '912345678',
      'bí mật',
      'tiepnhan',
      'applicant',
      'actor',
    ]) {
      expect(text).not.toContain(secret);
    }
    const staff = await ctx.t.database.db.selectFrom('staff').select('full_name').execute();
    for (const s of staff) expect(text).not.toContain(s.full_name);
  });

  it('refuses a missing or malformed phone with 400 naming the field', async () => {
    for (const phone of [undefined, '', '12', '12345', '0212345678', 'abcd', 'x'.repeat(40)]) {
      const res = await track(code, phone);
      expect(res.statusCode, `${String(phone)}: ${res.body}`).toBe(400);
      const body = res.json<Failure>();
      expect(body.error.fields?.map((f) => f.field)).toContain('phone');
    }
  });

  it('limits each client address to 30 requests a minute, then answers 429 with our error body', async () => {
    const address = testClientAddress();
    const codes: number[] = [];
    // Unknown codes: a known one would spend its budget of wrong answers (tracking-budget.int.test.ts).
    for (let i = 0; i < 31; i++)
      codes.push((await track(`H56.10.01-010101-${1000 + i}`, '0000', address)).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 404)).toBe(true);
    expect(codes[30]).toBe(429);
    const last = await track(code, '0912345678', address);
    expect(last.statusCode).toBe(429);
    expect(last.json<Failure>().error.code).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect((await track(code, '0912345678')).statusCode).toBe(200);
  });

  it('answers from a short cache: the phone is still checked, and a change shows once the cache has expired', async () => {
    const fresh = (await receive(birth())).json<Intake>().dossier.code;
    const first = await track(fresh, '0912345678');
    expect(first.json<Tracked>().status).toBe('received');
    // Cached now: a wrong phone is still refused.
    expect((await track(fresh, '0987654321')).statusCode).toBe(404);
    expect((await track(fresh, '9999')).statusCode).toBe(404);
    const assigned = await act(fresh, 'lanhdao.dongtien', {
      action: 'assign',
      expectedVersion: 1,
      idempotencyKey: key(),
    });
    expect(assigned.statusCode).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      expect((await track(fresh, '5678')).json<Tracked>().status).toBe('received');
      vi.setSystemTime(Date.now() + TRACK_CACHE_MS + 1);
      expect((await track(fresh, '5678')).json<Tracked>().status).toBe('in_appraisal');
    } finally {
      vi.useRealTimers();
    }
  });
});
