/**
 * The audit trail of the citizen's side: sign-in, sign-out, the person a national-identity sign-in linked, and
 * every read of a person's data by the citizen themselves, in audit_log like the staff's reads
 * (services/audit/read.ts): the purpose, whose data it was (the person, and the phone). The actor is the citizen,
 * named by the masked phone, or as signed in by national identity when no phone is known (the ID number is never
 * written: the person's id says who it is).
 */
import { maskPhone } from '../../domain/dossier/declaration.js';
import { nationalPhone } from '../../domain/contact/contact.js';
import type { Reader } from '../../db/transaction.js';
import { auditRow } from '../org/audit.js';

export interface CitizenAuditEntry {
  action:
    | 'citizen.login'
    | 'citizen.logout'
    | 'citizen.person.linked'
    | 'citizen.me.read'
    | 'citizen.dossiers.read'
    | 'citizen.dossier.read'
    | 'citizen.documents.read'
    | 'citizen.activity.read'
    | 'citizen.submit'
    | 'citizen.supplement.sent';
  /** What the entry is about when it is not the person read or the session (a dossier submitted). */
  entity?: { kind: string; id: string };
  /** +84 and 9 digits; null: a national-identity sign-in without a verified phone. */
  phone: string | null;
  requestId: string;
  personId?: string | null;
  extra?: Record<string, unknown>;
}

/** The citizen has no staff id: named by the masked phone, or as signed in by national identity without one. */
export const citizenActorName = (phone: string | null) =>
  phone ? `Công dân ${maskPhone(phone)}` : 'Công dân (định danh điện tử)';

export async function auditCitizen(db: Reader, entry: CitizenAuditEntry): Promise<void> {
  const read = entry.action.endsWith('.read');
  const aboutPerson = read || entry.action === 'citizen.person.linked';
  await db
    .insertInto('audit_log')
    .values({
      ...auditRow(
        { actor: null, requestId: entry.requestId },
        {
          action: entry.action,
          entity: entry.entity?.kind ?? (aboutPerson ? 'person' : 'citizen_session'),
          entityId: entry.entity?.id ?? entry.personId ?? null,
          ...(entry.extra ? { extra: entry.extra } : {}),
        },
      ),
      actor_name: citizenActorName(entry.phone),
      purpose: read ? 'citizen_self_service' : null,
      subject_person_id: entry.personId ?? null,
      subject_phone: entry.phone ? nationalPhone(entry.phone) : null,
    })
    .execute();
}
