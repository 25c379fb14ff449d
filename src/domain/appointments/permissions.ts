/**
 * Who may do what with a unit's appointments at the desk: a role held in the appointment's unit (or, for roles whose
 * scope is the subtree, in one of its ancestors). Shared with the browser to show the desk page and its buttons.
 */
import { roleGrants, type Actor, type Role } from '../org/roles.js';

export const appointmentRoles = {
  /** The unit's list of the day. */
  view: ['reception_officer', 'leader', 'unit_admin', 'province_admin'],
  /** Welcome the citizen: the appointment becomes a priority ticket. */
  check_in: ['reception_officer', 'leader'],
} as const satisfies Record<string, readonly Role[]>;
export type AppointmentAction = keyof typeof appointmentRoles;

export function mayOnAppointments(
  actor: Actor,
  action: AppointmentAction,
  unitPath: readonly string[],
): boolean {
  const unit = unitPath[unitPath.length - 1];
  return actor.roles.some(
    (a) =>
      (appointmentRoles[action] as readonly Role[]).includes(a.role) &&
      (roleGrants[a.role].scope === 'subtree' ? unitPath.includes(a.unitId) : a.unitId === unit),
  );
}
