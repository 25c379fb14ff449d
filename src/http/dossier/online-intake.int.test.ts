/**
 * The desk's "online, to accept" list: scoped to the officer's units (another unit's officer sees nothing, a
 * specialist is refused), oldest first, with the working time left to accept on the unit's calendar (a fixed clock
 * given to the service); accepting from it sends the receipt (form 01, downloadable by the owner only) and an SMS;
 * a supplement request's SMS and form say what is missing and that it may be sent online; a refusal its reasons.
 */
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../domain/calendar/time-zone.js';
import type { OnlineIntakeList } from '../../contracts/online-intake.js';
import { listOnlineIntake } from '../../services/dossier/online-intake.js';
import { getStaffRecord, actorOf } from '../../services/org/queries.js';
import { pdfFlatText } from '../../adapters/pdf/pdf-test-utils.js';
import { stripDiacritics } from '../../domain/notify/sms-text.js';
import { getAs, signInCitizen } from '../citizen/citizen-test-utils.js';
import { step, useDossierApp, type Failure } from './dossier-test-utils.js';
import { submitOnline } from './online-test-utils.js';

const { ctx, act } = useDossierApp();
const at = (text: string) => parseInstant(text, 'Asia/Ho_Chi_Minh');

async function list(user: string) {
  const res = await ctx.t.app.inject({ method: 'GET', url: '/api/desk/online-intake', ...ctx.as[user] });
  return res;
}
const listed = async (user: string) => {
  const res = await list(user);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<OnlineIntakeList>();
};
const setSubmitted = (code: string, text: string) =>
  ctx.t.database.db
    .updateTable('dossiers')
    .set({ submitted_at: new Date(at(text)) })
    .where('code', '=', code)
    .execute();
const smsOf = (code: string, event: string) =>
  ctx.t.database.db
    .selectFrom('notifications as n')
    .innerJoin('dossiers as d', 'd.id', 'n.dossier_id')
    .select(['n.body', 'n.recipient', 'n.channel'])
    .where('d.code', '=', code)
    .where('n.event', '=', event)
    .executeTakeFirstOrThrow();

