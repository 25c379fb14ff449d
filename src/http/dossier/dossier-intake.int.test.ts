/**
 * Dossier intake through HTTP on the demo data: codes of the day and due dates, supplement requests listing every
 * missing document, refusals, bad input, codes under concurrency, a failed transaction leaving nothing behind, and
 * online submission.
 */
import { describe, expect, it } from 'vitest';
import { testClientAddress } from '../../../test/auth.js';
import type { Static } from 'typebox';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import { receiveDossier } from '../../services/dossier/intake/intake.js';
import { receptionOfficer } from '../../../test/acting.js';
import {
  BIRTH,
  birth,
  birthDocumentStates,
  codeOf,
  key,
  step,
  today,
  useDossierApp,
  type Acted,
  type Detail,
  type Failure,
  type Intake,
} from './dossier-test-utils.js';
import type { DossierSummary } from '../../contracts/dossier.js';
import { onlineCode } from './online-test-utils.js';

const { ctx, receive, act } = useDossierApp();

describe('desk intake', () => {
  it('gives a birth registration at Đông Tiến a code of the day and a due date', async () => {
    const res = await receive(birth());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<Intake>();
    expect(body.outcome).toBe('receipt');
    expect(body.dossier.code).toBe(`H56.10.01-${today()}-0001`);
    expect(body.dossier).toMatchObject({ status: 'received', statusKey: 'new', version: 1 });
    expect(Date.parse(body.dossier.dueAt ?? '')).toBeGreaterThan(Date.parse(body.dossier.receivedAt ?? ''));
    const detail = await ctx.t.app.inject({
      url: `/api/dossiers/${body.dossier.code}`,
      ...ctx.as['chuyenvien.dongtien'],
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json<Detail>().applicant).toMatchObject({
      phone: '+84912345678',
      idNumber: '038195012345',
    });
    expect(detail.json<Detail>().documents.map((d: { state: string }) => d.state)).toEqual(
      birthDocumentStates,
    );
    expect(detail.json<Detail>().history).toHaveLength(1);
  });

  it('keeps one person per ID number, brought up to date, and one per phone and name without it', async () => {
    const { db } = ctx.t.database;
    const id = '038195099001';
    const first = await receive(
      birth({ applicant: { name: 'Trần Văn Cũ', phone: '0912000001', idNumber: id } }),
    );
    const second = await receive(
      birth({ applicant: { name: 'Trần Văn Mới', phone: '0912000002', idNumber: id, address: 'Thôn 3' } }),
    );
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    const people = await db.selectFrom('persons').selectAll().where('id_number', '=', id).execute();
    expect(people.map((p) => [p.full_name, p.phone, p.address])).toEqual([
      ['Trần Văn Mới', '+84912000002', 'Thôn 3'],
    ]);
    const owners = await db
      .selectFrom('dossiers')
      .select('applicant_id')
      .where('code', 'in', [codeOf(first), codeOf(second)])
      .execute();
    expect(owners.map((o) => o.applicant_id)).toEqual([people[0]!.id, people[0]!.id]);

    const noId = { name: 'Phạm Thị Không Số', phone: '0912000003' };
    expect((await receive(birth({ applicant: noId }))).statusCode).toBe(201);
    expect((await receive(birth({ applicant: noId }))).statusCode).toBe(201);
    const byPhone = await db.selectFrom('persons').select('id').where('phone', '=', '+84912000003').execute();
    expect(byPhone).toHaveLength(1);
  });

  it('lists every missing document at once in a supplement request', async () => {
    const res = await receive(birth({ documents: [{ index: 0, originals: 1, copies: 0 }] }));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<Intake>();
    expect(body.outcome).toBe('supplement');
    expect(body.dossier.status).toBe('supplement_requested');
    expect(body.dossier.dueAt).toBeNull();
    expect(body.missing.map((m: { index: number }) => m.index)).toEqual([1, 2, 3]);
    expect(body.missing[0]?.name).toBe('Giấy chứng sinh');
  });

  it('receives the supplement only once every missing document is back, then starts the clock', async () => {
    const first = (
      await receive(birth({ documents: [{ index: 0, originals: 1, copies: 0 }] }))
    ).json<Intake>();
    const code = first.dossier.code;
    const early = await act(
      code,
      'tiepnhan.dongtien',
      step('receive_supplement', 1, {
        documents: [{ index: 1, originals: 1, copies: 0 }],
      }),
    );
    expect(early.statusCode).toBe(409);
    expect(early.json<Failure & { error: { missing: { index: number }[] } }>().error).toMatchObject({
      code: 'DOCUMENTS_STILL_MISSING',
      missing: [{ index: 2 }, { index: 3 }],
    });
    const done = await act(
      code,
      'tiepnhan.dongtien',
      step('receive_supplement', 1, {
        documents: [1, 2, 3].map((index) => ({ index, originals: 1, copies: 0 })),
      }),
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<Acted>().dossier).toMatchObject({ status: 'received', version: 2 });
    expect(done.json<Acted>().dossier.dueAt).not.toBeNull();
    const detail = (
      await ctx.t.app.inject({ url: `/api/dossiers/${code}`, ...ctx.as['tiepnhan.dongtien'] })
    ).json<Detail>();
    expect(detail.documents.filter((d) => d.state === 'missing')).toEqual([]);
  });

  it('refuses with reasons', async () => {
    const res = await receive(birth({ refusalReasons: ['Không thuộc thẩm quyền giải quyết.'] }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      outcome: 'refusal',
      dossier: { status: 'refused', statusKey: 'denied' },
    });
  });

  it('names bad fields with a 400', async () => {
    const bad = await receive(birth({ applicant: { name: 'A', phone: '12345', idNumber: '999' } }));
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json<Failure>().error.fields ?? []).map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['applicant.phone', 'applicant.idNumber']));
    const missing = await receive({ procedureCode: BIRTH });
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json<Failure>().error.fields)).toContain('applicant');
    const badAction = await act(`H56.10.01-${today()}-0001`, 'chuyenvien.dongtien', { action: 'fly' });
    expect(badAction.statusCode).toBe(400);
  });

  it('gives 50 parallel receipts at one agency 50 distinct consecutive codes', async () => {
    const before = await ctx.t.database.db
      .selectFrom('dossier_code_counters')
      .select('last_number')
      .where('agency_id', '=', 'H56.10.01')
      .where('day', '=', todayInVietnam())
      .executeTakeFirstOrThrow();
    const results = await Promise.all(Array.from({ length: 50 }, () => receive(birth())));
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const numbers = results.map((r) => Number(codeOf(r).slice(-4))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(50);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => before.last_number + 1 + i));
  });

  it('answers one request sent five times at once with one dossier and one number', async () => {
    const counter = () =>
      ctx.t.database.db
        .selectFrom('dossier_code_counters')
        .select('last_number')
        .where('agency_id', '=', 'H56.10.01')
        .where('day', '=', todayInVietnam())
        .executeTakeFirstOrThrow();
    const before = await counter();
    const body = birth({ idempotencyKey: key() });
    const results = await Promise.all(Array.from({ length: 5 }, () => receive(body)));
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const codes = new Set(results.map((r) => codeOf(r)));
    expect(codes.size).toBe(1);
    // The requests that lost the race wrote nothing, not even a number: the next receipt's code follows on.
    expect((await counter()).last_number).toBe(before.last_number + 1);
    const next = await receive(birth());
    expect(Number(codeOf(next).slice(-4))).toBe(before.last_number + 2);
  });

  it('leaves no partial dossier when the transaction fails after the insert', async () => {
    const { db } = ctx.t.database;
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('dossiers')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const counter = await db
      .selectFrom('dossier_code_counters')
      .select('last_number')
      .where('agency_id', '=', 'H56.10.01')
      .where('day', '=', todayInVietnam())
      .executeTakeFirstOrThrow();
    const { acting } = await receptionOfficer(db, 'tiepnhan.dongtien', 'H56.10.01');
    let created = '';
    await expect(
      db.transaction().execute(async (trx) => {
        const r = await receiveDossier(
          trx,
          acting,
          birth({ applicant: { name: 'Người Thử Lỗi', phone: '0987654321' } }),
        );
        created = r.dossier.code;
        throw new Error('killed after the insert');
      }),
    ).rejects.toThrow('killed after the insert');
    expect(created).not.toBe('');
    expect(await count()).toBe(before);
    expect(
      await db.selectFrom('dossiers').select('id').where('code', '=', created).executeTakeFirst(),
    ).toBeUndefined();
    expect(
      await db.selectFrom('persons').select('id').where('full_name', '=', 'Người Thử Lỗi').executeTakeFirst(),
    ).toBeUndefined();
    const after = await db
      .selectFrom('dossier_code_counters')
      .select('last_number')
      .where('agency_id', '=', 'H56.10.01')
      .where('day', '=', todayInVietnam())
      .executeTakeFirstOrThrow();
    expect(after.last_number).toBe(counter.last_number);
  });
});

describe('online submission', () => {
  it('waits as "receiving" until a reception officer receives it', async () => {
    const res = await ctx.t.app.inject({
      method: 'POST',
      url: '/api/dossiers/online',
      headers: { 'x-forwarded-for': testClientAddress() },
      payload: {
        ...birth(),
        notApplicable: undefined,
        unit: 'H56.10.01',
        verification: await onlineCode(ctx.t, '091 234 5678'),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'submitted',
      statusKey: 'receiving',
      channel: 'online',
      dueAt: null,
    });
    const code = res.json<Static<typeof DossierSummary>>().code;
    const wrong = await act(code, 'chuyenvien.dongtien', step('receive', 1));
    expect(wrong.statusCode).toBe(403);
    const ok = await act(code, 'tiepnhan.dongtien', step('receive', 1));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Acted>().dossier).toMatchObject({ status: 'received', statusKey: 'new' });
    expect(ok.json<Acted>().dossier.dueAt).not.toBeNull();
  });
});
