/**
 * The citizen's own dossier: the detail (owner only; the officers' internal notes hidden, what is asked of the
 * citizen shown; the notices linked), and withdrawing it online (allowed where the table says, 409 otherwise,
 * another citizen's 404, a staff cookie 401, no CSRF token 403; the log names no staff actor).
 */
import { describe, expect, it } from 'vitest';
import type { CitizenDossierDetail } from '../../contracts/citizen-dossier.js';
import { step, useDossierApp, type Failure } from '../dossier/dossier-test-utils.js';
import { submitOnline } from '../dossier/online-test-utils.js';
import { getAs, signInCitizen } from './citizen-test-utils.js';

const { ctx, act, historyOf } = useDossierApp();

const detail = async (code: string, headers: Record<string, string>) => {
  const res = await getAs(ctx.t, `/api/citizen/dossiers/${code}`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CitizenDossierDetail>();
};
const withdraw = (code: string, headers: Record<string, string>, payload: Record<string, unknown> = {}) =>
  ctx.t.app.inject({ method: 'POST', url: `/api/citizen/dossiers/${code}/withdraw`, headers, payload });

describe('GET /api/citizen/dossiers/{code}', () => {
  it('shows the owner the status, dates, steps and papers, without the officers’ internal notes', async () => {
    const phone = '0915 200 001';
    const code = await submitOnline(ctx.t, phone);
    const owner = await signInCitizen(ctx.t, phone);
    const fresh = await detail(code, owner);
    expect(fresh).toMatchObject({
      code,
      status: 'submitted',
      statusLabel: 'Chờ tiếp nhận',
      channel: 'online',
      procedure: { code: '1.001193' },
      receivedAt: null,
      needsMe: false,
      mayWithdraw: true,
      forms: [],
    });
    expect(fresh.history.map((h) => h.action)).toEqual(['submit_online']);
    expect(fresh.documents.length).toBeGreaterThan(0);

    // Accepted, assigned, appraised with an internal opinion: the citizen sees the steps, not the opinion.
    expect((await act(code, 'tiepnhan.dongtien', step('receive', 1))).statusCode).toBe(200);
    const internal = 'Ý kiến nội bộ: đã đối chiếu CSDL dân cư';
    expect((await act(code, 'lanhdao.dongtien', step('assign', 2, { note: internal }))).statusCode).toBe(200);
    const seen = await detail(code, owner);
    expect(seen.status).toBe('in_appraisal');
    expect(seen.history.map((h) => h.label)).toEqual(['Nộp trực tuyến', 'Tiếp nhận', 'Phân công']);
    expect(JSON.stringify(seen)).not.toContain('nội bộ');
    expect(JSON.stringify(seen)).not.toMatch(/Lê Văn Quang|Phạm Thị Lan/);
    expect(seen.receivedAt).not.toBeNull();
    expect(seen.dueAt).not.toBeNull();
    expect(seen.forms).toEqual([
      {
        form: 'receipt',
        title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
        url: `/api/citizen/dossiers/${code}/receipt.pdf`,
      },
    ]);
  });

  it('says what is asked of the citizen when a supplement is requested, and links form 02', async () => {
    const phone = '0915 200 002';
    const code = await submitOnline(ctx.t, phone);
    const note = 'Bản chụp Giấy chứng sinh rõ nét, đủ 2 mặt';
    expect((await act(code, 'tiepnhan.dongtien', step('request_supplement', 1, { note }))).statusCode).toBe(
      200,
    );
    const seen = await detail(code, await signInCitizen(ctx.t, phone));
    expect(seen).toMatchObject({
      status: 'supplement_requested',
      needsMe: true,
      waitingFor: 'Bổ sung giấy tờ theo yêu cầu',
      supplement: { missing: [], note, open: true },
      mayWithdraw: true,
    });
    expect(seen.history.at(-1)).toMatchObject({ action: 'request_supplement', note });
    expect(seen.forms.map((f) => f.form)).toEqual(['supplement']);
  });

  it("is 404 for another citizen's dossier or an unknown code, 401 with a staff cookie or none", async () => {
    const code = await submitOnline(ctx.t, '0915 200 003');
    const other = await signInCitizen(ctx.t, '0915 200 004');
    for (const c of [code, 'H56.10.01-261207-9999', 'nonsense']) {
      const res = await getAs(ctx.t, `/api/citizen/dossiers/${c}`, other);
      expect(res.statusCode, c).toBe(404);
      expect(res.json<Failure>().error.code).toBe('DOSSIER_NOT_FOUND');
    }
    const staff = await getAs(ctx.t, `/api/citizen/dossiers/${code}`, ctx.as['tiepnhan.dongtien']!.headers);
    expect(staff.statusCode).toBe(401);
    expect((await getAs(ctx.t, `/api/citizen/dossiers/${code}`, {})).statusCode).toBe(401);
  });
});

describe('POST /api/citizen/dossiers/{code}/withdraw', () => {
  it('withdraws a waiting dossier, logged as the applicant (no staff actor), once', async () => {
    const phone = '0915 200 010';
    const code = await submitOnline(ctx.t, phone);
    const owner = await signInCitizen(ctx.t, phone);
    const res = await withdraw(code, owner, { reason: 'Đã nộp nhầm thủ tục' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CitizenDossierDetail>()).toMatchObject({
      status: 'withdrawn',
      statusLabel: 'Đã rút hồ sơ',
      mayWithdraw: false,
    });
    const log = await historyOf(code);
    expect(log.at(-1)).toMatchObject({ action: 'withdraw', actor_name: null });
    const audit = await ctx.t.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'actor_name'])
      .where('action', '=', 'dossier.withdraw')
      .where('entity_id', '=', code)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBeNull();
    expect(audit.actor_name).toMatch(/^Công dân /);
    // Withdrawn is final: a second time is 409 with a Vietnamese message.
    const again = await withdraw(code, owner);
    expect(again.statusCode).toBe(409);
    expect(again.json<Failure>().error).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
    expect(again.json<Failure>().error.message).toMatch(/không thể rút trực tuyến/);
  });

  it('withdraws without a reason after acceptance too, where the table allows it', async () => {
    const phone = '0915 200 011';
    const code = await submitOnline(ctx.t, phone);
    expect((await act(code, 'tiepnhan.dongtien', step('receive', 1))).statusCode).toBe(200);
    const res = await withdraw(code, await signInCitizen(ctx.t, phone));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CitizenDossierDetail>().status).toBe('withdrawn');
  });

  it("refuses another citizen's (404), a staff cookie (401) and a request without the CSRF token (403)", async () => {
    const phone = '0915 200 012';
    const code = await submitOnline(ctx.t, phone);
    const other = await signInCitizen(ctx.t, '0915 200 013');
    expect((await withdraw(code, other)).statusCode).toBe(404);
    expect((await withdraw(code, ctx.as['tiepnhan.dongtien']!.headers)).statusCode).toBe(401);
    const owner = await signInCitizen(ctx.t, phone);
    const noCsrf = await withdraw(code, { cookie: owner.cookie });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json<Failure>().error.code).toBe('CSRF_INVALID');
    expect((await detail(code, owner)).status).toBe('submitted');
  });
});
