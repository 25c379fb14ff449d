/**
 * Consultation through HTTP: a commune specialist asks the Tax office's opinion with content and a deadline; the
 * Tax office sees it in its inbox with that deadline, answers it, and both entries are on the history and the
 * control slip. Authorisation (401, 403) and bad input (400 naming the fields) for consult, answer_consult and the
 * control slip.
 */
import { describe, expect, it } from 'vitest';
import type { Static } from 'typebox';
import { key, useDossierApp, type Acted, type Detail, type Failure } from './dossier-test-utils.js';
import type { AllowedActions, Inbox } from '../../contracts/dossier.js';
import type { ControlSlip } from '../../contracts/control-slip.js';

const { ctx, receiveBirth, act } = useDossierApp();
const THUE = '000.00.22.H56';
/** 3 working days of the Tax office from now: the default the desk offers (a working instant, never midnight). */
const inThreeDays = async (code: string) => {
  const res = await ctx.t.app.inject({
    method: 'GET',
    url: `/api/dossiers/${code}/transfer-targets`,
    ...ctx.as['chuyenvien.dongtien'],
  });
  const targets = res.json<{ items: { agencyId: string; consultDueAt: string }[] }>().items;
  return targets.find((u) => u.agencyId === THUE)!.consultDueAt;
};

