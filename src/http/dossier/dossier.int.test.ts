/**
 * Dossier intake and actions through HTTP on the demo data: codes, due dates, supplement requests, concurrency,
 * idempotency, authorisation, and a failed transaction leaving nothing behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, testClientAddress, type LoggedIn } from '../../../test/auth.js';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import { foldActions } from '../../domain/dossier/lifecycle.js';
import { receiveDossier } from '../../services/dossier/intake.js';
import type { Static } from 'typebox';
import type { ActingContext } from '../../services/org/context.js';
import type {
  ActionResult,
  AllowedActions,
  DossierDetail,
  DossierSummary,
  Inbox,
  IntakeResult,
} from './schemas.js';

type Intake = Static<typeof IntakeResult>;
type Detail = Static<typeof DossierDetail>;
type Acted = Static<typeof ActionResult>;
interface Failure {
  error: { code: string; message: string; fields?: { field: string }[]; allowed?: string[] };
}

let t: TestApp;
const as: Record<string, LoggedIn> = {};
const users = [
  'tiepnhan.dongtien',
  'chuyenvien.dongtien',
  'lanhdao.dongtien',
  'admin.dongkhe',
  'tiepnhan.trungtam',
  'chuyenvien.thue',
];

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  for (const u of users) as[u] = await loginAs(t.app, u);
});
afterAll(() => t.close());

const BIRTH = '1.001193';
const today = () => todayInVietnam().replace(/^..(..)-(..)-(..)$/, '$1$2$3');
let keyNo = 0;
const key = () => `test-key-${Date.now()}-${++keyNo}`;

/** A complete birth registration: the declaration and birth certificate submitted, ID and residence shown. */
const birth = (extra: Record<string, unknown> = {}) => ({
  procedureCode: BIRTH,
  applicant: { name: 'Lê Thị Hoa', phone: '091 234 5678', idNumber: '038195012345' },
  documents: [
    { index: 0, originals: 1, copies: 0 },
    { index: 1, originals: 1, copies: 0 },
    { index: 2, originals: 1, copies: 0 },
    { index: 3, originals: 1, copies: 0 },
  ],
  notApplicable: [4, 5, 6],
  ...extra,
});

async function receive(payload: Record<string, unknown>, user = 'tiepnhan.dongtien') {
  return t.app.inject({ method: 'POST', url: '/api/dossiers', ...as[user], payload });
}

