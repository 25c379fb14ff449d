/**
 * The per-process fan-out of queue changes to lobby displays. One LISTEN on the database per process, whatever the
 * number of displays: a change announced by any instance (notify.ts) arrives here after its commit; the hub sends
 * a `call` event at once (the display chimes and speaks) and then one fresh snapshot per unit, computed once and
 * written to every display of that unit. Snapshots of a unit are coalesced: changes arriving while one is being
 * read cause one more read, not one per change.
 */
import type { DatabaseHandle } from '../../db/connection.js';
import { QUEUE_CHANNEL, type QueueChange } from './notify.js';
import { displaySnapshot } from './views.js';

export interface DisplayClient {
  /** Writes one SSE message (already framed). */
  send(frame: string): void;
}

export function sseFrame(event: string, data: unknown, id?: number): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

interface UnitChannel {
  clients: Set<DisplayClient>;
  reading: boolean;
  dirty: boolean;
}

export class QueueHub {
  private readonly units = new Map<string, UnitChannel>();
  private unlisten: (() => Promise<void>) | undefined;
  private starting: Promise<void> | undefined;
  private seq = 0;
  private closed = false;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** Listening starts with the first display. */
  private start(): Promise<void> {
    this.starting ??= this.database
      .listen(QUEUE_CHANNEL, (payload) => this.receive(payload))
      .then((unlisten) => {
        this.unlisten = unlisten;
      });
    return this.starting;
  }

  /** Adds a display of the unit; it gets a full snapshot first. Returns its removal. */
  async subscribe(unitId: string, client: DisplayClient): Promise<() => void> {
    await this.start();
    let channel = this.units.get(unitId);
    if (!channel) {
      channel = { clients: new Set(), reading: false, dirty: false };
      this.units.set(unitId, channel);
    }
    channel.clients.add(client);
    const remove = () => {
      channel.clients.delete(client);
      if (channel.clients.size === 0 && !channel.reading) this.units.delete(unitId);
    };
    try {
      const snapshot = await displaySnapshot(this.database.db, unitId);
      client.send(sseFrame('snapshot', snapshot, ++this.seq));
    } catch (err) {
      remove();
      throw err;
    }
    return remove;
  }

  get displays(): number {
    let n = 0;
    for (const c of this.units.values()) n += c.clients.size;
    return n;
  }

  private receive(payload: string): void {
    if (payload === '') {
      // The listener reconnected and may have missed changes: resend every unit's snapshot.
      for (const unitId of this.units.keys()) this.refresh(unitId);
      return;
    }
    let change: QueueChange;
    try {
      change = JSON.parse(payload) as QueueChange;
    } catch {
      return;
    }
    const channel = this.units.get(change.unitId);
    if (!channel) return;
    if (change.kind === 'called' && change.call) {
      const frame = sseFrame('call', change.call, ++this.seq);
      for (const c of channel.clients) c.send(frame);
    }
    this.refresh(change.unitId);
  }

  private refresh(unitId: string): void {
    const channel = this.units.get(unitId);
    if (!channel || this.closed) return;
    if (channel.reading) {
      channel.dirty = true;
      return;
    }
    channel.reading = true;
    channel.dirty = false;
    displaySnapshot(this.database.db, unitId)
      .then((snapshot) => {
        const frame = sseFrame('snapshot', snapshot, ++this.seq);
        for (const c of channel.clients) c.send(frame);
      })
      .catch(this.onError)
      .finally(() => {
        channel.reading = false;
        if (channel.dirty) this.refresh(unitId);
        else if (channel.clients.size === 0) this.units.delete(unitId);
      });
  }

  /** Sends a comment line to every display so proxies keep the connections open. */
  heartbeat(): void {
    for (const channel of this.units.values()) for (const c of channel.clients) c.send(': ping\n\n');
  }

  async close(): Promise<void> {
    this.closed = true;
    this.units.clear();
    await this.starting?.catch(() => undefined);
    await this.unlisten?.();
  }
}
