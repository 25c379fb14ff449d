/**
 * Properties of fee assessment on random policies, fees and dates: payable is never negative, never above base,
 * and equals what an independent day-by-day oracle gives (epoch-day ranges instead of date strings, a percentage
 * left instead of the big-integer product).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEpochDay, formatEpochDay } from '../calendar/civil-date.js';
import { assessFees, classifyFee, type FeeChannel, type FeePolicyRule, type FeeTarget } from './policy.js';

const DAY0 = findEpochDay('2022-01-01')!;
const SPAN = 2000;

const channelArb = fc.constantFrom<FeeChannel>('desk', 'online', 'post');
const policyArb = fc.record({
  id: fc.uuid(),
  from: fc.integer({ min: 0, max: SPAN }),
  length: fc.option(fc.integer({ min: 0, max: SPAN }), { nil: null }),
  exemption: fc.boolean(),
  percent: fc.integer({ min: 1, max: 100 }),
  channels: fc.uniqueArray(channelArb, { minLength: 1, maxLength: 3 }),
  kinds: fc.uniqueArray(fc.constantFrom<'fee' | 'charge'>('fee', 'charge'), { minLength: 1, maxLength: 2 }),
  scope: fc.oneof(
    fc.constant({ kind: 'all' as const, values: [] as string[] }),
    fc.record({
      kind: fc.constant('fields' as const),
      values: fc.uniqueArray(fc.constantFrom<string>('HT', 'CT', 'DD')),
    }),
    fc.record({
      kind: fc.constant('levels' as const),
      values: fc.uniqueArray(fc.constantFrom<string>('commune', 'province')),
    }),
    fc.record({
      kind: fc.constant('procedures' as const),
      values: fc.uniqueArray(fc.constantFrom<string>('1.1', '2.2')),
    }),
  ),
});
type RawPolicy = typeof policyArb extends fc.Arbitrary<infer T> ? T : never;

const toRule = (p: RawPolicy, i: number): FeePolicyRule => ({
  id: p.id,
  name: `Chính sách ${i}`,
  legalBasis: `Nghị quyết ${i}`,
  effectiveFrom: formatEpochDay(DAY0 + p.from),
  effectiveTo: p.length === null ? null : formatEpochDay(DAY0 + p.from + p.length),
  effect: p.exemption ? { kind: 'exemption' } : { kind: 'reduction', percent: p.percent },
  channels: p.channels,
  scope: p.scope,
  feeKinds: p.kinds,
});

const feeArb = fc.record({
  name: fc.constantFrom('Lệ phí', 'Phí chứng thực', 'Phí, lệ phí', 'lệ phí cấp bản sao'),
  amount: fc.integer({ min: 0, max: 1_000_000_000 }),
});
const targetArb: fc.Arbitrary<FeeTarget> = fc.record({
  code: fc.constantFrom('1.1', '2.2', '3.3'),
  field: fc.constantFrom('HT', 'CT', 'DD', 'XD'),
  levels: fc.uniqueArray(fc.constantFrom('commune', 'province', 'central'), { minLength: 1 }),
});

/** The oracle: which raw policies hold on day `day` for this fee, and the percentage of the base left. */
function oracle(
  raw: RawPolicy[],
  fee: { name: string; amount: number },
  channel: FeeChannel,
  t: FeeTarget,
  day: number,
) {
  const kinds = classifyFee(fee.name);
  const hits = raw.filter((p) => {
    const ends = p.length === null ? Infinity : p.from + p.length;
    if (day < p.from || day > ends || !p.channels.includes(channel)) return false;
    if (!kinds.every((k) => p.kinds.includes(k))) return false;
    if (p.scope.kind === 'fields') return p.scope.values.includes(t.field);
    if (p.scope.kind === 'levels') return t.levels.some((l) => p.scope.values.includes(l));
    if (p.scope.kind === 'procedures') return p.scope.values.includes(t.code);
    return true;
  });
  if (fee.amount === 0) return { payable: 0, count: 0 };
  if (hits.some((p) => p.exemption)) return { payable: 0, count: hits.length };
  // Exact rational arithmetic on the fraction of the base left, rounded down once.
  let left = 1n;
  let whole = 1n;
  for (const p of hits) {
    left *= BigInt(100 - p.percent);
    whole *= 100n;
  }
  return { payable: Number((BigInt(fee.amount) * left) / whole), count: hits.length };
}

describe('fee assessment', () => {
  it('is within [0, base] and agrees with the oracle for random policies and dates', () => {
    fc.assert(
      fc.property(
        fc.array(policyArb, { maxLength: 5 }),
        fc.array(feeArb, { minLength: 1, maxLength: 4 }),
        channelArb,
        targetArb,
        fc.integer({ min: -10, max: SPAN * 2 }),
        (raw, fees, channel, target, day) => {
          const rules = raw.map(toRule);
          const date = formatEpochDay(DAY0 + day);
          const result = assessFees(fees, channel, target, rules, date);
          result.items.forEach((item, i) => {
            const expected = oracle(raw, fees[i]!, channel, target, day);
            expect(item.payable).toBeGreaterThanOrEqual(0);
            expect(item.payable).toBeLessThanOrEqual(item.base);
            expect(item.payable).toBe(expected.payable);
            expect(item.applied).toHaveLength(expected.count);
          });
          expect(result.totalPayable).toBe(result.items.reduce((s, i) => s + i.payable, 0));
          expect(result.totalPayable).toBeLessThanOrEqual(result.totalBase);
        },
      ),
      { numRuns: 400 },
    );
  });
});
