/**
 * Reads shared by the organisation and auth services: units, staff with their roles, and the Actor of a staff
 * member.
 */
import type { Selectable } from 'kysely';
import { notFound } from '../../domain/errors.js';
import { roleLabels, type Actor, type Role } from '../../domain/org/roles.js';
import type { StaffTable, UnitsTable } from '../../db/tables/org.js';
import type { Reader } from '../../db/transaction.js';

export type UnitRow = Selectable<UnitsTable>;
export type StaffRow = Selectable<StaffTable>;

export async function findUnit(db: Reader, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getUnit(db: Reader, id: string): Promise<UnitRow> {
  const unit = await findUnit(db, id);
  if (!unit) throw notFound('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị.');
  return unit;
}

export interface StaffRoleView {
  role: Role;
  label: string;
  unitId: string;
  unitName: string;
  unitPath: string[];
}

/** Roles of several staff members, with their units' names and paths, keyed by staff id. */
export async function rolesOfStaff(
  db: Reader,
  staffIds: readonly string[],
): Promise<Map<string, StaffRoleView[]>> {
  const out = new Map<string, StaffRoleView[]>();
  if (staffIds.length === 0) return out;
  const rows = await db
    .selectFrom('staff_roles as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.staff_id', 'r.role', 'r.unit_id', 'u.name as unit_name', 'u.path as unit_path'])
    .where('r.staff_id', 'in', staffIds)
    .orderBy('r.created_at')
    .orderBy('r.role')
    .execute();
  for (const r of rows) {
    const list = out.get(r.staff_id) ?? [];
    list.push({
      role: r.role,
      label: roleLabels[r.role],
      unitId: r.unit_id,
      unitName: r.unit_name,
      unitPath: r.unit_path,
    });
    out.set(r.staff_id, list);
  }
  return out;
}

export interface StaffRecord {
  staff: StaffRow;
  unit: UnitRow;
  roles: StaffRoleView[];
}

export async function findStaffRecord(db: Reader, id: string): Promise<StaffRecord | undefined> {
  const staff = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  if (!staff) return undefined;
  const unit = await getUnit(db, staff.unit_id);
  const roles = (await rolesOfStaff(db, [id])).get(id) ?? [];
  return { staff, unit, roles };
}

export async function getStaffRecord(db: Reader, id: string): Promise<StaffRecord> {
  const record = await findStaffRecord(db, id);
  if (!record) throw notFound('STAFF_NOT_FOUND', 'Không tìm thấy cán bộ.');
  return record;
}

export function actorOf(record: StaffRecord): Actor {
  return {
    id: record.staff.id,
    username: record.staff.username,
    fullName: record.staff.full_name,
    roles: record.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitPath: r.unitPath })),
  };
}
