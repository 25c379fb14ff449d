/**
 * The provider router on a fake clock: priority order, failover on error, refusal and timeout, a permanent failure
 * kept on the first provider, the circuit breaker sending traffic to the next provider for its cool-down and then
 * back to the first, and the token bucket holding messages back to the configured rate.
 */
import { describe, expect, it } from 'vitest';
import type { OutgoingMessage, Provider, SendResult } from '../../adapters/notify/provider.js';
import { CircuitBreaker, TokenBucket } from './limits.js';
import { DeliveryRouter } from './router.js';

const msg = (id: string): OutgoingMessage => ({ id, channel: 'sms', recipient: '+84912345678', body: 'x' });

function fake(
  name: string,
  answer: (m: OutgoingMessage) => Promise<SendResult>,
): Provider & { calls: string[] } {
  const calls: string[] = [];
  return {
    name,
    channels: ['sms'],
    calls,
    send(m) {
      calls.push(m.id);
      return answer(m);
    },
  };
}
const ok = () => Promise.resolve<SendResult>({ ok: true, providerRef: 'r' });
const down = () => Promise.resolve<SendResult>({ ok: false, permanent: false, error: 'down' });

describe('DeliveryRouter', () => {
  it('sends through the provider of highest priority, whatever the order given', async () => {
    const a = fake('a', ok);
    const b = fake('b', ok);
    const router = new DeliveryRouter([
      { provider: b, priority: 2 },
      { provider: a, priority: 1 },
    ]);
    expect(await router.send(msg('1'))).toMatchObject({ provider: 'a', result: { ok: true } });
    expect(b.calls).toEqual([]);
  });

  it('fails over to the next provider on an error, a temporary refusal or no answer in time', async () => {
    const throws = fake('throws', () => Promise.reject(new Error('ECONNREFUSED')));
    const refuses = fake('refuses', down);
    const hangs = fake('hangs', () => new Promise<SendResult>(() => {}));
    const last = fake('last', ok);
    const router = new DeliveryRouter([throws, refuses, { provider: hangs, timeoutMs: 20 }, last]);
    expect(await router.send(msg('1'))).toMatchObject({ provider: 'last', result: { ok: true } });
    expect([throws.calls, refuses.calls, hangs.calls, last.calls]).toEqual([['1'], ['1'], ['1'], ['1']]);
  });

  it('reports a temporary failure naming each provider when all fail', async () => {
    const router = new DeliveryRouter([fake('a', down), { provider: fake('b', down) }]);
    const r = await router.send(msg('1'));
    expect(r.result).toEqual({ ok: false, permanent: false, error: 'a: down; b: down' });
  });

  it('does not try another provider after a permanent failure', async () => {
    const a = fake('a', () => Promise.resolve({ ok: false, permanent: true, error: 'invalid number' }));
    const b = fake('b', ok);
    const r = await new DeliveryRouter([a, b]).send(msg('1'));
    expect(r).toMatchObject({ provider: 'a', result: { ok: false, permanent: true } });
    expect(b.calls).toEqual([]);
  });

  it('refuses a channel no provider serves, permanently', async () => {
    const r = await new DeliveryRouter([fake('a', ok)]).send({ ...msg('1'), channel: 'email' });
    expect(r).toEqual({
      provider: null,
      result: { ok: false, permanent: true, error: 'no provider for email' },
    });
  });

  it('opens the breaker after consecutive failures, sends to the next provider during the cool-down, then returns', async () => {
    let now = 1_000_000;
    let primaryUp = false;
    const primary = fake('primary', () => (primaryUp ? ok() : down()));
    const backup = fake('backup', ok);
    const router = new DeliveryRouter([primary, backup], {
      breakerFailures: 3,
      coolDownMs: 60_000,
      clock: () => now,
    });
    for (const id of ['1', '2', '3']) expect((await router.send(msg(id))).provider).toBe('backup');
    expect(primary.calls).toEqual(['1', '2', '3']);
    expect(router.breakerState('primary')).toBe('open');
    // During the cool-down the primary is not even tried, though it is back.
    primaryUp = true;
    now += 59_999;
    expect((await router.send(msg('4'))).provider).toBe('backup');
    expect(primary.calls).toEqual(['1', '2', '3']);
    // After it, one message probes the primary; its success closes the breaker and traffic stays there.
    now += 1;
    expect(router.breakerState('primary')).toBe('half_open');
    expect((await router.send(msg('5'))).provider).toBe('primary');
    expect(router.breakerState('primary')).toBe('closed');
    expect((await router.send(msg('6'))).provider).toBe('primary');
    expect(backup.calls).toEqual(['1', '2', '3', '4']);
  });

  it('reopens the breaker for another cool-down when the probe fails', () => {
    let now = 0;
    const b = new CircuitBreaker(2, 1000, () => now);
    b.failure();
    expect(b.allow()).toBe(true);
    b.failure();
    expect(b.allow()).toBe(false);
    now = 1000;
    expect(b.allow()).toBe(true); // the probe
    expect(b.allow()).toBe(false); // one probe at a time
    b.failure();
    expect(b.state()).toBe('open');
    now = 1999;
    expect(b.allow()).toBe(false);
    now = 2000;
    expect(b.allow()).toBe(true);
  });

  it('holds messages back to the provider rate with a token bucket', async () => {
    let now = 0;
    const waits: number[] = [];
    const p = fake('p', ok);
    const router = new DeliveryRouter([{ provider: p, ratePerSecond: 2 }], {
      clock: () => now,
      sleep: (ms) => {
        waits.push(ms);
        now += ms;
        return Promise.resolve();
      },
    });
    for (const id of ['1', '2', '3', '4', '5']) await router.send(msg(id));
    // A burst of two, then one every 500 ms.
    expect(waits).toEqual([500, 500, 500]);
    expect(p.calls).toHaveLength(5);
  });

  it('token bucket: refills at the rate, never above one second of burst', () => {
    let now = 0;
    const bucket = new TokenBucket(10, () => now);
    for (let i = 0; i < 10; i++) expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBe(100);
    now = 10_000;
    for (let i = 0; i < 10; i++) expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBeGreaterThan(0);
  });
});
