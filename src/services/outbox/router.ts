/**
 * Provider priorities and failover. The providers of a channel are tried in priority order: a provider that fails
 * (an error, a temporary refusal, or no answer within its send timeout) hands the message to the next one, and a
 * provider whose circuit breaker is open is skipped until its cool-down ends, after which traffic returns to it.
 * A permanent failure (the message itself is bad) stops there: another provider would refuse it too.
 * Each provider's token bucket holds messages back to its configured rate.
 */
import type { OutgoingMessage, Provider, SendResult } from '../../adapters/notify/provider.js';
import { CircuitBreaker, TokenBucket, type BreakerState, type Clock } from './limits.js';

export interface ProviderSettings {
  /** Lower is tried first; ties keep the given order. */
  priority?: number;
  /** A send not answered within this time counts as a temporary failure (default 10 s). */
  timeoutMs?: number;
  /** Messages per second to this provider (token bucket); undefined or 0: unlimited. */
  ratePerSecond?: number;
}

export interface RouterOptions {
  /** Consecutive failures that open a provider's breaker (default 5). */
  breakerFailures?: number;
  /** How long an open breaker keeps traffic away (default 60 s). */
  coolDownMs?: number;
  clock?: Clock;
  /** How to wait for a rate-limit token (tests may pass a fake). */
  sleep?: (ms: number) => Promise<void>;
}

export interface RoutedResult {
  result: SendResult;
  /** The provider whose answer is recorded (the one that sent it, or the last one tried). */
  provider: string | null;
}

interface Entry {
  provider: Provider;
  priority: number;
  timeoutMs: number;
  bucket: TokenBucket | null;
  rate: number | null;
  breaker: CircuitBreaker;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class DeliveryRouter {
  private readonly entries: Entry[];
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    providers: readonly (Provider | (ProviderSettings & { provider: Provider }))[],
    opts: RouterOptions = {},
  ) {
    const clock = opts.clock ?? Date.now;
    this.sleep = opts.sleep ?? realSleep;
    this.entries = providers
      .map((p, index) => {
        const s = 'provider' in p ? p : { provider: p };
        return {
          provider: s.provider,
          priority: s.priority ?? index,
          timeoutMs: s.timeoutMs ?? 10_000,
          bucket: s.ratePerSecond ? new TokenBucket(s.ratePerSecond, clock) : null,
          rate: s.ratePerSecond || null,
          breaker: new CircuitBreaker(opts.breakerFailures ?? 5, opts.coolDownMs ?? 60_000, clock),
        };
      })
      .sort((a, b) => a.priority - b.priority);
  }

  get providers(): Provider[] {
    return this.entries.map((e) => e.provider);
  }

  breakerState(name: string): BreakerState | undefined {
    return this.entries.find((e) => e.provider.name === name)?.breaker.state();
  }

  /**
   * Messages per second the providers of a channel can take together (their token buckets); Infinity when one of
   * them is not rate-limited, 0 when none serves the channel.
   */
  ratePerSecond(channel: OutgoingMessage['channel']): number {
    const entries = this.entries.filter((e) => e.provider.channels.includes(channel));
    return entries.reduce((sum, e) => sum + (e.rate ?? Infinity), 0);
  }

  /**
   * Sends through the first provider of the channel that accepts the message. `beforeCall` runs after the rate
   * limit's wait and before each provider is called (the outbox commits its "sending" mark there).
   */
  async send(message: OutgoingMessage, beforeCall?: () => Promise<void>): Promise<RoutedResult> {
    const candidates = this.entries.filter((e) => e.provider.channels.includes(message.channel));
    if (candidates.length === 0) {
      return {
        result: { ok: false, permanent: true, error: `no provider for ${message.channel}` },
        provider: null,
      };
    }
    // A provider whose breaker is open is skipped; when every breaker is open the first provider is tried anyway.
    const errors: string[] = [];
    let lastError = '';
    let last: Entry | undefined;
    for (const entry of candidates) {
      if (!entry.breaker.allow()) continue;
      last = entry;
      const result = await this.attempt(entry, message, beforeCall);
      if (result.ok || result.permanent) {
        entry.breaker.success(); // the provider answered: it is healthy (a permanent failure is the message's fault)
        return { result, provider: entry.provider.name };
      }
      entry.breaker.failure();
      errors.push(`${entry.provider.name}: ${result.error}`);
      lastError = result.error;
    }
    if (!last) {
      last = candidates[0]!;
      const result = await this.attempt(last, message, beforeCall);
      if (result.ok || result.permanent) return { result, provider: last.provider.name };
      errors.push(`${last.provider.name}: ${result.error}`);
      lastError = result.error;
    }
    const error = errors.length === 1 ? lastError : errors.join('; ');
    return { result: { ok: false, permanent: false, error }, provider: last.provider.name };
  }

  private async attempt(
    entry: Entry,
    message: OutgoingMessage,
    beforeCall?: () => Promise<void>,
  ): Promise<SendResult> {
    const wait = entry.bucket?.take() ?? 0;
    if (wait > 0) await this.sleep(wait);
    if (beforeCall) await beforeCall();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<SendResult>((resolve) => {
      timer = setTimeout(
        () => resolve({ ok: false, permanent: false, error: `no answer within ${entry.timeoutMs} ms` }),
        entry.timeoutMs,
      );
      timer.unref();
    });
    try {
      return await Promise.race([
        entry.provider.send(message).catch((e: unknown): SendResult => ({
          ok: false,
          permanent: false,
          error: e instanceof Error ? e.message : String(e),
        })),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.entries.map((e) => e.provider.close?.() ?? Promise.resolve()));
  }
}
