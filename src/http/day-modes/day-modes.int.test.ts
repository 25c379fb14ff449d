/**
 * Same-day ("no-appointment") days: the unit's weekdays (inherited, administered), the due instant of an eligible
 * procedure received on such a day (before 15:00 → that day's close, after → the next working day's close; another
 * weekday or a procedure not eligible → the normal due), the inbox flag, and the end-of-day list. Time is placed
 * through the services' `now`; the routes are checked for 401/403/400.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { useLogins } from '../../../test/auth.js';
import { actAt, actorOf, at, receiveAt } from '../../services/dossier/sweeper-test-utils.js';
import { applyAction } from '../../services/dossier/actions/apply.js';
import { submitOnline } from '../../services/dossier/intake/intake.js';

const t = useTestApp();
const as = useLogins(t, [
  'admin.tinh',
  'admin.dongtien',
  'admin.dongkhe',
  'tiepnhan.dongtien',
  'chuyenvien.dongtien',
  'chuyenvien.vpdk',
]);

/** Eligible for same-day processing; by post its limit is one working day. */
const ELIGIBLE = '2.000908';
/** Not eligible: three working days. */
const NOT_ELIGIBLE = '1.001022';
const iso = (s: string) => new Date(at(s)).toISOString();

describe('day modes', () => {
  it('are public: inherited from the province by default (same-day Fridays, no-writing Tuesdays and Thursdays)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/units/H56.10.01/day-modes' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ unit: { agencyId: 'H56.10.01' }, sameDay: [5], noWriting: [2, 4] });
    expect((await t.app.inject({ method: 'GET', url: '/api/units/X99.99.99/day-modes' })).statusCode).toBe(
      404,
    );
  });

  it('are administered by the unit admin or the province admin only (401, 403, 400 naming the field)', async () => {
    const url = '/api/admin/units/H56.10.01/day-modes';
    const put = (user: string | undefined, payload: unknown) =>
      t.app.inject({ method: 'PUT', url, ...(user ? as[user] : {}), payload: payload as object });
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await put(undefined, { sameDay: [3], noWriting: null })).statusCode).toBe(401);
    for (const user of ['admin.dongkhe', 'tiepnhan.dongtien', 'chuyenvien.dongtien']) {
      expect((await put(user, { sameDay: [3], noWriting: null })).statusCode, user).toBe(403);
      expect((await t.app.inject({ method: 'GET', url, ...as[user] })).statusCode, user).toBe(403);
    }
    const bad = await put('admin.dongtien', { sameDay: [8], noWriting: null });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('sameDay');

    const ok = await put('admin.dongtien', { sameDay: [3, 5, 3], noWriting: null });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      sameDay: { own: [3, 5], effective: [3, 5] },
      noWriting: { own: null, effective: [2, 4], from: null },
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'unit.day_modes')
      .execute();
    expect(audit).toHaveLength(1);
    const byProvince = await put('admin.tinh', { sameDay: [5], noWriting: [] });
    expect(byProvince.statusCode).toBe(200);
    expect(byProvince.json()).toMatchObject({ noWriting: { own: [], effective: [] } });
    // Back to inheriting.
    expect((await put('admin.tinh', { sameDay: null, noWriting: null })).json()).toMatchObject({
      sameDay: { own: null, effective: [5] },
    });
  });
});

