/**
 * Notifications, the citizen's side, through HTTP and the notify() service with fixed clocks: templates (who may
 * edit, unknown placeholders and over-long SMS refused, the saved wording used), preferences and opt-out, quiet
 * hours, the per-phone hourly limit and the unit's daily cap (held, never lost), bad recipients refused, and the
 * message list and resend (scope, audit).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { useLogins } from '../../../test/auth.js';
import { DomainError } from '../../domain/errors.js';
import { notifyEvents } from '../../domain/notify/templates.js';
import { notify, type NotifyRequest } from '../../services/notify/notify.js';

type ErrorBody = { error: { code: string; message: string } };

const unitId: Record<string, string> = {};
const t = useTestApp();
const as = useLogins(t, [
  'admin.tinh',
  'admin.dongtien',
  'admin.dongkhe',
  'tiepnhan.dongtien',
  'chuyenvien.dongtien',
]);
beforeAll(async () => {
  for (const [key, agency] of [
    ['dongtien', 'H56.10.01'],
    ['dongkhe', 'H56.10.02'],
  ] as const) {
    const row = await t.database.db
      .selectFrom('units')
      .select('id')
      .where('agency_id', '=', agency)
      .executeTakeFirstOrThrow();
    unitId[key] = row.id;
  }
});

const at = (iso: string) => Date.parse(iso);
let seq = 0;
const send = (req: Partial<NotifyRequest> & { now: number }) =>
  t.database.db.transaction().execute((trx) =>
    notify(trx, {
      event: 'appointment_booked',
      unitId: unitId.dongtien!,
      recipient: { phone: '0912 000 001' },
      params: { maLichHen: 'K7M2-QX9P', thoiGian: '08:30 05/12/2026', diaDiem: 'UBND xã Đông Tiến' },
      dedupeKey: `test:${++seq}`,
      ...req,
    }),
  );
const row = (id: string) =>
  t.database.db
    .selectFrom('notifications')
    .select(['channel', 'recipient', 'body', 'next_attempt_at', 'last_error', 'status', 'urgent'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const queuedId = (o: Awaited<ReturnType<typeof notify>>) => {
  expect(o.queued).toBe(true);
  return (o as { id: string }).id;
};

describe('templates', () => {
  const url = '/api/admin/notification-templates';
  it('are for the province administrator only (401, 403 for every action)', async () => {
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    for (const who of ['admin.dongtien', 'tiepnhan.dongtien']) {
      const h = as[who]!;
      expect((await t.app.inject({ method: 'GET', url, ...h })).statusCode, who).toBe(403);
      const put = await t.app.inject({
        method: 'PUT',
        url: `${url}/result_ready/sms`,
        ...h,
        payload: { body: 'Hồ sơ {{maHoSo}} có kết quả.' },
      });
      expect(put.statusCode, who).toBe(403);
      const del = await t.app.inject({ method: 'DELETE', url: `${url}/result_ready/sms`, ...h });
      expect(del.statusCode, who).toBe(403);
      const preview = await t.app.inject({
        method: 'POST',
        url: `${url}/preview`,
        ...h,
        payload: { channel: 'sms', body: 'x' },
      });
      expect(preview.statusCode, who).toBe(403);
    }
  });

  it('lists every event and channel with the built-in wording, and previews with the segment count', async () => {
    const res = await t.app.inject({ method: 'GET', url, ...as['admin.tinh']! });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      items: { event: string; channel: string; isDefault: boolean; body: string }[];
    }>();
    expect(body.items).toHaveLength(notifyEvents.length * 3);
    expect(body.items.map((i) => i.event)).toContain('tracking_guarded');
    expect(body.items.find((i) => i.event === 'dossier_received' && i.channel === 'sms')).toMatchObject({
      isDefault: true,
      body: expect.stringContaining('{{maHoSo}}') as string,
    });
    const preview = await t.app.inject({
      method: 'POST',
      url: `${url}/preview`,
      ...as['admin.tinh']!,
      payload: { channel: 'sms', body: 'Hồ sơ {{maHoSo}} đã có kết quả tại {{donVi}}.' },
    });
    expect(preview.json()).toEqual({
      text: 'Ho so H56.10.01-261125-0001 da co ket qua tai UBND xa Dong Tien.',
      encoding: 'gsm7',
      segments: 1,
      chars: 64,
      issues: [],
    });
  });

  it('refuses an unknown placeholder and an SMS over the segment cap, with stable codes', async () => {
    const put = (body: string) =>
      t.app.inject({
        method: 'PUT',
        url: `${url}/result_ready/sms`,
        ...as['admin.tinh']!,
        payload: { body },
      });
    const unknown = await put('Hồ sơ {{maHoSo}} của {{hoTen}} đã có kết quả.');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorBody>().error.code).toBe('TEMPLATE_UNKNOWN_PLACEHOLDER');
    expect(unknown.json<ErrorBody>().error.message).toContain('{{hoTen}}');
    const long = await put('Hồ sơ {{maHoSo}} đã có kết quả. '.repeat(20));
    expect(long.json<ErrorBody>().error.code).toBe('TEMPLATE_TOO_LONG');
    const unknownEvent = await t.app.inject({
      method: 'PUT',
      url: `${url}/no_such_event/sms`,
      ...as['admin.tinh']!,
      payload: { body: 'x' },
    });
    expect(unknownEvent.statusCode).toBe(404);
  });

  it('saves a template (audited) that the next message uses, and goes back to the built-in one', async () => {
    const saved = await t.app.inject({
      method: 'PUT',
      url: `${url}/appointment_booked/sms`,
      ...as['admin.tinh']!,
      payload: { body: 'Lịch hẹn {{thoiGian}} đã được xác nhận. Nơi làm thủ tục: {{diaDiem}}.' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ isDefault: false });
    const id = queuedId(await send({ now: at('2026-12-03T10:00:00+07:00') }));
    expect((await row(id)).body).toBe(
      'Lich hen 08:30 05/12/2026 da duoc xac nhan. Noi lam thu tuc: UBND xa Dong Tien.',
    );
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'notify.template.update')
      .execute();
    expect(audit.map((a) => a.entity_id)).toContain('appointment_booked:sms');
    const reset = await t.app.inject({
      method: 'DELETE',
      url: `${url}/appointment_booked/sms`,
      ...as['admin.tinh']!,
    });
    expect(reset.json()).toMatchObject({ isDefault: true });
    const id2 = queuedId(
      await send({ now: at('2026-12-03T10:00:00+07:00'), recipient: { phone: '0912000002' } }),
    );
    expect((await row(id2)).body).toContain('Lich hen K7M2-QX9P: 08:30 05/12/2026 tai UBND xa Dong Tien');
  });
});

/** A capped event (a reminder): the per-number limit and the unit's daily cap hold it. */
const reminder = { event: 'appointment_reminder' as const };

