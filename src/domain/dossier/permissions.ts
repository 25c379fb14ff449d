/**
 * Who may take which action on a dossier: a role held in the unit that handles the dossier now (or, for roles whose
 * scope is the subtree, in one of its ancestors), as each action's row says (actions.ts: `roles`). Shared with the
 * browser, which shows only the buttons the actor may press.
 */
import { roleGrants, type Actor, type Role } from '../org/roles.js';
import { actionSpec } from './actions.js';
import type { Action } from './vocabulary.js';

/** Whether the actor holds `role` over the unit whose path is `unitPath` (root first, itself last). */
function holds(actor: Actor, role: Role, unitPath: readonly string[]): boolean {
  const unit = unitPath[unitPath.length - 1];
  return actor.roles.some(
    (a) =>
      a.role === role &&
      (roleGrants[role].scope === 'subtree' ? unitPath.includes(a.unitId) : a.unitId === unit),
  );
}

/** The roles through which the actor may take `action` on a dossier handled by the unit at `unitPath`. */
export function mayAct(actor: Actor, action: Action, unitPath: readonly string[]): boolean {
  return actionSpec(action).roles.some((r) => holds(actor, r, unitPath));
}

/** The first role that lets the actor take `action` (recorded in the log), or undefined. */
export function actingRole(actor: Actor, action: Action, unitPath: readonly string[]): Role | undefined {
  return actionSpec(action).roles.find((r) => holds(actor, r, unitPath));
}

/** Staff who may see a dossier: any role in one of its units (receiving or handling), by the role's scope. */
export function maySee(actor: Actor, unitPaths: readonly (readonly string[])[]): boolean {
  return unitPaths.some((path) => actor.roles.some((a) => holds(actor, a.role, path)));
}
