/**
 * The deadline sweeper on the demo data, with time placed through the services' `now`: a dossier approaching its
 * due alerts its assignee once (however often the sweeper runs), later its unit's leader; the drafted apology and
 * extension is confirmed once through the `extend` action; staff read and mark their alerts; every route refuses
 * the unauthenticated (401) and those who may not (403).
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { useLogins } from '../../../test/auth.js';
import { runSweep } from '../../jobs/sweeper.js';
import { actAt, actorOf, at, key, receiveAt } from '../../services/dossier/sweeper-test-utils.js';

const t = useTestApp();
const as = useLogins(t, ['chuyenvien.dongtien', 'lanhdao.dongtien', 'tiepnhan.dongtien', 'chuyenvien.vpdk']);

/** A week without holidays: Monday 15 to Friday 19 March 2027 (UTC+7). */
const MON = '2027-03-15';
const WED = '2027-03-17';
const THREE_DAYS = '1.001022';

async function alertsOf(code: string) {
  return t.database.db
    .selectFrom('dossier_alerts as a')
    .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
    .innerJoin('staff as s', 's.id', 'a.recipient_id')
    .select(['a.level', 'a.step', 's.username', 'a.id'])
    .where('d.code', '=', code)
    .orderBy('a.step')
    .orderBy('s.username')
    .execute();
}