describe('holding non-urgent SMS', () => {
  it('holds a message queued at 22:00 until 07:00; a one-time code goes at once', async () => {
    const late = queuedId(
      await send({ now: at('2026-12-03T22:00:00+07:00'), recipient: { phone: '0912000010' } }),
    );
    expect(await row(late)).toMatchObject({
      status: 'created',
      next_attempt_at: new Date(at('2026-12-04T07:00:00+07:00')),
      last_error: expect.stringMatching(/^QUIET_HOURS: /) as string,
    });
    const code = queuedId(
      await send({
        now: at('2026-12-03T22:00:00+07:00'),
        event: 'one_time_code',
        urgent: true,
        params: { maXacNhan: '123456' },
        recipient: { phone: '0912000010' },
      }),
    );
    expect(await row(code)).toMatchObject({ urgent: true, last_error: null });
    expect((await row(code)).next_attempt_at.getTime()).toBe(at('2026-12-03T22:00:00+07:00'));
    expect((await row(code)).body).toContain('123456');
  });

  it('holds the sixth SMS to one phone within an hour for an hour', async () => {
    const now = at('2026-12-03T09:00:00+07:00');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push(
        queuedId(await send({ ...reminder, now: now + i * 60_000, recipient: { phone: '0912000020' } })),
      );
    }
    expect((await row(ids[4]!)).last_error).toBeNull();
    const sixth = await row(ids[5]!);
    expect(sixth.last_error).toMatch(/^RECIPIENT_RATE_LIMIT: /);
    expect(sixth.next_attempt_at.getTime()).toBe(now + 5 * 60_000 + 3_600_000);
    // Another phone is not affected.
    const other = queuedId(
      await send({ ...reminder, now: now + 6 * 60_000, recipient: { phone: '0912000021' } }),
    );
    expect((await row(other)).last_error).toBeNull();
    // A booking's confirmation to the same phone is transactional: the per-number limit does not hold it.
    const booked = await send({ now: now + 7 * 60_000, recipient: { phone: '0912000020' } });
    expect(booked).toMatchObject({ queued: true, heldUntil: null, droppedBecause: null });
    expect((await row(queuedId(booked))).last_error).toBeNull();
  });

  it('drops a reminder that a cap would deliver after its slot, with the reason shown to the administrator', async () => {
    const now = at('2026-12-03T14:00:00+07:00');
    for (let i = 0; i < 5; i++) {
      await send({ ...reminder, now: now + i, recipient: { phone: '0912000060' } });
    }
    // The slot is in 30 minutes; the per-number hold would send it in an hour.
    const late = await send({
      ...reminder,
      now: now + 10,
      recipient: { phone: '0912000060' },
      staleAfter: new Date(now + 30 * 60_000),
    });
    expect(late).toMatchObject({ queued: true, heldUntil: null });
    const reason = (late as { droppedBecause: string }).droppedBecause;
    expect(reason).toBe('Không gửi: tin nhắc sẽ đến sau giờ hẹn 14:30.');
    expect(await row(queuedId(late))).toMatchObject({ status: 'dropped', last_error: `TOO_LATE: ${reason}` });
    // A slot after the hold's end: held, not dropped.
    const kept = await send({
      ...reminder,
      now: now + 11,
      recipient: { phone: '0912000060' },
      dedupeKey: 'test:kept-reminder',
      staleAfter: new Date(now + 3 * 3_600_000),
    });
    expect(kept).toMatchObject({
      droppedBecause: null,
      heldUntil: new Date(now + 11 + 3_600_000).toISOString(),
    });
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/admin/notifications?q=0912000060',
      ...as['admin.dongtien']!,
    });
    const items = listed.json<{
      items: { status: string; reason: string | null; lastError: string | null }[];
    }>().items;
    expect(items).toContainEqual(expect.objectContaining({ status: 'dropped', reason, lastError: null }));
    expect(items).toContainEqual(
      expect.objectContaining({
        status: 'created',
        reason: 'Giữ lại đến 15:00 (quá 5 tin/giờ tới số này)',
        lastError: null,
      }),
    );
    const dropped = await t.app.inject({
      method: 'GET',
      url: '/api/admin/notifications?q=0912000060&status=dropped',
      ...as['admin.dongtien']!,
    });
    expect(dropped.json<{ total: number }>().total).toBe(1);
  });

  it("holds SMS over the unit's daily cap until 07:00 the next day (cap set by the unit's administrator)", async () => {
    const capUrl = '/api/admin/units/H56.10.02/notification-cap';
    const denied = await t.app.inject({
      method: 'PUT',
      url: capUrl,
      ...as['admin.dongtien']!,
      payload: { dailySmsCap: 2 },
    });
    expect(denied.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: capUrl, ...as['admin.dongtien']! })).statusCode).toBe(
      403,
    );
    const set = await t.app.inject({
      method: 'PUT',
      url: capUrl,
      ...as['admin.dongkhe']!,
      payload: { dailySmsCap: 2 },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ dailySmsCap: 2, isDefault: false });
    const now = at('2026-12-02T10:00:00+07:00');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(
        queuedId(
          await send({
            ...reminder,
            now: now + i,
            unitId: unitId.dongkhe!,
            recipient: { phone: `091200003${i}` },
          }),
        ),
      );
    }
    expect((await row(ids[1]!)).last_error).toBeNull();
    const third = await row(ids[2]!);
    expect(third.status).toBe('created');
    expect(third.last_error).toMatch(/^UNIT_DAILY_CAP: .*hạn mức 2 tin/);
    expect(third.next_attempt_at.getTime()).toBe(at('2026-12-03T07:00:00+07:00'));
    const reset = await t.app.inject({
      method: 'PUT',
      url: capUrl,
      ...as['admin.dongkhe']!,
      payload: { dailySmsCap: null },
    });
    expect(reset.json()).toMatchObject({ dailySmsCap: 5000, isDefault: true });
  });

  it('refuses a bad phone or email when the message is created', async () => {
    const now = at('2026-12-03T10:00:00+07:00');
    await expect(send({ now, recipient: { phone: '0123' } })).rejects.toMatchObject({
      code: 'NOTIFY_BAD_PHONE',
    });
    await expect(send({ now, recipient: { email: 'lan@example' } })).rejects.toBeInstanceOf(DomainError);
    await expect(send({ now, recipient: { email: 'lan@example' } })).rejects.toMatchObject({
      code: 'NOTIFY_BAD_EMAIL',
    });
  });
});

