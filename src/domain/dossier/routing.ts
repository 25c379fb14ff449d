/**
 * Routing at the desk: who may be given a dossier automatically, and who may appraise it. A specialist with fields
 * (lĩnh vực) only gets dossiers of those fields; one without fields takes any. Appraisal is the assignee's: anyone
 * else (another specialist of the unit) has the leader reassign it first. A dossier nobody was assigned (a unit
 * without a leader, a dossier sent on before assignment) is appraised by whichever specialist takes it, who becomes
 * its assignee.
 */
import { actionSpec } from './actions.js';
import type { Action } from './vocabulary.js';

export function handlesField(fieldCodes: readonly string[], fieldCode: string): boolean {
  return fieldCodes.length === 0 || fieldCodes.includes(fieldCode);
}

/** Whether the actor may take `action` as far as the assignment goes (other rules are checked elsewhere). */
export function assigneeAllows(action: Action, assigneeId: string | null, actorId: string): boolean {
  return !actionSpec(action).assigneeOnly || assigneeId === null || assigneeId === actorId;
}
