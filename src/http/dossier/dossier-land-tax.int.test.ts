/**
 * Land Registration Office → Tax office through HTTP: the list of units a dossier may go to (the Tax office first,
 * each with a working-time default for a consultation's deadline); a transfer to a Tax office needs the information
 * slip, validated field by field (400 naming each, nothing half-saved); only a Land Registration Office sends one;
 * the Tax office sees the slip and answers with the structured notice of financial obligations, which only the Tax
 * office holding the dossier may send; the dossier page and the citizen's tracking show the obligations.
 */
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Static } from 'typebox';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { formatInstant } from '../../domain/calendar/time-zone.js';
import { sampleNotice, sampleSlip } from '../../domain/land-tax/test-fixtures.js';
import { DEMO_PASSWORD } from '../../services/demo-data/index.js';
import { getVersionInForce } from '../../services/catalogue/versions.js';
import type { TransferTargets } from '../../contracts/land-tax.js';
import { codeOf, type Acted, type Detail, type Failure } from './dossier-test-utils.js';

const LAND = '1.013831';
const CASE = 'Chuyển nhượng, chuyển đổi, thừa kế, tặng cho, góp vốn';
const VPDK = '000.00.21.H56';
const THUE = '000.00.22.H56';
const OTHER_TAX = '000.00.29.H56';
const PHONE = '0912345678';

let t: TestApp;
const as: Record<string, LoggedIn> = {};
let keyNo = 0;
const key = () => `land-tax-${Date.now()}-${++keyNo}`;

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  // A second Tax office with its specialist: it may not answer for the one the dossier was sent to.
  const db = t.database.db;
  const province = await db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('agency_id', '=', '000.00.00.H56')
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await db
    .insertInto('units')
    .values({
      id,
      parent_id: province.id,
      type: 'sector_agency',
      sector: 'tax',
      agency_id: OTHER_TAX,
      name: 'Thuế cơ sở 9 tỉnh Thanh Hóa',
      path: [...province.path, id],
    })
    .execute();
  const staff = await db
    .insertInto('staff')
    .values({
      username: 'chuyenvien.thue9',
      full_name: 'Đinh Thị Hoa',
      unit_id: id,
      password_hash: await hash(DEMO_PASSWORD),
      field_codes: ['DD'],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('staff_roles')
    .values({ staff_id: staff.id, role: 'specialist', unit_id: id })
    .execute();
  for (const u of [
    'tiepnhan.vpdk',
    'lanhdao.vpdk',
    'chuyenvien.vpdk',
    'chuyenvien.thue',
    'chuyenvien.thue9',
    'chuyenvien.dongtien',
    'lanhdao.dongtien',
    'tiepnhan.dongtien',
  ]) {
    as[u] = await loginAs(t.app, u);
  }
});
afterAll(() => t.close());

