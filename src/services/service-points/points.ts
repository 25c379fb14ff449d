/**
 * A unit's online public service points, as its administrators keep them: list those of the units they manage,
 * open one, change it or close it (active = false), and bind helpers to it. Scope: `service_points.manage` over the
 * point's unit (src/domain/org/roles.ts); a helper bound to a point holds the role service_point_helper at that unit.
 */
import { randomUUID } from 'node:crypto';
import { forbidden, invalid, notFound, type FieldIssue } from '../../domain/errors.js';
import { can, canAnywhere, type Actor } from '../../domain/org/roles.js';
import type { PointCreateBody, PointPatchBody, ServicePoint } from '../../contracts/service-points.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import { findUnit, type UnitRow } from '../org/queries.js';

type Unit = Pick<UnitRow, 'id' | 'agency_id' | 'name' | 'path'>;

const noRight = () => forbidden('Bạn không có quyền quản lý điểm dịch vụ công của đơn vị này.');

/** The units whose points the actor manages. */
async function managedUnits(db: Reader, actor: Actor): Promise<Unit[]> {
  if (!canAnywhere(actor, 'service_points.manage')) throw noRight();
  const units = await db.selectFrom('units').select(['id', 'agency_id', 'name', 'path']).execute();
  return units.filter((u) => can(actor, 'service_points.manage', u.path));
}

/** Helpers (role service_point_helper, active) of the given units, with the point each works at. */
async function helpersOf(db: Reader, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('staff_roles as r')
    .innerJoin('staff as s', 's.id', 'r.staff_id')
    .leftJoin('service_point_helpers as h', 'h.staff_id', 's.id')
    .select(['s.id', 's.username', 's.full_name', 'r.unit_id', 'h.point_id'])
    .where('r.role', '=', 'service_point_helper')
    .where('r.unit_id', 'in', unitIds)
    .where('s.active', '=', true)
    .orderBy('s.full_name')
    .execute();
}

export async function listPoints(db: Reader, actor: Actor) {
  const units = await managedUnits(db, actor);
  const byId = new Map(units.map((u) => [u.id, u]));
  const ids = [...byId.keys()];
  const rows = ids.length
    ? await db.selectFrom('service_points').selectAll().where('unit_id', 'in', ids).orderBy('name').execute()
    : [];
  const helpers = await helpersOf(db, ids);
  const helper = (h: (typeof helpers)[number]) => ({ id: h.id, username: h.username, fullName: h.full_name });
  return {
    items: rows.map((p): ServicePoint => ({
      id: p.id,
      unit: { id: p.unit_id, agencyId: byId.get(p.unit_id)!.agency_id, name: byId.get(p.unit_id)!.name },
      name: p.name,
      kind: p.kind,
      address: p.address,
      active: p.active,
      helpers: helpers.filter((h) => h.point_id === p.id).map(helper),
    })),
    unboundHelpers: helpers.filter((h) => !h.point_id).map((h) => ({ ...helper(h), unitId: h.unit_id })),
  };
}

async function pointView(db: Reader, actor: Actor, id: string): Promise<ServicePoint> {
  const found = (await listPoints(db, actor)).items.find((p) => p.id === id);
  if (!found) throw notFound('SERVICE_POINT_NOT_FOUND', 'Không tìm thấy điểm dịch vụ công.');
  return found;
}

/** Binds exactly `helperIds` to the point: each must be a helper of the point's unit; others bound here are freed. */
async function bindHelpers(trx: Trx, unitId: string, pointId: string, helperIds: readonly string[]) {
  const helpers = await helpersOf(trx, [unitId]);
  const issues: FieldIssue[] = [];
  helperIds.forEach((id, i) => {
    if (!helpers.some((h) => h.id === id)) {
      issues.push({ field: `helperIds.${i}`, message: 'Không phải người hỗ trợ của đơn vị này.' });
    }
  });
  if (issues.length) throw invalid('VALIDATION_FAILED', 'Người hỗ trợ chưa hợp lệ.', issues);
  await trx.deleteFrom('service_point_helpers').where('point_id', '=', pointId).execute();
  if (helperIds.length === 0) return;
  await trx
    .insertInto('service_point_helpers')
    .values(helperIds.map((staff_id) => ({ staff_id, point_id: pointId })))
    .onConflict((oc) => oc.column('staff_id').doUpdateSet({ point_id: pointId, created_at: new Date() }))
    .execute();
}

const clean = (s: string | null | undefined) => (s == null ? s : s.trim().replace(/\s+/g, ' ') || null);

function nameIssue(name: string | undefined): FieldIssue[] {
  if (name === undefined || name.trim().length >= 2) return [];
  return [{ field: 'name', message: 'Tên điểm cần ít nhất 2 ký tự.' }];
}

export async function createPoint(trx: Trx, ctx: ActingContext, input: PointCreateBody) {
  const unit = await findUnit(trx, input.unitId);
  if (!unit) {
    const message = 'Không tìm thấy đơn vị.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'unitId', message }]);
  }
  if (!can(ctx.actor, 'service_points.manage', unit.path)) throw noRight();
  const issues = nameIssue(input.name);
  if (issues.length) throw invalid('VALIDATION_FAILED', 'Thông tin điểm chưa hợp lệ.', issues);
  const id = randomUUID();
  await trx
    .insertInto('service_points')
    .values({
      id,
      unit_id: unit.id,
      name: clean(input.name)!,
      kind: input.kind,
      address: clean(input.address) ?? null,
    })
    .execute();
  if (input.helperIds) await bindHelpers(trx, unit.id, id, input.helperIds);
  await writeAudit(trx, ctx, {
    action: 'service_point.create',
    entity: 'service_point',
    entityId: id,
    unitId: unit.id,
    fields: Object.keys(input),
  });
  return pointView(trx, ctx.actor, id);
}

export async function patchPoint(trx: Trx, ctx: ActingContext, id: string, patch: PointPatchBody) {
  const row = await trx.selectFrom('service_points').selectAll().where('id', '=', id).executeTakeFirst();
  const unit = row && (await findUnit(trx, row.unit_id));
  if (!row || !unit) throw notFound('SERVICE_POINT_NOT_FOUND', 'Không tìm thấy điểm dịch vụ công.');
  if (!can(ctx.actor, 'service_points.manage', unit.path)) throw noRight();
  const issues = nameIssue(patch.name);
  if (issues.length) throw invalid('VALIDATION_FAILED', 'Thông tin điểm chưa hợp lệ.', issues);
  await trx
    .updateTable('service_points')
    .set({
      ...(patch.name !== undefined ? { name: clean(patch.name)! } : {}),
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.address !== undefined ? { address: clean(patch.address) ?? null } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
  if (patch.helperIds) await bindHelpers(trx, unit.id, id, patch.helperIds);
  await writeAudit(trx, ctx, {
    action: 'service_point.update',
    entity: 'service_point',
    entityId: id,
    unitId: unit.id,
    fields: Object.keys(patch),
  });
  return pointView(trx, ctx.actor, id);
}

export { managedUnits };
