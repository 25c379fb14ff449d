/**
 * The per-process fan-out of queue changes to lobby displays (one LISTEN per process: live/fan-out.ts). A change
 * announced by any instance (notify.ts) arrives here after its commit; the hub sends a `call` event at once (the
 * display chimes and speaks) and then one fresh snapshot per unit, computed once and written to every display of
 * that unit. Snapshots of a unit are coalesced: changes arriving while one is being read cause one more read, not
 * one per change. Every display gets a full snapshot when it subscribes, and all of them after a reconnection of the
 * listener.
 */
import type { DatabaseHandle } from '../../db/connection.js';
import { UnitFanOut, type StreamClient } from '../live/fan-out.js';
import { QUEUE_CHANNEL, type QueueChange } from './notify.js';
import { displaySnapshot } from './views.js';

export class QueueHub extends UnitFanOut {
  /** Units whose snapshot is being read; `true` when another change arrived meanwhile. */
  private readonly reading = new Map<string, boolean>();

  constructor(database: DatabaseHandle, onError?: (err: unknown) => void) {
    super(database, QUEUE_CHANNEL, onError);
  }

  protected override async welcome(unitId: string, client: StreamClient): Promise<void> {
    const snapshot = await displaySnapshot(this.database.db, unitId);
    client.send(this.frame('snapshot', snapshot));
  }

  protected receive(payload: string): void {
    if (payload === '') {
      for (const unitId of this.units.keys()) this.refresh(unitId);
      return;
    }
    let change: QueueChange;
    try {
      change = JSON.parse(payload) as QueueChange;
    } catch {
      return;
    }
    if (!this.units.has(change.unitId)) return;
    if (change.kind === 'called' && change.call)
      this.broadcast(change.unitId, this.frame('call', change.call));
    this.refresh(change.unitId);
  }

  private refresh(unitId: string): void {
    if (!this.units.has(unitId) || this.closed) return;
    if (this.reading.has(unitId)) {
      this.reading.set(unitId, true);
      return;
    }
    this.reading.set(unitId, false);
    displaySnapshot(this.database.db, unitId)
      .then((snapshot) => this.broadcast(unitId, this.frame('snapshot', snapshot)))
      .catch(this.onError)
      .finally(() => {
        const again = this.reading.get(unitId);
        this.reading.delete(unitId);
        if (again) this.refresh(unitId);
      });
  }
}
