/**
 * Housekeeping on the demo data: expired sessions go and a live one keeps working; delivery receipts older than
 * 90 days, SMS day counters and queue number counters older than a week and spent one-time codes go while recent
 * ones stay; deletes run in bounded batches and go on at the next run; a second run at the same time does nothing
 * (in-process, and on PostgreSQL also from another session holding the lock); the server's schedule runs it at
 * most once an hour (sooner while rows are left), the first time right after the start.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';
import { loginAs } from '../../test/auth.js';
import { housekeepingOn } from '../cli/housekeeping.js';
import { formatInstant, MS_PER_DAY, MS_PER_MINUTE } from '../domain/calendar/time-zone.js';
import { withNotify } from '../db/with-notify.js';
import { HOUSEKEEPING_LOCK_KEY, housekeepingJob, runHousekeeping } from './housekeeping.js';
import { startJobs } from './job.js';

let t: TestApp;
let staffId = '';
let unitId = '';
let fieldCode = '';
beforeAll(async () => {
  t = await openTestApp({ demo: true });
  const db = t.database.db;
  const staff = await db
    .selectFrom('staff')
    .select(['id', 'unit_id'])
    .where('username', '=', 'chuyenvien.dongtien')
    .executeTakeFirstOrThrow();
  staffId = staff.id;
  unitId = staff.unit_id!;
  fieldCode = (await db.selectFrom('fields').select('code').executeTakeFirstOrThrow()).code;
});
afterAll(() => t.close());

const ago = (ms: number) => new Date(Date.now() - ms);
const localDay = (daysAgo: number) =>
  formatInstant('Asia/Ho_Chi_Minh', Date.now() - daysAgo * MS_PER_DAY).slice(0, 10);

async function addSession(expiresAt: Date): Promise<string> {
  const id = randomBytes(32).toString('hex');
  await t.database.db
    .insertInto('sessions')
    .values({ id, staff_id: staffId, csrf_secret: 'x', expires_at: expiresAt, ip: null, user_agent: null })
    .execute();
  return id;
}

async function addReceipt(ref: string, receivedAt: Date) {
  await sql`insert into notification_receipts (provider, provider_ref, status, received_at)
            values ('housekeeping-test', ${ref}, 'delivered', ${receivedAt})`.execute(t.database.db);
}

const receiptRefs = async () =>
  (
    await t.database.db
      .selectFrom('notification_receipts')
      .select('provider_ref')
      .where('provider', '=', 'housekeeping-test')
      .orderBy('provider_ref')
      .execute()
  ).map((r) => r.provider_ref);

describe('housekeeping', () => {
  it('deletes expired sessions and keeps live ones (a logged-in officer stays logged in)', async () => {
    const as = await loginAs(t.app, 'tiepnhan.dongtien');
    const expired = [await addSession(ago(MS_PER_MINUTE)), await addSession(ago(30 * MS_PER_DAY))];
    const live = await addSession(new Date(Date.now() + 3_600_000));

    const r = await runHousekeeping(t.database.db);
    expect(r).toMatchObject({ skipped: false, more: false });
    expect(r.sessions).toBeGreaterThanOrEqual(2);
    const left = await t.database.db
      .selectFrom('sessions')
      .select('id')
      .where('id', 'in', [...expired, live])
      .execute();
    expect(left.map((s) => s.id)).toEqual([live]);
    const leftExpired = await t.database.db
      .selectFrom('sessions')
      .select('id')
      .where('expires_at', '<', new Date())
      .execute();
    expect(leftExpired).toEqual([]);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as });
    expect(me.statusCode).toBe(200);
  });

  it("deletes citizens' sessions ended by idleness or by their longest life, and keeps live ones", async () => {
    const db = t.database.db;
    const add = async (expiresIn: number, endsIn: number) => {
      const id = randomBytes(32).toString('hex');
      await db
        .insertInto('citizen_sessions')
        .values({
          id,
          phone: '+84913200002',
          csrf_secret: 'x'.repeat(32),
          created_at: ago(MS_PER_DAY),
          expires_at: new Date(Date.now() + expiresIn),
          ends_at: new Date(Date.now() + endsIn),
          last_seen_at: ago(MS_PER_MINUTE),
        })
        .execute();
      return id;
    };
    const idle = await add(-MS_PER_MINUTE, 3_600_000);
    const ended = await add(3_600_000, -MS_PER_MINUTE);
    const live = await add(20 * MS_PER_MINUTE, 3_600_000);

    const r = await runHousekeeping(db);
    expect(r.citizenSessions).toBeGreaterThanOrEqual(2);
    const left = await db
      .selectFrom('citizen_sessions')
      .select('id')
      .where('id', 'in', [idle, ended, live])
      .execute();
    expect(left.map((s) => s.id)).toEqual([live]);
  });

  it('deletes receipts older than 90 days, day counters older than a week and spent codes; keeps the rest', async () => {
    const db = t.database.db;
    await addReceipt('old', ago(91 * MS_PER_DAY));
    await addReceipt('recent', ago(89 * MS_PER_DAY));
    await addReceipt('today', ago(0));
    const counts = withNotify(db);
    await counts.deleteFrom('notification_unit_day_counts').where('unit_id', '=', unitId).execute();
    for (const [daysAgo, shard] of [
      [30, 0],
      [8, 3],
      [8, 7],
      [7, 0],
      [0, 5],
    ] as const) {
      await counts
        .insertInto('notification_unit_day_counts')
        .values({ unit_id: unitId, day: localDay(daysAgo), shard, sms: 4 })
        .execute();
    }
    await db.deleteFrom('queue_number_counters').where('unit_id', '=', unitId).execute();
    for (const daysAgo of [9, 7, 0]) {
      await db
        .insertInto('queue_number_counters')
        .values({ unit_id: unitId, field_code: fieldCode, day: localDay(daysAgo), last_number: 12 })
        .execute();
    }
    const code = (createdAgo: number, expiresIn: number) =>
      db
        .insertInto('one_time_codes')
        .values({
          purpose: 'declaration',
          phone: '+84913200001',
          code_hash: 'salt:hash',
          created_at: ago(createdAgo),
          expires_at: new Date(Date.now() + expiresIn),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const spent = await code(2 * MS_PER_DAY, -2 * MS_PER_DAY);
    const expiredToday = await code(10 * MS_PER_MINUTE, -5 * MS_PER_MINUTE);
    const live = await code(MS_PER_MINUTE, 4 * MS_PER_MINUTE);
    // Failed-login counters idle for two days and for a minute; tracking budgets begun three days and an hour ago.
    await db
      .insertInto('login_failures')
      .values([
        { key: 'a:203.0.113.1', failures: 3, first_at: ago(2 * MS_PER_DAY), last_at: ago(2 * MS_PER_DAY) },
        { key: 'a:203.0.113.2', failures: 3, first_at: ago(MS_PER_MINUTE), last_at: ago(MS_PER_MINUTE) },
      ])
      .execute();
    await db
      .insertInto('tracking_guesses')
      .values([
        { code: 'H56.10.01-010101-0001', wrong: 5, window_start: ago(3 * MS_PER_DAY) },
        { code: 'H56.10.01-010101-0002', wrong: 5, window_start: ago(60 * MS_PER_MINUTE) },
      ])
      .execute();

    const r = await runHousekeeping(db);
    expect(r).toMatchObject({ loginFailures: 1, trackingGuesses: 1 });
    expect((await db.selectFrom('login_failures').select('key').execute()).map((f) => f.key)).toEqual([
      'a:203.0.113.2',
    ]);
    expect((await db.selectFrom('tracking_guesses').select('code').execute()).map((g) => g.code)).toEqual([
      'H56.10.01-010101-0002',
    ]);
    expect(r).toMatchObject({ skipped: false, more: false, notificationUnitDayCounts: 3 });
    expect(r.notificationReceipts).toBeGreaterThanOrEqual(1);
    expect(await receiptRefs()).toEqual(['recent', 'today']);
    const days = await counts
      .selectFrom('notification_unit_day_counts')
      .select(sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'))
      .where('unit_id', '=', unitId)
      .orderBy('day')
      .execute();
    expect(days.map((d) => d.day)).toEqual([localDay(7), localDay(0)]);
    const queueDays = await db
      .selectFrom('queue_number_counters')
      .select(sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'))
      .where('unit_id', '=', unitId)
      .orderBy('day')
      .execute();
    expect(queueDays.map((d) => d.day)).toEqual([localDay(7), localDay(0)]);
    const codes = await db
      .selectFrom('one_time_codes')
      .select('id')
      .where('id', 'in', [spent.id, expiredToday.id, live.id])
      .execute();
    expect(codes.map((c) => c.id).sort()).toEqual([expiredToday.id, live.id].sort());

    // Nothing is left to do: a second run deletes nothing.
    const again = await runHousekeeping(db);
    const { skipped, more, ...deleted } = again;
    expect({ skipped, more }).toEqual({ skipped: false, more: false });
    expect(Object.values(deleted).every((n) => n === 0)).toBe(true);
  });

  it('deletes in bounded batches and leaves the rest to the next run', async () => {
    for (const ref of ['b1', 'b2', 'b3', 'b4', 'b5']) await addReceipt(ref, ago(100 * MS_PER_DAY));
    const first = await runHousekeeping(t.database.db, { batch: 2, maxBatches: 2 });
    expect(first).toMatchObject({ notificationReceipts: 4, more: true });
    expect(await receiptRefs()).toHaveLength(2 + 1); // one old one, 'recent' and 'today'
    const second = await runHousekeeping(t.database.db, { batch: 2, maxBatches: 2 });
    expect(second).toMatchObject({ notificationReceipts: 1, more: false });
    expect(await receiptRefs()).toEqual(['recent', 'today']);
  });

  it('does nothing in a second run while one is going', async () => {
    await addReceipt('concurrent', ago(100 * MS_PER_DAY));
    const both = await Promise.all([runHousekeeping(t.database.db), runHousekeeping(t.database.db)]);
    expect(both.map((r) => r.skipped).sort()).toEqual([false, true]);
    expect(both.reduce((n, r) => n + r.notificationReceipts, 0)).toBe(1);
    expect(both.find((r) => r.skipped)).toMatchObject({ notificationReceipts: 0, sessions: 0 });

    if (t.database.kind === 'pglite') return; // one session: the advisory lock cannot be held by another
    // Another instance (another session) holds the lock: this one skips, and runs once it is released.
    await addReceipt('other-instance', ago(100 * MS_PER_DAY));
    await t.database.db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${HOUSEKEEPING_LOCK_KEY})`.execute(conn);
      try {
        expect((await runHousekeeping(t.database.db)).skipped).toBe(true);
        expect(await receiptRefs()).toContain('other-instance');
      } finally {
        await sql`select pg_advisory_unlock(${HOUSEKEEPING_LOCK_KEY})`.execute(conn);
      }
    });
    expect(await runHousekeeping(t.database.db)).toMatchObject({ skipped: false, notificationReceipts: 1 });
  });

  it("is scheduled at most once an hour (after the sweeper's pause while rows are left), and runs on demand from the command line", async () => {
    const job = housekeepingJob(5);
    expect(job.every).toBe(60 * MS_PER_MINUTE);
    const done = await runHousekeeping(t.database.db);
    expect(job.next!({ ...done, more: false })).toBe(60 * MS_PER_MINUTE);
    expect(job.next!({ ...done, more: true })).toBe(5 * MS_PER_MINUTE);
    const logged: object[] = [];
    const log = { info: (o: object) => logged.push(o), error: () => {} };
    job.report!({ ...done, notificationReceipts: 0 }, log);
    job.report!({ ...done, skipped: true, notificationReceipts: 1 }, log);
    expect(logged).toHaveLength(0);
    job.report!({ ...done, notificationReceipts: 1 }, log);
    expect(logged).toHaveLength(1);

    await addReceipt('cli', ago(100 * MS_PER_DAY));
    const out: string[] = [];
    expect(
      await housekeepingOn(t.database.db, { now: undefined }, { out: (l) => out.push(l), err: () => {} }),
    ).toBe(0);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toMatchObject({ skipped: false, notificationReceipts: 1 });
    expect(await receiptRefs()).toEqual(['recent', 'today']);
  });

  it('runs right after the server starts', async () => {
    await addReceipt('server', ago(100 * MS_PER_DAY));
    const errors: object[] = [];
    const jobs = startJobs(t.database.db, [housekeepingJob(60)], {
      info: () => {},
      error: (o) => errors.push(o),
    });
    try {
      for (let i = 0; i < 40 && (await receiptRefs()).includes('server'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await jobs.stop();
    }
    expect(await receiptRefs()).toEqual(['recent', 'today']);
    expect(errors).toEqual([]);
  });
});
