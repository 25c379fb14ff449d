/**
 * Who may grant which role where, and who may manage whom. Pure rules on top of roles.ts, used by the services to
 * refuse and by the browser to offer only what the server would accept.
 *
 * - A role can be granted in unit U only by someone holding `staff.manage` over U through a role of the same level
 *   or higher (`roleRank`). Only a province administrator can grant `province_admin`.
 * - A staff member can be managed (edited, locked, given a new password) only by someone who can manage their home
 *   unit AND could have granted every role they hold. This stops a commune administrator from taking over an
 *   account that holds more power than they do.
 */
import {
  can,
  canAnywhere,
  permissions,
  roleGrants,
  roles,
  type Actor,
  type Permission,
  type Role,
} from './roles.js';

/** Higher is more powerful. Roles of equal rank are peers. */
export const roleRank = {
  service_point_helper: 1,
  reception_officer: 1,
  specialist: 1,
  hotline_operator: 1,
  leader: 2,
  unit_admin: 3,
  province_admin: 4,
} as const satisfies Record<Role, number>;

/** Whether `actor` may grant (or take away) `role` in the unit whose path is `unitPath` (root first). */
export function canGrant(actor: Actor, role: Role, unitPath: readonly string[]): boolean {
  return actor.roles.some((a) => {
    const grant = roleGrants[a.role];
    if (!(grant.permissions as readonly Permission[]).includes('staff.manage')) return false;
    const reaches =
      grant.scope === 'subtree' ? unitPath.includes(a.unitId) : a.unitId === unitPath[unitPath.length - 1];
    if (!reaches) return false;
    if (role === 'province_admin') return a.role === 'province_admin';
    return roleRank[a.role] >= roleRank[role];
  });
}

/** The roles `actor` may grant in the unit at `unitPath`, in the order of `roles`. */
export function grantableRoles(actor: Actor, unitPath: readonly string[]): Role[] {
  return roles.filter((r) => canGrant(actor, r, unitPath));
}

export interface ManagedStaff {
  id: string;
  /** Path of the home unit. */
  unitPath: readonly string[];
  roles: readonly { role: Role; unitPath: readonly string[] }[];
}

/** Whether `actor` may edit, lock/unlock or reset the password of `target`. */
export function canManageStaff(actor: Actor, target: ManagedStaff): boolean {
  if (!can(actor, 'staff.manage', target.unitPath)) return false;
  return target.roles.every((r) => canGrant(actor, r.role, r.unitPath));
}

/** Whether `actor` may see `target` (the staff list, the detail). */
export function canSeeStaff(actor: Actor, target: Pick<ManagedStaff, 'unitPath'>): boolean {
  return can(actor, 'org.read', target.unitPath);
}

/** Every permission the actor holds somewhere (for menus; unit checks still apply). */
export function actorPermissions(actor: Actor): Permission[] {
  return permissions.filter((p) => canAnywhere(actor, p));
}

/** A role change as the difference between two sets of (role, unit) pairs. */
export function diffRoles<T extends { role: Role; unitId: string }>(
  before: readonly T[],
  after: readonly T[],
): { added: T[]; removed: T[] } {
  const key = (r: { role: Role; unitId: string }) => `${r.role}@${r.unitId}`;
  const b = new Set(before.map(key));
  const a = new Set(after.map(key));
  return { added: after.filter((r) => !b.has(key(r))), removed: before.filter((r) => !a.has(key(r))) };
}
