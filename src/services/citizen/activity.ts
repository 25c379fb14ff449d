/**
 * "Hồ sơ của tôi" beyond dossiers: the appointments, queue tickets, hotline calls and messages of the citizen's
 * verified phone, newest first, at most ACTIVITY_LIMIT of each; one-time codes are left out of the messages. A
 * citizen signed in by national identity without a verified phone has none. Audited as a read of their own data.
 */
import { ACTIVITY_LIMIT, type CitizenActivity } from '../../contracts/citizen-activity.js';
import { appointmentStatusLabels } from '../../domain/appointments/status.js';
import { callOutcomeLabels } from '../../domain/hotline/views.js';
import { statusLabels as ticketStatusLabels } from '../../domain/queue/ticket.js';
import type { Reader } from '../../db/transaction.js';
import { auditCitizen } from './audit.js';
import type { Citizen } from './me.js';

const empty: CitizenActivity = { appointments: [], tickets: [], calls: [], messages: [] };

export async function getCitizenActivity(db: Reader, citizen: Citizen): Promise<CitizenActivity> {
  const phone = citizen.phone;
  if (!phone) return empty;
  const [appointments, tickets, calls, messages] = await Promise.all([
    db
      .selectFrom('appointments as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select(['a.code', 'a.procedure_code', 'a.procedure_name', 'u.name as unit_name', 'a.local_date'])
      .select(['a.start_time', 'a.end_time', 'a.status'])
      .where('a.phone', '=', phone)
      .orderBy('a.starts_at', 'desc')
      .limit(ACTIVITY_LIMIT)
      .execute(),
    db
      .selectFrom('queue_tickets as t')
      .innerJoin('units as u', 'u.id', 't.unit_id')
      .select(['t.number', 'u.name as unit_name', 't.issued_at', 't.status'])
      .where('t.phone', '=', phone)
      .orderBy('t.issued_at', 'desc')
      .limit(ACTIVITY_LIMIT)
      .execute(),
    db
      .selectFrom('hotline_calls as c')
      .innerJoin('units as u', 'u.id', 'c.unit_id')
      .select(['c.reference', 'u.name as unit_name', 'c.started_at', 'c.answered_at', 'c.outcome'])
      .where('c.phone', '=', phone)
      .orderBy('c.started_at', 'desc')
      .limit(ACTIVITY_LIMIT)
      .execute(),
    db
      .selectFrom('notifications')
      .select(['channel', 'body', 'created_at', 'sent_at'])
      .where('recipient', '=', phone)
      .where('dedupe_key', 'not like', 'otp:%')
      .orderBy('created_at', 'desc')
      .limit(ACTIVITY_LIMIT)
      .execute(),
  ]);
  await auditCitizen(db, { action: 'citizen.activity.read', ...citizen });
  return {
    appointments: appointments.map((a) => ({
      code: a.code,
      procedure: { code: a.procedure_code, name: a.procedure_name },
      unitName: a.unit_name,
      date: a.local_date,
      start: a.start_time,
      end: a.end_time,
      status: a.status,
      statusLabel: appointmentStatusLabels[a.status],
    })),
    tickets: tickets.map((t) => ({
      number: t.number,
      unitName: t.unit_name,
      issuedAt: new Date(t.issued_at).toISOString(),
      statusLabel: ticketStatusLabels[t.status],
    })),
    calls: calls.map((c) => ({
      reference: c.reference,
      unitName: c.unit_name,
      startedAt: new Date(c.started_at).toISOString(),
      answered: c.answered_at !== null,
      outcomeLabel: c.outcome ? callOutcomeLabels[c.outcome] : null,
    })),
    messages: messages.map((m) => ({
      channel: m.channel,
      body: m.body,
      createdAt: new Date(m.created_at).toISOString(),
      sent: m.sent_at !== null,
    })),
  };
}
