/**
 * Units (đơn vị): list the tree the actor may see, create a unit under one they manage, update one.
 * A unit's contact details (short name, address, phone) can be changed by whoever manages the unit; its identity
 * (name, agency id, active) only by whoever manages its parent — a commune administrator cannot rename their own
 * commune or change the agency id that its dossier codes carry.
 * Every area finds a unit by its agency id (mã định danh) here.
 */
import { randomUUID } from 'node:crypto';
import { conflict, forbidden, invalid, notFound } from '../../domain/errors.js';
import { can, type Actor } from '../../domain/org/roles.js';
import { normaliseNationalPhone } from '../../domain/contact/contact.js';
import { agencyIdIssue, collectIssues } from '../../domain/org/rules.js';
import { orderUnitTree, type UnitType } from '../../domain/org/unit-tree.js';
import type { Unit } from '../../contracts/org.js';
import { writeAudit } from './audit.js';
import type { ActingContext } from './context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { findUnit, getUnit, type UnitRow } from './queries.js';

/** A unit as the admin API shows it, with what the actor may change on it. */
export type UnitView = Unit;

function identityPath(unit: UnitRow): string[] {
  return unit.path.length > 1 ? unit.path.slice(0, -1) : unit.path;
}

function view(unit: UnitRow, actor: Actor, depth = 0): UnitView {
  return {
    id: unit.id,
    parentId: unit.parent_id,
    type: unit.type,
    agencyId: unit.agency_id,
    name: unit.name,
    shortName: unit.short_name,
    address: unit.address,
    phone: unit.phone,
    isSample: unit.is_sample,
    active: unit.active,
    depth,
    manageable: can(actor, 'unit.manage', unit.path),
    identityManageable: can(actor, 'unit.manage', identityPath(unit)),
  };
}

export async function listUnits(db: Reader, actor: Actor): Promise<UnitView[]> {
  const rows = await db.selectFrom('units').selectAll().execute();
  const visible = rows.filter((u) => can(actor, 'org.read', u.path));
  return orderUnitTree(visible.map((u) => ({ ...u, parentId: u.parent_id }))).map((u) =>
    view(u, actor, u.depth),
  );
}

export interface UnitInput {
  parentId: string;
  type: Exclude<UnitType, 'province'>;
  agencyId: string;
  name: string;
  shortName?: string | null;
  address?: string | null;
  phone?: string | null;
}

function checkContact(input: { phone?: string | null; agencyId?: string }) {
  const issues = collectIssues([
    ['agencyId', input.agencyId === undefined ? undefined : agencyIdIssue(input.agencyId)],
    [
      'phone',
      input.phone && !normaliseNationalPhone(input.phone)
        ? 'Số điện thoại không hợp lệ (10 hoặc 11 chữ số, bắt đầu bằng 0).'
        : undefined,
    ],
  ]);
  if (issues.length) throw invalid('VALIDATION_FAILED', 'Thông tin đơn vị chưa hợp lệ.', issues);
}

async function ensureAgencyIdFree(db: Reader, agencyId: string, exceptId?: string) {
  let q = db.selectFrom('units').select('id').where('agency_id', '=', agencyId);
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) {
    throw conflict('AGENCY_ID_TAKEN', `Mã định danh ${agencyId} đã được dùng cho đơn vị khác.`, {
      fields: [{ field: 'agencyId', message: 'Mã định danh đã được dùng.' }],
    });
  }
}

const blankToNull = (s: string | null | undefined) => (s === undefined ? undefined : s?.trim() || null);

export async function createUnit(trx: Trx, ctx: ActingContext, input: UnitInput): Promise<UnitView> {
  const parent = await findUnit(trx, input.parentId);
  if (!parent) {
    throw invalid('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị cấp trên.', [
      { field: 'parentId', message: 'Không tìm thấy đơn vị.' },
    ]);
  }
  if (!can(ctx.actor, 'unit.manage', parent.path)) throw forbidden();
  const agencyId = input.agencyId.trim().toUpperCase();
  checkContact({ agencyId, phone: input.phone });
  await ensureAgencyIdFree(trx, agencyId);
  const id = randomUUID();
  const row = await trx
    .insertInto('units')
    .values({
      id,
      parent_id: parent.id,
      type: input.type,
      agency_id: agencyId,
      name: input.name.trim(),
      short_name: blankToNull(input.shortName) ?? null,
      address: blankToNull(input.address) ?? null,
      phone: input.phone ? (normaliseNationalPhone(input.phone) ?? null) : null,
      path: [...parent.path, id],
      // A unit created under a demo unit is demo data too.
      is_sample: parent.is_sample,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, {
    action: 'unit.create',
    entity: 'unit',
    entityId: id,
    unitId: id,
    fields: Object.keys(input).filter((k) => input[k as keyof UnitInput] !== undefined),
  });
  return view(row, ctx.actor);
}

export interface UnitPatch {
  name?: string;
  agencyId?: string;
  active?: boolean;
  shortName?: string | null;
  address?: string | null;
  phone?: string | null;
}

export async function updateUnit(
  trx: Trx,
  ctx: ActingContext,
  id: string,
  patch: UnitPatch,
): Promise<UnitView> {
  const unit = await getUnit(trx, id);
  if (!can(ctx.actor, 'unit.manage', unit.path)) throw forbidden();
  const identityChange =
    patch.name !== undefined || patch.agencyId !== undefined || patch.active !== undefined;
  if (identityChange && !can(ctx.actor, 'unit.manage', identityPath(unit))) {
    throw forbidden('Chỉ đơn vị cấp trên mới được đổi tên, mã định danh hoặc trạng thái của đơn vị này.');
  }
  const agencyId = patch.agencyId?.trim().toUpperCase();
  checkContact({ agencyId, phone: patch.phone });
  if (agencyId !== undefined) await ensureAgencyIdFree(trx, agencyId, id);
  const values = {
    name: patch.name?.trim(),
    agency_id: agencyId,
    active: patch.active,
    short_name: blankToNull(patch.shortName),
    address: blankToNull(patch.address),
    phone:
      patch.phone === undefined
        ? undefined
        : patch.phone
          ? (normaliseNationalPhone(patch.phone) ?? null)
          : null,
  };
  const changed = (Object.keys(patch) as (keyof UnitPatch)[]).filter((k) => patch[k] !== undefined);
  if (changed.length === 0) return view(unit, ctx.actor);
  const row = await trx
    .updateTable('units')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, {
    action: 'unit.update',
    entity: 'unit',
    entityId: id,
    unitId: id,
    fields: changed,
  });
  return view(row, ctx.actor);
}

export async function findUnitByAgencyId(db: Reader, agencyId: string): Promise<UnitRow | undefined> {
  return db
    .selectFrom('units')
    .selectAll()
    .where('agency_id', '=', agencyId.trim().toUpperCase())
    .executeTakeFirst();
}

/**
 * The unit with this agency id. When there is none: a 404 when the unit is what the request addresses (a path
 * parameter), or — given `input.field` — a 400 naming the input field that carried the agency id.
 */
export async function unitByAgencyId(
  db: Reader,
  agencyId: string,
  input?: { field: string },
): Promise<UnitRow> {
  const unit = await findUnitByAgencyId(db, agencyId);
  if (unit) return unit;
  if (!input)
    throw notFound('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã định danh ${agencyId.slice(0, 40)}.`);
  const message = `Không tìm thấy đơn vị có mã định danh ${agencyId}.`;
  throw invalid('UNIT_NOT_FOUND', message, [{ field: input.field, message }]);
}
