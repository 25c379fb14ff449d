/**
 * The public kiosk cannot be flooded cheaply: a burst of fake tickets from rotating addresses is stopped per unit
 * (KIOSK_BUSY) and does not push the lobby's wait estimate to two hours; one waiting ticket per phone; the route's
 * per-address limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { testClientAddress } from '../../../test/auth.js';
import { KIOSK_TICKETS_PER_MINUTE } from '../../services/queue/kiosk-limits.js';

type ErrorBody = { error: { code: string; message: string } };
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
});
afterAll(() => t.close());

const take = (agency: string, payload: Record<string, unknown>, address = testClientAddress()) =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/queue/${agency}/tickets`,
    headers: { 'x-forwarded-for': address },
    payload,
  });

describe('kiosk limits', () => {
  it('gives one waiting ticket per phone at a unit', async () => {
    const first = await take('H56.10.01', { fieldCode: 'HT', phone: '0917 000 001' });
    expect(first.statusCode, first.body).toBe(201);
    const second = await take('H56.10.01', { fieldCode: 'HT', phone: '0917000001' });
    expect(second.statusCode).toBe(409);
    expect(second.json<ErrorBody>().error).toMatchObject({ code: 'TICKET_PHONE_WAITING' });
    expect(second.json<ErrorBody>().error.message).toContain(first.json<{ number: string }>().number);
    expect((await take('H56.10.01', { fieldCode: 'HT', phone: '0917000002' })).statusCode).toBe(201);
  });

  it('stops a burst of fake tickets per unit, and the estimate does not believe the burst', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await take('H56.10.01', { fieldCode: 'HT' })).statusCode);
    // The phone test's two tickets were taken at this unit in the same minute.
    expect(statuses.filter((s) => s === 201)).toHaveLength(KIOSK_TICKETS_PER_MINUTE - 2);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - KIOSK_TICKETS_PER_MINUTE + 2);
    const busy = await take('H56.10.01', { fieldCode: 'HT' });
    expect(busy.json<ErrorBody>().error).toMatchObject({ code: 'KIOSK_BUSY' });
    expect(busy.json<ErrorBody>().error.message).toMatch(/thử lại sau/);
    const kiosk = await t.app.inject({ method: 'GET', url: '/api/public/queue/H56.10.01/kiosk' });
    const ht = kiosk
      .json<{ fields: { code: string; waiting: number; waitMinutes: number }[] }>()
      .fields.find((f) => f.code === 'HT')!;
    expect(ht.waiting).toBe(KIOSK_TICKETS_PER_MINUTE);
    // Counted at face value: (12 + 1) × 6 minutes = 78; a burst counts as at most 4 a minute (two minutes at most).
    expect(ht.waitMinutes).toBeLessThanOrEqual(54);
    // Another unit's kiosk is not affected.
    expect((await take('000.00.21.H56', { fieldCode: 'DD' })).statusCode).toBe(201);
  });

  it('limits one address', async () => {
    const address = testClientAddress();
    const codes: number[] = [];
    const errors: string[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await take('000.00.21.H56', { fieldCode: 'DD' }, address);
      codes.push(res.statusCode);
      if (res.statusCode !== 201) errors.push(res.json<ErrorBody>().error.code);
    }
    expect(codes.slice(0, 10).every((c) => c === 201)).toBe(true);
    expect(codes[20]).toBe(429);
    expect(errors.at(-1)).toBe('RATE_LIMITED');
  });
});
