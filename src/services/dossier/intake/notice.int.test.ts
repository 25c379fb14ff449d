/**
 * The citizen's notice of a receipt: planned (preference, template, SMS counts) before the agency's daily number and
 * queued in the statement that writes the dossier. Every rule of notify() still applies — opt-out, the email
 * preference, the saved template (read on every receipt, never cached), quiet hours; a receipt is transactional, so
 * neither the per-phone hourly limit nor the unit's daily cap holds it (they still hold reminders) — and a receipt that fails leaves neither a dossier nor a notice, nor a gap in the codes.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useReceptionOfficer } from '../../../../test/acting.js';
import { withNotify } from '../../../db/with-notify.js';
import { notify } from '../../notify/notify.js';
import { receiveDossier, type IntakeInput } from './intake.js';

const { t, officer } = useReceptionOfficer();
afterAll(() => {
  vi.useRealTimers();
});
// The notice goes by the real clock (as before: a receipt dated by `now`, e.g. demo data, notifies when it runs),
// so the tests set the process's clock (Date only) to the receipt's instant.
const clockAt = (ms: number) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(ms);
};

// Tuesday 8 December 2026, 10:00 in Vietnam (not a same-day day, outside quiet hours).
const TEN = Date.parse('2026-12-08T03:00:00Z');
const birth = (phone: string, extra: Partial<IntakeInput> = {}): IntakeInput => ({
  procedureCode: '1.001193',
  applicant: { name: `Người Thử Tin ${phone}`, phone },
  documents: [0, 1, 2, 3].map((index) => ({ index, originals: 1, copies: 0 })),
  notApplicable: [4, 5, 6, 7],
  ...extra,
});
const receive = (input: IntakeInput, now = TEN) => {
  clockAt(now);
  return t.database.db.transaction().execute((trx) => receiveDossier(trx, officer.acting, input, { now }));
};
beforeEach(() => clockAt(TEN));
const noticesOf = (code: string) =>
  t.database.db
    .selectFrom('notifications as n')
    .innerJoin('dossiers as d', 'd.id', 'n.dossier_id')
    .select([
      'n.event',
      'n.channel',
      'n.recipient',
      'n.body',
      'n.next_attempt_at',
      'n.last_error',
      'n.created_at',
    ])
    .where('d.code', '=', code)
    .execute();
const setPreference = (
  phone: string,
  values: { channel: 'sms' | 'email'; email?: string; smsOptOut: boolean },
) =>
  withNotify(t.database.db)
    .insertInto('notification_preferences')
    .values({ phone, channel: values.channel, email: values.email ?? null, sms_opt_out: values.smsOptOut })
    .execute();

describe('the notice of a receipt', () => {
  it('is queued once with the receipt, due at once, by SMS without diacritics', async () => {
    const r = await receive(birth('0913100001'));
    const notices = await noticesOf(r.dossier.code);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      event: 'dossier_received',
      channel: 'sms',
      recipient: '+84913100001',
      last_error: null,
    });
    expect(notices[0]!.body).toContain(`Ho so ${r.dossier.code} (Dang ky khai sinh) da duoc tiep nhan`);
    expect(notices[0]!.next_attempt_at.getTime()).toBe(TEN);
  });

  it('lists what is missing in a supplement request, and names the reasons of a refusal', async () => {
    const s = await receive(birth('0913100002', { documents: [{ index: 0, originals: 1, copies: 0 }] }));
    expect(s.outcome).toBe('supplement');
    const [supplement] = await noticesOf(s.dossier.code);
    expect(supplement).toMatchObject({ event: 'supplement_requested' });
    expect(supplement!.body).toMatch(/can bo sung: .+; .+\./);
    const f = await receive(birth('0913100003', { refusalReasons: ['Không thuộc thẩm quyền'] }));
    const [refusal] = await noticesOf(f.dossier.code);
    expect(refusal).toMatchObject({ event: 'dossier_refused' });
    expect(refusal!.body).toContain('Khong thuoc tham quyen');
  });

  it('is not sent to a phone that opted out, and goes by email when the citizen chose it', async () => {
    await setPreference('+84913100010', { channel: 'sms', smsOptOut: true });
    const out = await receive(birth('0913100010'));
    expect(out.outcome).toBe('receipt');
    expect(await noticesOf(out.dossier.code)).toEqual([]);

    await setPreference('+84913100011', { channel: 'email', email: 'lan@example.vn', smsOptOut: false });
    const mail = await receive(birth('0913100011'));
    const [notice] = await noticesOf(mail.dossier.code);
    expect(notice).toMatchObject({ channel: 'email', recipient: 'lan@example.vn' });
    expect(notice!.body).toContain('Đăng ký khai sinh'); // email keeps the diacritics
  });

  it('uses the template an administrator saved just before, and the built-in one once it is removed', async () => {
    const templates = withNotify(t.database.db);
    await templates
      .insertInto('notification_templates')
      .values({ event: 'dossier_received', channel: 'sms', body: 'Da nhan ho so {{maHoSo}}. Mau thu.' })
      .execute();
    const saved = await receive(birth('0913100020'));
    expect((await noticesOf(saved.dossier.code))[0]!.body).toBe(
      `Da nhan ho so ${saved.dossier.code}. Mau thu.`,
    );
    await templates.deleteFrom('notification_templates').where('event', '=', 'dossier_received').execute();
    const builtIn = await receive(birth('0913100021'));
    expect((await noticesOf(builtIn.dossier.code))[0]!.body).toContain('da duoc tiep nhan');
  });

  it('waits for 07:00 when the dossier is received at 22:00', async () => {
    const late = Date.parse('2026-12-08T15:00:00Z'); // 22:00 in Vietnam
    const r = await receive(birth('0913100030'), late);
    const [notice] = await noticesOf(r.dossier.code);
    expect(notice!.last_error).toMatch(/^QUIET_HOURS: /);
    expect(notice!.next_attempt_at.getTime()).toBe(Date.parse('2026-12-09T00:00:00Z'));
  });

  it('goes at once to a citizen who called, booked and took a ticket in the last hour, and past the unit cap', async () => {
    const phone = '0913100040';
    // The hotline's checklist, the booking, its move, the ticket's "your turn is near" and a reminder: five SMS to
    // the phone within the hour — the per-number limit is reached.
    const earlier = [
      ['hotline_checklist', { thuTuc: 'Đăng ký khai sinh', danhSach: 'Tờ khai; Giấy chứng sinh' }],
      [
        'appointment_booked',
        { maLichHen: 'K7M2-QX9P', thoiGian: '08:30 09/12/2026', diaDiem: 'UBND xã Đông Tiến' },
      ],
      [
        'appointment_moved',
        { maLichHen: 'K7M2-QX9P', thoiGian: '09:30 09/12/2026', diaDiem: 'UBND xã Đông Tiến' },
      ],
      ['ticket_near', { soThuTu: 'A015', donVi: 'UBND xã Đông Tiến', conLai: '2' }],
      [
        'appointment_reminder',
        { maLichHen: 'K7M2-QX9P', thoiGian: '09:30 09/12/2026', diaDiem: 'UBND xã Đông Tiến' },
      ],
    ] as const;
    for (const [i, [event, params]] of earlier.entries()) {
      await t.database.db.transaction().execute((trx) =>
        notify(trx, {
          event,
          unitId: officer.unitId,
          recipient: { phone },
          params,
          dedupeKey: `intake-notice-test:${i}`,
          now: TEN - 50 * 60_000 + i * 60_000,
        }),
      );
    }
    const r = await receive(birth(phone));
    const [receipt] = await noticesOf(r.dossier.code);
    expect(receipt!.last_error).toBeNull();
    expect(receipt!.next_attempt_at.getTime()).toBeLessThanOrEqual(TEN);
    // A reminder to the same phone now is still held by the per-number limit.
    const reminder = await t.database.db.transaction().execute((trx) =>
      notify(trx, {
        event: 'appointment_reminder',
        unitId: officer.unitId,
        recipient: { phone },
        params: earlier[4][1],
        dedupeKey: 'intake-notice-test:later-reminder',
        now: TEN + 1,
      }),
    );
    expect(reminder).toMatchObject({ queued: true, heldUntil: new Date(TEN + 1 + 3_600_000).toISOString() });

    // A unit whose cap is 0: reminders wait for the next morning, a receipt does not.
    await withNotify(t.database.db)
      .insertInto('notification_unit_caps')
      .values({ unit_id: officer.unitId, daily_sms_cap: 0 })
      .execute();
    try {
      const capped = await receive(birth('0913100041'), TEN + 1);
      const [notice] = await noticesOf(capped.dossier.code);
      expect(notice!.last_error).toBeNull();
      const held = await t.database.db.transaction().execute((trx) =>
        notify(trx, {
          event: 'appointment_reminder',
          unitId: officer.unitId,
          recipient: { phone: '0913100041' },
          params: earlier[4][1],
          dedupeKey: 'intake-notice-test:capped-reminder',
          now: TEN + 2,
        }),
      );
      expect(held).toMatchObject({ heldUntil: '2026-12-09T00:00:00.000Z' });
    } finally {
      await withNotify(t.database.db)
        .deleteFrom('notification_unit_caps')
        .where('unit_id', '=', officer.unitId)
        .execute();
    }
  });

  it('is never left behind by a receipt that fails, and the failed receipt leaves no gap in the codes', async () => {
    const { db } = t.database;
    let failed = '';
    await expect(
      db.transaction().execute(async (trx) => {
        failed = (await receiveDossier(trx, officer.acting, birth('0913100050'), { now: TEN })).dossier.code;
        throw new Error('killed after the receipt');
      }),
    ).rejects.toThrow('killed after the receipt');
    expect(failed).not.toBe('');
    const left = await withNotify(db)
      .selectFrom('notifications')
      .select('id')
      .where('dedupe_key', 'like', `dossier:${failed}:%`)
      .execute();
    expect(left).toEqual([]);
    expect(
      await db.selectFrom('dossiers').select('id').where('code', '=', failed).executeTakeFirst(),
    ).toBeUndefined();
    const next = await receive(birth('0913100051'));
    expect(next.dossier.code).toBe(failed); // the number the failed receipt took is given again
    expect(await noticesOf(next.dossier.code)).toHaveLength(1);
  });

  it('is queued with the real code when the template holds the stand-in text itself (its own statement)', async () => {
    const templates = withNotify(t.database.db);
    await templates
      .insertInto('notification_templates')
      .values({
        event: 'dossier_received',
        channel: 'sms',
        body: 'Ho so {{maHoSo}} (mau H56.10.01-261208-0000)',
      })
      .execute();
    try {
      const r = await receive(birth('0913100060'));
      const notices = await noticesOf(r.dossier.code);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.body).toBe(`Ho so ${r.dossier.code} (mau H56.10.01-261208-0000)`);
    } finally {
      await templates.deleteFrom('notification_templates').where('event', '=', 'dossier_received').execute();
    }
  });
});

describe('the daily sequence', () => {
  it('answers 409 DAILY_SEQUENCE_EXHAUSTED after 9,999 receipts in a day, writing nothing', async () => {
    const { db } = t.database;
    await db
      .insertInto('dossier_code_counters')
      .values({ agency_id: 'H56.10.01', day: '2026-12-09', last_number: 9999 })
      .execute();
    const nextDay = Date.parse('2026-12-09T03:00:00Z');
    await expect(receive(birth('0913100070'), nextDay)).rejects.toMatchObject({
      kind: 'conflict',
      code: 'DAILY_SEQUENCE_EXHAUSTED',
    });
    const written = await db
      .selectFrom('dossiers')
      .select('id')
      .where('code', 'like', 'H56.10.01-261209-%')
      .execute();
    expect(written).toEqual([]);
    const counter = await db
      .selectFrom('dossier_code_counters')
      .select('last_number')
      .where('agency_id', '=', 'H56.10.01')
      .where('day', '=', '2026-12-09')
      .executeTakeFirstOrThrow();
    expect(counter.last_number).toBe(9999);
  });
});
