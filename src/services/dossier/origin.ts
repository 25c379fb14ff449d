/**
 * Where a dossier came from, for its page: the applicant's answers to the checklist questions (in words) and the
 * appointment, ticket, hotline call and checklist it was received from (links stored at intake, migration 0019),
 * and the service point and helper who submitted it online for the citizen (migration 0034).
 */
import { answersInWords } from '../../domain/checklist/conditions.js';
import { getVersionById } from '../catalogue/versions.js';
import type { Reader } from '../../db/transaction.js';
import type { DossierOrigin } from '../../domain/dossier/origin.js';

export type { DossierOrigin };

export async function dossierOrigin(db: Reader, dossierId: string): Promise<DossierOrigin> {
  const row = await db
    .selectFrom('dossiers as d')
    .leftJoin('appointments as a', 'a.id', 'd.appointment_id')
    .leftJoin('queue_tickets as t', 't.id', 'd.ticket_id')
    .leftJoin('hotline_calls as c', 'c.id', 'd.hotline_call_id')
    .leftJoin('hotline_checklists as k', 'k.id', 'd.hotline_checklist_id')
    .leftJoin('service_point_submissions as sp', 'sp.dossier_id', 'd.id')
    .leftJoin('service_points as p', 'p.id', 'sp.point_id')
    .leftJoin('staff as h', 'h.id', 'sp.helper_id')
    .select([
      'd.answers',
      'd.procedure_version_id',
      'a.code as appointment_code',
      'a.local_date',
      'a.start_time',
      't.number as ticket_number',
      't.issued_at',
      'c.reference',
      'c.started_at',
      'k.procedure_code as checklist_procedure',
      'k.sent_at',
      'p.name as point_name',
      'h.full_name as helper_name',
      'sp.consent',
      'sp.submitted_at as point_submitted_at',
    ])
    .where('d.id', '=', dossierId)
    .executeTakeFirstOrThrow();
  const answered = Object.keys(row.answers).length > 0;
  const record = answered ? (await getVersionById(db, row.procedure_version_id)).record : null;
  return {
    answers: record ? answersInWords(record, row.answers) : [],
    appointment:
      row.appointment_code && row.local_date && row.start_time
        ? { code: row.appointment_code, date: row.local_date, startTime: row.start_time }
        : null,
    ticket:
      row.ticket_number && row.issued_at
        ? { number: row.ticket_number, issuedAt: row.issued_at.toISOString() }
        : null,
    call:
      row.reference && row.started_at
        ? { reference: row.reference, startedAt: row.started_at.toISOString() }
        : null,
    checklist:
      row.checklist_procedure && row.sent_at
        ? { procedureCode: row.checklist_procedure, sentAt: row.sent_at.toISOString() }
        : null,
    servicePoint:
      row.point_name && row.helper_name && row.consent && row.point_submitted_at
        ? {
            name: row.point_name,
            helper: row.helper_name,
            consent: row.consent,
            submittedAt: new Date(row.point_submitted_at).toISOString(),
          }
        : null,
  };
}
