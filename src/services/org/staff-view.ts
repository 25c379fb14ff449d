/**
 * The staff member as the admin API shows it, and the list query with its filters and scope.
 */
import { sql } from 'kysely';
import { forbidden } from '../../domain/errors.js';
import { canManageStaff } from '../../domain/org/grants.js';
import { can, roleGrants, type Actor, type Permission, type Role } from '../../domain/org/roles.js';
import { foldForSearch } from '../../domain/org/rules.js';
import { compareVietnamese } from '../../domain/org/unit-tree.js';
import type { Reader } from '../../db/transaction.js';
import { findUnit, rolesOfStaff, type StaffRecord } from './queries.js';

export interface StaffView {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  unit: { id: string; name: string; isSample: boolean };
  roles: { role: Role; label: string; unitId: string; unitName: string }[];
  fieldCodes: string[];
  extension: string | null;
  active: boolean;
  /** When the account is locked after failed logins, until when; otherwise null. */
  lockedUntil: string | null;
  mustChangePassword: boolean;
  /** The actor may edit this account. */
  manageable: boolean;
}

type ViewableRecord = Omit<StaffRecord, 'unit'> & {
  unit: Pick<StaffRecord['unit'], 'id' | 'name' | 'is_sample' | 'path'>;
};

export function staffView(record: ViewableRecord, actor: Actor, now = new Date()): StaffView {
  const { staff, unit, roles } = record;
  const locked = staff.locked_until && staff.locked_until > now ? staff.locked_until : null;
  return {
    id: staff.id,
    username: staff.username,
    fullName: staff.full_name,
    email: staff.email,
    phone: staff.phone,
    unit: { id: unit.id, name: unit.name, isSample: unit.is_sample },
    roles: roles.map((r) => ({ role: r.role, label: r.label, unitId: r.unitId, unitName: r.unitName })),
    fieldCodes: staff.field_codes,
    extension: staff.extension,
    active: staff.active,
    lockedUntil: locked ? locked.toISOString() : null,
    mustChangePassword: staff.must_change_password,
    manageable: canManageStaff(actor, {
      id: staff.id,
      unitPath: unit.path,
      roles: roles.map((r) => ({ role: r.role, unitPath: r.unitPath })),
    }),
  };
}

export interface StaffFilter {
  unitId?: string;
  role?: Role;
  q?: string;
  active?: boolean;
  page?: number;
  pageSize?: number;
}

/** Units (by id) over which the actor holds `permission`, split by how far each reaches. */
export function scopeOf(actor: Actor, permission: Permission) {
  const subtree: string[] = [];
  const single: string[] = [];
  for (const a of actor.roles) {
    const g = roleGrants[a.role];
    if (!(g.permissions as readonly Permission[]).includes(permission)) continue;
    (g.scope === 'subtree' ? subtree : single).push(a.unitId);
  }
  return { subtree, single };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

/** Staff whose home unit the actor may read (the SQL scope mirrors can(actor, 'org.read', …)), filtered, sorted by name (Vietnamese order), one page. */
export async function listStaff(
  db: Reader,
  actor: Actor,
  filter: StaffFilter,
): Promise<{ items: StaffView[]; total: number }> {
  if (filter.unitId) {
    const unit = await findUnit(db, filter.unitId);
    if (!unit || !can(actor, 'org.read', unit.path))
      throw forbidden('Bạn không có quyền xem cán bộ của đơn vị này.');
  }
  const scope = scopeOf(actor, 'org.read');
  if (scope.subtree.length + scope.single.length === 0) return { items: [], total: 0 };
  let q = db
    .selectFrom('staff as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .selectAll('s')
    .select(['u.name as unit_name', 'u.path as unit_path', 'u.is_sample as unit_is_sample'])
    .where((eb) =>
      eb.or([
        ...(scope.subtree.length ? [sql<boolean>`u.path && ${sql.val(scope.subtree)}::uuid[]`] : []),
        ...(scope.single.length ? [eb('s.unit_id', 'in', scope.single)] : []),
      ]),
    );
  if (filter.unitId) q = q.where('s.unit_id', '=', filter.unitId);
  if (filter.active !== undefined) q = q.where('s.active', '=', filter.active);
  if (filter.role) {
    const role = filter.role;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('staff_roles as r')
          .select('r.staff_id')
          .whereRef('r.staff_id', '=', 's.id')
          .where('r.role', '=', role),
      ),
    );
  }
  const text = filter.q?.trim();
  if (text) {
    const pattern = '%' + escapeLike(foldForSearch(text)) + '%';
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`lower(unaccent(s.full_name)) like ${pattern}`,
        eb('s.username', 'like', pattern),
        sql<boolean>`lower(coalesce(s.email, '')) like ${pattern}`,
        eb('s.extension', 'like', pattern),
      ]),
    );
  }
  const rows = await q.execute();
  rows.sort((a, b) => compareVietnamese(a.full_name, b.full_name) || a.username.localeCompare(b.username));
  const pageSize = filter.pageSize ?? 50;
  const page = filter.page ?? 1;
  const slice = rows.slice((page - 1) * pageSize, page * pageSize);
  const roles = await rolesOfStaff(
    db,
    slice.map((r) => r.id),
  );
  const items = slice.map(({ unit_name, unit_path, unit_is_sample, ...staff }) =>
    staffView(
      {
        staff,
        unit: { id: staff.unit_id, name: unit_name, path: unit_path, is_sample: unit_is_sample },
        roles: roles.get(staff.id) ?? [],
      },
      actor,
    ),
  );
  return { items, total: rows.length };
}
