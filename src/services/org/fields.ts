/**
 * Fields (lĩnh vực): one province-wide list. Every staff member may read it; only holders of `field.manage`
 * (province administrators) may add or change a field. Codes are stable: other records refer to them.
 */
import { conflict, forbidden, invalid, notFound } from '../../domain/errors.js';
import { canAnywhere } from '../../domain/org/roles.js';
import { FIELD_CODE_PATTERN } from '../../domain/org/rules.js';
import { procedureCountsByField } from '../catalogue/queries.js';
import { writeAudit } from './audit.js';
import type { ActingContext } from './context.js';
import type { Reader, Trx } from '../../db/transaction.js';

export interface FieldView {
  code: string;
  name: string;
  description: string | null;
  sortOrder: number;
}

export interface FieldListItem extends FieldView {
  /** Procedures in force today in the field: a field without any is not offered to citizens or callers. */
  procedureCount: number;
}

export async function listFields(db: Reader): Promise<FieldListItem[]> {
  const [rows, counts] = await Promise.all([
    db.selectFrom('fields').selectAll().orderBy('sort_order').orderBy('code').execute(),
    procedureCountsByField(db),
  ]);
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    description: r.description,
    sortOrder: r.sort_order,
    procedureCount: counts.get(r.code) ?? 0,
  }));
}

export interface FieldInput {
  code: string;
  name: string;
  description?: string | null;
  sortOrder?: number;
}

export async function createField(trx: Trx, ctx: ActingContext, input: FieldInput): Promise<FieldView> {
  if (!canAnywhere(ctx.actor, 'field.manage')) throw forbidden();
  const code = input.code.trim().toUpperCase();
  if (!FIELD_CODE_PATTERN.test(code)) {
    throw invalid('VALIDATION_FAILED', 'Mã lĩnh vực không hợp lệ.', [
      { field: 'code', message: 'Mã gồm chữ in hoa không dấu, chữ số hoặc gạch dưới, tối đa 20 ký tự.' },
    ]);
  }
  const exists = await trx.selectFrom('fields').select('code').where('code', '=', code).executeTakeFirst();
  if (exists) {
    throw conflict('FIELD_EXISTS', `Lĩnh vực mã ${code} đã có.`, {
      fields: [{ field: 'code', message: 'Mã đã được dùng.' }],
    });
  }
  const row = await trx
    .insertInto('fields')
    .values({
      code,
      name: input.name.trim(),
      description: input.description?.trim() || null,
      sort_order: input.sortOrder ?? 0,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, {
    action: 'field.create',
    entity: 'field',
    entityId: code,
    fields: Object.keys(input),
  });
  return { code: row.code, name: row.name, description: row.description, sortOrder: row.sort_order };
}

export interface FieldPatch {
  name?: string;
  description?: string | null;
  sortOrder?: number;
}

export async function updateField(
  trx: Trx,
  ctx: ActingContext,
  code: string,
  patch: FieldPatch,
): Promise<FieldView> {
  if (!canAnywhere(ctx.actor, 'field.manage')) throw forbidden();
  const existing = await trx.selectFrom('fields').selectAll().where('code', '=', code).executeTakeFirst();
  if (!existing) throw notFound('FIELD_NOT_FOUND', 'Không tìm thấy lĩnh vực.');
  const changed = (Object.keys(patch) as (keyof FieldPatch)[]).filter((k) => patch[k] !== undefined);
  if (changed.length === 0) {
    return { code, name: existing.name, description: existing.description, sortOrder: existing.sort_order };
  }
  const row = await trx
    .updateTable('fields')
    .set({
      name: patch.name?.trim(),
      description: patch.description === undefined ? undefined : patch.description?.trim() || null,
      sort_order: patch.sortOrder,
      updated_at: new Date(),
    })
    .where('code', '=', code)
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, { action: 'field.update', entity: 'field', entityId: code, fields: changed });
  return { code: row.code, name: row.name, description: row.description, sortOrder: row.sort_order };
}
