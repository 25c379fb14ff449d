/**
 * Fees as law with dates: what a fee-bearing demo procedure (2.001035, contract certification, 50.000 đồng) costs
 * per channel on a day under the demo policies (30% off online until 23 June 2025, exempt online from 24 June
 * 2025), what a dossier freezes at submission or receipt and keeps whatever the policies become, and the province
 * administrator's policy edits (overlaps refused, the past never rewritten, every endpoint guarded).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { pdfFlatText } from '../../adapters/pdf/pdf-test-utils.js';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import { findEpochDay, formatEpochDay } from '../../domain/calendar/civil-date.js';
import { demoCatalogue } from '../../services/demo-data/catalogue.js';
import { importCatalogue } from '../../services/catalogue/import.js';
import { submitOnline } from '../../services/dossier/intake/intake.js';

const CODE = '2.001035';
let t: TestApp;
let tinh: LoggedIn;
let unitAdmin: LoggedIn;
let reception: LoggedIn;
const today = todayInVietnam();
const dayAfter = (n: number) => formatEpochDay(findEpochDay(today)! + n);

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  [tinh, unitAdmin, reception] = await Promise.all([
    loginAs(t.app, 'admin.tinh'),
    loginAs(t.app, 'admin.dongtien'),
    loginAs(t.app, 'tiepnhan.dongtien'),
  ]);
  // The demo versions start on 1 July 2025: an earlier version of the procedure (same fees) lets a dossier be
  // submitted on days of the 30% rule and of the exemption's first week.
  const file = demoCatalogue();
  const record = file.procedures.find((p) => p.code === CODE)!;
  await t.database.db
    .transaction()
    .execute((trx) =>
      importCatalogue(
        trx,
        { ...file, procedures: [{ ...record, name: `${record.name} (phiên bản trước)` }] },
        { actor: null, effectiveFrom: '2023-01-01' },
      ),
    );
});
afterAll(() => t.close());

type Assessment = {
  totalBase: number;
  totalPayable: number;
  items: { name: string; base: number; payable: number; applied: { policy: string; legalBasis: string }[] }[];
};
const fees = (query: string) => t.app.inject({ method: 'GET', url: `/api/procedures/${CODE}/fees?${query}` });
const errorOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; message: string } }>().error;

const submitOn = (date: string, phone: string) =>
  t.database.db.transaction().execute((trx) =>
    submitOnline(
      trx,
      {
        procedureCode: CODE,
        unit: 'H56.10.01',
        applicant: { name: 'Lê Thị Hoa', phone, idNumber: '038195012345' },
        documents: [{ index: 0, originals: 1, copies: 0 }],
        answers: { tai_san_dang_ky: 'no' },
      },
      { now: Date.parse(`${date}T03:00:00Z`) },
    ),
  );
const owedBy = (code: string) =>
  t.database.db
    .selectFrom('dossiers')
    .select(['fee', 'fee_assessment'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();

const policy = (extra: Record<string, unknown> = {}) => ({
  name: 'Giảm 50% phí chứng thực tại quầy (thử)',
  legalBasis: 'Quyết định 99/2026/QĐ-UBND',
  effectiveFrom: today,
  effectiveTo: null,
  effect: { kind: 'reduction', percent: 50 },
  channels: ['desk'],
  scope: { kind: 'fields', values: ['CT'] },
  feeKinds: ['fee'],
  note: null,
  ...extra,
});
const admin = (method: 'GET' | 'POST' | 'PUT', url: string, who?: LoggedIn, payload?: object) =>
  t.app.inject({
    method,
    url: `/api/admin/fees/policies${url}`,
    ...(who ?? {}),
    ...(payload ? { payload } : {}),
  });

/** What each dossier froze, by its code. */
const frozen: Record<string, Awaited<ReturnType<typeof owedBy>>> = {};
const freeze = async (code: string) => (frozen[code] = await owedBy(code));

