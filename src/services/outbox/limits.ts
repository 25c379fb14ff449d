/**
 * The two guards of a delivery provider, both on an injected clock so tests can drive them:
 * a token bucket (at most `ratePerSecond` messages per second, bursts up to one second's worth), and a circuit
 * breaker (after `failures` consecutive failures the provider is skipped for `coolDownMs`, then one message tries it
 * again: a success closes the breaker, a failure opens it for another cool-down).
 */
export type Clock = () => number;

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly clock: Clock,
  ) {
    this.tokens = ratePerSecond;
    this.last = clock();
  }

  /**
   * Takes one token; returns 0 when one was available, otherwise how many milliseconds the caller must wait for
   * the token it has now reserved (tokens go negative, so concurrent callers queue in order).
   */
  take(): number {
    const now = this.clock();
    this.tokens = Math.min(this.ratePerSecond, this.tokens + ((now - this.last) * this.ratePerSecond) / 1000);
    this.last = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens * 1000) / this.ratePerSecond);
  }
}

export type BreakerState = 'closed' | 'open' | 'half_open';

export class CircuitBreaker {
  private consecutive = 0;
  private openUntil = 0;
  private probing = false;

  constructor(
    private readonly failures: number,
    private readonly coolDownMs: number,
    private readonly clock: Clock,
  ) {}

  state(): BreakerState {
    if (this.openUntil === 0) return 'closed';
    return this.clock() < this.openUntil ? 'open' : 'half_open';
  }

  /** Whether a message may be sent now: closed, or half-open and no other message is already probing. */
  allow(): boolean {
    const s = this.state();
    if (s === 'closed') return true;
    if (s === 'open' || this.probing) return false;
    this.probing = true;
    return true;
  }

  success(): void {
    this.consecutive = 0;
    this.openUntil = 0;
    this.probing = false;
  }

  failure(): void {
    this.consecutive += 1;
    if (this.probing || this.consecutive >= this.failures) {
      this.openUntil = this.clock() + this.coolDownMs;
      this.probing = false;
    }
  }
}
