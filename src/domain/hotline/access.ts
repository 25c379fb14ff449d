/**
 * Who may do what at the hotline of a unit. Its hotline operators and specialists work the calls (transfer, send a
 * checklist, record an outcome, return callbacks, set their presence); its leaders and administrators (and those of
 * the units above it) may read the log, the callbacks and the statistics. A caller's screen-pop at a unit's hotline
 * shows only their records of that unit and the units below it; others are counted (services/hotline/reads.ts).
 */
import type { Actor, Role } from '../org/roles.js';

export const hotlineWorkRoles = ['hotline_operator', 'specialist'] as const satisfies readonly Role[];
export const hotlineReadRoles = ['leader', 'unit_admin', 'province_admin'] as const satisfies readonly Role[];

export function canWorkHotline(actor: Actor, unitId: string): boolean {
  return actor.roles.some(
    (r) => r.unitId === unitId && (hotlineWorkRoles as readonly Role[]).includes(r.role),
  );
}

/** `unitPath`: the unit's ancestors and itself, root first. */
export function canReadHotline(actor: Actor, unitId: string, unitPath: readonly string[]): boolean {
  return (
    canWorkHotline(actor, unitId) ||
    actor.roles.some(
      (r) => (hotlineReadRoles as readonly Role[]).includes(r.role) && unitPath.includes(r.unitId),
    )
  );
}

/** The unit whose hotline the actor works or reads by default: the first unit of a working role, else of a reading one. */
export function defaultHotlineUnit(actor: Actor): string | undefined {
  const work = actor.roles.find((r) => (hotlineWorkRoles as readonly Role[]).includes(r.role));
  if (work) return work.unitId;
  return actor.roles.find((r) => (hotlineReadRoles as readonly Role[]).includes(r.role))?.unitId;
}