describe('deadline sweeper', () => {
  let code = '';

  it('alerts the assignee once when the due approaches, then the leader, and drafts the extension', async () => {
    const db = t.database.db;
    const d = await receiveAt(db, 'tiepnhan.dongtien', THREE_DAYS, `${MON}T14:00:00+07:00`);
    code = d.code;
    // Three working days of 8 hours from Monday 14:00: Thursday 14:00.
    expect(d.dueAt).toBe(new Date(at('2027-03-18T14:00:00+07:00')).toISOString());
    const specialist = await actorOf(db, 'chuyenvien.dongtien');
    await actAt(db, 'lanhdao.dongtien', code, 'assign', `${MON}T15:00:00+07:00`, {
      assigneeId: specialist.id,
    });

    // Monday: due after the next working day's close → nothing.
    await runSweep(db, { now: at(`${MON}T16:00:00+07:00`) });
    expect(await alertsOf(code)).toEqual([]);

    // Wednesday morning: due by Thursday's close → at risk, the assignee only.
    const first = await runSweep(db, { now: at(`${WED}T07:00:00+07:00`) });
    expect(first.skipped).toBe(false);
    expect((await alertsOf(code)).map((a) => [a.level, a.step, a.username])).toEqual([
      ['at_risk', 1, 'chuyenvien.dongtien'],
    ]);
    // Running again a few minutes later records nothing new.
    await runSweep(db, { now: at(`${WED}T07:05:00+07:00`) });
    await runSweep(db, { now: at(`${WED}T07:05:00+07:00`) });
    expect(await alertsOf(code)).toHaveLength(1);

    // A draft was made: the limit (3 working days) once more from Thursday 14:00 → Tuesday 23 March 14:00.
    const draft = await db
      .selectFrom('dossier_extension_drafts as x')
      .innerJoin('dossiers as d', 'd.id', 'x.dossier_id')
      .select(['x.proposed_due', 'x.apology', 'x.status'])
      .where('d.code', '=', code)
      .execute();
    expect(draft).toHaveLength(1);
    expect(draft[0]!.proposed_due.toISOString()).toBe(
      new Date(at('2027-03-23T14:00:00+07:00')).toISOString(),
    );
    expect(draft[0]!.apology).toContain(`hồ sơ mã số ${code}`);
    expect(draft[0]!.apology).toContain('14:00 ngày 18/03/2027');
    expect(draft[0]!.apology).toContain('14:00 ngày 23/03/2027');
    expect(draft[0]!.apology).toContain('Lý do: [lý do].');

    // Half a working day later, still at risk → the unit's leader too.
    await runSweep(db, { now: at(`${WED}T11:10:00+07:00`) });
    expect((await alertsOf(code)).map((a) => [a.level, a.step, a.username])).toEqual([
      ['at_risk', 1, 'chuyenvien.dongtien'],
      ['at_risk', 2, 'lanhdao.dongtien'],
    ]);
  });

  it('shows the draft to the leader only and confirms it once, as the extend action with the new due', async () => {
    const get = (user?: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/dossiers/${code}/extension-draft`,
        ...(user ? as[user] : {}),
      });
    expect((await get()).statusCode).toBe(401);
    expect((await get('chuyenvien.dongtien')).statusCode).toBe(403);
    const seen = await get('lanhdao.dongtien');
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({ status: 'draft', current: true });

    const version = (
      await t.database.db
        .selectFrom('dossiers')
        .select('version')
        .where('code', '=', code)
        .executeTakeFirstOrThrow()
    ).version;
    const confirm = (user: string | undefined, payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/dossiers/${code}/extension-draft/confirm`,
        ...(user ? as[user] : {}),
        payload,
      });
    const body = {
      reason: 'Cần xác minh thêm với cơ quan y tế',
      expectedVersion: version,
      idempotencyKey: key(),
    };
    expect((await confirm(undefined, body)).statusCode).toBe(401);
    expect((await confirm('chuyenvien.dongtien', body)).statusCode).toBe(403);
    const noReason = await confirm('lanhdao.dongtien', { ...body, reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json())).toContain('reason');

    const ok = await confirm('lanhdao.dongtien', body);
    expect(ok.statusCode, ok.body).toBe(200);
    const newDue = new Date(at('2027-03-23T14:00:00+07:00')).toISOString();
    expect(ok.json()).toMatchObject({ dossier: { dueAt: newDue }, draft: { status: 'confirmed' } });
    const history = await t.database.db
      .selectFrom('dossier_actions as a')
      .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
      .select(['a.action', 'a.note', 'a.data', 'a.actor_name'])
      .where('d.code', '=', code)
      .orderBy('a.seq')
      .execute();
    const extend = history.filter((h) => h.action === 'extend');
    expect(extend).toHaveLength(1);
    expect(extend[0]!.data).toMatchObject({ newDue });
    expect(extend[0]!.note).toContain('Lý do: Cần xác minh thêm với cơ quan y tế.');
    expect(extend[0]!.note).not.toContain('[lý do]');

    const again = await confirm('lanhdao.dongtien', {
      ...body,
      expectedVersion: version + 1,
      idempotencyKey: key(),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'EXTENSION_DRAFT_CONFIRMED' } });

    // The new due is far: the next sweep finds it on track and alerts nobody more.
    const before = (await alertsOf(code)).length;
    await runSweep(t.database.db, { now: at(`${WED}T13:40:00+07:00`) });
    expect(await alertsOf(code)).toHaveLength(before);
  });

  it('alerts the specialists of the unit when nobody is assigned, and both steps once overdue', async () => {
    const db = t.database.db;
    const d = await receiveAt(db, 'tiepnhan.dongtien', THREE_DAYS, `${MON}T08:00:00+07:00`);
    // Overdue on Friday: due Thursday 08:00.
    await runSweep(db, { now: at('2027-03-19T09:00:00+07:00') });
    const got = (await alertsOf(d.code)).map((a) => [a.level, a.step, a.username]);
    expect(got).toContainEqual(['overdue', 1, 'chuyenvien.dongtien']);
    expect(got).toContainEqual(['overdue', 2, 'lanhdao.dongtien']);
    expect(got.every(([level]) => level === 'overdue')).toBe(true);
    // Not extensible any more: no draft.
    const drafts = await db
      .selectFrom('dossier_extension_drafts as x')
      .innerJoin('dossiers as d', 'd.id', 'x.dossier_id')
      .select('x.id')
      .where('d.code', '=', d.code)
      .execute();
    expect(drafts).toEqual([]);
  });

  it('lets staff read their own alerts and mark them read, not anybody else’s', async () => {
    const list = (user?: string, query = '') =>
      t.app.inject({ method: 'GET', url: `/api/me/alerts${query}`, ...(user ? as[user] : {}) });
    expect((await list()).statusCode).toBe(401);
    const mine = await list('chuyenvien.dongtien', '?unread=true&limit=200');
    expect(mine.statusCode, mine.body).toBe(200);
    const body = mine.json<{
      unread: number;
      items: { id: string; dossier: { code: string }; level: string }[];
    }>();
    const alert = body.items.find((a) => a.dossier.code === code);
    expect(alert).toMatchObject({ level: 'at_risk' });
    expect(body.unread).toBeGreaterThanOrEqual(2);

    const read = (user: string | undefined, id: string) =>
      t.app.inject({ method: 'POST', url: `/api/me/alerts/${id}/read`, ...(user ? as[user] : {}) });
    expect((await read(undefined, alert!.id)).statusCode).toBe(401);
    expect((await read('lanhdao.dongtien', alert!.id)).statusCode).toBe(404);
    expect((await read('chuyenvien.dongtien', 'not-an-id')).statusCode).toBe(404);
    const ok = await read('chuyenvien.dongtien', alert!.id);
    expect(ok.statusCode, ok.body).toBe(200);
    const after = (await list('chuyenvien.dongtien', '?unread=true&limit=200')).json<typeof body>();
    expect(after.unread).toBe(body.unread - 1);
    expect(after.items.some((a) => a.id === alert!.id)).toBe(false);

    const all = await t.app.inject({
      method: 'POST',
      url: '/api/me/alerts/read-all',
      ...as['chuyenvien.dongtien'],
    });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toEqual({ count: body.unread - 1 });
    expect((await t.app.inject({ method: 'POST', url: '/api/me/alerts/read-all' })).statusCode).toBe(401);
    expect(
      (await list('chuyenvien.vpdk')).json<typeof body>().items.some((a) => a.dossier.code === code),
    ).toBe(false);
  });

  it('runs on demand from the command line and prints what it did', async () => {
    const { sweepOn, parseSweepArgs } = await import('../../cli/sweep.js');
    const out: string[] = [];
    const code = await sweepOn(t.database.db, parseSweepArgs(['--at', `${WED}T07:00:00+07:00`]), {
      out: (l) => out.push(l),
      err: () => {},
    });
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0]!) as Record<string, unknown>;
    expect(result).toMatchObject({ skipped: false });
    expect(result.examined).toEqual(expect.any(Number));
  });

  it('skips a run while another instance holds the sweep lock', async () => {
    const db = t.database.db;
    const { sql } = await import('kysely');
    const { SWEEP_LOCK_KEY } = await import('../../jobs/sweeper.js');
    if (t.database.kind === 'pglite') {
      // One connection: a second session cannot exist; the lock is still taken and released per run.
      const r = await runSweep(db, { now: at(`${WED}T07:00:00+07:00`) });
      expect(r.skipped).toBe(false);
      return;
    }
    await db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${SWEEP_LOCK_KEY})`.execute(conn);
      try {
        expect((await runSweep(db)).skipped).toBe(true);
      } finally {
        await sql`select pg_advisory_unlock(${SWEEP_LOCK_KEY})`.execute(conn);
      }
    });
    expect((await runSweep(db)).skipped).toBe(false);
  });
});
