/**
 * The hotline's staff API: a call answered by the operator, its caller's history, routed to the justice specialist
 * (the PBX's transfer merges into the routing's leg), the birth-registration checklist sent into the outbox, the
 * outcome, callbacks, presence and the directory; every action refused when not signed in (401) and for the wrong
 * role or unit (403).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { staffIdOf } from '../../../test/demo-ids.js';
import type { Callback, CallView, DirectoryEntry, ScreenPop } from '../../domain/hotline/views.js';
import { DEMO_TRACKING_PHONE } from '../../services/demo-data/dossiers-data.js';
import { after, DEMO_LINE, newCallId, postEvent } from './hotline-test-utils.js';

type ErrorBody = { error: { code: string; fields?: { field: string }[] } };

let t: TestApp;
const as: Record<string, LoggedIn> = {};
const OPERATOR = 'tongdai.dongtien';
const SPECIALIST = 'chuyenvien.dongtien';
const users = [
  OPERATOR,
  SPECIALIST,
  'tiepnhan.dongtien',
  'chuyenvien.dongkhe',
  'lanhdao.dongtien',
  'admin.dongkhe',
];
let specialistId = '';
let callId = '';
let pbxCallId = '';
const t0 = Date.now() - 120_000;

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  for (const u of users) as[u] = await loginAs(t.app, u);
  specialistId = await staffIdOf(t.database.db, SPECIALIST);
  pbxCallId = newCallId('staff');
  await postEvent(t.app, {
    callId: pbxCallId,
    event: 'ringing',
    at: after(t0, 0),
    caller: DEMO_TRACKING_PHONE,
    called: DEMO_LINE,
  });
  const answered = await postEvent(t.app, {
    callId: pbxCallId,
    event: 'answered',
    at: after(t0, 4),
    extension: '200',
  });
  callId = answered.json<{ call: { id: string } }>().call.id;
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: Record<string, unknown>) =>
  t.app.inject({
    method,
    url,
    headers: who ? as[who]!.headers : {},
    ...(payload !== undefined ? { payload } : {}),
  });

describe('the operator', () => {
  it('sees the caller with their dossiers and earlier calls', async () => {
    const res = await req(
      'GET',
      `/api/hotline/screen-pop?phone=${encodeURIComponent('+84912345678')}`,
      OPERATOR,
    );
    expect(res.statusCode).toBe(200);
    const pop = res.json<ScreenPop>();
    expect(pop.phoneDisplay).toBe('0912 345 678');
    expect(pop.person?.fullName).toBeTruthy();
    expect(pop.dossiers.length).toBeGreaterThan(0);
    expect(pop.dossiers[0]!.statusLabel).toBeTruthy();
    expect(pop.calls.map((c) => c.id)).toContain(callId);
    expect(pop.calls.length).toBeGreaterThanOrEqual(2);
    const bad = await req('GET', '/api/hotline/screen-pop?phone=abc', OPERATOR);
    expect(bad.json<ErrorBody>().error.code).toBe('HOTLINE_PHONE_INVALID');
  });

  it('finds who is available in the field and routes the call with a note; the PBX transfer merges', async () => {
    const dir = (await req('GET', '/api/hotline/directory?field=HT', OPERATOR)).json<DirectoryEntry[]>();
    expect(dir.map((d) => d.extension)).toContain('211');
    expect(dir.every((d) => d.fieldCodes.includes('HT'))).toBe(true);
    const payload = {
      staffId: specialistId,
      fieldCode: 'HT',
      note: 'Hỏi khai sinh cho con',
      idempotencyKey: 'transfer-test-0001',
    };
    const res = await req('POST', `/api/hotline/calls/${callId}/transfer`, OPERATOR, payload);
    expect(res.statusCode).toBe(200);
    const call = res.json<CallView>();
    expect(call.status).toBe('transferred');
    expect(call.fieldCode).toBe('HT');
    expect(call.legs.map((l) => [l.extension, l.note])).toEqual([
      ['200', null],
      ['211', 'Hỏi khai sinh cho con'],
    ]);
    const repeat = await req('POST', `/api/hotline/calls/${callId}/transfer`, OPERATOR, payload);
    expect(repeat.json<CallView>().legs).toHaveLength(2);
    await postEvent(t.app, {
      callId: pbxCallId,
      event: 'transferred',
      at: after(t0, 30),
      extension: '200',
      toExtension: '211',
    });
    const merged = (await req('GET', `/api/hotline/calls/${callId}`, OPERATOR)).json<CallView>();
    expect(merged.legs).toHaveLength(2);
    expect(merged.legs[1]).toMatchObject({
      staffId: specialistId,
      fieldCode: 'HT',
      note: 'Hỏi khai sinh cho con',
    });
    const onCall = (await req('GET', '/api/hotline/directory?field=HT', OPERATOR)).json<DirectoryEntry[]>();
    expect(onCall.find((d) => d.staffId === specialistId)?.onCall).toBe(true);
  });

  it('refuses a routing to someone without the field or from another unit', async () => {
    const other = await staffIdOf(t.database.db, 'chuyenvien.dongkhe');
    const wrongUnit = await req('POST', `/api/hotline/calls/${callId}/transfer`, OPERATOR, {
      staffId: other,
      fieldCode: 'HT',
    });
    expect(wrongUnit.json<ErrorBody>().error).toMatchObject({
      code: 'HOTLINE_STAFF_UNAVAILABLE',
      fields: [{ field: 'staffId' }],
    });
    const wrongField = await req('POST', `/api/hotline/calls/${callId}/transfer`, OPERATOR, {
      staffId: specialistId,
      fieldCode: 'DD',
    });
    expect(wrongField.json<ErrorBody>().error.code).toBe('HOTLINE_FIELD_MISMATCH');
  });
});

describe('the specialist', () => {
  it('finds the call routed to them first, sends the checklist into the outbox and records the outcome', async () => {
    const mine = (await req('GET', '/api/hotline/calls/mine', SPECIALIST)).json<CallView[]>();
    expect(mine[0]?.id).toBe(callId);
    const res = await req('POST', `/api/hotline/calls/${callId}/checklist`, SPECIALIST, {
      procedureCode: '1.001193',
      channel: 'sms',
      idempotencyKey: 'checklist-test-0001',
    });
    expect(res.statusCode).toBe(200);
    const sent = res.json<{ call: CallView; queued: boolean; notificationId: string }>();
    expect(sent.queued).toBe(true);
    expect(sent.call.checklistsSent).toEqual(['1.001193']);
    const message = await t.database.db
      .selectFrom('notifications')
      .selectAll()
      .where('id', '=', sent.notificationId)
      .executeTakeFirstOrThrow();
    expect(message).toMatchObject({ event: 'hotline_checklist', recipient: '+84912345678' });
    // SMS go without diacritics (the notification service folds them).
    expect(message.body).toContain('Dang ky khai sinh');
    // No answers asked yet: every essential paper is named, the rest is on the caller's own checklist page.
    for (const paper of ['To khai dang ky khai sinh', 'Giay chung sinh', 'Giay to tuy than'])
      expect(message.body).toContain(paper);
    const link = /\/giay-to\/([A-HJ-NP-Z2-9]{8})/.exec(message.body)?.[1];
    expect(link).toBeDefined();
    const row = await t.database.db
      .selectFrom('checklist_links')
      .selectAll()
      .where('code', '=', link!)
      .executeTakeFirstOrThrow();
    expect(row.answers).toBe('');
    const again = await req('POST', `/api/hotline/calls/${callId}/checklist`, SPECIALIST, {
      procedureCode: '1.001193',
      channel: 'sms',
      idempotencyKey: 'checklist-test-0001',
    });
    expect(again.json<{ notificationId: string }>().notificationId).toBe(sent.notificationId);
    // The caller asked for Zalo on the phone: it goes by Zalo although nothing is stored for the number.
    const zalo = await req('POST', `/api/hotline/calls/${callId}/checklist`, SPECIALIST, {
      procedureCode: '1.001193',
      channel: 'zalo',
      idempotencyKey: 'checklist-test-0002',
    });
    expect(zalo.json<{ channel: string }>().channel).toBe('zalo');
    const zaloMessage = await t.database.db
      .selectFrom('notifications')
      .select(['channel', 'recipient'])
      .where('id', '=', zalo.json<{ notificationId: string }>().notificationId)
      .executeTakeFirstOrThrow();
    expect(zaloMessage).toEqual({ channel: 'zalo', recipient: '+84912345678' });
    const unknown = await req('POST', `/api/hotline/calls/${callId}/checklist`, SPECIALIST, {
      procedureCode: '9.999999',
      channel: 'sms',
    });
    expect(unknown.statusCode).toBe(404);
    const landline = await req('POST', `/api/hotline/calls/${callId}/checklist`, SPECIALIST, {
      procedureCode: '1.001193',
      channel: 'zalo',
      phone: '0237 3851 999',
    });
    expect(landline.json<ErrorBody>().error.code).toBe('HOTLINE_PHONE_NOT_MOBILE');

    const outcome = await req('POST', `/api/hotline/calls/${callId}/outcome`, SPECIALIST, {
      outcome: 'callback_needed',
      note: 'Gọi lại khi có giấy chứng sinh',
    });
    expect(outcome.statusCode).toBe(200);
    expect(outcome.json<CallView>()).toMatchObject({
      outcome: 'callback_needed',
      outcomeNote: 'Gọi lại khi có giấy chứng sinh',
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', callId)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'hotline.call.checklist', // by SMS
      'hotline.call.checklist', // by Zalo
      'hotline.call.outcome',
      'hotline.call.transfer',
      'hotline.calls.read', // the call read by the specialist (GET /api/hotline/calls/{id}): a read of personal data
    ]);
  });

  it('returns callbacks: open first with a due time, done once', async () => {
    const list = (await req('GET', '/api/hotline/callbacks', OPERATOR)).json<Callback[]>();
    const requested = list.find((c) => c.callId === callId && c.reason === 'requested');
    expect(requested).toMatchObject({ doneAt: null, phoneDisplay: '0912 345 678' });
    expect(list.findIndex((c) => c.doneAt !== null)).not.toBe(0);
    const done = await req('POST', `/api/hotline/callbacks/${requested!.id}/done`, SPECIALIST, {
      note: 'Đã gọi lại',
    });
    expect(done.json<Callback>()).toMatchObject({
      doneBy: 'Hoàng Văn Minh',
      note: 'Đã gọi lại',
      overdue: false,
    });
    const again = await req('POST', `/api/hotline/callbacks/${requested!.id}/done`, OPERATOR, {
      note: 'lần hai',
    });
    expect(again.json<Callback>().note).toBe('Đã gọi lại');
  });

  it('sets their presence, seen in the directory', async () => {
    const res = await req('PUT', '/api/hotline/presence', SPECIALIST, { presence: 'busy' });
    expect(res.json<DirectoryEntry>()).toMatchObject({ staffId: specialistId, presence: 'busy' });
    const dir = (await req('GET', '/api/hotline/directory', OPERATOR)).json<DirectoryEntry[]>();
    expect(dir.find((d) => d.staffId === specialistId)?.presence).toBe('busy');
    const bad = await req('PUT', '/api/hotline/presence', SPECIALIST, { presence: 'sleeping' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('the call log', () => {
  it('searches by phone in any form, by status and by day', async () => {
    for (const form of ['0912345678', '+84 912 345 678', '84912345678', '345678']) {
      const res = await req(
        'GET',
        `/api/hotline/calls?phone=${encodeURIComponent(form)}`,
        'lanhdao.dongtien',
      );
      expect(res.statusCode, form).toBe(200);
      expect(
        res.json<CallView[]>().map((c) => c.id),
        form,
      ).toContain(callId);
    }
    const missed = (await req('GET', '/api/hotline/calls?status=missed', OPERATOR)).json<CallView[]>();
    expect(missed.every((c) => c.status === 'missed')).toBe(true);
    expect(missed.length).toBeGreaterThan(0);
    const none = (await req('GET', '/api/hotline/calls?from=2020-01-01&to=2020-01-02', OPERATOR)).json<
      CallView[]
    >();
    expect(none).toEqual([]);
    const bad = await req('GET', '/api/hotline/calls?from=yesterday', OPERATOR);
    expect(bad.statusCode).toBe(400);
  });
});

describe('authorisation', () => {
  const writes = () =>
    [
      ['POST', `/api/hotline/calls/${callId}/transfer`, { staffId: specialistId, fieldCode: 'HT' }],
      ['POST', `/api/hotline/calls/${callId}/checklist`, { procedureCode: '1.001193', channel: 'sms' }],
      ['POST', `/api/hotline/calls/${callId}/outcome`, { outcome: 'guided' }],
      ['PUT', '/api/hotline/presence', { presence: 'available' }],
    ] as const;

  it('refuses every route without a session (401)', async () => {
    for (const [method, url, payload] of writes())
      expect((await req(method, url, undefined, payload)).statusCode, url).toBe(401);
    for (const url of [
      '/api/hotline/calls',
      '/api/hotline/calls/mine',
      `/api/hotline/calls/${callId}`,
      '/api/hotline/directory',
      '/api/hotline/callbacks',
      '/api/hotline/screen-pop?phone=0912345678',
      '/api/hotline/stats?from=2026-01-01&to=2026-01-31',
      '/api/hotline/live',
    ]) {
      expect((await req('GET', url)).statusCode, url).toBe(401);
    }
  });

  it('refuses the wrong role (a reception officer) and the wrong unit (another commune) with 403', async () => {
    for (const who of ['tiepnhan.dongtien', 'chuyenvien.dongkhe']) {
      for (const [method, url, payload] of writes()) {
        if (who === 'chuyenvien.dongkhe' && url.endsWith('presence')) continue; // their own presence, in their unit
        expect((await req(method, url, who, payload)).statusCode, `${who} ${url}`).toBe(403);
      }
      expect((await req('GET', `/api/hotline/calls/${callId}`, who)).statusCode, who).toBe(403);
    }
    for (const url of [
      '/api/hotline/calls',
      '/api/hotline/calls/mine',
      '/api/hotline/directory',
      '/api/hotline/callbacks',
      '/api/hotline/screen-pop?phone=0912345678',
      '/api/hotline/stats?from=2026-01-01&to=2026-01-31',
    ]) {
      expect((await req('GET', url, 'tiepnhan.dongtien')).statusCode, url).toBe(403);
    }
    const dongtien = await t.database.db
      .selectFrom('units')
      .select('id')
      .where('agency_id', '=', 'H56.10.01')
      .executeTakeFirstOrThrow();
    expect(
      (await req('GET', `/api/hotline/calls?unitId=${dongtien.id}`, 'chuyenvien.dongkhe')).statusCode,
    ).toBe(403);
    expect(
      (
        await req(
          'GET',
          `/api/hotline/stats?unitId=${dongtien.id}&from=2026-01-01&to=2026-01-31`,
          'admin.dongkhe',
        )
      ).statusCode,
    ).toBe(403);
    const callback = await t.database.db
      .selectFrom('hotline_callbacks')
      .select('id')
      .where('call_id', '=', callId)
      .executeTakeFirstOrThrow();
    expect(
      (await req('POST', `/api/hotline/callbacks/${callback.id}/done`, 'chuyenvien.dongkhe', {})).statusCode,
    ).toBe(403);
  });

  it('lets the leader read the log and statistics but not act on a call', async () => {
    expect((await req('GET', '/api/hotline/calls', 'lanhdao.dongtien')).statusCode).toBe(200);
    expect(
      (await req('GET', '/api/hotline/stats?from=2026-01-01&to=2026-12-31', 'lanhdao.dongtien')).statusCode,
    ).toBe(200);
    for (const [method, url, payload] of writes()) {
      expect((await req(method, url, 'lanhdao.dongtien', payload)).statusCode, url).toBe(403);
    }
  });
});
