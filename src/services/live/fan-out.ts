/**
 * The per-process fan-out of one LISTEN channel to the live streams (SSE) of each unit: one LISTEN on the database
 * per process, whatever the number of streams, started with the first subscriber. A change announced by any
 * instance arrives after its commit; what it becomes for the streams is the subclass's business (`receive`): the
 * lobby display's snapshots (queue/hub.ts), the hotline consoles' frames (hotline/hub.ts).
 */
import type { DatabaseHandle } from '../../db/connection.js';

export interface StreamClient {
  /** Writes one SSE message (already framed). */
  send(frame: string): void;
}

/** One SSE message: an optional id, the event name and its JSON data. */
export function sseFrame(event: string, data: unknown, id?: number): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export abstract class UnitFanOut {
  protected readonly units = new Map<string, Set<StreamClient>>();
  protected closed = false;
  private unlisten: (() => Promise<void>) | undefined;
  private starting: Promise<void> | undefined;
  private seq = 0;

  constructor(
    protected readonly database: DatabaseHandle,
    private readonly channel: string,
    protected readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** A NOTIFY payload of the channel; '' after the listener reconnected (changes may have been missed). */
  protected abstract receive(payload: string): void;

  /** What a new subscriber gets first (nothing by default); a failure refuses the subscription. */
  protected welcome(_unitId: string, _client: StreamClient): Promise<void> {
    return Promise.resolve();
  }

  private start(): Promise<void> {
    this.starting ??= this.database
      .listen(this.channel, (payload) => this.receive(payload))
      .then((unlisten) => {
        this.unlisten = unlisten;
      });
    return this.starting;
  }

  /** Adds a stream of the unit. Returns its removal. */
  async subscribe(unitId: string, client: StreamClient): Promise<() => void> {
    await this.start();
    let clients = this.units.get(unitId);
    if (!clients) {
      clients = new Set();
      this.units.set(unitId, clients);
    }
    clients.add(client);
    const remove = () => {
      clients.delete(client);
      if (clients.size === 0 && this.units.get(unitId) === clients) this.units.delete(unitId);
    };
    try {
      await this.welcome(unitId, client);
    } catch (err) {
      remove();
      throw err;
    }
    return remove;
  }

  /** The number of streams open on this process. */
  get subscribers(): number {
    let n = 0;
    for (const c of this.units.values()) n += c.size;
    return n;
  }

  /** The frame of an event, numbered in this process's order. */
  protected frame(event: string, data: unknown): string {
    return sseFrame(event, data, ++this.seq);
  }

  /** Writes a frame to every stream of the unit. */
  protected broadcast(unitId: string, frame: string): void {
    for (const c of this.units.get(unitId) ?? []) c.send(frame);
  }

  /** Sends a comment line to every stream so proxies keep the connections open. */
  heartbeat(): void {
    for (const clients of this.units.values()) for (const c of clients) c.send(': ping\n\n');
  }

  async close(): Promise<void> {
    this.closed = true;
    this.units.clear();
    await this.starting?.catch(() => undefined);
    await this.unlisten?.();
  }
}