describe('consult and answer_consult', () => {
  it('asks another unit with content and a deadline; it answers; the status stays', async () => {
    const code = await receiveBirth();
    const threeDays = await inThreeDays(code);
    const consult = (extra: Record<string, unknown> = {}) => ({
      action: 'consult',
      expectedVersion: 1,
      idempotencyKey: key(),
      toUnit: THUE,
      note: 'Đề nghị cho ý kiến về nghĩa vụ tài chính của hộ gia đình.',
      deadline: threeDays,
      ...extra,
    });

    // 401 without a session, 403 for a role or unit that may not ask.
    const anonymous = await ctx.t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/actions`,
      payload: consult(),
    });
    expect(anonymous.statusCode).toBe(401);
    for (const user of ['tiepnhan.dongtien', 'admin.dongkhe', 'chuyenvien.thue']) {
      const res = await act(code, user, consult());
      expect(res.statusCode, user).toBe(403);
    }
    // 400 naming the field: a deadline outside working hours, in the past, unreadable; no unit, no question.
    const cases: [Record<string, unknown>, string][] = [
      [{ deadline: '2027-01-03T00:00:00+07:00' }, 'deadline'],
      [{ deadline: '2020-01-01T08:00:00+07:00' }, 'deadline'],
      [{ deadline: 'ngày mai' }, 'deadline'],
      [{ toUnit: undefined }, 'toUnit'],
      [{ note: undefined }, 'note'],
    ];
    for (const [extra, field] of cases) {
      const res = await act(code, 'chuyenvien.dongtien', consult(extra));
      expect(res.statusCode, field).toBe(400);
      expect(res.json<Failure>().error.fields?.map((f) => f.field)).toContain(field);
    }

    const deadline = threeDays;
    const asked = await act(code, 'chuyenvien.dongtien', consult({ deadline }));
    expect(asked.statusCode).toBe(200);
    expect(asked.json<Acted>().dossier).toMatchObject({ status: 'received', version: 2 });

    // The consulted unit sees it in its inbox, due at the deadline it was given, and may open it.
    const inbox = await ctx.t.app.inject({
      method: 'GET',
      url: '/api/dossiers',
      ...ctx.as['chuyenvien.thue'],
    });
    const item = inbox.json<Static<typeof Inbox>>().items.find((i) => i.code === code);
    expect(item?.taskDueAt).toBe(new Date(deadline).toISOString());
    const seen = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${code}`,
      ...ctx.as['chuyenvien.thue'],
    });
    expect(seen.statusCode).toBe(200);
    const allowed = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${code}/allowed-actions`,
      ...ctx.as['chuyenvien.thue'],
    });
    expect(allowed.json<Static<typeof AllowedActions>>().mine).toEqual(['answer_consult']);

    // Only the consulted unit answers.
    const answer = (extra: Record<string, unknown> = {}) => ({
      action: 'answer_consult',
      expectedVersion: 2,
      idempotencyKey: key(),
      note: 'Hộ gia đình thuộc diện miễn lệ phí trước bạ.',
      ...extra,
    });
    const anonymousAnswer = await ctx.t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/actions`,
      payload: answer(),
    });
    expect(anonymousAnswer.statusCode).toBe(401);
    expect((await act(code, 'chuyenvien.dongtien', answer())).statusCode).toBe(403);
    expect((await act(code, 'tiepnhan.trungtam', answer())).statusCode).toBe(403);
    const noAnswer = await act(code, 'chuyenvien.thue', answer({ note: '  ' }));
    expect(noAnswer.statusCode).toBe(400);
    expect(noAnswer.json<Failure>().error.fields?.map((f) => f.field)).toEqual(['note']);

    const answered = await act(code, 'chuyenvien.thue', answer());
    expect(answered.statusCode).toBe(200);
    expect(answered.json<Acted>().dossier).toMatchObject({ status: 'received', version: 3 });
    const again = await act(code, 'chuyenvien.thue', answer({ expectedVersion: 3 }));
    // Answered: the Tax office holds nothing of this dossier any more, so it may not act on it.
    expect(again.statusCode).toBe(403);

    const detail = await ctx.t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${code}`,
      ...ctx.as['lanhdao.dongtien'],
    });
    const history = detail.json<Detail>().history;
    expect(history.map((h) => [h.action, h.note])).toEqual([
      ['receive', null],
      ['consult', 'Đề nghị cho ý kiến về nghĩa vụ tài chính của hộ gia đình.'],
      ['answer_consult', 'Hộ gia đình thuộc diện miễn lệ phí trước bạ.'],
    ]);
    expect(history[1]!.data).toMatchObject({
      toUnit: THUE,
      toUnitName: 'Thuế cơ sở 3 tỉnh Thanh Hóa',
      taskDue: new Date(deadline).toISOString(),
    });
    expect(history[2]!.data).toMatchObject({ outcome: expect.stringMatching(/^(early|on_time)$/) as string });

    // The control slip: 401, 403 for another commune, the consultation's two hand-offs for the commune's leader.
    const slipUrl = `/api/dossiers/${code}/control-slip`;
    expect((await ctx.t.app.inject({ method: 'GET', url: slipUrl })).statusCode).toBe(401);
    expect(
      (await ctx.t.app.inject({ method: 'GET', url: slipUrl, ...ctx.as['admin.dongkhe'] })).statusCode,
    ).toBe(403);
    const slip = await ctx.t.app.inject({ method: 'GET', url: slipUrl, ...ctx.as['lanhdao.dongtien'] });
    expect(slip.statusCode).toBe(200);
    const rows = slip.json<Static<typeof ControlSlip>>().rows;
    expect(rows.map((r) => r.step)).toEqual(['Tiếp nhận hồ sơ', 'Xin ý kiến', 'Trả lời xin ý kiến']);
    expect(rows[1]!.receivedBy.unit).toBe('Thuế cơ sở 3 tỉnh Thanh Hóa');
    expect(rows[2]).toMatchObject({
      handedBy: { unit: 'Thuế cơ sở 3 tỉnh Thanh Hóa' },
      receivedBy: { unit: 'xã Đông Tiến' },
    });
    expect(rows[2]!.dueAt).toBe(new Date(deadline).toISOString());
    const missing = await ctx.t.app.inject({
      method: 'GET',
      url: '/api/dossiers/H56.10.01-260101-9999/control-slip',
      ...ctx.as['lanhdao.dongtien'],
    });
    expect(missing.statusCode).toBe(404);
  });
});
