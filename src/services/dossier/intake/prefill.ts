/**
 * What the desk already knows about the citizen in front of it, so that nothing is asked twice: from the ticket the
 * officer called at the counter, the appointment checked in, or the hotline call the citizen names (its reference):
 * the person (name, phone), the procedure and the answers to its checklist questions, and the links the dossier will
 * keep. The hotline checklist is found by the caller's phone when the citizen comes with a ticket or an appointment:
 * the latest one sent to that phone in the last 30 days (for the same procedure when it is known).
 */
import { normaliseBookingCode } from '../../../domain/appointments/code.js';
import { REFERENCE_PATTERN } from '../../../domain/hotline/reference.js';
import { actingRole } from '../../../domain/dossier/permissions.js';
import { forbidden, invalid, notFound } from '../../../domain/errors.js';
import type { Actor } from '../../../domain/org/roles.js';
import type { Answers } from '../../../domain/checklist/conditions.js';
import { findVersionInForce } from '../../catalogue/versions.js';
import { answersFor } from '../../checklist/answers.js';
import type { Reader } from '../../../db/transaction.js';
import { localDate } from '../../../domain/calendar/time-zone.js';

export interface PrefillQuery {
  ticket?: string | undefined;
  appointment?: string | undefined;
  call?: string | undefined;
}

export interface IntakePrefill {
  person: { name: string | null; phone: string | null };
  procedure: { code: string; name: string } | null;
  answers: Answers;
  links: {
    appointmentId: string | null;
    ticketId: string | null;
    hotlineCallId: string | null;
    hotlineChecklistId: string | null;
  };
  /** What it came from, for the officer: "Số thứ tự HT-012", "Lịch hẹn K7M2-QX9P lúc 08:30 07/12/2026". */
  sources: string[];
}

const HOTLINE_LOOKBACK_MS = 30 * 24 * 3600 * 1000;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

async function unitPath(db: Reader, unitId: string): Promise<string[]> {
  const u = await db.selectFrom('units').select('path').where('id', '=', unitId).executeTakeFirstOrThrow();
  return u.path;
}

async function mustReceiveAt(db: Reader, actor: Actor, unitId: string): Promise<void> {
  if (!actingRole(actor, 'receive', await unitPath(db, unitId)))
    throw forbidden('Bạn không phải công chức tiếp nhận của đơn vị này.');
}

async function appointmentRow(db: Reader, idOrCode: string) {
  const q = db.selectFrom('appointments').selectAll();
  if (uuidPattern.test(idOrCode)) return q.where('id', '=', idOrCode).executeTakeFirst();
  const code = normaliseBookingCode(idOrCode);
  return code ? q.where('code', '=', code).executeTakeFirst() : undefined;
}

/** The latest checklist sent to this phone (in a call, by any unit's hotline) within the look-back. */
async function latestChecklist(
  db: Reader,
  by: { callId: string } | { phone: string; procedureCode: string | null },
  now: number,
) {
  let q = db
    .selectFrom('hotline_checklists as k')
    .innerJoin('hotline_calls as c', 'c.id', 'k.call_id')
    .select(['k.id', 'k.call_id', 'k.procedure_code', 'k.answers', 'k.sent_at', 'c.reference', 'c.phone']);
  if ('callId' in by) q = q.where('k.call_id', '=', by.callId);
  else {
    q = q.where('c.phone', '=', by.phone).where('k.sent_at', '>=', new Date(now - HOTLINE_LOOKBACK_MS));
    if (by.procedureCode) q = q.where('k.procedure_code', '=', by.procedureCode);
  }
  return q.orderBy('k.sent_at', 'desc').limit(1).executeTakeFirst();
}

