/**
 * The per-process fan-out of hotline changes to the consoles (one LISTEN per process: live/fan-out.ts). A change
 * announced by any instance (announce.ts) arrives after its commit and is written, as one SSE frame, to every
 * console of its unit. A frame whose data did not fit the NOTIFY payload is read once.
 */
import type { DatabaseHandle } from '../../db/connection.js';
import { UnitFanOut } from '../live/fan-out.js';
import { HOTLINE_CHANNEL, type HotlineChange } from './announce.js';
import { findCallback } from './callbacks.js';
import { findCallView } from './calls.js';
import { directoryEntries } from './directory.js';

export class HotlineHub extends UnitFanOut {
  constructor(database: DatabaseHandle, onError?: (err: unknown) => void) {
    super(database, HOTLINE_CHANNEL, onError);
  }

  protected receive(payload: string): void {
    // After a reconnection the consoles reload their lists themselves (the stream carries changes, not snapshots).
    if (payload === '' || this.closed) return;
    let change: HotlineChange;
    try {
      change = JSON.parse(payload) as HotlineChange;
    } catch {
      return;
    }
    if (!this.units.get(change.unitId)?.size) return;
    if (change.data !== undefined) {
      this.broadcast(change.unitId, this.frame(change.frame, change.data));
      return;
    }
    this.read(change)
      .then((data) => {
        if (data !== undefined) this.broadcast(change.unitId, this.frame(change.frame, data));
      })
      .catch(this.onError);
  }

  private async read(change: HotlineChange): Promise<unknown> {
    const { db } = this.database;
    if (change.frame === 'call') return findCallView(db, change.id);
    if (change.frame === 'callback') return findCallback(db, change.id);
    return (await directoryEntries(db, { staffIds: [change.id] }))[0];
  }
}
