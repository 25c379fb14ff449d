/**
 * The units a dossier may be sent to (a transfer) or asked (a consultation): every active unit but the province
 * itself and the unit holding the dossier. The server lists them (suggested first) and refuses any other; the desk
 * offers them in a list, never as a typed agency id.
 */
import type { UnitSector } from '../org/sectors.js';

export interface TransferTarget {
  agencyId: string;
  name: string;
  type: string;
  sector: UnitSector | null;
  /** The workflow's next transfer names this unit, or it is a Tax office and the dossier is at a Land office. */
  suggested: boolean;
  /** A transfer there carries the information slip on land (from a Land Registration Office to a Tax office). */
  needsTaxSlip: boolean;
  /** Default answer deadline of a consultation asked now, a working instant on the unit's calendar. */
  consultDueAt: string;
}

/** Whether the unit may receive a dossier or a consultation from the unit `fromUnitId`. */
export function isTargetUnit(
  unit: { id: string; type: string; active: boolean },
  fromUnitId: string,
): boolean {
  return unit.active && unit.type !== 'province' && unit.id !== fromUnitId;
}