describe('what a procedure costs per channel', () => {
  it('takes 30% off online under the first rule, nothing under the exemption, the full fee at the desk', async () => {
    const before = await fees('channel=online&at=2024-05-10');
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json<Assessment>()).toMatchObject({
      channel: 'online',
      at: '2024-05-10',
      totalBase: 50000,
      totalPayable: 35000,
      items: [
        {
          name: 'Phí chứng thực',
          base: 50000,
          payable: 35000,
          applied: [{ legalBasis: 'Chủ trương giảm 30% của tỉnh (số văn bản cần xác nhận)' }],
        },
      ],
    });
    const exempt = (await fees('channel=online&at=2025-06-24')).json<Assessment>();
    expect(exempt).toMatchObject({ totalBase: 50000, totalPayable: 0 });
    expect(exempt.items[0]!.applied[0]!.legalBasis).toBe('Nghị quyết 12/2025/NQ-HĐND');
    expect((await fees('channel=online&at=2025-06-23')).json<Assessment>().totalPayable).toBe(35000);
    const desk = (await fees('channel=desk')).json<Assessment>();
    expect(desk).toMatchObject({ totalBase: 50000, totalPayable: 50000, items: [{ applied: [] }] });
  });

  it('answers a bad channel or date with a Vietnamese 400 and an unknown procedure with 404', async () => {
    const channel = await fees('channel=fax');
    expect(channel.statusCode).toBe(400);
    expect(errorOf(channel).code).toBe('BAD_CHANNEL');
    expect(errorOf(channel).message).toMatch(/Kênh nộp/);
    const date = await fees('channel=online&at=2024-13-45');
    expect(date.statusCode).toBe(400);
    expect(errorOf(date).message).toMatch(/Ngày không hợp lệ/);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/procedures/9.999999/fees?channel=desk' });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('what a dossier owes, frozen', () => {
  it('pays 70% online on a day of the 30% rule and nothing, naming the resolution, under the exemption', async () => {
    const reduced = await submitOn('2024-05-10', '0915300001');
    const r = await freeze(reduced.code);
    expect(r.fee_assessment).toMatchObject({ at: '2024-05-10', totalBase: 50000, totalPayable: 35000 });
    expect(r.fee).toEqual({ timing: 'before', amount: 35000 });
    const exempt = await submitOn('2025-06-25', '0915300002');
    const e = await freeze(exempt.code);
    expect(e.fee_assessment).toMatchObject({ totalBase: 50000, totalPayable: 0 });
    expect(e.fee).toEqual({ timing: 'exempt', amount: 0, note: 'Miễn theo Nghị quyết 12/2025/NQ-HĐND' });
  });

  it('pays the full fee at the desk', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      ...reception,
      payload: {
        procedureCode: CODE,
        applicant: { name: 'Lê Thị Hoa', phone: '0915300003', idNumber: '038195012345' },
        documents: [
          { index: 0, originals: 1, copies: 0 },
          { index: 2, originals: 1, copies: 0 },
        ],
        answers: { tai_san_dang_ky: 'no' },
        fee: { timing: 'before', amount: 1000 },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const d = await freeze(res.json<{ dossier: { code: string } }>().dossier.code);
    expect(d.fee_assessment).toMatchObject({ channel: 'desk', at: today, totalPayable: 50000 });
    expect(d.fee).toEqual({ timing: 'before', amount: 50000 });
    const code = res.json<{ dossier: { code: string } }>().dossier.code;
    const form = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${code}/forms/receipt.pdf`,
      ...reception,
    });
    expect(form.statusCode).toBe(200);
    expect(pdfFlatText(form.rawPayload)).toMatch(/Phí, lệ phí: Đã nộp khi tiếp nhận hồ sơ \(50\.000 đồng\)/);
  });

  it('keeps what it owed when policies are added and ended', async () => {
    const added = await admin('POST', '', tinh, policy());
    expect(added.statusCode, added.body).toBe(201);
    const { id, version } = added.json<{ id: string; version: number }>();
    expect((await fees('channel=desk')).json<Assessment>().totalPayable).toBe(25000);
    const ended = await admin('POST', `/${id}/end`, tinh, { effectiveTo: today, expectedVersion: version });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ effectiveTo: today, version: version + 1 });
    expect(Object.keys(frozen)).toHaveLength(3);
    for (const [code, owed] of Object.entries(frozen)) expect(await owedBy(code)).toEqual(owed);
  });
});

describe('fee policies, edited without rewriting the past', () => {
  it('refuses a policy overlapping another of the same scope, in Vietnamese', async () => {
    const res = await admin(
      'POST',
      '',
      tinh,
      policy({ channels: ['online'], scope: { kind: 'all', values: [] } }),
    );
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('POLICY_OVERLAP');
    expect(errorOf(res).message).toMatch(/trùng/i);
    expect(errorOf(res).message).toContain('Nghị quyết 12/2025/NQ-HĐND');
  });

  it('refuses a start or an end in the past, and a change to a started policy’s effect', async () => {
    const past = await admin('POST', '', tinh, policy({ effectiveFrom: '2024-01-01' }));
    expect(errorOf(past).code).toBe('POLICY_IN_PAST');
    const list = (await admin('GET', '', tinh)).json<{
      items: { id: string; version: number; legalBasis: string }[];
    }>();
    const exemption = list.items.find((p) => p.legalBasis === 'Nghị quyết 12/2025/NQ-HĐND')!;
    const body = (await admin('GET', '', tinh))
      .json<{ items: (Record<string, unknown> & { id: string })[] }>()
      .items.find((p) => p.id === exemption.id)!;
    const { id: _i, state: _s, updatedAt: _u, updatedBy: _b, version, ...fields } = body;
    const changed = await admin('PUT', `/${exemption.id}`, tinh, {
      ...fields,
      effect: { kind: 'reduction', percent: 50 },
      expectedVersion: version,
    });
    expect(changed.statusCode).toBe(400);
    expect(errorOf(changed).code).toBe('POLICY_STARTED');
    const endPast = await admin('POST', `/${exemption.id}/end`, tinh, {
      effectiveTo: '2025-12-31',
      expectedVersion: version,
    });
    expect(errorOf(endPast).code).toBe('POLICY_IN_PAST');
    const reworded = await admin('PUT', `/${exemption.id}`, tinh, {
      ...fields,
      name: 'Miễn phí, lệ phí dịch vụ công trực tuyến',
      expectedVersion: version,
    });
    expect(reworded.statusCode, reworded.body).toBe(200);
    const stale = await admin('PUT', `/${exemption.id}`, tinh, { ...fields, expectedVersion: version });
    expect(stale.statusCode).toBe(409);
  });

  it('lets a planned policy be corrected wholly', async () => {
    const planned = await admin(
      'POST',
      '',
      tinh,
      policy({ effectiveFrom: dayAfter(30), scope: { kind: 'fields', values: ['HT'] } }),
    );
    expect(planned.statusCode, planned.body).toBe(201);
    const p = planned.json<Record<string, unknown> & { id: string; version: number }>();
    expect(p.state).toBe('planned');
    const { id, state: _s, updatedAt: _u, updatedBy: _b, version, ...fields } = p;
    const res = await admin('PUT', `/${id}`, tinh, {
      ...fields,
      effect: { kind: 'exemption' },
      expectedVersion: version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ effect: { kind: 'exemption' }, version: version + 1 });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'fee_policy')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['fee_policy.add', 'fee_policy.correct', 'fee_policy.end']),
    );
  });

  it('guards every policy endpoint: anonymous 401, other roles 403', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const calls = [
      ['GET', '', undefined],
      ['POST', '', policy()],
      ['PUT', `/${id}`, { ...policy(), expectedVersion: 1 }],
      ['POST', `/${id}/end`, { effectiveTo: today, expectedVersion: 1 }],
    ] as const;
    for (const [method, url, payload] of calls) {
      expect((await admin(method, url, undefined, payload)).statusCode).toBe(401);
      for (const who of [unitAdmin, reception]) {
        const res = await admin(method, url, who, payload);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect(errorOf(res).message).toMatch(/quản trị cấp tỉnh/);
      }
    }
  });
});
