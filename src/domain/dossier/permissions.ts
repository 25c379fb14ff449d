/**
 * Who may take which action on a dossier: a role held in the unit that handles the dossier now (or, for roles whose
 * scope is the subtree, in one of its ancestors). Kept beside the transition table so the browser can show only
 * the buttons the actor may press.
 */
import { roleGrants, type Actor, type Role } from '../org/roles.js';
import type { Action } from './lifecycle.js';

export const actionRoles = {
  submit_online: [],
  receive: ['reception_officer'],
  request_supplement: ['reception_officer', 'specialist'],
  receive_supplement: ['reception_officer'],
  refuse: ['reception_officer', 'specialist', 'leader'],
  assign: ['leader'],
  appraise: ['specialist'],
  send_back: ['leader'],
  approve: ['leader'],
  transfer: ['specialist', 'leader'],
  transfer_back: ['specialist', 'leader'],
  request_payment: ['reception_officer', 'specialist'],
  record_payment: ['reception_officer'],
  extend: ['leader'],
  stop: ['leader'],
  withdraw: ['reception_officer'],
  record_result: ['specialist', 'leader'],
  notify_result: ['reception_officer'],
  send_by_post: ['reception_officer'],
  return_result: ['reception_officer'],
  consult: ['specialist', 'leader'],
  // Checked against the consulted unit (its open consultation task), not the unit handling the dossier.
  answer_consult: ['specialist', 'leader'],
} as const satisfies Record<Action, readonly Role[]>;

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
  return (actionRoles[action] as readonly Role[]).some((r) => holds(actor, r, unitPath));
}

/** The first role that lets the actor take `action` (recorded in the log), or undefined. */
export function actingRole(actor: Actor, action: Action, unitPath: readonly string[]): Role | undefined {
  return (actionRoles[action] as readonly Role[]).find((r) => holds(actor, r, unitPath));
}

/** Staff who may see a dossier: any role in one of its units (receiving or handling), by the role's scope. */
export function maySee(actor: Actor, unitPaths: readonly (readonly string[])[]): boolean {
  return unitPaths.some((path) => actor.roles.some((a) => holds(actor, a.role, path)));
}
