import { describe, expect, it } from 'vitest';
import type { CallView } from '../../../../src/domain/hotline/views.js';
import { duration, percent, shortDay } from './format.js';
import { callsPath } from './hotline-api.js';
import { mergeCalls } from './merge-calls.js';

const call = (over: Partial<CallView>): CallView => ({
  id: 'c1',
  reference: 'GQ7K-2M',
  unitId: 'u1',
  phone: '+84912345678',
  phoneDisplay: '0912 345 678',
  callerName: null,
  status: 'ringing',
  fieldCode: null,
  startedAt: '2026-12-04T00:00:00.000Z',
  answeredAt: null,
  endedAt: null,
  waitSeconds: null,
  legs: [],
  outcome: null,
  outcomeNote: null,
  checklistsSent: [],
  ...over,
});

const leg = {
  extension: '200',
  staffId: 's1',
  staffName: 'Thu',
  fieldCode: null,
  note: null,
  startedAt: '',
  endedAt: null,
};

describe('mergeCalls', () => {
  it('lays a live frame over the fetched call', () => {
    const merged = mergeCalls([call({})], [call({ status: 'answered', legs: [leg] })]);
    expect(merged.map((c) => c.status)).toEqual(['answered']);
  });
  it('keeps the fetched state when a frame that crossed it is older', () => {
    const fetched = call({ status: 'transferred', legs: [leg, { ...leg, extension: '211' }] });
    expect(mergeCalls([fetched], [call({ status: 'answered', legs: [leg] })])[0]).toBe(fetched);
  });
  it('takes an outcome or a checklist recorded on a call in the same state', () => {
    const fetched = call({ status: 'transferred', legs: [leg, leg] });
    const pushed = { ...fetched, checklistsSent: ['1.001193'] };
    expect(mergeCalls([fetched], [pushed])[0]).toBe(pushed);
  });
  it('adds calls only the stream knows, newest first', () => {
    const merged = mergeCalls(
      [call({ id: 'old', startedAt: '2026-12-04T00:00:00.000Z' })],
      [call({ id: 'new', startedAt: '2026-12-04T00:05:00.000Z' })],
    );
    expect(merged.map((c) => c.id)).toEqual(['new', 'old']);
  });
});

describe('callsPath', () => {
  it('sends only the filters given, the phone encoded', () => {
    expect(callsPath({ phone: '+84 912', status: 'missed', from: '2026-12-01', to: '2026-12-04' })).toBe(
      '/api/hotline/calls?phone=%2B84+912&status=missed&from=2026-12-01&to=2026-12-04',
    );
    expect(callsPath({})).toBe('/api/hotline/calls');
  });
  it("asks for the specialist's own calls at their own address", () => {
    expect(callsPath({ mine: true, phone: '0912' })).toBe('/api/hotline/calls/mine');
  });
});

describe('format', () => {
  it('writes waits in seconds and minutes', () => {
    expect(duration(null)).toBe('—');
    expect(duration(42)).toBe('42 giây');
    expect(duration(120)).toBe('2 phút');
    expect(duration(125.4)).toBe('2 phút 5 giây');
  });
  it('writes rates as Vietnamese percentages and days as dd/mm', () => {
    expect(percent(null)).toBe('—');
    expect(percent(0.456)).toBe('45,6%');
    expect(shortDay('2026-12-04')).toBe('04/12');
  });
});
