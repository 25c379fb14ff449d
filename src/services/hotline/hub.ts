/**
 * The per-process fan-out of hotline changes to the consoles: one LISTEN on the database per process, whatever the
 * number of consoles. A change announced by any instance (announce.ts) arrives after its commit and is written, as
 * one SSE frame, to every console of its unit. A frame whose data did not fit the NOTIFY payload is read once.
 */
import type { DatabaseHandle } from '../../db/connection.js';
import { HOTLINE_CHANNEL, type HotlineChange } from './announce.js';
import { findCallback } from './callbacks.js';
import { findCallView } from './calls.js';
import { directoryEntries } from './directory.js';

export interface ConsoleClient {
  /** Writes one SSE message (already framed). */
  send(frame: string): void;
}

export function sseFrame(event: string, data: unknown, id?: number): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export class HotlineHub {
  private readonly units = new Map<string, Set<ConsoleClient>>();
  private unlisten: (() => Promise<void>) | undefined;
  private starting: Promise<void> | undefined;
  private seq = 0;
  private closed = false;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  private start(): Promise<void> {
    this.starting ??= this.database
      .listen(HOTLINE_CHANNEL, (payload) => this.receive(payload))
      .then((unlisten) => {
        this.unlisten = unlisten;
      });
    return this.starting;
  }

  /** Adds a console of the unit. Returns its removal. */
  async subscribe(unitId: string, client: ConsoleClient): Promise<() => void> {
    await this.start();
    let clients = this.units.get(unitId);
    if (!clients) {
      clients = new Set();
      this.units.set(unitId, clients);
    }
    clients.add(client);
    return () => {
      clients.delete(client);
      if (clients.size === 0 && this.units.get(unitId) === clients) this.units.delete(unitId);
    };
  }

  get consoles(): number {
    let n = 0;
    for (const c of this.units.values()) n += c.size;
    return n;
  }

  private receive(payload: string): void {
    if (payload === '' || this.closed) return;
    let change: HotlineChange;
    try {
      change = JSON.parse(payload) as HotlineChange;
    } catch {
      return;
    }
    const clients = this.units.get(change.unitId);
    if (!clients || clients.size === 0) return;
    if (change.data !== undefined) {
      this.broadcast(clients, change.frame, change.data);
      return;
    }
    this.read(change)
      .then((data) => {
        if (data !== undefined) this.broadcast(clients, change.frame, data);
      })
      .catch(this.onError);
  }

  private async read(change: HotlineChange): Promise<unknown> {
    const { db } = this.database;
    if (change.frame === 'call') return findCallView(db, change.id);
    if (change.frame === 'callback') return findCallback(db, change.id);
    return (await directoryEntries(db, { staffIds: [change.id] }))[0];
  }

  private broadcast(clients: Set<ConsoleClient>, frame: string, data: unknown): void {
    const message = sseFrame(frame, data, ++this.seq);
    for (const c of clients) c.send(message);
  }

  /** Sends a comment line to every console so proxies keep the connections open. */
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
