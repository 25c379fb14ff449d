/**
 * Staff roles and what each may do. A role is always held in a unit; `scope` says whether it also reaches the
 * unit's descendants. One declarative table, used by the server to refuse and by the browser to hide.
 */
import { keysOf } from '../keys.js';

export const roleLabels = {
  reception_officer: 'Công chức tiếp nhận',
  specialist: 'Chuyên viên xử lý',
  leader: 'Lãnh đạo',
  hotline_operator: 'Điện thoại viên tổng đài',
  unit_admin: 'Quản trị đơn vị',
  province_admin: 'Quản trị cấp tỉnh',
  service_point_helper: 'Người hỗ trợ tại điểm dịch vụ công',
} as const;
export const roles = keysOf(roleLabels);
export type Role = keyof typeof roleLabels;

export const permissions = [
  'org.read', // see units, fields, staff of the scope
  'staff.manage', // create/edit/lock staff in the scope
  'unit.manage', // create/edit units under the scope
  'field.manage', // edit the list of fields (province-wide)
  'catalogue.manage', // edit procedures and import/export the catalogue
  'audit.read',
  'notify.manage', // see and resend the unit's messages, set its daily SMS cap and citizens' preferences
  'notify.templates', // edit the message templates (province-wide)
  'service_points.manage', // open and edit the unit's online public service points, bind helpers, see their counts
  'fees.manage', // list, add, correct and end the province's fee policies (province-wide)
] as const;
export type Permission = (typeof permissions)[number];

/** `subtree`: the role applies to the unit it is held in and every unit below it. */
export const roleGrants = {
  reception_officer: { scope: 'unit', permissions: ['org.read'] },
  specialist: { scope: 'unit', permissions: ['org.read'] },
  leader: { scope: 'subtree', permissions: ['org.read', 'audit.read'] },
  hotline_operator: { scope: 'unit', permissions: ['org.read'] },
  unit_admin: {
    scope: 'subtree',
    permissions: [
      'org.read',
      'staff.manage',
      'unit.manage',
      'audit.read',
      'notify.manage',
      'service_points.manage',
    ],
  },
  province_admin: {
    scope: 'subtree',
    permissions: [
      'org.read',
      'staff.manage',
      'unit.manage',
      'field.manage',
      'catalogue.manage',
      'audit.read',
      'notify.manage',
      'notify.templates',
      'service_points.manage',
      'fees.manage',
    ],
  },
  // Least privilege: no permission at all; the service-point routes are the only staff routes they may use
  // (requireActor in src/http/shared/guard.ts refuses every other one).
  service_point_helper: { scope: 'unit', permissions: [] },
} as const satisfies Record<Role, { scope: 'unit' | 'subtree'; permissions: readonly Permission[] }>;

export interface RoleAssignment {
  role: Role;
  unitId: string;
  /** Materialised path of the unit: ids of its ancestors and itself, root first. */
  unitPath: readonly string[];
}

/** The authenticated staff member acting in a request. */
export interface Actor {
  id: string;
  username: string;
  fullName: string;
  roles: readonly RoleAssignment[];
}

/** Whether the actor holds `permission` over the unit whose path is `targetPath` (root first, itself last). */
export function can(actor: Actor, permission: Permission, targetPath: readonly string[]): boolean {
  const target = targetPath[targetPath.length - 1];
  return actor.roles.some((a) => {
    const grant = roleGrants[a.role];
    if (!(grant.permissions as readonly Permission[]).includes(permission)) return false;
    return grant.scope === 'subtree' ? targetPath.includes(a.unitId) : a.unitId === target;
  });
}

/** The roles whose grant includes `permission` (role lists shared with the browser's menus). */
export function rolesWith(permission: Permission): Role[] {
  return roles.filter((r) => (roleGrants[r].permissions as readonly Permission[]).includes(permission));
}

/** Whether the actor holds `permission` anywhere at all (for menus and province-wide lists). */
export function canAnywhere(actor: Actor, permission: Permission): boolean {
  return actor.roles.some((a) =>
    (roleGrants[a.role].permissions as readonly Permission[]).includes(permission),
  );
}

/**
 * Whether the actor is a service-point helper: the role is never combined with another (services/org/staff.ts), so
 * an actor holding it holds nothing else.
 */
export function isServicePointHelper(actor: Pick<Actor, 'roles'>): boolean {
  return actor.roles.some((a) => a.role === 'service_point_helper');
}
