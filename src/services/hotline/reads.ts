/**
 * The call log (search by phone in any form, status, days), the calls routed to me, and the screen-pop: what the
 * system knows about a caller by their number (person, dossiers, tickets, appointments, earlier calls).
 */
import { sql } from 'kysely';
import { invalid } from '../../domain/errors.js';
import { statusLabels } from '../../domain/dossier/lifecycle.js';
import { displayPhone, parseHotlinePhone, phoneSearch } from '../../domain/hotline/phone.js';
import type { CallStatus, CallView, ScreenPop } from '../../domain/hotline/views.js';
import type { Reader } from '../../db/transaction.js';
import { selectCalls, toCallView } from './calls.js';

const LOG_LIMIT = 200;
/** Days are local (Việt Nam, UTC+7, no daylight saving). */
export const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);
export const dayAfter = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

export interface CallFilter {
  phone?: string | undefined;
  status?: CallStatus | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function listCalls(db: Reader, unitId: string, filter: CallFilter): Promise<CallView[]> {
  let q = selectCalls(db).where('c.unit_id', '=', unitId);
  if (filter.phone !== undefined && filter.phone.trim() !== '') {
    const search = phoneSearch(filter.phone);
    if (!search) {
      const message = 'Nhập số điện thoại (ít nhất 3 chữ số).';
      throw invalid('HOTLINE_PHONE_INVALID', message, [{ field: 'phone', message }]);
    }
    q =
      'exact' in search
        ? q.where('c.phone', '=', search.exact)
        : q.where(sql<boolean>`('0' || substr(c.phone, 4)) like ${'%' + search.digits + '%'}`);
  }
  if (filter.status) q = q.where('c.status', '=', filter.status);
  if (filter.from) q = q.where('c.started_at', '>=', dayStart(filter.from));
  if (filter.to) q = q.where('c.started_at', '<', dayAfter(filter.to));
  const rows = await q.orderBy('c.started_at', 'desc').limit(LOG_LIMIT).execute();
  return rows.map(toCallView);
}

/** Calls routed to the staff member in the last 30 days: the open ones first, then the newest. */
export async function myCalls(db: Reader, staffId: string): Promise<CallView[]> {
  const rows = await selectCalls(db)
    .where(sql<boolean>`c.legs @> ${JSON.stringify([{ staffId }])}::jsonb`)
    .where('c.started_at', '>', sql<Date>`now() - interval '30 days'`)
    .orderBy(sql`c.status in ('ringing', 'answered', 'transferred')`, 'desc')
    .orderBy('c.started_at', 'desc')
    .limit(100)
    .execute();
  return rows.map(toCallView);
}

/**
 * Records of the hotline unit's subtree: the unit in one of the record's unit columns has the hotline unit on its path.
 * `columns`: the record's unit columns (any of them in scope puts the record in scope).
 */
function inScope(unitId: string, columns: readonly string[]) {
  const units = sql.join(columns.map((c) => sql.ref(c)));
  return sql<boolean>`exists (select 1 from units su where su.id in (${units}) and ${unitId}::uuid = any(su.path))`;
}

/**
 * The screen-pop for the hotline of `unitId`: the caller's name, and their dossiers, appointments, tickets and
 * earlier calls of that unit and the units below it. Records of other units are counted in `elsewhere`, with
 * nothing else about them (docs/DECISIONS.md, 2026-12-04).
 */
export async function screenPop(db: Reader, unitId: string, phoneText: string): Promise<ScreenPop> {
  const parsed = parseHotlinePhone(phoneText);
  if (!parsed || parsed.kind === 'service') {
    const message = 'Số điện thoại không hợp lệ.';
    throw invalid('HOTLINE_PHONE_INVALID', message, [{ field: 'phone', message }]);
  }
  const phone = parsed.normalised;
  const dossierUnits = ['d.receiving_unit_id', 'd.handling_unit_id'];
  const [person, dossiers, tickets, appointments, calls, elsewhere] = await Promise.all([
    db
      .selectFrom('persons')
      .select(['id', 'full_name'])
      .where('phone', '=', phone)
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('dossiers as d')
      .innerJoin('persons as p', 'p.id', 'd.applicant_id')
      .select(['d.code', 'd.procedure_name', 'd.status', 'd.received_at', 'd.due_at', 'd.submitted_at'])
      .where('p.phone', '=', phone)
      .where(inScope(unitId, dossierUnits))
      .orderBy('d.submitted_at', 'desc')
      .limit(20)
      .execute(),
    db
      .selectFrom('queue_tickets as t')
      .innerJoin('units as u', 'u.id', 't.unit_id')
      .select(['t.id', 't.number', 'u.name as unit_name', 't.status', 't.issued_at'])
      .where('t.phone', '=', phone)
      .where(inScope(unitId, ['t.unit_id']))
      .orderBy('t.issued_at', 'desc')
      .limit(10)
      .execute(),
    db
      .selectFrom('appointments as a')
      .select(['a.code', 'a.procedure_name', 'a.starts_at', 'a.status'])
      .where('a.phone', '=', phone)
      .where(inScope(unitId, ['a.unit_id']))
      .orderBy('a.starts_at', 'desc')
      .limit(10)
      .execute(),
    db
      .selectFrom('hotline_calls as c')
      .select(['c.id', 'c.reference', 'c.started_at', 'c.status', 'c.outcome'])
      .where('c.phone', '=', phone)
      .where(inScope(unitId, ['c.unit_id']))
      .orderBy('c.started_at', 'desc')
      .limit(20)
      .execute(),
    sql<ScreenPop['elsewhere']>`
      select
        (select count(*)::int from dossiers d join persons p on p.id = d.applicant_id
          where p.phone = ${phone} and not ${inScope(unitId, dossierUnits)}) as "dossiers",
        (select count(*)::int from appointments a
          where a.phone = ${phone} and not ${inScope(unitId, ['a.unit_id'])}) as "appointments",
        (select count(*)::int from queue_tickets t
          where t.phone = ${phone} and not ${inScope(unitId, ['t.unit_id'])}) as "tickets",
        (select count(*)::int from hotline_calls c
          where c.phone = ${phone} and not ${inScope(unitId, ['c.unit_id'])}) as "calls"`
      .execute(db)
      .then((r) => r.rows[0]!),
  ]);
  return {
    phone,
    phoneDisplay: displayPhone(phone),
    person: person ? { id: person.id, fullName: person.full_name } : null,
    dossiers: dossiers.map((d) => ({
      code: d.code,
      procedureName: d.procedure_name,
      status: d.status,
      statusLabel: statusLabels[d.status] ?? d.status,
      receivedAt: d.received_at ? d.received_at.toISOString() : null,
      dueAt: d.due_at ? d.due_at.toISOString() : null,
    })),
    tickets: tickets.map((t) => ({
      id: t.id,
      number: t.number,
      unitName: t.unit_name,
      status: t.status,
      issuedAt: t.issued_at.toISOString(),
    })),
    appointments: appointments.map((a) => ({
      code: a.code,
      procedureName: a.procedure_name,
      startsAt: a.starts_at.toISOString(),
      status: a.status,
    })),
    calls: calls.map((c) => ({
      id: c.id,
      reference: c.reference,
      startedAt: c.started_at.toISOString(),
      status: c.status,
      outcome: c.outcome,
    })),
    elsewhere: {
      dossiers: Number(elsewhere.dossiers),
      appointments: Number(elsewhere.appointments),
      tickets: Number(elsewhere.tickets),
      calls: Number(elsewhere.calls),
    },
  };
}