const post = (code: string, user: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/actions`, ...as[user], payload });
const get = <T>(url: string, user: string) =>
  t.app
    .inject({ method: 'GET', url, ...as[user] })
    .then((r) => ({ status: r.statusCode, body: r.json<T>() }));
const versionOf = async (code: string) =>
  (
    await t.database.db
      .selectFrom('dossiers')
      .select('version')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).version;
const fieldsOf = (res: { json: <T>() => T }) => res.json<Failure>().error.fields?.map((f) => f.field) ?? [];

/** A transfer of ownership received at the office's desk and assigned to its specialist. */
async function landDossier(): Promise<string> {
  const version = await getVersionInForce(t.database.db, LAND);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    ...as['tiepnhan.vpdk'],
    payload: {
      procedureCode: LAND,
      caseName: CASE,
      applicant: { name: 'Nguyễn Văn Thành', phone: PHONE, idNumber: '038090001234' },
      documents: version.record.documents.flatMap((d, index) =>
        d.case && d.case !== CASE ? [] : [{ index, originals: d.originals, copies: d.copies }],
      ),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const code = codeOf(res);
  const assigned = await post(code, 'lanhdao.vpdk', {
    action: 'assign',
    expectedVersion: 1,
    idempotencyKey: key(),
  });
  expect(assigned.statusCode, assigned.body).toBe(200);
  return code;
}

describe('the units a dossier may go to', () => {
  it('lists the Tax offices first, never the province or the unit itself, with a working-time consult deadline', async () => {
    const code = await landDossier();
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/transfer-targets` });
    expect(anonymous.statusCode).toBe(401);
    for (const user of ['tiepnhan.vpdk', 'chuyenvien.thue', 'chuyenvien.dongtien']) {
      expect((await get(`/api/dossiers/${code}/transfer-targets`, user)).status, user).toBe(403);
    }
    const { status, body } = await get<Static<typeof TransferTargets>>(
      `/api/dossiers/${code}/transfer-targets`,
      'chuyenvien.vpdk',
    );
    expect(status).toBe(200);
    const ids = body.items.map((i) => i.agencyId);
    expect(ids.slice(0, 2).sort()).toEqual([THUE, OTHER_TAX].sort());
    expect(body.items.filter((i) => i.suggested).map((i) => i.sector)).toEqual(['tax', 'tax']);
    expect(body.items.filter((i) => i.needsTaxSlip).map((i) => i.sector)).toEqual(['tax', 'tax']);
    expect(ids).not.toContain(VPDK);
    expect(ids).not.toContain('000.00.00.H56');
    expect(ids).toContain('H56.10.01');
    for (const item of body.items) {
      const local = formatInstant('Asia/Ho_Chi_Minh', Date.parse(item.consultDueAt)).slice(11, 16);
      expect(local, item.name).not.toBe('00:00');
      expect(local >= '07:00' && local <= '17:00', `${item.name} ${local}`).toBe(true);
      expect(Date.parse(item.consultDueAt)).toBeGreaterThan(Date.now());
    }
  });

  it("asks a consultation without a deadline: due at the default, on the consulted unit's working time", async () => {
    const code = await landDossier();
    const targets = await get<Static<typeof TransferTargets>>(
      `/api/dossiers/${code}/transfer-targets`,
      'chuyenvien.vpdk',
    );
    const res = await post(code, 'chuyenvien.vpdk', {
      action: 'consult',
      expectedVersion: 2,
      idempotencyKey: key(),
      toUnit: 'H56.10.01',
      note: 'Đề nghị xác nhận nguồn gốc sử dụng đất.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const task = await t.database.db
      .selectFrom('dossier_tasks as k')
      .innerJoin('dossiers as d', 'd.id', 'k.dossier_id')
      .select('k.due_at')
      .where('d.code', '=', code)
      .where('k.kind', '=', 'consult')
      .executeTakeFirstOrThrow();
    const expected = targets.body.items.find((i) => i.agencyId === 'H56.10.01')!.consultDueAt;
    // The default is recomputed when asked: the same instant, or a few seconds later.
    expect(Math.abs(task.due_at!.getTime() - Date.parse(expected))).toBeLessThan(60_000);
  });
});