describe('preferences and opt-out (recorded at the desk)', () => {
  const url = '/api/notification-preferences';
  it('are recorded by reception officers and administrators only', async () => {
    const payload = { phone: '0912000040', channel: 'sms', smsOptOut: true };
    expect((await t.app.inject({ method: 'PUT', url, payload })).statusCode).toBe(401);
    const specialist = await t.app.inject({ method: 'PUT', url, ...as['chuyenvien.dongtien']!, payload });
    expect(specialist.statusCode).toBe(403);
    const get = await t.app.inject({
      method: 'GET',
      url: `${url}?phone=0912000040`,
      ...as['chuyenvien.dongtien']!,
    });
    expect(get.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'PUT',
      url,
      ...as['tiepnhan.dongtien']!,
      payload: { ...payload, phone: '12' },
    });
    expect(bad.json<ErrorBody>().error.code).toBe('NOTIFY_BAD_PHONE');
    const ok = await t.app.inject({ method: 'PUT', url, ...as['tiepnhan.dongtien']!, payload });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ phone: '+84912000040', smsOptOut: true });
    // The unit administrator reads it too (the desk menu offers the page to those who manage notifications).
    const admin = await t.app.inject({
      method: 'GET',
      url: `${url}?phone=0912000040`,
      ...as['admin.dongtien']!,
    });
    expect(admin.statusCode, admin.body).toBe(200);
  });

  it('no non-urgent SMS to a phone that opted out; one-time codes still go; email when chosen', async () => {
    const now = at('2026-12-03T10:00:00+07:00');
    expect(await send({ now, recipient: { phone: '0912000040' } })).toEqual({
      queued: false,
      reason: 'opted_out',
    });
    const withEmail = await send({ now, recipient: { phone: '0912000040', email: 'lan@example.vn' } });
    expect(withEmail).toMatchObject({ queued: true, channel: 'email' });
    const code = await send({
      now,
      event: 'one_time_code',
      urgent: true,
      params: { maXacNhan: '654321' },
      recipient: { phone: '0912000040' },
    });
    expect(code).toMatchObject({ queued: true, channel: 'sms' });

    const prefer = await t.app.inject({
      method: 'PUT',
      url,
      ...as['admin.dongtien']!,
      payload: { phone: '0912000041', channel: 'email', email: 'Binh@Example.vn', smsOptOut: false },
    });
    expect(prefer.statusCode, prefer.body).toBe(200);
    const mail = await send({ now, recipient: { phone: '0912000041' } });
    expect(mail).toMatchObject({ queued: true, channel: 'email' });
    const r = await row((mail as { id: string }).id);
    expect(r).toMatchObject({ recipient: 'binh@example.vn' });
    expect(r.body).toContain('Lịch hẹn K7M2-QX9P: 08:30'); // email keeps the diacritics
  });
});