async function act(code: string, user: string, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/actions`, ...as[user], payload });
}

async function historyOf(code: string) {
  return t.database.db
    .selectFrom('dossier_actions as a')
    .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
    .select(['a.seq', 'a.action', 'a.actor_name', 'a.data'])
    .where('d.code', '=', code)
    .orderBy('a.seq')
    .execute();
}

describe('desk intake', () => {
  it('gives a birth registration at Đông Tiến a code of the day and a due date', async () => {
    const res = await receive(birth());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<Intake>();
    expect(body.outcome).toBe('receipt');
    expect(body.dossier.code).toBe(`H56.10.01-${today()}-0001`);
    expect(body.dossier).toMatchObject({ status: 'received', statusKey: 'new', version: 1 });
    expect(Date.parse(body.dossier.dueAt ?? '')).toBeGreaterThan(Date.parse(body.dossier.receivedAt ?? ''));
    const detail = await t.app.inject({
      url: `/api/dossiers/${body.dossier.code}`,
      ...as['chuyenvien.dongtien'],
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json<Detail>().applicant).toMatchObject({
      phone: '+84912345678',
      idNumber: '038195012345',
    });
    expect(detail.json<Detail>().documents.map((d: { state: string }) => d.state)).toEqual([
      'received',
      'received',
      'received',
      'received',
      'not_applicable',
      'not_applicable',
      'not_applicable',
    ]);
    expect(detail.json<Detail>().history).toHaveLength(1);
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
    const before = await t.database.db
      .selectFrom('dossier_code_counters')
      .select('last_number')
      .where('agency_id', '=', 'H56.10.01')
      .executeTakeFirstOrThrow();
    const results = await Promise.all(Array.from({ length: 50 }, () => receive(birth())));
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const numbers = results.map((r) => Number(r.json<Intake>().dossier.code.slice(-4))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(50);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => before.last_number + 1 + i));
  });

  it('leaves no partial dossier when the transaction fails after the insert', async () => {
    const { db } = t.database;
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
      .executeTakeFirstOrThrow();
    const staff = await db
      .selectFrom('staff')
      .select(['id', 'full_name'])
      .where('username', '=', 'tiepnhan.dongtien')
      .executeTakeFirstOrThrow();
    const unit = await db
      .selectFrom('units')
      .select(['id', 'path'])
      .where('agency_id', '=', 'H56.10.01')
      .executeTakeFirstOrThrow();
    const ctx: ActingContext = {
      requestId: 'test',
      actor: {
        id: staff.id,
        username: 'tiepnhan.dongtien',
        fullName: staff.full_name,
        roles: [{ role: 'reception_officer', unitId: unit.id, unitPath: unit.path }],
      },
    };
    let created = '';
    await expect(
      db.transaction().execute(async (trx) => {
        const r = await receiveDossier(
          trx,
          ctx,
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
      .executeTakeFirstOrThrow();
    expect(after.last_number).toBe(counter.last_number);
  });
});

describe('actions', () => {
  it('serves two officers acting at once: one succeeds, the other gets 409, one entry in the history', async () => {
    const code = (await receive(birth())).json<Intake>().dossier.code;
    const [a, b] = await Promise.all([
      act(code, 'tiepnhan.dongtien', {
        action: 'request_supplement',
        expectedVersion: 1,
        idempotencyKey: key(),
        note: 'Thiếu giấy chứng sinh',
      }),
      act(code, 'chuyenvien.dongtien', {
        action: 'request_supplement',
        expectedVersion: 1,
        idempotencyKey: key(),
        note: 'Thiếu giấy tờ',
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json<Failure>().error.code).toBe('VERSION_CONFLICT');
    const history = await historyOf(code);
    expect(history.map((h) => h.action)).toEqual(['receive', 'request_supplement']);
  });

  it('answers a retry with the same key with the same result and no second entry', async () => {
    const code = (await receive(birth())).json<Intake>().dossier.code;
    const payload = { action: 'assign', expectedVersion: 1, idempotencyKey: key() };
    const first = await act(code, 'lanhdao.dongtien', payload);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<Acted>()).toMatchObject({
      replayed: false,
      dossier: { status: 'in_appraisal', version: 2 },
    });
    const again = await act(code, 'lanhdao.dongtien', payload);
    expect(again.statusCode).toBe(200);
    expect(again.json<Acted>()).toMatchObject({
      replayed: true,
      dossier: { status: 'in_appraisal', version: 2 },
    });
    expect(await historyOf(code)).toHaveLength(2);
    const reused = await act(code, 'lanhdao.dongtien', {
      ...payload,
      action: 'stop',
      note: 'x',
      expectedVersion: 2,
    });
    expect(reused.statusCode).toBe(409);
    expect(reused.json<Failure>().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses an action the table forbids with 409 naming the allowed actions', async () => {
    const code = (await receive(birth())).json<Intake>().dossier.code;
    const res = await act(code, 'lanhdao.dongtien', {
      action: 'approve',
      expectedVersion: 1,
      idempotencyKey: key(),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<Failure>().error.code).toBe('ACTION_NOT_ALLOWED');
    expect(res.json<Failure>().error.allowed).toContain('assign');
    const allowed = await t.app.inject({
      url: `/api/dossiers/${code}/allowed-actions`,
      ...as['lanhdao.dongtien'],
    });
    expect(allowed.json<Static<typeof AllowedActions>>()).toMatchObject({ status: 'received', version: 1 });
    expect(allowed.json<Static<typeof AllowedActions>>().mine).toContain('assign');
    expect(allowed.json<Static<typeof AllowedActions>>().mine).not.toContain('receive_supplement');
  });

  it('walks a dossier to the returned result, transferring to the Tax office and back', async () => {
    const code = (await receive(birth())).json<Intake>().dossier.code;
    const steps: [string, Record<string, unknown>][] = [
      ['lanhdao.dongtien', { action: 'assign' }],
      ['chuyenvien.dongtien', { action: 'transfer', toUnit: '000.00.22.H56' }],
      ['chuyenvien.thue', { action: 'transfer_back' }],
      ['chuyenvien.dongtien', { action: 'appraise', note: 'Đủ điều kiện' }],
      ['lanhdao.dongtien', { action: 'approve' }],
      ['chuyenvien.dongtien', { action: 'record_result' }],
      ['tiepnhan.dongtien', { action: 'notify_result' }],
      ['tiepnhan.dongtien', { action: 'return_result' }],
    ];
    let version = 1;
    for (const [user, payload] of steps) {
      const res = await act(code, user, { ...payload, expectedVersion: version, idempotencyKey: key() });
      expect(res.statusCode, `${user} ${String(payload.action)}: ${res.body}`).toBe(200);
      version = res.json<Acted>().dossier.version;
      if (payload.action === 'transfer') {
        expect(res.json<Acted>().dossier).toMatchObject({
          statusKey: 'interoperating',
          handlingUnit: { agencyId: '000.00.22.H56' },
        });
      }
    }
    const detail = (
      await t.app.inject({ url: `/api/dossiers/${code}`, ...as['tiepnhan.dongtien'] })
    ).json<Detail>();
    expect(detail).toMatchObject({ status: 'returned', statusKey: 'done', version: 9, allowedActions: [] });
    expect(detail.finishedAt).not.toBeNull();
  });
});

describe('online submission', () => {
  it('waits as "receiving" until a reception officer receives it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers/online',
      headers: { 'x-forwarded-for': testClientAddress() },
      payload: { ...birth(), notApplicable: undefined, unit: 'H56.10.01' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'submitted',
      statusKey: 'receiving',
      channel: 'online',
      dueAt: null,
    });
    const code = res.json<Static<typeof DossierSummary>>().code;
    const wrong = await act(code, 'chuyenvien.dongtien', {
      action: 'receive',
      expectedVersion: 1,
      idempotencyKey: key(),
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await act(code, 'tiepnhan.dongtien', {
      action: 'receive',
      expectedVersion: 1,
      idempotencyKey: key(),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Acted>().dossier).toMatchObject({ status: 'received', statusKey: 'new' });
    expect(ok.json<Acted>().dossier.dueAt).not.toBeNull();
  });
});

describe('authorisation', () => {
  it('keeps other units and anonymous callers out', async () => {
    const code = (await receive(birth())).json<Intake>().dossier.code;
    for (const user of ['admin.dongkhe', 'tiepnhan.trungtam']) {
      const read = await t.app.inject({ url: `/api/dossiers/${code}`, ...as[user] });
      expect(read.statusCode, user).toBe(403);
      const write = await act(code, user, {
        action: 'withdraw',
        note: 'x',
        expectedVersion: 1,
        idempotencyKey: key(),
      });
      expect(write.statusCode, user).toBe(403);
    }
    expect((await receive(birth(), 'chuyenvien.dongtien')).statusCode).toBe(403);
    const anon = await t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/actions`, payload: {} });
    expect(anon.statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/dossiers' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/dossiers', payload: birth() })).statusCode).toBe(
      401,
    );
  });

  it('lets only the role the table names act, and only in the unit holding the dossier', async () => {
    const matrix: [string, Record<string, unknown>, string][] = [
      ['assign', {}, 'lanhdao.dongtien'],
      ['withdraw', { note: 'Người nộp rút hồ sơ' }, 'tiepnhan.dongtien'],
      ['transfer', { toUnit: '000.00.22.H56' }, 'chuyenvien.dongtien'],
    ];
    for (const [action, extra, allowed] of matrix) {
      const code = (await receive(birth())).json<Intake>().dossier.code;
      const others = users.filter(
        (u) => u !== allowed && !(action === 'transfer' && u === 'lanhdao.dongtien'),
      );
      for (const user of others) {
        const res = await act(code, user, { action, ...extra, expectedVersion: 1, idempotencyKey: key() });
        expect(res.statusCode, `${user} ${action}`).toBe(403);
      }
      const ok = await act(code, allowed, { action, ...extra, expectedVersion: 1, idempotencyKey: key() });
      expect(ok.statusCode, `${allowed} ${action}: ${ok.body}`).toBe(200);
    }
  });

  it("lists the inbox of the actor's units with counts, and nothing of other units", async () => {
    const code = (await receive(birth())).json<Intake>().dossier.code;
    const res = await t.app.inject({ url: '/api/dossiers', ...as['tiepnhan.dongtien'] });
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json<Static<typeof Inbox>>();
    expect(mine.counts.total).toBeGreaterThan(0);
    expect(mine.items.map((i: { code: string }) => i.code)).toContain(code);
    const riskOrder = ['overdue', 'due_today', 'due_soon', 'on_track', 'no_deadline'];
    const ranks = mine.items.map((i: { risk: string }) => riskOrder.indexOf(i.risk));
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => a - b));
    expect(
      mine.items.every(
        (i: { receivingUnit: { agencyId: string } }) => i.receivingUnit.agencyId === 'H56.10.01',
      ),
    ).toBe(true);
    const other = (await t.app.inject({ url: '/api/dossiers', ...as['admin.dongkhe'] })).json<
      Static<typeof Inbox>
    >();
    expect(other.counts.total).toBe(0);
  });
});

