/**
 * The audit trail of the citizen's side: sign-in, sign-out and every read of a person's data by the citizen
 * themselves, in audit_log like the staff's reads (services/audit/read.ts): the purpose, whose data it was (the
 * person found by the verified phone, and the phone). The actor is the citizen, named by the masked phone.
 */
import { maskPhone } from '../../domain/dossier/declaration.js';
import { nationalPhone } from '../../domain/contact/contact.js';
import type { Reader } from '../../db/transaction.js';
import { auditRow } from '../org/audit.js';

export interface CitizenAuditEntry {
  action:
    'citizen.login' | 'citizen.logout' | 'citizen.me.read' | 'citizen.dossiers.read' | 'citizen.dossier.read';
  /** +84 and 9 digits. */
  phone: string;
  requestId: string;
  personId?: string | null;
  extra?: Record<string, unknown>;
}

export async function auditCitizen(db: Reader, entry: CitizenAuditEntry): Promise<void> {
  const read = entry.action.endsWith('.read');
  await db
    .insertInto('audit_log')
    .values({
      ...auditRow(
        { actor: null, requestId: entry.requestId },
        {
          action: entry.action,
          entity: read ? 'person' : 'citizen_session',
          entityId: entry.personId ?? null,
          ...(entry.extra ? { extra: entry.extra } : {}),
        },
      ),
      // The citizen has no staff id: named by the masked phone.
      actor_name: `Công dân ${maskPhone(entry.phone)}`,
      purpose: read ? 'citizen_self_service' : null,
      subject_person_id: entry.personId ?? null,
      subject_phone: nationalPhone(entry.phone),
    })
    .execute();
}
