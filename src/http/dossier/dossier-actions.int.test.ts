/**
 * Actions on dossiers through HTTP: two officers at once, idempotent retries, the transition table, a whole journey
 * through a transfer to the Tax office, authorisation per role and unit, the inbox, the append-only log and the clock.
 */
import { describe, expect, it } from 'vitest';
import type { Static } from 'typebox';
import { foldActions } from '../../domain/dossier/lifecycle.js';
import {
  birth,
  codeOf,
  key,
  step,
  useDossierApp,
  users,
  type Acted,
  type Detail,
  type Failure,
  type Intake,
} from './dossier-test-utils.js';
import type { AllowedActions, Inbox } from '../../contracts/dossier.js';

const { ctx, receive, receiveBirth, act, historyOf } = useDossierApp();

describe('actions', () => {
  it('serves two officers acting at once: one succeeds, the other gets 409, one entry in the history', async () => {
    const code = await receiveBirth();
    const [a, b] = await Promise.all([
      act(
        code,
        'tiepnhan.dongtien',
        step('request_supplement', 1, {
          note: 'Thiếu giấy chứng sinh',
        }),
      ),
      act(
        code,
        'chuyenvien.dongtien',
        step('request_supplement', 1, {
          note: 'Thiếu giấy tờ',
        }),
      ),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json<Failure>().error.code).toBe('VERSION_CONFLICT');
    const history = await historyOf(code);
    expect(history.map((h) => h.action)).toEqual(['receive', 'request_supplement']);
  });

  it('answers a retry with the same key with the same result and no second entry', async () => {
    const code = await receiveBirth();
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
    const code = await receiveBirth();
    const res = await act(code, 'lanhdao.dongtien', step('approve', 1));
    expect(res.statusCode).toBe(409);
    expect(res.json<Failure>().error.code).toBe('ACTION_NOT_ALLOWED');
    expect(res.json<Failure>().error.allowed).toContain('assign');
    const allowed = await ctx.t.app.inject({
      url: `/api/dossiers/${code}/allowed-actions`,
      ...ctx.as['lanhdao.dongtien'],
    });
    expect(allowed.json<Static<typeof AllowedActions>>()).toMatchObject({ status: 'received', version: 1 });
    expect(allowed.json<Static<typeof AllowedActions>>().mine).toContain('assign');
    expect(allowed.json<Static<typeof AllowedActions>>().mine).not.toContain('receive_supplement');
  });

  it('walks a dossier to the returned result, transferring to the Tax office and back', async () => {
    const code = await receiveBirth();
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
      await ctx.t.app.inject({ url: `/api/dossiers/${code}`, ...ctx.as['tiepnhan.dongtien'] })
    ).json<Detail>();
    expect(detail).toMatchObject({ status: 'returned', statusKey: 'done', version: 9, allowedActions: [] });
    expect(detail.finishedAt).not.toBeNull();
  });
});

describe('authorisation', () => {
  it('keeps other units and anonymous callers out', async () => {
    const code = await receiveBirth();
    for (const user of ['admin.dongkhe', 'tiepnhan.trungtam']) {
      const read = await ctx.t.app.inject({ url: `/api/dossiers/${code}`, ...ctx.as[user] });
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
    const anon = await ctx.t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/actions`,
      payload: {},
    });
    expect(anon.statusCode).toBe(401);
    expect((await ctx.t.app.inject({ url: '/api/dossiers' })).statusCode).toBe(401);
    expect(
      (await ctx.t.app.inject({ method: 'POST', url: '/api/dossiers', payload: birth() })).statusCode,
    ).toBe(401);
  });

  it('lets only the role the table names act, and only in the unit holding the dossier', async () => {
    const matrix: [string, Record<string, unknown>, string][] = [
      ['assign', {}, 'lanhdao.dongtien'],
      ['withdraw', { note: 'Người nộp rút hồ sơ' }, 'tiepnhan.dongtien'],
      ['transfer', { toUnit: '000.00.22.H56' }, 'chuyenvien.dongtien'],
    ];
    for (const [action, extra, allowed] of matrix) {
      const code = await receiveBirth();
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
    const code = await receiveBirth();
    const res = await ctx.t.app.inject({ url: '/api/dossiers', ...ctx.as['tiepnhan.dongtien'] });
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
    const other = (await ctx.t.app.inject({ url: '/api/dossiers', ...ctx.as['admin.dongkhe'] })).json<
      Static<typeof Inbox>
    >();
    // Đông Khê's admin sees Đông Khê's demo dossiers, never this one.
    expect(other.items.map((i: { code: string }) => i.code)).not.toContain(code);
    expect(
      other.items.every(
        (i: { receivingUnit: { agencyId: string } }) => i.receivingUnit.agencyId === 'H56.10.02',
      ),
    ).toBe(true);
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
    expect(codeOf(a)).toBe(codeOf(b));
    const rows = await ctx.t.database.db
      .selectFrom('dossier_actions')
      .select('id')
      .where('idempotency_key', '=', idempotencyKey)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('keeps the log append-only, and folding it gives the stored state', async () => {
    const code = await receiveBirth();
    await act(code, 'lanhdao.dongtien', { action: 'assign', expectedVersion: 1, idempotencyKey: key() });
    const { db } = ctx.t.database;
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
    const asked = await act(
      code.code,
      'tiepnhan.dongtien',
      step('request_supplement', 1, {
        note: 'Thiếu bản sao',
      }),
    );
    expect(asked.json<Acted>().dossier).toMatchObject({
      status: 'supplement_requested',
      statusKey: 'waiting',
      dueAt: null,
    });
    const back = await act(
      code.code,
      'tiepnhan.dongtien',
      step('receive_supplement', 2, {
        note: 'Công dân nộp bản sao còn thiếu',
      }),
    );
    expect(back.json<Acted>().dossier.status).toBe('received');
    const newDue = Date.parse(back.json<Acted>().dossier.dueAt ?? '');
    expect(newDue).toBeGreaterThanOrEqual(due);
    const later = new Date(newDue + 10 * 86_400_000).toISOString();
    const ext = await act(
      code.code,
      'lanhdao.dongtien',
      step('extend', 3, {
        note: 'Cần xác minh',
        newDue: later,
      }),
    );
    expect(ext.statusCode, ext.body).toBe(200);
    expect(ext.json<Acted>().dossier.dueAt).toBe(later);
    const again = await act(
      code.code,
      'lanhdao.dongtien',
      step('extend', 4, {
        note: 'Lần hai',
        newDue: later,
      }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json<Failure>().error.code).toBe('ACTION_NOT_ALLOWED');
  });
});