describe('GET /api/desk/online-intake', () => {
  it("lists the unit's online dossiers waiting, oldest first, only to that unit's reception officers and leaders", async () => {
    const later = await submitOnline(ctx.t, '0915 100 001');
    const older = await submitOnline(ctx.t, '0915 100 002');
    const elsewhere = await submitOnline(ctx.t, '0915 100 003', { unit: 'H56.10.02' });
    await setSubmitted(later, '2026-12-07T08:00');
    await setSubmitted(older, '2026-12-04T15:00');
    const mine = await listed('tiepnhan.dongtien');
    const codes = mine.items.map((i) => i.code);
    expect(codes).toContain(later);
    expect(codes.indexOf(older)).toBeLessThan(codes.indexOf(later));
    expect(codes).not.toContain(elsewhere);
    const times = mine.items.map((i) => i.submittedAt);
    expect([...times].sort()).toEqual(times);
    expect(mine.items.find((i) => i.code === older)).toMatchObject({
      applicant: { name: 'Lê Thị Hoa' },
      unit: { agencyId: 'H56.10.01' },
      procedure: { code: '1.001193' },
      version: 1,
    });
    expect(mine.acceptHours).toBe(8);
    // The leader of the unit sees the same; the officers of another unit see nothing of it.
    expect((await listed('lanhdao.dongtien')).items.map((i) => i.code)).toEqual(codes);
    expect((await listed('tiepnhan.trungtam')).items.map((i) => i.code)).not.toContain(older);
    // Specialists do not work the list (nor does anyone signed out).
    const specialist = await list('chuyenvien.dongtien');
    expect(specialist.statusCode).toBe(403);
    expect(specialist.json<Failure>().error.message).toMatch(/công chức tiếp nhận/);
    const anonymous = await ctx.t.app.inject({ method: 'GET', url: '/api/desk/online-intake' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('counts the working time left to accept on the unit’s calendar, red once late (a fixed clock)', async () => {
    const code = await submitOnline(ctx.t, '0915 100 004');
    // Friday 15:00 in December (the demo's winter hours 07:00–11:30, 13:00–16:30): 1.5 h on Friday, 4.5 h on
    // Monday morning, 2 h after lunch — due Monday 15:00.
    await setSubmitted(code, '2026-12-04T15:00');
    const record = await getStaffRecord(
      ctx.t.database.db,
      (
        await ctx.t.database.db
          .selectFrom('staff')
          .select('id')
          .where('username', '=', 'tiepnhan.dongtien')
          .executeTakeFirstOrThrow()
      ).id,
    );
    const actor = actorOf(record);
    const seen = async (now: string) =>
      (await listOnlineIntake(ctx.t.database.db, actor, { acceptHours: 8, now: at(now) })).items.find(
        (i) => i.code === code,
      )!;
    // Saturday counts nothing: Monday's 6.5 hours are left.
    expect(await seen('2026-12-05T10:00')).toMatchObject({
      acceptBy: new Date(at('2026-12-07T15:00')).toISOString(),
      minutesLeft: 6.5 * 60,
      late: false,
    });
    expect(await seen('2026-12-07T14:00')).toMatchObject({ minutesLeft: 60, late: false });
    expect(await seen('2026-12-07T16:00')).toMatchObject({ minutesLeft: -60, late: true });
    const { late } = await listOnlineIntake(ctx.t.database.db, actor, {
      acceptHours: 8,
      now: at('2026-12-07T16:00'),
    });
    expect(late).toBeGreaterThanOrEqual(1);
  });
});

describe('accepting, asking for a supplement and refusing from the list', () => {
  it('accepts: the owner downloads the receipt (form 01), receives an SMS with the code and appointment', async () => {
    const phone = '0915 100 010';
    const code = await submitOnline(ctx.t, phone, { name: 'Trần Văn Bình' });
    const item = (await listed('tiepnhan.dongtien')).items.find((i) => i.code === code)!;
    const res = await act(code, 'tiepnhan.dongtien', step('receive', item.version));
    expect(res.statusCode, res.body).toBe(200);
    expect((await listed('tiepnhan.dongtien')).items.map((i) => i.code)).not.toContain(code);

    const sms = await smsOf(code, 'dossier_received');
    expect(sms.recipient).toBe('+84915100010');
    expect(sms.body).toContain(`Ho so ${code}`);
    expect(sms.body).toMatch(/Hen tra ket qua: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect(sms.body).toContain(`/cong-dan/ho-so/${code}`);

    const owner = await signInCitizen(ctx.t, phone);
    const pdf = await getAs(ctx.t, `/api/citizen/dossiers/${code}/receipt.pdf`, owner);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfFlatText(pdf.rawPayload);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(`Mã hồ sơ: ${code}`);
    expect(text).toContain('Trần Văn Bình');
    // Not another citizen's, not a staff cookie's, not a notice the dossier does not have.
    const other = await signInCitizen(ctx.t, '0915 100 011');
    expect((await getAs(ctx.t, `/api/citizen/dossiers/${code}/receipt.pdf`, other)).statusCode).toBe(404);
    const staff = ctx.as['tiepnhan.dongtien']!.headers;
    expect((await getAs(ctx.t, `/api/citizen/dossiers/${code}/receipt.pdf`, staff)).statusCode).toBe(401);
    const none = await getAs(ctx.t, `/api/citizen/dossiers/${code}/refusal.pdf`, owner);
    expect(none.statusCode).toBe(404);
    expect(none.json<Failure>().error.code).toBe('FORM_NOT_AVAILABLE');
    expect((await getAs(ctx.t, `/api/citizen/dossiers/${code}/control-slip.pdf`, owner)).statusCode).toBe(
      404,
    );
  });

  it('asks for a supplement: the SMS and form 02 say what is missing and that it may be sent online', async () => {
    const phone = '0915 100 020';
    const code = await submitOnline(ctx.t, phone);
    const note = 'Giấy chứng sinh bản chính (bản chụp bị mờ)';
    const res = await act(code, 'tiepnhan.dongtien', step('request_supplement', 1, { note }));
    expect(res.statusCode, res.body).toBe(200);
    const sms = await smsOf(code, 'supplement_requested');
    expect(sms.body).toContain(`Ho so ${code} can bo sung: ${stripDiacritics(note)}`);
    expect(sms.body).toContain('Vui long nop bo sung truc tuyen tai muc Ho so cua toi');
    const owner = await signInCitizen(ctx.t, phone);
    const form = await getAs(ctx.t, `/api/citizen/dossiers/${code}/supplement.pdf`, owner);
    expect(form.statusCode).toBe(200);
    const text = pdfFlatText(form.rawPayload);
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain(note);
    expect(text).toContain('nộp bổ sung trực tuyến tại mục "Hồ sơ của tôi"');
    // Only what the officer named: none of the checklist's papers the online form could not mark as not needed.
    expect(sms.body).not.toContain('Van ban uy quyen');
  });

  it('refuses: the SMS and form 03 give the reasons', async () => {
    const phone = '0915 100 030';
    const code = await submitOnline(ctx.t, phone);
    const reason = 'Thủ tục không thuộc thẩm quyền của UBND xã';
    const res = await act(code, 'tiepnhan.dongtien', step('refuse', 1, { note: reason }));
    expect(res.statusCode, res.body).toBe(200);
    expect((await smsOf(code, 'dossier_refused')).body).toContain(`Ly do: ${stripDiacritics(reason)}`);
    const owner = await signInCitizen(ctx.t, phone);
    const form = await getAs(ctx.t, `/api/citizen/dossiers/${code}/refusal.pdf`, owner);
    expect(form.statusCode).toBe(200);
    expect(pdfFlatText(form.rawPayload)).toContain(reason);
  });

  it('lets only the reception role act: a specialist cannot accept, another unit’s officer cannot', async () => {
    const code = await submitOnline(ctx.t, '0915 100 040');
    const specialist = await act(code, 'chuyenvien.dongtien', step('receive', 1));
    expect(specialist.statusCode).toBe(403);
    const other = await act(code, 'tiepnhan.trungtam', step('receive', 1));
    expect(other.statusCode).toBe(403);
  });
});
