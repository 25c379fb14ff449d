/**
 * Answers asked once and one linked journey, on the demo birth registration (questions: uy_quyen, tre_bo_roi,
 * mang_thai_ho, sinh_ngoai_co_so_y_te): the hotline's checklist for the caller's answers, the booking that keeps
 * them, check-in and the intake prefilled from the ticket (person, procedure, answers, links), a dossier whose
 * non-applicable documents are never missing and whose supplement request lists only applicable missing papers, the
 * dossier page's origin, and the tracking thread that shows only the same person's records.
 */
import { describe, expect, it } from 'vitest';
import { receptionOfficer } from '../../../test/acting.js';
import { pdfFlatText } from '../../adapters/pdf/pdf-test-utils.js';
import { bookAppointment } from '../../services/appointments/booking.js';
import { checkInAppointment } from '../../services/appointments/desk.js';
import { after, DEMO_LINE, newCallId, postEvent } from '../hotline/hotline-test-utils.js';
import {
  BIRTH,
  birthDocumentStates,
  codeOf,
  key,
  useDossierApp,
  type Detail,
  type Failure,
  type Intake,
} from './dossier-test-utils.js';

const { ctx, receive } = useDossierApp();

const PHONE = '0987 654 321';
const E164 = '+84987654321';
const allNo = { uy_quyen: 'no', tre_bo_roi: 'no', mang_thai_ho: 'no', sinh_ngoai_co_so_y_te: 'no' };
/** The four documents every birth registration needs: declaration, birth certificate, ID paper, residence. */
const always = [0, 1, 2, 3].map((index) => ({ index, originals: 1, copies: 0 }));
const applicant = { name: 'Đỗ Thị Hành Trình', phone: PHONE, idNumber: '038195077001' };

const get = (url: string, user?: string) => ctx.t.app.inject({ url, ...(user ? ctx.as[user] : {}) });

