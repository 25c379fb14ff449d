/**
 * The tracking budget as an attacker rotating addresses meets it (issue 13): at most a handful of last-4 guesses
 * per code and day, whatever the number of addresses; the owner's full number still works; the owner is told once
 * by SMS; known and unknown codes answer alike in shape and time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TRACKING_BUDGET } from '../../domain/dossier/tracking-budget.js';
import { birth, useDossierApp, type Failure, type Intake } from '../dossier/dossier-test-utils.js';

const { ctx, receive } = useDossierApp();

let code = '';
const track = (c: string, phone: string, address: string) =>
  ctx.t.app.inject({
    url: `/api/track/${encodeURIComponent(c)}?phone=${encodeURIComponent(phone)}`,
    headers: { 'x-forwarded-for': address },
  });
const address = (n: number) => `198.51.100.${n}`;

const messagesTo = (dossierCode: string) =>
  ctx.t.database.db
    .selectFrom('notifications')
    .selectAll()
    .where('event', '=', 'tracking_guarded')
    .where('body', 'like', `%${dossierCode}%`)
    .execute();

beforeAll(async () => {
  const res = await receive(birth());
  expect(res.statusCode, res.body).toBe(201);
  code = res.json<Intake>().dossier.code;
});

describe('tracking budget', () => {
  it('from 254 addresses, at most a handful of last-4 guesses are checked per code; the full phone still works', async () => {
    // 254 addresses, one guess each, walking through the 4-digit endings; the right one (5678) comes late.
    const outcomes = new Map<string, number>();
    let found = 0;
    for (let n = 1; n <= 254; n++) {
      const guess = n === 200 ? '5678' : String(1000 + n);
      const res = await track(code, guess, address(n));
      if (res.statusCode === 200) found += 1;
      const key = `${res.statusCode} ${res.json<Failure>().error?.code ?? ''}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    expect(found).toBe(0);
    // The guesses checked (and found wrong) are the budget; every later one was refused unchecked.
    expect(outcomes.get('404 DOSSIER_NOT_FOUND')).toBe(TRACKING_BUDGET.freeWrong);
    expect(outcomes.get('400 FULL_PHONE_REQUIRED')).toBe(254 - TRACKING_BUDGET.freeWrong);
    expect(TRACKING_BUDGET.freeWrong).toBeLessThanOrEqual(5);

    // The owner, with the full number in either form, still finds the dossier.
    for (const phone of ['0912345678', '+84 912 345 678']) {
      expect((await track(code, phone, address(255))).statusCode).toBe(200);
    }
    // The refused answer names the phone field, in Vietnamese.
    const refused = await track(code, '5678', address(255));
    expect(refused.json<Failure>()).toMatchObject({
      error: { code: 'FULL_PHONE_REQUIRED', fields: [{ field: 'phone' }] },
    });
    expect(refused.json<Failure>().error.message).toMatch(/nhập đầy đủ số điện thoại/);

    // The applicant was told once, without any digit of the guesses.
    const messages = await messagesTo(code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ channel: 'sms', recipient: '+84912345678' });
    const body = messages[0]!.body;
    // As the citizen reads it: SMS go without diacritics.
    expect(body).toMatch(/tra cuu voi so dien thoai sai nhieu lan/);
    const digits = body.replace(code, '');
    for (let n = 1; n <= 254; n++) expect(digits).not.toContain(String(1000 + n));
  });

  it('other codes keep the last-4 convenience', async () => {
    const other = (await receive(birth())).json<Intake>().dossier.code;
    expect((await track(other, '5678', address(1))).statusCode).toBe(200);
  });

  it('an unknown code spends its budget alike: same answers, in the same order', async () => {
    const unknown = 'H56.10.01-010101-4242';
    const known = (await receive(birth())).json<Intake>().dossier.code;
    for (let n = 0; n < TRACKING_BUDGET.freeWrong + 2; n++) {
      const a = await track(unknown, String(2000 + n), address(n + 1));
      const b = await track(known, String(2000 + n), address(n + 1));
      expect(a.statusCode).toBe(b.statusCode);
      expect(a.body).toBe(b.body);
    }
  });

  it('answers known and unknown codes in the same time', async () => {
    const known = (await receive(birth())).json<Intake>().dossier.code;
    const unknowns = Array.from({ length: 3 }, (_, i) => `H56.10.01-010101-${7000 + i}`);
    const samples: { known: number[]; unknown: number[] } = { known: [], unknown: [] };
    // Full wrong numbers (counted, never refused), interleaved so that the machine's load falls on both alike.
    for (let round = 0; round < 61; round++) {
      for (const kind of ['known', 'unknown'] as const) {
        const c = kind === 'known' ? known : unknowns[round % 3]!;
        const started = process.hrtime.bigint();
        const res = await track(c, `09870000${String(round).padStart(2, '0')}`, address(100 + (round % 50)));
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        expect(res.statusCode).toBe(404);
        if (round > 0) samples[kind].push(ms);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const mad = (xs: number[]) => median(xs.map((x) => Math.abs(x - median(xs))));
    const difference = Math.abs(median(samples.known) - median(samples.unknown));
    const noise = Math.max(mad(samples.known), mad(samples.unknown));
    expect(
      difference,
      JSON.stringify({ known: median(samples.known), unknown: median(samples.unknown), noise }),
    ).toBeLessThan(Math.max(2 * noise, 0.5));
  });
});