describe('same-day intake', () => {
  // Friday 19 March 2027 is a same-day day (the default); Wednesday 17 March is not.
  it('is due at the close of the day before 15:00, at the next working day’s close after, normal otherwise', async () => {
    const db = t.database.db;
    const early = await receiveAt(db, 'tiepnhan.dongtien', ELIGIBLE, '2027-03-19T14:30:00+07:00', {
      channel: 'post',
    });
    // Winter hours in the demo calendar: the afternoon session closes at 16:30.
    expect(early.dueAt).toBe(iso('2027-03-19T16:30:00+07:00'));
    const late = await receiveAt(db, 'tiepnhan.dongtien', ELIGIBLE, '2027-03-19T15:30:00+07:00', {
      channel: 'post',
    });
    expect(late.dueAt).toBe(iso('2027-03-22T16:30:00+07:00'));
    // Another weekday: the procedure's own limit by post, one working day.
    const wednesday = await receiveAt(db, 'tiepnhan.dongtien', ELIGIBLE, '2027-03-17T09:00:00+07:00', {
      channel: 'post',
    });
    expect(wednesday.dueAt).toBe(iso('2027-03-18T09:00:00+07:00'));
    // Not eligible on a Friday: three working days.
    const other = await receiveAt(db, 'tiepnhan.dongtien', NOT_ELIGIBLE, '2027-03-19T09:00:00+07:00');
    expect(other.dueAt).toBe(iso('2027-03-24T09:00:00+07:00'));

    const flags = await db
      .selectFrom('dossiers')
      .select(['code', 'same_day'])
      .where('code', 'in', [early.code, late.code, wednesday.code, other.code])
      .execute();
    const flag = (code: string) => flags.find((f) => f.code === code)?.same_day;
    expect([flag(early.code), flag(late.code), flag(wednesday.code), flag(other.code)]).toEqual([
      true,
      true,
      false,
      false,
    ]);

    // The inbox flags the same-day ones.
    const inbox = await t.app.inject({
      method: 'GET',
      url: '/api/dossiers?status=received&limit=500',
      ...as['tiepnhan.dongtien'],
    });
    expect(inbox.statusCode, inbox.body).toBe(200);
    const items = inbox.json<{ items: { code: string; sameDay: boolean }[] }>().items;
    expect(items.find((i) => i.code === early.code)?.sameDay).toBe(true);
    expect(items.find((i) => i.code === other.code)?.sameDay).toBe(false);
  });

  it('applies to an online submission accepted on a same-day day, as at the desk', async () => {
    const db = t.database.db;
    const online = (iso: string) =>
      db.transaction().execute((trx) =>
        submitOnline(
          trx,
          {
            procedureCode: ELIGIBLE,
            unit: 'H56.10.01',
            applicant: { name: 'Phạm Văn Hùng', phone: '0912 888 111' },
            documents: [],
          },
          { now: at(iso) },
        ),
      );
    const accept = async (code: string, iso: string) => {
      const actor = await actorOf(db, 'tiepnhan.dongtien');
      return db
        .transaction()
        .execute((trx) =>
          applyAction(
            trx,
            { actor, requestId: 't' },
            code,
            { action: 'receive', expectedVersion: 1, idempotencyKey: `accept-${code}` },
            { now: at(iso) },
          ),
        );
    };
    // Submitted on Thursday night, accepted on Friday morning (a same-day day): due at Friday's close.
    const friday = await online('2027-03-18T21:00:00+07:00');
    const acceptedFriday = await accept(friday.code, '2027-03-19T08:10:00+07:00');
    expect(acceptedFriday.dossier.dueAt).toBe(iso('2027-03-19T16:30:00+07:00'));
    // Accepted on a Wednesday: the online channel's own limit, one working day.
    const wednesday = await online('2027-03-16T21:00:00+07:00');
    const acceptedWednesday = await accept(wednesday.code, '2027-03-17T08:10:00+07:00');
    expect(acceptedWednesday.dossier.dueAt).toBe(iso('2027-03-18T08:10:00+07:00'));
    const flags = await db
      .selectFrom('dossiers')
      .select(['code', 'same_day'])
      .where('code', 'in', [friday.code, wednesday.code])
      .orderBy('code')
      .execute();
    expect(Object.fromEntries(flags.map((f) => [f.code, f.same_day]))).toEqual({
      [friday.code]: true,
      [wednesday.code]: false,
    });
  });

  it('follows the unit’s own weekdays once set', async () => {
    const db = t.database.db;
    const admin = await actorOf(db, 'admin.dongtien');
    const { updateDayModes } = await import('../../services/dossier/day-modes.js');
    await db
      .transaction()
      .execute((trx) =>
        updateDayModes(trx, { actor: admin, requestId: 't' }, 'H56.10.01', { sameDay: [3], noWriting: null }),
      );
    try {
      const wed = await receiveAt(db, 'tiepnhan.dongtien', ELIGIBLE, '2027-03-31T10:00:00+07:00', {
        channel: 'post',
      });
      expect(wed.dueAt).toBe(iso('2027-03-31T16:30:00+07:00'));
      const fri = await receiveAt(db, 'tiepnhan.dongtien', ELIGIBLE, '2027-04-02T10:00:00+07:00', {
        channel: 'post',
      });
      expect(fri.dueAt).toBe(iso('2027-04-05T10:00:00+07:00'));
    } finally {
      await db.transaction().execute((trx) =>
        updateDayModes(trx, { actor: admin, requestId: 't' }, 'H56.10.01', {
          sameDay: null,
          noWriting: null,
        }),
      );
    }
  });
});

describe('end-of-day list', () => {
  it('shows the unfinished same-day dossiers and those due that day, not the returned one', async () => {
    const db = t.database.db;
    const day = '2027-05-07'; // a Friday
    const open = await receiveAt(db, 'tiepnhan.dongtien', ELIGIBLE, `${day}T08:30:00+07:00`, {
      channel: 'post',
    });
    const done = await receiveAt(db, 'tiepnhan.dongtien', ELIGIBLE, `${day}T08:40:00+07:00`, {
      channel: 'post',
    });
    const specialist = await actorOf(db, 'chuyenvien.dongtien');
    const steps = [
      ['lanhdao.dongtien', 'assign', { assigneeId: specialist.id }],
      ['chuyenvien.dongtien', 'appraise', {}],
      ['lanhdao.dongtien', 'approve', {}],
      ['chuyenvien.dongtien', 'record_result', {}],
      ['tiepnhan.dongtien', 'return_result', {}],
    ] as const;
    for (const [user, action, extra] of steps) {
      await actAt(db, user, done.code, action, `${day}T10:00:00+07:00`, extra);
    }
    // Received on Tuesday with three working days: due that Friday, not a same-day one.
    const due = await receiveAt(db, 'tiepnhan.dongtien', NOT_ELIGIBLE, '2027-05-04T10:00:00+07:00');
    expect(due.dueAt).toBe(iso(`${day}T10:00:00+07:00`));

    const url = `/api/dossiers/end-of-day?unit=H56.10.01&date=${day}`;
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url, ...as['chuyenvien.vpdk'] })).statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/dossiers/end-of-day?unit=H56.10.01&date=2027-02-30',
      ...as['tiepnhan.dongtien'],
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('date');

    const res = await t.app.inject({ method: 'GET', url, ...as['tiepnhan.dongtien'] });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<{ counts: { sameDay: number }; items: { code: string; sameDay: boolean }[] }>();
    const codes = list.items.map((i) => i.code);
    expect(codes).toContain(open.code);
    expect(codes).toContain(due.code);
    expect(codes).not.toContain(done.code);
    expect(list.items.find((i) => i.code === open.code)?.sameDay).toBe(true);
    expect(list.items.find((i) => i.code === due.code)?.sameDay).toBe(false);
    expect(list.counts.sameDay).toBe(1);
  });
});