describe('messages', () => {
  const url = '/api/admin/notifications';
  it("lists a unit's messages to its administrators only, searched by phone or dossier code", async () => {
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url, ...as['tiepnhan.dongtien']! })).statusCode).toBe(403);
    const own = await t.app.inject({ method: 'GET', url: `${url}?q=0912000020`, ...as['admin.dongtien']! });
    expect(own.statusCode, own.body).toBe(200);
    const list = own.json<{ items: { recipient: string; unit: { agencyId: string } }[]; total: number }>();
    expect(list.total).toBe(7);
    expect(list.items[0]).toMatchObject({ recipient: '+84912000020', unit: { agencyId: 'H56.10.01' } });
    const other = await t.app.inject({ method: 'GET', url: `${url}?q=0912000020`, ...as['admin.dongkhe']! });
    expect(other.json<{ total: number }>().total).toBe(0);
    const province = await t.app.inject({ method: 'GET', url: `${url}?q=0912000020`, ...as['admin.tinh']! });
    expect(province.json<{ total: number }>().total).toBe(7);
    const nonsense = await t.app.inject({ method: 'GET', url: `${url}?q=xyz`, ...as['admin.tinh']! });
    expect(nonsense.json<{ total: number }>().total).toBe(0);
  });

  it('resends a failed message (audited), only for the unit it belongs to, never one that did not fail', async () => {
    const id = queuedId(
      await send({ now: at('2026-12-03T10:00:00+07:00'), recipient: { phone: '0912000050' } }),
    );
    const resend = (who: string, which = id) =>
      t.app.inject({ method: 'POST', url: `${url}/${which}/resend`, ...as[who]! });
    expect((await resend('admin.dongtien')).json<ErrorBody>().error.code).toBe('NOTIFICATION_NOT_FAILED');
    await t.database.db
      .updateTable('notifications')
      .set({ status: 'permanent_failure', last_error: 'invalid destination', attempts: 1 })
      .where('id', '=', id)
      .execute();
    expect((await t.app.inject({ method: 'POST', url: `${url}/${id}/resend` })).statusCode).toBe(401);
    expect((await resend('tiepnhan.dongtien')).statusCode).toBe(403);
    expect((await resend('admin.dongkhe')).statusCode).toBe(403);
    const listed = await t.app.inject({
      method: 'GET',
      url: `${url}?q=0912000050`,
      ...as['admin.dongtien']!,
    });
    expect(listed.json<{ items: { canResend: boolean; lastError: string }[] }>().items[0]).toMatchObject({
      canResend: true,
      lastError: 'invalid destination',
    });
    const ok = await resend('admin.dongtien');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await row(id)).toMatchObject({ status: 'created', last_error: null });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['entity_id', 'data'])
      .where('action', '=', 'notify.resend')
      .execute();
    expect(audit.map((a) => a.entity_id)).toEqual([id]);
    expect((await resend('admin.dongtien', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
