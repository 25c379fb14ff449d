import { describe, expect, it } from 'vitest';
import { assessFees, assessmentText, classifyFee, policiesOverlap, type FeePolicyRule } from './policy.js';

const money = (n: number) => `${n.toLocaleString('vi-VN')} đồng`;
const online30: FeePolicyRule = {
  id: 'a',
  name: 'Giảm 30% phí, lệ phí trực tuyến',
  legalBasis: 'Chủ trương giảm 30%',
  effectiveFrom: '2023-01-01',
  effectiveTo: '2025-06-23',
  effect: { kind: 'reduction', percent: 30 },
  channels: ['online'],
  scope: { kind: 'all', values: [] },
  feeKinds: ['fee', 'charge'],
};
const exemption: FeePolicyRule = {
  ...online30,
  id: 'b',
  name: 'Miễn phí, lệ phí trực tuyến',
  legalBasis: 'Nghị quyết 12/2025/NQ-HĐND',
  effectiveFrom: '2025-06-24',
  effectiveTo: null,
  effect: { kind: 'exemption' },
};
const target = { code: '2.001035', field: 'CT', levels: ['commune'] };
const fees = [{ name: 'Phí chứng thực', amount: 50000 }];

describe('fee policies', () => {
  it('classifies fees (phí) and charges (lệ phí) by name', () => {
    expect(classifyFee('Lệ phí')).toEqual(['charge']);
    expect(classifyFee(' lệ  phí cấp bản sao')).toEqual(['charge']);
    expect(classifyFee('Phí chứng thực')).toEqual(['fee']);
    expect(classifyFee('Phí, lệ phí')).toEqual(['fee', 'charge']);
    expect(classifyFee('Phí và lệ phí')).toEqual(['fee', 'charge']);
  });

  it('reduces by 30% under the first policy, exempts under the resolution, leaves the desk alone', () => {
    const before = assessFees(fees, 'online', target, [online30, exemption], '2024-05-10');
    expect(before).toMatchObject({ totalBase: 50000, totalPayable: 35000 });
    expect(assessmentText(before, money)).toBe('35.000 đồng (giảm 30% theo Chủ trương giảm 30%)');
    const after = assessFees(fees, 'online', target, [online30, exemption], '2025-06-24');
    expect(after.totalPayable).toBe(0);
    expect(assessmentText(after, money)).toBe('miễn phí theo Nghị quyết 12/2025/NQ-HĐND');
    const desk = assessFees(fees, 'desk', target, [online30, exemption], '2025-06-24');
    expect(desk).toMatchObject({ totalPayable: 50000, items: [{ applied: [] }] });
    expect(assessmentText(assessFees([], 'desk', target, [], '2025-01-01'), money)).toBe(
      'không thu phí, lệ phí',
    );
  });

  it('rounds down in the citizen’s favour', () => {
    const r = assessFees([{ name: 'Phí', amount: 2001 }], 'online', target, [online30], '2024-01-01');
    expect(r.totalPayable).toBe(1400);
  });

  it('tells overlapping scopes apart', () => {
    expect(policiesOverlap(online30, exemption)).toBe(false);
    expect(policiesOverlap(online30, { ...exemption, effectiveFrom: '2025-06-23' })).toBe(true);
    expect(policiesOverlap(online30, { ...exemption, effectiveFrom: '2024-01-01', channels: ['desk'] })).toBe(
      false,
    );
    const ht = { ...online30, id: 'c', scope: { kind: 'fields' as const, values: ['HT'] } };
    expect(policiesOverlap(ht, { ...ht, id: 'd', scope: { kind: 'fields', values: ['CT'] } })).toBe(false);
    expect(policiesOverlap(ht, { ...ht, id: 'd', scope: { kind: 'levels', values: ['commune'] } })).toBe(
      true,
    );
    expect(policiesOverlap(ht, { ...ht, id: 'd', feeKinds: ['charge'] })).toBe(true);
  });
});
