/**
 * Procedures a unit marks eligible for same-day results on its no-appointment days (GET/PUT
 * /api/admin/units/{agencyId}/same-day-procedures): who may read and change them (401, 403), what is refused (an
 * unknown code, a procedure the unit does not receive — each named), the audit row; and what a mark does: a dossier
 * of a marked procedure received on the unit's same-day weekday is due at the close of that day (at the desk, in
 * the one-statement intake, and when an online submission is accepted), not on another weekday, not at another
 * unit; a mark of a unit above applies below; the end-of-day list shows the dossier. Đông Khê (H56.10.02) marks the
 * marital status certificate in the demo data and inherits the province's same-day Fridays.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { useLogins } from '../../../test/auth.js';
import { actorOf, at, receiveAt } from '../../services/dossier/sweeper-test-utils.js';
import { applyAction } from '../../services/dossier/actions/apply.js';
import { receiveDossier, submitOnline } from '../../services/dossier/intake/intake.js';
import { getVersionInForce } from '../../services/catalogue/versions.js';

const t = useTestApp();
const as = useLogins(t, [
  'admin.tinh',
  'admin.dongtien',
  'admin.dongkhe',
  'tiepnhan.dongkhe',
  'chuyenvien.dongkhe',
]);

/** Marital status certificate: three working days by law; marked same-day by Đông Khê in the demo data. */
const MARITAL = '1.004873';
/** Civil-status confirmation: three working days, province and commune level. */
const CONFIRMATION = '2.002516';
/** Certified copy from the original: same-day by law. */
const CERTIFIED_COPY = '2.000815';
/** A land transfer: province level only, not received by a commune. */
const LAND = '1.013831';
const url = (agencyId: string) => `/api/admin/units/${agencyId}/same-day-procedures`;
const iso = (s: string) => new Date(at(s)).toISOString();

interface View {
  weekdays: number[];
  legal: { code: string }[];
  own: { code: string; name: string }[];
  inherited: { code: string; from: { agencyId: string } }[];
}
const codes = (list: { code: string }[]) => list.map((p) => p.code);

function put(user: string | undefined, agencyId: string, payload: unknown) {
  return t.app.inject({
    method: 'PUT',
    url: url(agencyId),
    ...(user ? as[user] : {}),
    payload: payload as object,
  });
}

