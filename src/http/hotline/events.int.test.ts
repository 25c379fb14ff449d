/**
 * The PBX's events over HTTP: signed, idempotent, tolerant of order; refused when unsigned, replayed, malformed or
 * too large, with nothing stored half-way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { signEvent } from '../../services/hotline/signature.js';
import { after, DEMO_LINE, newCallId, postEvent } from './hotline-test-utils.js';

type ErrorBody = { error: { code: string; fields?: { field: string }[] } };
type Accepted = { duplicate: boolean; call?: { id: string; reference: string; status: string } | null };

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
});
afterAll(() => t.close());

const countEvents = async (callId: string) =>
  (
    await t.database.db
      .selectFrom('hotline_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('pbx_call_id', '=', callId)
      .executeTakeFirstOrThrow()
  ).n;
const callRow = (callId: string) =>
  t.database.db.selectFrom('hotline_calls').selectAll().where('pbx_call_id', '=', callId).executeTakeFirst();
const callbacksOf = (id: string) =>
  t.database.db.selectFrom('hotline_callbacks').selectAll().where('call_id', '=', id).execute();

describe('signed events', () => {
  it('creates the call from a ringing (number normalised, unit from the line) and answers a repeat as a duplicate', async () => {
    const callId = newCallId();
    const ringing = {
      callId,
      event: 'ringing',
      at: new Date().toISOString(),
      caller: '84 912 000 111',
      called: DEMO_LINE,
    };
    const first = await postEvent(t.app, ringing);
    expect(first.statusCode).toBe(200);
    const body = first.json<Accepted>();
    expect(body).toMatchObject({ duplicate: false, call: { status: 'ringing' } });
    expect(body.call!.reference).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{2}$/);
    const row = await callRow(callId);
    expect(row).toMatchObject({ phone: '+84912000111', line_number: '+842373899001', status: 'ringing' });
    const again = await postEvent(t.app, ringing);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ duplicate: true });
    expect(await countEvents(callId)).toBe(1);
  });

  it('refuses unsigned, wrongly signed and stale (replayed) events, storing nothing', async () => {
    const callId = newCallId();
    const event = {
      callId,
      event: 'ringing',
      at: new Date().toISOString(),
      caller: '0912000222',
      called: DEMO_LINE,
    };
    const unsigned = await postEvent(t.app, event, { signature: null });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json<ErrorBody>().error.code).toBe('HOTLINE_SIGNATURE_INVALID');
    const wrong = await postEvent(t.app, event, { secret: 'not-the-secret' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<ErrorBody>().error.code).toBe('HOTLINE_SIGNATURE_INVALID');
    const old = Math.floor(Date.now() / 1000) - 301;
    const stale = await postEvent(t.app, event, { timestamp: old });
    expect(stale.statusCode).toBe(401);
    expect(stale.json<ErrorBody>().error.code).toBe('HOTLINE_EVENT_STALE');
    const future = await postEvent(t.app, event, { timestamp: old + 602 });
    expect(future.json<ErrorBody>().error.code).toBe('HOTLINE_EVENT_STALE');
    // A body changed after signing (the signature of another body) is refused.
    const body = JSON.stringify(event);
    const now = Math.floor(Date.now() / 1000);
    const tampered = await postEvent(t.app, body.replace('0912000222', '0912000223'), {
      timestamp: now,
      signature: signEvent('motcua-hotline-development-secret', now, body),
    });
    expect(tampered.statusCode).toBe(401);
    expect(await countEvents(callId)).toBe(0);
  });

  it('takes a hang-up before the answer: missed with a callback, then ended when the answer arrives', async () => {
    const callId = newCallId();
    const t0 = Date.now() - 60_000;
    await postEvent(t.app, {
      callId,
      event: 'ringing',
      at: after(t0, 0),
      caller: '0912 000 333',
      called: DEMO_LINE,
    });
    const hangup = await postEvent(t.app, {
      callId,
      event: 'hangup',
      at: after(t0, 40),
      durationSeconds: 40,
    });
    expect(hangup.json<Accepted>().call?.status).toBe('missed');
    const row = (await callRow(callId))!;
    expect(row.wait_seconds).toBe(40);
    const [callback] = await callbacksOf(row.id);
    expect(callback).toMatchObject({ reason: 'missed', done_at: null });
    expect(callback!.due_at.getTime()).toBeGreaterThan(t0);
    const answered = await postEvent(t.app, {
      callId,
      event: 'answered',
      at: after(t0, 5),
      extension: '200',
    });
    expect(answered.json<Accepted>().call?.status).toBe('ended');
    expect(await callbacksOf(row.id)).toEqual([]);
    expect((await callRow(callId))!.wait_seconds).toBe(5);
  });

  it('keeps events that come before the ringing and folds them when it arrives', async () => {
    const callId = newCallId();
    const t0 = Date.now() - 30_000;
    const early = await postEvent(t.app, { callId, event: 'answered', at: after(t0, 3), extension: '200' });
    expect(early.json<Accepted>()).toEqual({ duplicate: false, call: null });
    const transfer = await postEvent(t.app, {
      callId,
      event: 'transferred',
      at: after(t0, 20),
      extension: '200',
      toExtension: '211',
    });
    expect(transfer.json<Accepted>().call).toBeNull();
    const ringing = await postEvent(t.app, {
      callId,
      event: 'ringing',
      at: after(t0, 0),
      caller: '+84912000444',
      called: DEMO_LINE,
    });
    expect(ringing.json<Accepted>().call?.status).toBe('transferred');
    const row = (await callRow(callId))!;
    expect(row.legs.map((l) => [l.extension, l.staffName])).toEqual([
      ['200', 'Nguyễn Thị Thu'],
      ['211', 'Hoàng Văn Minh'],
    ]);
  });
});

describe('events of one call arriving together', () => {
  it('fold with each other whatever the interleaving (one lock per call)', async () => {
    const t0 = Date.now() - 90_000;
    const ids = [newCallId('together'), newCallId('together'), newCallId('together')];
    await Promise.all(
      ids.flatMap((callId) => [
        postEvent(t.app, {
          callId,
          event: 'ringing',
          at: after(t0, 0),
          caller: '0912000666',
          called: DEMO_LINE,
        }),
        postEvent(t.app, { callId, event: 'answered', at: after(t0, 4), extension: '200' }),
        postEvent(t.app, {
          callId,
          event: 'transferred',
          at: after(t0, 20),
          extension: '200',
          toExtension: '212',
        }),
        postEvent(t.app, { callId, event: 'hangup', at: after(t0, 90), durationSeconds: 90 }),
      ]),
    );
    for (const callId of ids) {
      const row = (await callRow(callId))!;
      expect(row.status, callId).toBe('ended');
      expect(row.legs.map((l) => l.extension)).toEqual(['200', '212']);
      expect(await countEvents(callId)).toBe(4);
    }
  });
});

describe('bad input: a 4xx with a code, nothing stored', () => {
  const ring = (callId: string, extra: Record<string, unknown> = {}) => ({
    callId,
    event: 'ringing',
    at: new Date().toISOString(),
    caller: '0912000555',
    called: DEMO_LINE,
    ...extra,
  });

  it('refuses a malformed caller number and accepts a landline', async () => {
    const bad = newCallId();
    const res = await postEvent(t.app, ring(bad, { caller: '12345' }));
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error).toMatchObject({
      code: 'HOTLINE_PHONE_INVALID',
      fields: [{ field: 'caller' }],
    });
    expect(await countEvents(bad)).toBe(0);
    const landline = newCallId();
    expect((await postEvent(t.app, ring(landline, { caller: '0237 3851 999' }))).statusCode).toBe(200);
    expect((await callRow(landline))?.phone).toBe('+842373851999');
  });

  it('keeps a call from a hidden number, and queues no callback when it is missed', async () => {
    const callId = newCallId();
    const t0 = Date.now() - 60_000;
    expect((await postEvent(t.app, ring(callId, { caller: 'anonymous', at: after(t0, 0) }))).statusCode).toBe(
      200,
    );
    const hangup = await postEvent(t.app, {
      callId,
      event: 'hangup',
      at: after(t0, 20),
      durationSeconds: 20,
    });
    expect(hangup.json<Accepted>().call?.status).toBe('missed');
    const row = (await callRow(callId))!;
    expect(row.phone).toBe('withheld');
    expect(await callbacksOf(row.id)).toEqual([]);
  });

  it('refuses a number that is no line and an unknown extension', async () => {
    const noLine = newCallId();
    const res = await postEvent(t.app, ring(noLine, { called: '0237 3000 000' }));
    expect(res.json<ErrorBody>().error.code).toBe('HOTLINE_LINE_UNKNOWN');
    expect(await countEvents(noLine)).toBe(0);
    const callId = newCallId();
    await postEvent(t.app, ring(callId));
    const unknown = await postEvent(t.app, {
      callId,
      event: 'answered',
      at: new Date().toISOString(),
      extension: '999',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorBody>().error).toMatchObject({
      code: 'HOTLINE_EXTENSION_UNKNOWN',
      fields: [{ field: 'extension' }],
    });
    // 221 is a specialist of xã Đông Khê: not an extension of this call's unit.
    const otherUnit = await postEvent(t.app, {
      callId,
      event: 'transferred',
      at: new Date().toISOString(),
      extension: '200',
      toExtension: '221',
    });
    expect(otherUnit.json<ErrorBody>().error).toMatchObject({
      code: 'HOTLINE_EXTENSION_UNKNOWN',
      fields: [{ field: 'toExtension' }],
    });
    expect(await countEvents(callId)).toBe(1);
  });

  it('refuses missing fields, bad instants, unknown properties, bad JSON and oversized bodies', async () => {
    const callId = newCallId();
    const missing = await postEvent(t.app, {
      callId,
      event: 'ringing',
      at: new Date().toISOString(),
      called: DEMO_LINE,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<ErrorBody>().error).toMatchObject({
      code: 'HOTLINE_EVENT_INVALID',
      fields: [{ field: 'caller' }],
    });
    const noZone = await postEvent(t.app, ring(callId, { at: '2026-12-03T09:00:00' }));
    expect(noZone.json<ErrorBody>().error.fields?.[0]?.field).toBe('at');
    const extra = await postEvent(t.app, ring(callId, { secretField: 1 }));
    expect(extra.json<ErrorBody>().error.code).toBe('VALIDATION_FAILED');
    const badJson = await postEvent(t.app, '{"callId":');
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json<ErrorBody>().error.code).toBe('HOTLINE_EVENT_INVALID');
    const big = await postEvent(t.app, ring(callId, { caller: '0912000555', padding: 'x'.repeat(5000) }));
    expect(big.statusCode).toBe(413);
    expect(await countEvents(callId)).toBe(0);
  });

  it('leaves the JSON parsing of other routes alone', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': '198.18.200.1' },
      payload: { username: 'tongdai.dongtien', password: 'wrong-password' },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('back-pressure', () => {
  let busy: TestApp;
  beforeAll(async () => {
    busy = await openTestApp({ demo: true, env: { HOTLINE_EVENTS_IN_FLIGHT: '1' } });
  });
  afterAll(() => busy.close());

  const ringing = (callId: string) => ({
    callId,
    event: 'ringing',
    at: new Date().toISOString(),
    caller: '0912 000 222',
    called: DEMO_LINE,
  });

  it('answers 503 HOTLINE_BUSY with Retry-After beyond the limit, and takes the event when it is sent again', async () => {
    const ids = Array.from({ length: 6 }, () => newCallId('burst'));
    const first = await Promise.all(ids.map((id) => postEvent(busy.app, ringing(id))));
    const refused = ids.filter((_, i) => first[i]!.statusCode === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(first.filter((r) => r.statusCode === 200).length).toBeGreaterThan(0);
    for (const r of first.filter((x) => x.statusCode === 503)) {
      expect(r.headers['retry-after']).toBe('1');
      expect(r.json<ErrorBody>().error.code).toBe('HOTLINE_BUSY');
    }
    // One at a time, as a bridge resends them: every slot was given back.
    for (const id of refused) expect((await postEvent(busy.app, ringing(id))).statusCode).toBe(200);
    const calls = await busy.database.db
      .selectFrom('hotline_calls')
      .select('pbx_call_id')
      .where('pbx_call_id', 'in', ids)
      .execute();
    expect(calls).toHaveLength(6);
  });

  it('gives the slot back after a refused event', async () => {
    const unsigned = await postEvent(busy.app, ringing(newCallId('unsigned')), { signature: null });
    expect(unsigned.statusCode).toBe(401);
    const bad = await postEvent(busy.app, '{"callId":', {});
    expect(bad.statusCode).toBe(400);
    expect((await postEvent(busy.app, ringing(newCallId('after')))).statusCode).toBe(200);
  });
});