describe('history and clock', () => {
  it('answers two concurrent intakes with the same key with one dossier', async () => {
    const idempotencyKey = key();
    const [a, b] = await Promise.all([
      receive(birth({ idempotencyKey })),
      receive(birth({ idempotencyKey })),
    ]);
    expect(a.statusCode, a.body).toBe(201);
    expect(b.statusCode, b.body).toBe(201);
    expect(a.json<Intake>().dossier.code).toBe(b.json<Intake>().dossier.code);
    const rows = await t.database.db
      .selectFrom('dossier_actions')
      .select('id')
      .where('idempotency_key', '=', idempotencyKey)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('keeps the log append-only, and folding it gives the stored state', async () => {
    const code = (await receive(birth())).json<Intake>().dossier.code;
    await act(code, 'lanhdao.dongtien', { action: 'assign', expectedVersion: 1, idempotencyKey: key() });
    const { db } = t.database;
    await expect(db.updateTable('dossier_actions').set({ note: 'sửa' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.deleteFrom('dossier_actions').execute()).rejects.toThrow(/append-only/);
    const stored = await db
      .selectFrom('dossiers')
      .select(['state', 'status', 'version'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect(foldActions(await historyOf(code))).toEqual(stored.state);
    expect(stored).toMatchObject({ status: 'in_appraisal', version: 2 });
  });

  it('pauses the clock on a supplement request, runs it again when the documents come, and extends once', async () => {
    const code = (
      await receive(
        birth({
          procedureCode: '1.004884',
          notApplicable: [],
          documents: [0, 1, 2, 3, 4, 5].map((index) => ({ index, originals: 1, copies: 1 })),
        }),
      )
    ).json<Intake>().dossier;
    expect(code.status, JSON.stringify(code)).toBe('received');
    const due = Date.parse(code.dueAt ?? '');
    const asked = await act(code.code, 'tiepnhan.dongtien', {
      action: 'request_supplement',
      expectedVersion: 1,
      idempotencyKey: key(),
      note: 'Thiếu bản sao',
    });
    expect(asked.json<Acted>().dossier).toMatchObject({
      status: 'supplement_requested',
      statusKey: 'waiting',
      dueAt: null,
    });
    const back = await act(code.code, 'tiepnhan.dongtien', {
      action: 'receive_supplement',
      expectedVersion: 2,
      idempotencyKey: key(),
    });
    expect(back.json<Acted>().dossier.status).toBe('received');
    const newDue = Date.parse(back.json<Acted>().dossier.dueAt ?? '');
    expect(newDue).toBeGreaterThanOrEqual(due);
    const later = new Date(newDue + 10 * 86_400_000).toISOString();
    const ext = await act(code.code, 'lanhdao.dongtien', {
      action: 'extend',
      expectedVersion: 3,
      idempotencyKey: key(),
      note: 'Cần xác minh',
      newDue: later,
    });
    expect(ext.statusCode, ext.body).toBe(200);
    expect(ext.json<Acted>().dossier.dueAt).toBe(later);
    const again = await act(code.code, 'lanhdao.dongtien', {
      action: 'extend',
      expectedVersion: 4,
      idempotencyKey: key(),
      note: 'Lần hai',
      newDue: later,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<Failure>().error.code).toBe('ACTION_NOT_ALLOWED');
  });
});