describe('the information slip with a transfer to the Tax office', () => {
  it('is required, validated field by field, and nothing is saved when it is refused', async () => {
    const code = await landDossier();
    const transfer = (extra: Record<string, unknown>) => ({
      action: 'transfer',
      expectedVersion: 2,
      idempotencyKey: key(),
      toUnit: THUE,
      note: 'Chuyển cơ quan thuế xác định nghĩa vụ tài chính',
      ...extra,
    });
    const none = await post(code, 'chuyenvien.vpdk', transfer({}));
    expect(none.statusCode).toBe(400);
    expect(fieldsOf(none)).toEqual(['taxSlip']);

    const s = sampleSlip();
    const bad = {
      ...s,
      parcel: { ...s.parcel, area: -3, mapSheet: '  ' },
      transfer: { ...s.transfer, price: undefined, contractDate: '2099-01-01' },
      landUser: { ...s.landUser, idNumber: '12345' },
      attachments: [],
    };
    const refused = await post(code, 'chuyenvien.vpdk', transfer({ taxSlip: bad }));
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused).sort()).toEqual(
      [
        'taxSlip.attachments',
        'taxSlip.landUser.idNumber',
        'taxSlip.parcel.area',
        'taxSlip.parcel.mapSheet',
        'taxSlip.transfer.contractDate',
        'taxSlip.transfer.price',
      ].sort(),
    );
    expect(refused.json<Failure>().error.message).toContain('Diện tích phải là số dương');
    // A wrong type is refused by the schema, naming the field.
    const typed = await post(
      code,
      'chuyenvien.vpdk',
      transfer({ taxSlip: { ...sampleSlip(), parcel: { area: 'lớn' } } }),
    );
    expect(typed.statusCode).toBe(400);
    expect(fieldsOf(typed).join(' ')).toContain('taxSlip.parcel.area');

    // To a unit that is not a Tax office, or to the province itself: refused, naming the unit.
    for (const toUnit of ['H56.10.01', '000.00.00.H56']) {
      const wrong = await post(code, 'chuyenvien.vpdk', transfer({ toUnit, taxSlip: sampleSlip() }));
      expect(wrong.statusCode, toUnit).toBe(400);
      expect(fieldsOf(wrong)).toEqual(['toUnit']);
    }
    // Nothing half-saved: no entry, no task, the same version and unit.
    expect(await versionOf(code)).toBe(2);
    const tasks = await t.database.db
      .selectFrom('dossier_tasks as k')
      .innerJoin('dossiers as d', 'd.id', 'k.dossier_id')
      .select('k.kind')
      .where('d.code', '=', code)
      .execute();
    expect(tasks.map((k) => k.kind)).toEqual(['process']);
  });

  it('is sent only by a Land Registration Office', async () => {
    const version = await getVersionInForce(t.database.db, LAND);
    const intake = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      ...as['tiepnhan.dongtien'],
      payload: {
        procedureCode: LAND,
        caseName: CASE,
        applicant: { name: 'Vũ Thị Hạnh', phone: '0976215308' },
        documents: version.record.documents.flatMap((d, index) =>
          d.case && d.case !== CASE ? [] : [{ index, originals: d.originals, copies: d.copies }],
        ),
      },
    });
    expect(intake.statusCode, intake.body).toBe(201);
    const code = codeOf(intake);
    const res = await post(code, 'lanhdao.dongtien', {
      action: 'transfer',
      expectedVersion: 1,
      idempotencyKey: key(),
      toUnit: THUE,
      taxSlip: sampleSlip(),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<Failure>().error.message).toContain('Văn phòng đăng ký đất đai');
  });
});

