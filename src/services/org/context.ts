/**
 * What every staff action carries: who acts and the request it belongs to (for the audit trail).
 */
import type { Actor } from '../../domain/org/roles.js';

export interface ActingContext {
  actor: Actor;
  requestId: string;
}