describe('answers at the desk', () => {
  it('receives with the conditional documents unticked when the answers rule them out', async () => {
    const res = await receive({ procedureCode: BIRTH, applicant, documents: always, answers: allNo });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<Intake>();
    expect(body.outcome).toBe('receipt');
    const detail = (await get(`/api/dossiers/${body.dossier.code}`, 'tiepnhan.dongtien')).json<Detail>();
    expect(detail.documents.map((d) => d.state)).toEqual(birthDocumentStates);
    expect(detail.origin.answers).toContain('Trẻ bị bỏ rơi? — Không');
    const stored = await ctx.t.database.db
      .selectFrom('dossiers')
      .select('answers')
      .where('code', '=', body.dossier.code)
      .executeTakeFirstOrThrow();
    expect(stored.answers).toEqual(allNo);
  });

  it('asks for the unanswered questions before a receipt; a ticked or waived document needs no answer', async () => {
    const res = await receive({
      procedureCode: BIRTH,
      applicant,
      documents: always,
      answers: { uy_quyen: 'no' },
    });
    expect(res.statusCode).toBe(400);
    const err = res.json<Failure>().error;
    expect(err.code).toBe('ANSWERS_REQUIRED');
    expect(err.fields?.map((f) => f.field).sort()).toEqual([
      'answers.mang_thai_ho',
      'answers.sinh_ngoai_co_so_y_te',
      'answers.tre_bo_roi',
    ]);
    const waived = await receive({
      procedureCode: BIRTH,
      applicant,
      documents: always,
      answers: { uy_quyen: 'no' },
      notApplicable: [5, 6, 7],
    });
    expect(waived.json<Intake>().outcome).toBe('receipt');
    // A refusal asks nothing.
    const refused = await receive({
      procedureCode: BIRTH,
      applicant,
      documents: [],
      refusalReasons: ['Không thuộc thẩm quyền'],
    });
    expect(refused.json<Intake>().outcome).toBe('refusal');
  });

  it('refuses an unknown question or answer with a 400 naming it, writing nothing', async () => {
    const before = await ctx.t.database.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const unknown = await receive({
      procedureCode: BIRTH,
      applicant,
      documents: always,
      answers: { ...allNo, ket_hon: 'yes' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Failure>().error).toMatchObject({ code: 'CHECKLIST_UNKNOWN_QUESTION' });
    expect(unknown.json<Failure>().error.message).toContain('ket_hon');
    const bad = await receive({
      procedureCode: BIRTH,
      applicant,
      documents: always,
      answers: { ...allNo, tre_bo_roi: 'maybe' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Failure>().error).toMatchObject({ code: 'CHECKLIST_UNKNOWN_ANSWER' });
    expect(bad.json<Failure>().error.message).toContain('maybe');
    const after = await ctx.t.database.db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
  });

  it('lists only applicable missing papers on a supplement request: the slip, the log and the SMS', async () => {
    const res = await receive({
      procedureCode: BIRTH,
      applicant: { ...applicant, phone: '0987 654 322', idNumber: '038195077002' },
      // The birth certificate is not brought; the child was abandoned, and its record is missing too.
      documents: [0, 2, 3].map((index) => ({ index, originals: 1, copies: 0 })),
      answers: { ...allNo, tre_bo_roi: 'yes' },
      idempotencyKey: key(),
    });
    const body = res.json<Intake>();
    expect(body.outcome, res.body).toBe('supplement');
    expect(body.missing.map((m) => m.index)).toEqual([1, 5]);
    const pdf = await get(`/api/dossiers/${body.dossier.code}/forms/02`, 'tiepnhan.dongtien');
    expect(pdf.statusCode).toBe(200);
    const text = pdfFlatText(pdf.rawPayload);
    expect(text).toContain('Giấy chứng sinh');
    expect(text).toContain('trẻ bị bỏ rơi');
    expect(text).not.toContain('ủy quyền');
    expect(text).not.toContain('mang thai hộ');
    const sms = await ctx.t.database.db
      .selectFrom('notifications')
      .select('body')
      .where('recipient', '=', '+84987654322')
      .executeTakeFirstOrThrow();
    expect(sms.body).toContain('Giay chung sinh');
    expect(sms.body).not.toMatch(/uy quyen|mang thai ho/i);
  });
});

describe('one linked journey', () => {
  let callId = '';
  let ticketId = '';
  let appointmentId = '';

  it("the hotline sends the checklist for the caller's answers and keeps them", async () => {
    const pbx = newCallId('journey');
    const t0 = Date.now() - 60_000;
    await postEvent(ctx.t.app, {
      callId: pbx,
      event: 'ringing',
      at: after(t0, 0),
      caller: PHONE,
      called: DEMO_LINE,
    });
    const answered = await postEvent(ctx.t.app, {
      callId: pbx,
      event: 'answered',
      at: after(t0, 3),
      extension: '211',
    });
    callId = answered.json<{ call: { id: string } }>().call.id;
    const sent = await ctx.t.app.inject({
      method: 'POST',
      url: `/api/hotline/calls/${callId}/checklist`,
      ...ctx.as['chuyenvien.dongtien'],
      payload: { procedureCode: BIRTH, channel: 'sms', answers: { uy_quyen: 'no', tre_bo_roi: 'no' } },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const message = await ctx.t.database.db
      .selectFrom('notifications')
      .select('body')
      .where('id', '=', sent.json<{ notificationId: string }>().notificationId)
      .executeTakeFirstOrThrow();
    expect(message.body).toContain('To khai');
    expect(message.body).toContain('Giay chung sinh');
    expect(message.body).toContain('Giay to tuy than');
    expect(message.body).not.toMatch(/bo roi/i);
    const bad = await ctx.t.app.inject({
      method: 'POST',
      url: `/api/hotline/calls/${callId}/checklist`,
      ...ctx.as['chuyenvien.dongtien'],
      payload: { procedureCode: BIRTH, channel: 'sms', answers: { ket_hon: 'yes' } },
    });
    expect(bad.json<Failure>().error.code).toBe('CHECKLIST_UNKNOWN_QUESTION');
  });

  it('the booking keeps the answers and check-in gives the ticket the desk prefills from', async () => {
    const db = ctx.t.database.db;
    const now = Date.parse('2026-12-03T09:00:00+07:00');
    const booked = await db.transaction().execute((trx) =>
      bookAppointment(
        trx,
        {
          unit: 'H56.10.01',
          procedure: BIRTH,
          date: '2026-12-07',
          start: '09:30',
          fullName: applicant.name,
          phone: PHONE,
          answers: { uy_quyen: 'no', tre_bo_roi: 'no', mang_thai_ho: 'no' },
        },
        { publicUrl: 'https://motcua.example', now },
      ),
    );
    expect(booked.answers).toEqual({ uy_quyen: 'no', tre_bo_roi: 'no', mang_thai_ho: 'no' });
    const confirmation = await db
      .selectFrom('notifications')
      .select('body')
      .where('recipient', '=', E164)
      .where('event', '=', 'appointment_booked')
      .executeTakeFirstOrThrow();
    expect(confirmation.body).not.toMatch(/bo roi|mang thai ho|uy quyen/i);
    const { acting } = await receptionOfficer(db, 'tiepnhan.dongtien', 'H56.10.01');
    const arrived = await db
      .transaction()
      .execute((trx) =>
        checkInAppointment(trx, acting, booked.code, Date.parse('2026-12-07T09:20:00+07:00')),
      );
    ticketId = arrived.ticket!.id;
    appointmentId = (
      await db
        .selectFrom('appointments')
        .select('id')
        .where('code', '=', booked.code)
        .executeTakeFirstOrThrow()
    ).id;

    const prefill = await get(`/api/dossiers/intake-prefill?ticket=${ticketId}`, 'tiepnhan.dongtien');
    expect(prefill.statusCode, prefill.body).toBe(200);
    expect(prefill.json()).toMatchObject({
      person: { name: applicant.name, phone: E164 },
      procedure: { code: BIRTH },
      answers: { uy_quyen: 'no', tre_bo_roi: 'no', mang_thai_ho: 'no' },
      links: { appointmentId, ticketId, hotlineCallId: callId },
    });
    expect(
      prefill.json<{ links: { hotlineChecklistId: string | null } }>().links.hotlineChecklistId,
    ).toBeTruthy();
    const byCall = await get(`/api/dossiers/intake-prefill?call=${callId}`, 'tiepnhan.dongtien');
    expect(byCall.json()).toMatchObject({
      answers: { uy_quyen: 'no', tre_bo_roi: 'no' },
      links: { hotlineCallId: callId },
    });
  });

  it('refuses the prefill without a session (401) and to staff who do not receive at the unit (403)', async () => {
    expect((await get(`/api/dossiers/intake-prefill?ticket=${ticketId}`)).statusCode).toBe(401);
    expect(
      (await get(`/api/dossiers/intake-prefill?ticket=${ticketId}`, 'chuyenvien.dongtien')).statusCode,
    ).toBe(403);
    expect(
      (await get(`/api/dossiers/intake-prefill?ticket=${ticketId}`, 'tiepnhan.trungtam')).statusCode,
    ).toBe(403);
    expect((await get(`/api/dossiers/intake-prefill?call=ZZZZ-ZZ`, 'tiepnhan.dongtien')).statusCode).toBe(
      404,
    );
  });

  it("the dossier links back, and the tracking thread shows only the same person's records", async () => {
    const prefill = (await get(`/api/dossiers/intake-prefill?ticket=${ticketId}`, 'tiepnhan.dongtien')).json<{
      answers: Record<string, string>;
      links: Record<string, string>;
    }>();
    const res = await receive({
      procedureCode: BIRTH,
      applicant,
      documents: always,
      answers: { ...prefill.answers, sinh_ngoai_co_so_y_te: 'no' },
      links: prefill.links,
    });
    expect(res.statusCode, res.body).toBe(201);
    const code = codeOf(res);
    const detail = (await get(`/api/dossiers/${code}`, 'tiepnhan.dongtien')).json<Detail>();
    expect(detail.origin.ticket?.number).toMatch(/^HT-\d{3}$/);
    expect(detail.origin.appointment?.startTime).toBe('09:30');
    expect(detail.origin.call?.reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{2}$/);
    const tracked = await get(`/api/track/${code}?phone=${encodeURIComponent(PHONE)}`);
    expect(tracked.statusCode).toBe(200);
    const thread = tracked.json<{ thread: { kind: string; label: string }[] }>().thread;
    expect(thread.map((s) => s.kind)).toEqual(['call', 'checklist', 'appointment', 'ticket', 'dossier']);
    expect(JSON.stringify(thread)).not.toContain(applicant.name);

    // Another person's dossier linked to these records sees none of them.
    const other = await receive({
      procedureCode: BIRTH,
      applicant: { name: 'Người Khác', phone: '0911 000 222', idNumber: '038195077003' },
      documents: always,
      answers: allNo,
      links: prefill.links,
    });
    const otherCode = codeOf(other);
    const otherThread = (await get(`/api/track/${otherCode}?phone=0911000222`)).json<{
      thread: { kind: string }[];
    }>();
    expect(otherThread.thread.map((s) => s.kind)).toEqual(['dossier']);
  });

  it('refuses a link to an unknown call', async () => {
    const unknownCall = await receive({
      procedureCode: BIRTH,
      applicant,
      documents: always,
      answers: allNo,
      links: { hotlineCallId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknownCall.json<Failure>().error.code).toBe('INTAKE_LINK_INVALID');
  });
});