describe('same-day procedures of a unit', () => {
  it('are read and changed by the unit admin and the province admin only (401, 403)', async () => {
    expect((await t.app.inject({ method: 'GET', url: url('H56.10.02') })).statusCode).toBe(401);
    expect((await put(undefined, 'H56.10.02', { procedures: [] })).statusCode).toBe(401);
    // Another unit's administrator, the unit's own specialist and reception officer.
    for (const user of ['admin.dongtien', 'chuyenvien.dongkhe', 'tiepnhan.dongkhe']) {
      const get = await t.app.inject({ method: 'GET', url: url('H56.10.02'), ...as[user] });
      expect(get.statusCode, user).toBe(403);
      expect(get.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
      expect((await put(user, 'H56.10.02', { procedures: [] })).statusCode, user).toBe(403);
    }
    const unknownUnit = await t.app.inject({ method: 'GET', url: url('X99.99.99'), ...as['admin.tinh'] });
    expect(unknownUnit.statusCode).toBe(404);

    const res = await t.app.inject({ method: 'GET', url: url('H56.10.02'), ...as['admin.dongkhe'] });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<View>();
    expect(view.weekdays).toEqual([5]);
    expect(codes(view.own)).toEqual(expect.arrayContaining([MARITAL, CONFIRMATION]));
    expect(view.own.find((p) => p.code === MARITAL)?.name).toBe('Cấp Giấy xác nhận tình trạng hôn nhân');
    // The legal ones are listed apart, always eligible; a province-only procedure is not among them.
    expect(codes(view.legal)).toContain(CERTIFIED_COPY);
    expect(codes(view.legal)).not.toContain(MARITAL);
    expect(view.inherited).toEqual([]);
    expect(
      (await t.app.inject({ method: 'GET', url: url('H56.10.02'), ...as['admin.tinh'] })).statusCode,
    ).toBe(200);
  });

  it('refuse an unknown code or a procedure the unit does not receive, naming it, and change nothing', async () => {
    const unknown = await put('admin.dongkhe', 'H56.10.02', { procedures: [MARITAL, '9.999999'] });
    expect(unknown.statusCode).toBe(400);
    const body = unknown.json<{ error: { code: string; message: string; fields: { field: string }[] } }>();
    expect(body.error.code).toBe('PROCEDURE_UNKNOWN');
    expect(body.error.message).toContain('9.999999');
    expect(body.error.fields.map((f) => f.field)).toEqual(['procedures[1]']);

    const land = await put('admin.dongkhe', 'H56.10.02', { procedures: [LAND] });
    expect(land.statusCode).toBe(400);
    expect(land.json()).toMatchObject({ error: { code: 'PROCEDURE_NOT_AT_UNIT' } });
    expect(land.json<{ error: { message: string } }>().error.message).toContain(LAND);

    expect((await put('admin.dongkhe', 'H56.10.02', { procedures: 'all' })).statusCode).toBe(400);
    const view = await t.app.inject({ method: 'GET', url: url('H56.10.02'), ...as['admin.dongkhe'] });
    expect(codes(view.json<View>().own).sort()).toEqual([MARITAL, CONFIRMATION].sort());
  });

  it('are replaced by the unit admin (the legal ones are not stored) and audited with what changed', async () => {
    const res = await put('admin.dongkhe', 'H56.10.02', { procedures: [MARITAL, ` ${CERTIFIED_COPY} `] });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<View>();
    expect(codes(view.own)).toEqual([MARITAL]);
    expect(codes(view.legal)).toContain(CERTIFIED_COPY);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['data', 'actor_name'])
      .where('action', '=', 'unit.same_day_procedures')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({ added: [], removed: [CONFIRMATION] });
    // Back to the demo's list.
    const back = await put('admin.dongkhe', 'H56.10.02', { procedures: [MARITAL, CONFIRMATION] });
    expect(codes(back.json<View>().own).sort()).toEqual([MARITAL, CONFIRMATION].sort());
  });

  it('are public beside the day modes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/units/H56.10.02/day-modes' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      sameDay: [5],
      sameDayProcedures: expect.arrayContaining([
        { code: MARITAL, name: 'Cấp Giấy xác nhận tình trạng hôn nhân' },
      ]) as unknown,
    });
    const other = await t.app.inject({ method: 'GET', url: '/api/units/H56.10.01/day-modes' });
    expect(other.json()).toMatchObject({ sameDayProcedures: [] });
  });
});

