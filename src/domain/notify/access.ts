/**
 * Who may read and record a citizen's choice of channel and SMS opt-out (at the citizen's request): reception
 * officers at the desk, and whoever manages a unit's notifications. Shared with the browser's menu.
 */
import { rolesWith, type Actor, type Role } from '../org/roles.js';

export const preferenceRoles: readonly Role[] = [
  ...new Set<Role>(['reception_officer', ...rolesWith('notify.manage')]),
];

export function mayHandlePreferences(actor: Actor): boolean {
  return actor.roles.some((r) => preferenceRoles.includes(r.role));
}
