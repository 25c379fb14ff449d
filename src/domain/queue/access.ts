/**
 * Who may work the queue of a unit: its reception officers and specialists (in the unit itself), who sign in to a
 * counter and issue tickets at the reception point. Counters are managed with `unit.manage`.
 */
import { can, type Actor, type Role } from '../org/roles.js';

export const counterRoles = ['reception_officer', 'specialist'] as const satisfies readonly Role[];

export function canWorkQueue(actor: Actor, unitId: string): boolean {
  return actor.roles.some((r) => r.unitId === unitId && (counterRoles as readonly Role[]).includes(r.role));
}

export function canManageCounters(actor: Actor, unitPath: readonly string[]): boolean {
  return can(actor, 'unit.manage', unitPath);
}