describe('a procedure marked same-day by the unit', () => {
  // Friday 19 March 2027 is a same-day day (the province's default); Wednesday 17 March is not.
  it('is due at the close of the same-day weekday at that unit only', async () => {
    const db = t.database.db;
    // The one-statement intake (the database itself, as the HTTP route gives it).
    const actor = await actorOf(db, 'tiepnhan.dongkhe');
    const version = await getVersionInForce(db, MARITAL, '2027-03-19');
    const documents = version.record.documents.flatMap((d, index) =>
      d.case ? [] : [{ index, originals: d.originals, copies: d.copies }],
    );
    const friday = await receiveDossier(
      db,
      { actor, requestId: 't' },
      { procedureCode: MARITAL, applicant: { name: 'Lê Thị Bích', phone: '0978 341 256' }, documents },
      { now: at('2027-03-19T09:00:00+07:00') },
    );
    expect(friday.outcome).toBe('receipt');
    expect(friday.sameDay).toBe(true);
    // Winter hours in the demo calendar: the afternoon session closes at 16:30.
    expect(friday.dossier.dueAt).toBe(iso('2027-03-19T16:30:00+07:00'));

    // Another weekday at Đông Khê: the procedure's own three working days.
    const wednesday = await receiveAt(db, 'tiepnhan.dongkhe', MARITAL, '2027-03-17T09:00:00+07:00');
    expect(wednesday.dueAt).toBe(iso('2027-03-22T09:00:00+07:00'));
    // Another unit on the same Friday (Đông Tiến has no mark): three working days.
    const elsewhere = await receiveAt(db, 'tiepnhan.dongtien', MARITAL, '2027-03-19T09:00:00+07:00');
    expect(elsewhere.dueAt).toBe(iso('2027-03-24T09:00:00+07:00'));
    const flags = await db
      .selectFrom('dossiers')
      .select(['code', 'same_day'])
      .where('code', 'in', [friday.dossier.code, wednesday.code, elsewhere.code])
      .execute();
    expect(Object.fromEntries(flags.map((f) => [f.code, f.same_day]))).toEqual({
      [friday.dossier.code]: true,
      [wednesday.code]: false,
      [elsewhere.code]: false,
    });

    // The end-of-day list of that Friday shows it, counted as a same-day dossier.
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/dossiers/end-of-day?unit=H56.10.02&date=2027-03-19',
      ...as['tiepnhan.dongkhe'],
    });
    expect(list.statusCode, list.body).toBe(200);
    const body = list.json<{ counts: { sameDay: number }; items: { code: string; sameDay: boolean }[] }>();
    expect(body.items.find((i) => i.code === friday.dossier.code)?.sameDay).toBe(true);
    expect(body.items.map((i) => i.code)).not.toContain(wednesday.code);
    expect(body.counts.sameDay).toBeGreaterThanOrEqual(1);
  });

  it('is due that day when an online submission is accepted on the same-day weekday', async () => {
    const db = t.database.db;
    const submitted = await db.transaction().execute((trx) =>
      submitOnline(
        trx,
        {
          procedureCode: MARITAL,
          unit: 'H56.10.02',
          applicant: { name: 'Hoàng Thị Lan Anh', phone: '0334 250 967' },
          documents: [],
        },
        { now: at('2027-03-18T21:00:00+07:00') },
      ),
    );
    const actor = await actorOf(db, 'tiepnhan.dongkhe');
    const accepted = await db
      .transaction()
      .execute((trx) =>
        applyAction(
          trx,
          { actor, requestId: 't' },
          submitted.code,
          { action: 'receive', expectedVersion: 1, idempotencyKey: `accept-${submitted.code}` },
          { now: at('2027-03-19T08:10:00+07:00') },
        ),
      );
    expect(accepted.dossier.dueAt).toBe(iso('2027-03-19T16:30:00+07:00'));
  });

  it('applies below the unit that marked it (the province admin marks for the province and for a commune)', async () => {
    const db = t.database.db;
    // A commune procedure: the province does not receive it, the communes under it do.
    const province = await put('admin.tinh', '000.00.00.H56', { procedures: [MARITAL] });
    expect(province.statusCode, province.body).toBe(200);
    const commune = await put('admin.tinh', 'H56.10.01', { procedures: [CONFIRMATION] });
    expect(commune.statusCode, commune.body).toBe(200);
    const view = commune.json<View>();
    expect(codes(view.own)).toEqual([CONFIRMATION]);
    expect(view.inherited).toMatchObject([{ code: MARITAL, from: { agencyId: '000.00.00.H56' } }]);
    try {
      for (const code of [MARITAL, CONFIRMATION]) {
        const d = await receiveAt(db, 'tiepnhan.dongtien', code, '2027-03-26T10:00:00+07:00');
        expect(d.dueAt, code).toBe(iso('2027-03-26T16:30:00+07:00'));
      }
    } finally {
      await put('admin.tinh', '000.00.00.H56', { procedures: [] });
      await put('admin.tinh', 'H56.10.01', { procedures: [] });
    }
    const after = await receiveAt(db, 'tiepnhan.dongtien', MARITAL, '2027-03-26T10:00:00+07:00');
    expect(after.dueAt).toBe(iso('2027-03-31T10:00:00+07:00'));
  });
});
