import { describe, expect, it } from 'vitest';
import type { CallView } from '../../../../src/domain/hotline/views.js';
import { duration, elsewhereText, percent, shortDay } from './format.js';
import { routePath } from '../../shared/client.js';
import { hotlineApi } from '../../../../src/contracts/hotline-api.js';
import { callerFields, callsQuery, chooseHotlineUnit } from './hotline-api.js';
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

const callsPath = (filter: Parameters<typeof callsQuery>[0]) =>
  routePath(hotlineApi.calls.path, {}, callsQuery(filter));

describe('the call log query', () => {
  it('sends only the filters given, the phone encoded', () => {
    expect(callsPath({ phone: '+84 912', status: 'missed', from: '2026-12-01', to: '2026-12-04' })).toBe(
      '/api/hotline/calls?phone=%2B84+912&status=missed&from=2026-12-01&to=2026-12-04',
    );
    expect(callsPath({})).toBe('/api/hotline/calls');
  });
  it("leaves out `mine`, which asks the specialist's own calls at their own address", () => {
    expect(callsQuery({ mine: true, phone: '0912' })).toEqual({ phone: '0912' });
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

describe('the screen-pop and the unit chooser', () => {
  it('says how many records the caller has at other units, with nothing else', () => {
    const none = { dossiers: 0, appointments: 0, tickets: 0, calls: 0 };
    expect(elsewhereText(none)).toBeNull();
    expect(elsewhereText({ ...none, dossiers: 2 })).toBe('2 hồ sơ tại đơn vị khác');
    expect(elsewhereText({ dossiers: 1, appointments: 0, tickets: 3, calls: 1 })).toBe(
      '1 hồ sơ, 3 số thứ tự, 1 cuộc gọi tại đơn vị khác',
    );
  });
  it('keeps the unit chosen, else the own unit, else one the person works, else the first', () => {
    const a = { id: 'a', name: 'xã A', canWork: false };
    const b = { id: 'b', name: 'xã B', canWork: true };
    const c = { id: 'c', name: 'xã C', canWork: false };
    expect(chooseHotlineUnit([a, b, c], 'c', 'a')).toBe(c);
    expect(chooseHotlineUnit([a, b, c], 'gone', 'a')).toBe(a);
    expect(chooseHotlineUnit([a, b, c], undefined, 'province')).toBe(b);
    expect(chooseHotlineUnit([a, c], undefined, 'province')).toBe(a);
    expect(chooseHotlineUnit([], 'a', 'a')).toBeUndefined();
  });
  it('asks for the chosen unit', () => {
    expect(callsPath({ status: 'missed', unitId: 'u2' })).toBe('/api/hotline/calls?status=missed&unitId=u2');
  });
});

describe('the fields a call can be routed to', () => {
  const fields = [
    { code: 'HT', name: 'Hộ tịch', procedureCount: 14 },
    { code: 'VHXH', name: 'Văn hóa - Xã hội', procedureCount: 0 },
  ];
  it('leaves out a field without procedures, unless the call is already in it', () => {
    expect(callerFields(fields, undefined).map((f) => f.code)).toEqual(['HT']);
    expect(callerFields(fields, 'VHXH').map((f) => f.code)).toEqual(['HT', 'VHXH']);
  });
});
