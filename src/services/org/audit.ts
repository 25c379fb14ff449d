/**
 * Writes one audit_log row per change. Only the NAMES of changed fields are recorded, never their values, so that
 * passwords, ID numbers and phone numbers never reach the audit trail.
 */
import type { ActingContext } from './context.js';
import type { Trx } from '../../db/transaction.js';

export interface AuditEntry {
  /** e.g. staff.create, unit.update, auth.login */
  action: string;
  /** e.g. staff, unit, field, session */
  entity: string;
  entityId: string | null;
  /** The unit the record belongs to, when it has one. */
  unitId?: string | null;
  /** Names of the fields that changed (camelCase, as in the API). */
  fields?: readonly string[];
  /** Further non-personal facts, e.g. { roles: ['unit_admin@…'] }. */
  extra?: Record<string, unknown>;
}

export async function writeAudit(
  trx: Trx,
  who: Pick<ActingContext, 'requestId'> & { actor: { id: string; fullName: string } | null },
  entry: AuditEntry,
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      actor_id: who.actor?.id ?? null,
      actor_name: who.actor?.fullName ?? null,
      unit_id: entry.unitId ?? null,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      request_id: who.requestId,
      data: JSON.stringify({ ...(entry.fields ? { fields: [...entry.fields] } : {}), ...entry.extra }),
    })
    .execute();
}
