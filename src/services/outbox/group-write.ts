/**
 * Group commit for the delivery worker: many lanes each hand one item and wait until it is written; the items that
 * arrive while a write is running go together in the next one. One write is in flight at a time, so a fast provider
 * costs one statement per round trip, not one per message, and nothing waits longer than one write for its turn.
 */
export class GroupWriter<T> {
  private queued: { item: T; done: () => void; fail: (e: unknown) => void }[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly write: (items: T[]) => Promise<void>) {}

  /** Resolves once the item is written (committed: each write is its own statement). */
  add(item: T): Promise<void> {
    return new Promise<void>((done, fail) => {
      this.queued.push({ item, done, fail });
      this.running ??= this.drain();
    });
  }

  /** Waits for everything handed so far. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    // Let the lanes that are ready in this tick join the first write.
    await Promise.resolve();
    while (this.queued.length) {
      const group = this.queued;
      this.queued = [];
      try {
        await this.write(group.map((g) => g.item));
        for (const g of group) g.done();
      } catch (e) {
        for (const g of group) g.fail(e);
      }
    }
    this.running = null;
  }
}
