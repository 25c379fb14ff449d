/**
 * What the signed-in citizen sees of themselves, and "Hồ sơ của tôi". A citizen is linked to `persons` by the
 * national-identity sign-in (the session's person) and by the verified phone: the dossiers listed are those whose
 * applicant is that person or has that phone; the name and ID number shown are the linked person's, else those of
 * the person most recently recorded with the phone. Every read is audited (services/citizen/audit.ts).
 */
import { sql } from 'kysely';
import { maskIdNumber, waitingForApplicant } from '../../domain/citizen/citizen.js';
import { nationalPhone } from '../../domain/contact/contact.js';
import { portalStatus, statusLabels } from '../../domain/dossier/lifecycle.js';
import type { CitizenDossierList, CitizenDossierQuery, CitizenMe } from '../../contracts/citizen.js';
import type { Reader } from '../../db/transaction.js';
import { paymentsOfList } from '../payment/list.js';
import { auditCitizen } from './audit.js';
import type { CitizenIdentity } from './sessions.js';

export interface Citizen extends CitizenIdentity {
  requestId: string;
}

export async function getCitizenMe(db: Reader, citizen: Citizen): Promise<CitizenMe> {
  const person = await db
    .selectFrom('persons')
    .select(['id', 'full_name', 'id_number'])
    .where((eb) =>
      citizen.personId ? eb('id', '=', citizen.personId) : eb('phone', '=', citizen.phone ?? ''),
    )
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  await auditCitizen(db, { action: 'citizen.me.read', ...citizen, personId: person?.id ?? null });
  return {
    ...(citizen.phone ? { phone: nationalPhone(citizen.phone) } : {}),
    ...(person ? { fullName: person.full_name } : {}),
    ...(person?.id_number ? { idNumber: maskIdNumber(person.id_number) } : {}),
    verifiedBy: citizen.verifiedBy,
  };
}

/** The dossiers whose applicant is the linked person or has the verified phone (any person recorded with it). */
export const dossiersOf = (db: Reader, citizen: CitizenIdentity) =>
  db
    .selectFrom('dossiers as d')
    .where((eb) =>
      eb.or([
        ...(citizen.personId ? [eb('d.applicant_id', '=', citizen.personId)] : []),
        ...(citizen.phone
          ? [
              eb(
                'd.applicant_id',
                'in',
                eb.selectFrom('persons').select('id').where('phone', '=', citizen.phone),
              ),
            ]
          : []),
      ]),
    );

/** The dossiers whose applicant has the citizen's phone, every status, newest first, one page. */
export async function listMyDossiers(
  db: Reader,
  citizen: Citizen,
  query: CitizenDossierQuery,
): Promise<CitizenDossierList> {
  const rows = await dossiersOf(db, citizen)
    .select(['d.code', 'd.status', 'd.procedure_code', 'd.procedure_name', 'd.submitted_at', 'd.due_at'])
    .select(sql<string>`count(*) over ()`.as('total'))
    .orderBy('d.submitted_at', 'desc')
    .orderBy('d.code', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  await auditCitizen(db, {
    action: 'citizen.dossiers.read',
    ...citizen,
    extra: { page: query.page, codes: rows.map((r) => r.code) },
  });
  // Past the last page no row carries the count.
  const total = rows[0]
    ? Number(rows[0].total)
    : Number(
        (
          await dossiersOf(db, citizen)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
  const payments = await paymentsOfList(
    db,
    rows.map((r) => r.code),
  );
  return {
    items: rows.map((r) => {
      const waitingFor = waitingForApplicant[r.status];
      const payment = payments.get(r.code);
      return {
        code: r.code,
        status: r.status,
        statusKey: portalStatus[r.status],
        statusLabel: statusLabels[r.status],
        procedure: { code: r.procedure_code, name: r.procedure_name },
        submittedAt: r.submitted_at.toISOString(),
        dueAt: r.due_at?.toISOString() ?? null,
        needsMe: waitingFor !== null,
        ...(waitingFor ? { waitingFor } : {}),
        ...(payment ? { payment } : {}),
      };
    }),
    total,
  };
}
