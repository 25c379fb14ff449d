/**
 * The building blocks every catalogue write shares: fields created on first use, a version inserted (never
 * updated), and an audit row.
 */
import { sql } from 'kysely';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import type { Actor } from '../../domain/org/roles.js';
import type { Trx } from './versions.js';

/** Who writes: a staff member, or null for the system (demo data, command line). */
export interface CatalogueWriter {
  actor: Pick<Actor, 'id' | 'fullName'> | null;
  requestId?: string | null;
}

/**
 * Creates the fields that do not exist yet (code and name as in the records), listed after the existing ones (all new
 * fields share one sort position, so they sort by name among themselves); returns the codes created.
 */
export async function ensureFields(
  trx: Trx,
  fields: readonly { code: string; name: string }[],
): Promise<string[]> {
  const byCode = new Map<string, string>();
  for (const f of fields) if (!byCode.has(f.code)) byCode.set(f.code, f.name.trim() || f.code);
  if (byCode.size === 0) return [];
  const last = await trx
    .selectFrom('fields')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .executeTakeFirst();
  const after = Number(last?.max ?? 0);
  const rows = await trx
    .insertInto('fields')
    .values([...byCode].map(([code, name]) => ({ code, name, sort_order: after + 1 })))
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .execute();
  return rows.map((r) => r.code);
}

export interface NewVersion {
  procedureId: string;
  no: number;
  effectiveFrom: string;
  record: ProcedureRecord;
  note?: string | null;
}

/** Inserts versions and moves each procedure's latest pointer and field. */
export async function insertVersions(
  trx: Trx,
  writer: CatalogueWriter,
  list: readonly NewVersion[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < list.length; i += 500) {
    const chunk = list.slice(i, i + 500);
    const rows = await trx
      .insertInto('procedure_versions')
      .values(
        chunk.map((v) => ({
          procedure_id: v.procedureId,
          version_no: v.no,
          effective_from: v.effectiveFrom,
          record: JSON.stringify(v.record),
          created_by: writer.actor?.id ?? null,
          created_by_name: writer.actor?.fullName ?? null,
          note: v.note ?? null,
        })),
      )
      .returning(['id', 'procedure_id'])
      .execute();
    for (const r of rows) ids.set(r.procedure_id, r.id);
  }
  if (list.length > 0) {
    await sql`
      update procedures p
      set latest_version_no = v.no, field_code = v.field, updated_at = now()
      from (
        select unnest(${list.map((v) => v.procedureId)}::uuid[]) as id,
               unnest(${list.map((v) => v.no)}::int[]) as no,
               unnest(${list.map((v) => v.record.field.code)}::text[]) as field
      ) v
      where p.id = v.id
    `.execute(trx);
  }
  return ids;
}

export interface CatalogueAudit {
  action: string;
  entity: string;
  entityId: string | null;
  data: Record<string, unknown>;
}

export async function writeCatalogueAudit(
  trx: Trx,
  writer: CatalogueWriter,
  entries: readonly CatalogueAudit[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    await trx
      .insertInto('audit_log')
      .values(
        entries.slice(i, i + 500).map((e) => ({
          actor_id: writer.actor?.id ?? null,
          actor_name: writer.actor?.fullName ?? null,
          action: e.action,
          entity: e.entity,
          entity_id: e.entityId,
          request_id: writer.requestId ?? null,
          data: JSON.stringify(e.data),
        })),
      )
      .execute();
  }
}
