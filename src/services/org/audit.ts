/**
 * Writes one audit_log row per change. Only the NAMES of changed fields are recorded, never their values, so that
 * passwords, ID numbers and phone numbers never reach the audit trail.
 */
import type { ActingContext } from './context.js';
import type { Trx } from '../../db/transaction.js';

export interface AuditEntry<Id = string | null> {
  /** e.g. staff.create, unit.update, auth.login */
  action: string;
  /** e.g. staff, unit, field, session */
  entity: string;
  entityId: Id;
  /** The unit the record belongs to, when it has one. */
  unitId?: string | null;
  /** Names of the fields that changed (camelCase, as in the API). */
  fields?: readonly string[];
  /** Further non-personal facts, e.g. { roles: ['unit_admin@…'] }. */
  extra?: Record<string, unknown>;
}

export interface AuditWriter {
  actor: { id: string; fullName: string } | null;
  requestId: ActingContext['requestId'];
}

/**
 * The audit_log row of an entry (pure): written by `writeAudit` and by the intake's statement, whose entity id is an
 * SQL expression (the code it makes).
 */
export function auditRow<Id>(who: AuditWriter, entry: AuditEntry<Id>) {
  return {
    actor_id: who.actor?.id ?? null,
    actor_name: who.actor?.fullName ?? null,
    unit_id: entry.unitId ?? null,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    request_id: who.requestId,
    data: JSON.stringify({ ...(entry.fields ? { fields: [...entry.fields] } : {}), ...entry.extra }),
  };
}

export async function writeAudit(trx: Trx, who: AuditWriter, entry: AuditEntry): Promise<void> {
  await trx.insertInto('audit_log').values(auditRow(who, entry)).execute();
}
