/**
 * What a citizen who submitted online receives at the end: the result_ready SMS (as queued to their phone) asks
 * them to bring their identity card and the originals, not a paper receipt they never had, while a desk applicant's
 * still asks for the receipt; and once the result is handed over, "Giấy tờ của tôi" lists it as a record — what it
 * is, its number and dates, the dossier — to the applicant only.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { loginAs } from '../../../test/auth.js';
import type { MyDocuments, Submitted } from '../../contracts/citizen-submission.js';
import { getAs, signInCitizen } from './citizen-test-utils.js';
import { dataDir, pdf, readyDraft, send, upload } from './submission-test-utils.js';

const t = useTestApp({ env: { DATA_DIR: dataDir() } });
const PHONE = '0912 300 151';
const NUMBER = '152/2026/GKS-UBND';

/** A birth registration submitted online by PHONE; its code. */
async function submitted(h: Record<string, string>): Promise<string> {
  const draft = await readyDraft(t, h);
  for (const p of [1, 2, 3]) {
    const r = await upload(t, `/api/citizen/drafts/${draft.id}/files?position=${p}`, h, `p${p}.pdf`, pdf());
    expect(r.statusCode, r.body).toBe(201);
  }
  const res = await send(t, 'POST', `/api/citizen/drafts/${draft.id}/submit`, h);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Submitted>().code;
}

/** Takes the dossier through the officers' steps, each by the role that does it. */
async function steps(code: string, list: [user: string, action: string, note?: string][]) {
  for (const [user, action, note] of list) {
    const who = await loginAs(t.app, user);
    const detail = await getAs(t, `/api/dossiers/${code}`, who.headers);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/actions`,
      ...who,
      payload: {
        action,
        expectedVersion: detail.json<{ version: number }>().version,
        idempotencyKey: randomUUID(),
        ...(note ? { note } : {}),
      },
    });
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  }
}

const toResult: [string, string, string?][] = [
  ['lanhdao.dongtien', 'assign'],
  ['chuyenvien.dongtien', 'appraise', 'Đủ điều kiện'],
  ['lanhdao.dongtien', 'approve'],
  ['chuyenvien.dongtien', 'record_result', NUMBER],
  ['tiepnhan.dongtien', 'notify_result'],
];

async function smsOf(code: string, event: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('notifications as n')
    .innerJoin('dossiers as d', 'd.id', 'n.dossier_id')
    .select(['n.body', 'n.channel'])
    .where('d.code', '=', code)
    .where('n.event', '=', event)
    .executeTakeFirstOrThrow();
  expect(row.channel).toBe('sms');
  return row.body;
}

describe('the end of an online dossier, for the citizen', () => {
  it('result_ready: an online applicant brings identity and originals, never the receipt', async () => {
    const h = await signInCitizen(t, PHONE);
    const code = await submitted(h);
    await steps(code, [['tiepnhan.dongtien', 'receive'], ...toResult]);
    const sms = await smsOf(code, 'result_ready');
    expect(sms).toContain(`Ho so ${code} da co ket qua.`);
    expect(sms).toContain('mang theo can cuoc va ban chinh cac giay to da nop truc tuyen de doi chieu.');
    expect(sms).not.toContain('giay hen');

    // "Giấy tờ của tôi" has no result before it is handed over; then lists it as a record.
    const before = (await getAs(t, '/api/citizen/documents', h)).json<MyDocuments>();
    expect(before.results.map((r) => r.dossier.code)).not.toContain(code);
    await steps(code, [['tiepnhan.dongtien', 'return_result']]);
    const docs = await getAs(t, '/api/citizen/documents', h);
    expect(docs.statusCode).toBe(200);
    const result = docs.json<MyDocuments>().results.find((r) => r.dossier.code === code);
    expect(result).toMatchObject({
      name: expect.stringMatching(/khai sinh/i) as string,
      number: NUMBER,
      dossier: { code, procedureName: 'Đăng ký khai sinh' },
    });
    expect(Date.parse(result!.returnedAt!)).toBeGreaterThanOrEqual(Date.parse(result!.recordedAt!));
    // The papers submitted stay listed beside it.
    expect(docs.json<MyDocuments>().items.filter((d) => d.dossier.code === code)).toHaveLength(3);
  });

  it('result_ready: a desk applicant still brings the receipt', async () => {
    const officer = await loginAs(t.app, 'tiepnhan.dongtien');
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      ...officer,
      payload: {
        procedureCode: '1.001193',
        applicant: { name: 'Lò Văn Tám', phone: '0912300152', idNumber: '038195012152' },
        documents: [0, 1, 2, 3].map((index) => ({ index, originals: 1, copies: 0 })),
        notApplicable: [4, 5, 6, 7],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const code = made.json<{ dossier: { code: string } }>().dossier.code;
    await steps(code, toResult);
    expect(await smsOf(code, 'result_ready')).toContain('trong gio lam viec, mang theo giay hen.');
  });

  it('results are the applicant’s only: another citizen sees none of them, no session is a 401', async () => {
    const other = await signInCitizen(t, '0912 300 153');
    const docs = (await getAs(t, '/api/citizen/documents', other)).json<MyDocuments>();
    expect(docs).toEqual({ items: [], results: [] });
    expect((await getAs(t, '/api/citizen/documents', {})).statusCode).toBe(401);
  });
});