export async function intakePrefill(
  db: Reader,
  actor: Actor,
  query: PrefillQuery,
  now = Date.now(),
): Promise<IntakePrefill> {
  const out: IntakePrefill = {
    person: { name: null, phone: null },
    procedure: null,
    answers: {},
    links: { appointmentId: null, ticketId: null, hotlineCallId: null, hotlineChecklistId: null },
    sources: [],
  };
  let appointmentKey = query.appointment;
  let procedureCode: string | null = null;
  let answers: Answers = {};
  if (query.ticket) {
    const t = uuidPattern.test(query.ticket)
      ? await db.selectFrom('queue_tickets').selectAll().where('id', '=', query.ticket).executeTakeFirst()
      : undefined;
    if (!t) throw notFound('TICKET_NOT_FOUND', 'Không tìm thấy số thứ tự này.');
    await mustReceiveAt(db, actor, t.unit_id);
    out.links.ticketId = t.id;
    out.person.phone = t.phone;
    out.sources.push(`Số thứ tự ${t.number}`);
    if (t.appointment_id) appointmentKey = t.appointment_id;
  }
  if (appointmentKey) {
    const a = await appointmentRow(db, appointmentKey);
    if (!a) throw notFound('APPOINTMENT_NOT_FOUND', 'Không tìm thấy lịch hẹn này.');
    await mustReceiveAt(db, actor, a.unit_id);
    out.links.appointmentId = a.id;
    out.person = { name: a.full_name, phone: a.phone };
    procedureCode = a.procedure_code;
    answers = a.answers;
    out.sources.push(
      `Lịch hẹn ${a.code.slice(0, 4)}-${a.code.slice(4)} lúc ${a.start_time} ${vnDate(a.local_date)}`,
    );
  }
  let checklist: Awaited<ReturnType<typeof latestChecklist>>;
  if (query.call) {
    const reference = query.call.trim().toUpperCase();
    if (!REFERENCE_PATTERN.test(reference) && !uuidPattern.test(query.call)) {
      const message = 'Mã cuộc gọi có dạng XXXX-XX.';
      throw invalid('CALL_REFERENCE_INVALID', message, [{ field: 'call', message }]);
    }
    if (!actor.roles.some((r) => r.role === 'reception_officer')) throw forbidden();
    const c = await db
      .selectFrom('hotline_calls')
      .select(['id', 'phone', 'reference'])
      .where(
        uuidPattern.test(query.call) ? 'id' : 'reference',
        '=',
        uuidPattern.test(query.call) ? query.call : reference,
      )
      .executeTakeFirst();
    if (!c) throw notFound('CALL_NOT_FOUND', 'Không tìm thấy cuộc gọi này.');
    out.links.hotlineCallId = c.id;
    out.person.phone ??= c.phone;
    checklist = await latestChecklist(db, { callId: c.id }, now);
    if (!checklist) out.sources.push(`Cuộc gọi ${c.reference}`);
  } else if (out.person.phone) {
    checklist = await latestChecklist(db, { phone: out.person.phone, procedureCode }, now);
  }
  if (checklist) {
    out.links.hotlineCallId = checklist.call_id;
    out.links.hotlineChecklistId = checklist.id;
    out.person.phone ??= checklist.phone;
    procedureCode ??= checklist.procedure_code;
    // The answers given when booking are the later word; the call's fill in the questions not asked then.
    answers = { ...checklist.answers, ...answers };
    out.sources.push(`Cuộc gọi ${checklist.reference}: đã gửi danh sách giấy tờ`);
  }
  if (out.person.phone && !out.person.name) {
    const p = await db
      .selectFrom('persons')
      .select('full_name')
      .where('phone', '=', out.person.phone)
      .orderBy('updated_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    out.person.name = p?.full_name ?? null;
  }
  if (procedureCode) {
    const version = await findVersionInForce(db, procedureCode, localDate('Asia/Ho_Chi_Minh', now));
    if (version) {
      out.procedure = { code: version.record.code, name: version.record.name };
      out.answers = answersFor(version.record, answers);
    }
  }
  return out;
}
