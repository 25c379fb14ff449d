/**
 * Who may work the queue of a unit: its reception officers and specialists (in the unit itself), who sign in to a
 * counter and issue tickets at the reception point. Counters are managed with `unit.manage`. The queue's statistics
 * are read by those who work it and by those who read the unit's audit (its leaders and administrators, by scope).
 */
import { can, rolesWith, type Actor, type Role } from '../org/roles.js';

export const counterRoles = ['reception_officer', 'specialist'] as const satisfies readonly Role[];

export function canWorkQueue(actor: Actor, unitId: string): boolean {
  return actor.roles.some((r) => r.unitId === unitId && (counterRoles as readonly Role[]).includes(r.role));
}

export function canManageCounters(actor: Actor, unitPath: readonly string[]): boolean {
  return can(actor, 'unit.manage', unitPath);
}

/** `unitPath`: the unit's ancestors and itself, root first. */
export function canReadQueueStats(actor: Actor, unitPath: readonly string[]): boolean {
  return can(actor, 'audit.read', unitPath) || canWorkQueue(actor, unitPath[unitPath.length - 1] ?? '');
}

/** The roles that read a unit's queue statistics (held in the unit, or above it for a subtree role). */
export const queueStatsRoles: readonly Role[] = [...new Set([...counterRoles, ...rolesWith('audit.read')])];
