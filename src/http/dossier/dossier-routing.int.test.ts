/**
 * Routing at the desk through HTTP: automatic assignment gives a dossier only to a specialist of its field (409
 * NO_SPECIALIST_FOR_FIELD when nobody handles it); appraisal is the assignee's (403 NOT_ASSIGNEE for another
 * specialist, who is not offered the button); receiving a supplement needs the papers ticked or a note saying why it
 * is accepted anyway.
 */
import { describe, expect, it } from 'vitest';
import type { Static } from 'typebox';
import { loginAs } from '../../../test/auth.js';
import {
  birth,
  codeOf,
  key,
  step,
  useDossierApp,
  type Acted,
  type Failure,
  type Intake,
} from './dossier-test-utils.js';
import type { AllowedActions } from '../../contracts/dossier.js';

const { ctx, receive, receiveBirth, act, historyOf } = useDossierApp();

const assigneeOf = async (code: string) =>
  (
    await ctx.t.database.db
      .selectFrom('dossiers as d')
      .leftJoin('staff as s', 's.id', 'd.assignee_id')
      .select('s.username')
      .where('d.code', '=', code)
      .executeTakeFirstOrThrow()
  ).username;

describe('automatic assignment by field', () => {
  it("gives a civil-status dossier to the unit's civil-status specialist, and none when nobody handles the field", async () => {
    const code = await receiveBirth();
    const res = await act(code, 'lanhdao.dongtien', step('assign', 1));
    expect(res.statusCode, res.body).toBe(200);
    // Đông Tiến has three specialists; only Hoàng Văn Minh handles civil status (HT).
    expect(await assigneeOf(code)).toBe('chuyenvien.dongtien');

    // Nobody handles civil status any more: the leader is told to choose by hand; nothing is written.
    await ctx.t.database.db
      .updateTable('staff')
      .set({ field_codes: ['CT'] })
      .where('username', '=', 'chuyenvien.dongtien')
      .execute();
    try {
      const other = await receiveBirth();
      const refused = await act(other, 'lanhdao.dongtien', step('assign', 1));
      expect(refused.statusCode).toBe(409);
      expect(refused.json<Failure>().error.code).toBe('NO_SPECIALIST_FOR_FIELD');
      expect(refused.json<Failure>().error.message).toContain('Hộ tịch');
      expect((await historyOf(other)).map((h) => h.action)).toEqual(['receive']);
      expect(await assigneeOf(other)).toBeNull();
    } finally {
      await ctx.t.database.db
        .updateTable('staff')
        .set({ field_codes: ['HT', 'CT'] })
        .where('username', '=', 'chuyenvien.dongtien')
        .execute();
    }
  });
});

describe('appraisal by the assignee', () => {
  it('refuses another specialist with a message to reassign first, and does not offer the button', async () => {
    const other = await loginAs(ctx.t.app, 'chuyenvien2.dongtien');
    const code = await receiveBirth();
    const assigned = await act(code, 'lanhdao.dongtien', step('assign', 1));
    expect(assigned.statusCode).toBe(200);
    const allowed = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${code}/allowed-actions`,
      ...other,
    });
    expect(allowed.json<Static<typeof AllowedActions>>().allowed).toContain('appraise');
    expect(allowed.json<Static<typeof AllowedActions>>().mine).not.toContain('appraise');
    const res = await ctx.t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/actions`,
      ...other,
      payload: { action: 'appraise', expectedVersion: 2, idempotencyKey: key(), note: 'Đủ điều kiện' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<Failure>().error.code).toBe('NOT_ASSIGNEE');
    expect(res.json<Failure>().error.message).toContain('Hoàng Văn Minh');
    expect(res.json<Failure>().error.message).toContain('phân công lại');
    // The assignee appraises it.
    const own = await act(
      code,
      'chuyenvien.dongtien',
      step('appraise', 2, {
        note: 'Đủ điều kiện',
      }),
    );
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json<Acted>().dossier.status).toBe('awaiting_approval');
  });
});

describe('receiving a supplement', () => {
  it('needs the papers ticked, or a note saying why it is accepted anyway', async () => {
    // The residence proof (index 3) is missing.
    const intake = await receive(
      birth({ documents: [0, 1, 2].map((index) => ({ index, originals: 1, copies: 0 })) }),
    );
    expect(intake.json<Intake>().outcome).toBe('supplement');
    const code = codeOf(intake);
    const base = { action: 'receive_supplement', expectedVersion: 1 };

    const nothing = await act(code, 'tiepnhan.dongtien', { ...base, idempotencyKey: key() });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json<Failure>().error.fields?.map((f) => f.field)).toEqual(['documents']);

    const short = await act(code, 'tiepnhan.dongtien', {
      ...base,
      idempotencyKey: key(),
      documents: [{ index: 3, originals: 0, copies: 0 }],
    });
    expect(short.statusCode).toBe(400);

    const stillMissing = await act(code, 'tiepnhan.dongtien', {
      ...base,
      idempotencyKey: key(),
      documents: [{ index: 2, originals: 1, copies: 0 }],
    });
    expect(stillMissing.statusCode).toBe(409);
    expect(stillMissing.json<Failure>().error.code).toBe('DOCUMENTS_STILL_MISSING');
    expect(stillMissing.json<Failure>().error.message).toContain('ghi lý do');
    expect((await historyOf(code)).map((h) => h.action)).toEqual(['request_supplement']);

    const accepted = await act(code, 'tiepnhan.dongtien', {
      ...base,
      idempotencyKey: key(),
      note: 'Công dân xuất trình CCCD có thông tin nơi thường trú; không cần giấy xác nhận cư trú.',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<Acted>().dossier.status).toBe('received');
    const entry = (await historyOf(code)).at(-1)!;
    expect(entry.action).toBe('receive_supplement');
    expect(JSON.stringify(entry.data.acceptedMissing)).toContain('cư trú');
  });

  it('is received when every missing paper is ticked, without a note', async () => {
    const intake = await receive(
      birth({ documents: [0, 1, 2].map((index) => ({ index, originals: 1, copies: 0 })) }),
    );
    const code = codeOf(intake);
    const res = await act(
      code,
      'tiepnhan.dongtien',
      step('receive_supplement', 1, {
        documents: [{ index: 3, originals: 1, copies: 0 }],
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect((await historyOf(code)).at(-1)!.data.acceptedMissing).toBeUndefined();
  });
});