describe('the journey: slip → Tax office → notice → back at the office and in the tracking', () => {
  it('shows the slip to the Tax office, takes its notice (validated; only from that office), shows the obligations', async () => {
    const code = await landDossier();
    const sent = await post(code, 'chuyenvien.vpdk', {
      action: 'transfer',
      expectedVersion: 2,
      idempotencyKey: key(),
      toUnit: THUE,
      note: 'Chuyển cơ quan thuế',
      taxSlip: { ...sampleSlip(), landUser: { ...sampleSlip().landUser, phone: '0912 345 678' } },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json<Acted>().dossier.handlingUnit.agencyId).toBe(THUE);

    const seen = await get<Detail>(`/api/dossiers/${code}`, 'chuyenvien.thue');
    expect(seen.status).toBe(200);
    expect(seen.body.landTax.slip).toMatchObject({
      slipNo: '125/PCTT-VPĐK',
      parcel: { parcelNo: '245', mapSheet: '12', area: 150.5 },
      transfer: { kind: 'transfer', price: 850_000_000 },
      landUser: { phone: '+84912345678' },
      to: 'Thuế cơ sở 3 tỉnh Thanh Hóa',
    });
    expect(seen.body.landTax.notice).toBeNull();

    const today = formatInstant('Asia/Ho_Chi_Minh', Date.now()).slice(0, 10);
    const inMonth = formatInstant('Asia/Ho_Chi_Minh', Date.now() + 30 * 86_400_000).slice(0, 10);
    const back = (user: string, extra: Record<string, unknown>) =>
      post(code, user, { action: 'transfer_back', expectedVersion: 3, idempotencyKey: key(), ...extra });
    // Only the Tax office the dossier was sent to answers.
    for (const user of ['chuyenvien.thue9', 'chuyenvien.vpdk']) {
      const other = await back(user, { taxNotice: sampleNotice(today, inMonth) });
      expect(other.statusCode, user).toBe(403);
    }
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/actions`,
      payload: { action: 'transfer_back', expectedVersion: 3, idempotencyKey: key() },
    });
    expect(anonymous.statusCode).toBe(401);
    // The notice is required and checked line by line.
    const without = await back('chuyenvien.thue', {});
    expect(without.statusCode).toBe(400);
    expect(fieldsOf(without)).toEqual(['taxNotice']);
    const wrong = await back('chuyenvien.thue', {
      taxNotice: {
        obligations: [{ kind: 'land_use_levy', noticeNo: '', noticeDate: today, dueDate: '2020-01-01' }],
      },
    });
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong).sort()).toEqual(
      [
        'taxNotice.obligations[0].amount',
        'taxNotice.obligations[0].dueDate',
        'taxNotice.obligations[0].noticeNo',
      ].sort(),
    );
    // A fraction of a đồng is refused by the schema, naming the field.
    const fraction = await back('chuyenvien.thue', {
      taxNotice: { obligations: [{ ...sampleNotice(today, inMonth).obligations[0], amount: 1.5 }] },
    });
    expect(fraction.statusCode).toBe(400);
    expect(fieldsOf(fraction).join(' ')).toContain('amount');
    const empty = await back('chuyenvien.thue', { taxNotice: { obligations: [] } });
    expect(fieldsOf(empty)).toEqual(['taxNotice.obligations']);
    expect(await versionOf(code)).toBe(3);

    const answered = await back('chuyenvien.thue', {
      note: 'Đã ban hành thông báo nộp thuế thu nhập cá nhân và lệ phí trước bạ.',
      taxNotice: sampleNotice(today, inMonth),
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<Acted>().dossier.handlingUnit.agencyId).toBe(VPDK);

    const home = await get<Detail>(`/api/dossiers/${code}`, 'chuyenvien.vpdk');
    expect(home.body.landTax.notice).toMatchObject({
      from: 'Thuế cơ sở 3 tỉnh Thanh Hóa',
      obligations: [
        { kind: 'personal_income_tax', amount: 17_000_000, noticeNo: 'TB-0117/TNCN', dueDate: inMonth },
        { kind: 'registration_fee', amount: 4_250_000, noticeNo: 'TB-0118/LPTB', dueDate: inMonth },
      ],
    });
    // A notice on a dossier that went without a slip is refused.
    const again = await post(code, 'chuyenvien.vpdk', {
      action: 'transfer',
      expectedVersion: 4,
      idempotencyKey: key(),
      toUnit: 'H56.10.01',
      note: 'Chuyển xã xác nhận',
    });
    expect(again.statusCode, again.body).toBe(200);
    const commune = await post(code, 'chuyenvien.dongtien', {
      action: 'transfer_back',
      expectedVersion: 5,
      idempotencyKey: key(),
      taxNotice: sampleNotice(today, inMonth),
    });
    expect(commune.statusCode).toBe(400);
    expect(fieldsOf(commune)).toEqual(['taxNotice']);

    // The citizen's tracking shows what to pay and by when, nothing personal.
    const tracked = await t.app.inject({ method: 'GET', url: `/api/track/${code}?phone=${PHONE}` });
    expect(tracked.statusCode, tracked.body).toBe(200);
    const obligations = tracked.json<{ obligations: unknown[] }>().obligations;
    expect(obligations).toEqual([
      expect.objectContaining({ label: 'Thuế thu nhập cá nhân', amount: 17_000_000, dueDate: inMonth }),
      expect.objectContaining({ label: 'Lệ phí trước bạ', amount: 4_250_000, dueDate: inMonth }),
    ]);
    expect(tracked.body).not.toContain('038090001234');
    expect(tracked.body).not.toContain('Nguyễn Văn Thành');
  });
});
