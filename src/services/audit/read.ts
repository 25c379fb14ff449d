/**
 * Recording a staff member's read of a person's data (Decree 13/2023): one INSERT, on its own (no transaction
 * around the read; the chain's trigger serialises only this statement). Called by a route after the service has
 * checked the actor may read and has read, so a refused or failed read is not recorded as a read.
 *
 *   await auditRead(db, ctx, { action: readActions.dossier, purpose: 'dossier_handling', dossierCode: code });
 *
 * The row names the staff member (id and name), the purpose, and whose data it was: for a dossier the applicant
 * (person id and phone, looked up by the same statement) and the handling unit; for a look-up by phone the phone
 * as the staff member asked for it, normalised (0xxxxxxxxx).
 */
import { sql } from 'kysely';
import type { ReadPurpose } from '../../domain/audit/purposes.js';
import { normaliseNationalPhone } from '../../domain/contact/contact.js';
import type { ActingContext } from '../org/context.js';
import type { Reader } from '../../db/transaction.js';

export interface AuditRead {
  action: string;
  purpose: ReadPurpose;
  /** A dossier's data: entity, unit and person come from the dossier. */
  dossierCode?: string;
  /** A look-up by phone (screen-pop, preferences, call-log search). */
  phone?: string;
  /** The person found, when the read found one (e.g. the screen-pop's caller). */
  personId?: string | null;
  entity?: string;
  entityId?: string | null;
  unitId?: string | null;
  /** The unit by its agency id instead (looked up by the same statement). */
  agencyId?: string;
  /** Non-personal facts, e.g. the date range of a register. */
  extra?: Record<string, unknown>;
}

/** The phone as stored in audit_log.subject_phone: 0xxxxxxxxx when it is one, else what was typed (at most 20). */
export function subjectPhone(raw: string): string {
  return normaliseNationalPhone(raw) ?? raw.slice(0, 20);
}

export async function auditRead(db: Reader, ctx: ActingContext, read: AuditRead): Promise<void> {
  const code = read.dossierCode;
  const ofDossier = (column: 'handling_unit_id' | 'applicant_id') =>
    sql<string>`(select d.${sql.ref(column)} from dossiers d where d.code = ${code})`;
  await db
    .insertInto('audit_log')
    .values({
      actor_id: ctx.actor.id,
      actor_name: ctx.actor.fullName,
      unit_id:
        code !== undefined
          ? ofDossier('handling_unit_id')
          : read.agencyId !== undefined
            ? sql<string>`(select u.id from units u where u.agency_id = ${read.agencyId})`
            : (read.unitId ?? null),
      action: read.action,
      entity: code !== undefined ? 'dossier' : (read.entity ?? 'person'),
      entity_id: code ?? read.entityId ?? null,
      request_id: ctx.requestId,
      purpose: read.purpose,
      subject_person_id: code !== undefined ? ofDossier('applicant_id') : (read.personId ?? null),
      subject_phone:
        read.phone !== undefined
          ? subjectPhone(read.phone)
          : code !== undefined
            ? sql<string>`(select '0' || substr(p.phone, 4) from dossiers d join persons p on p.id = d.applicant_id
                where d.code = ${code})`
            : null,
      data: JSON.stringify({ ...read.extra }),
    })
    .execute();
}
