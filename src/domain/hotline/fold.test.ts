import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callState, foldCall, type Routing, type StaffRef, type StoredEvent } from './fold.js';
import { newCallReference, REFERENCE_PATTERN } from './reference.js';

const t0 = Date.parse('2026-12-03T02:00:00Z');
const s = (n: number) => t0 + n * 1000;
const ringing: StoredEvent = { event: 'ringing', at: s(0), caller: '+84912345678', called: '+842373900900' };
const answered: StoredEvent = { event: 'answered', at: s(8), extension: '200' };
const transferred: StoredEvent = { event: 'transferred', at: s(40), extension: '200', toExtension: '211' };
const hangup: StoredEvent = { event: 'hangup', at: s(300), durationSeconds: 300 };
const staff: StaffRef[] = [
  { id: 'op', fullName: 'Nguyễn Thị Thu', extension: '200' },
  { id: 'ht', fullName: 'Hoàng Văn Minh', extension: '211' },
];

describe('folding a call from its events', () => {
  it('rings, is answered, transferred and ended, with a leg per hand and the wait', () => {
    const f = foldCall([ringing, answered, transferred, hangup]);
    expect(f).toMatchObject({
      status: 'ended',
      startedAt: s(0),
      answeredAt: s(8),
      endedAt: s(300),
      waitSeconds: 8,
    });
    expect(f.legs).toEqual([
      { extension: '200', startedAt: s(8), endedAt: s(40), via: 'answer' },
      { extension: '211', startedAt: s(40), endedAt: s(300), via: 'transfer' },
    ]);
  });

  it('follows the state as events come', () => {
    expect(foldCall([ringing]).status).toBe('ringing');
    expect(foldCall([ringing, answered]).status).toBe('answered');
    expect(foldCall([ringing, answered, transferred]).status).toBe('transferred');
  });

  it('calls a hang-up with no answer missed, waiting until the hang-up', () => {
    const f = foldCall([ringing, { event: 'hangup', at: s(25) }]);
    expect(f).toMatchObject({ status: 'missed', answeredAt: null, waitSeconds: 25, legs: [] });
  });

  it('handles the hang-up arriving before the answer: the instants decide', () => {
    expect(foldCall([hangup, ringing]).status).toBe('missed');
    expect(foldCall([hangup, ringing, answered]).status).toBe('ended');
  });

  it('takes a transfer with no answer seen as the answer, and ignores events after the hang-up', () => {
    const f = foldCall([ringing, transferred]);
    expect(f.answeredAt).toBe(s(40));
    expect(f.legs.map((l) => l.extension)).toEqual(['200', '211']);
    const late = foldCall([ringing, { event: 'hangup', at: s(5) }, answered]);
    expect(late.status).toBe('missed');
  });

  it('starts at the earliest event when the ringing is not there yet', () => {
    expect(foldCall([transferred, answered]).startedAt).toBe(s(8));
  });

  it('folds any permutation of the same events to the same state', () => {
    const kinds = ['ringing', 'answered', 'transferred', 'hangup'] as const;
    const event = fc.record({
      event: fc.constantFrom(...kinds),
      at: fc.integer({ min: 0, max: 600 }).map(s),
      extension: fc.constantFrom('200', '211', '212'),
      toExtension: fc.constantFrom('211', '212', '213'),
      caller: fc.constant('+84912345678'),
      called: fc.constant('+842373900900'),
      durationSeconds: fc.integer({ min: 0, max: 600 }),
    });
    fc.assert(
      fc.property(
        fc
          .array(event, { minLength: 1, maxLength: 12 })
          .chain((events) =>
            fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
          ),
        ([events, shuffled]) => {
          expect(foldCall(shuffled)).toEqual(foldCall(events));
        },
      ),
    );
  });
});

describe('merging the operator routings', () => {
  const routing: Routing = {
    id: 'r1',
    extension: '211',
    staffId: 'ht',
    fieldCode: 'HT',
    note: 'Khai sinh',
    at: s(35),
  };

  it('merges the routing and the PBX transfer to the same extension into one leg, in either order', () => {
    const merged = callState(foldCall([ringing, answered, transferred]), [routing], staff);
    expect(merged.status).toBe('transferred');
    expect(merged.legs).toHaveLength(2);
    expect(merged.legs[1]).toMatchObject({
      extension: '211',
      staffId: 'ht',
      staffName: 'Hoàng Văn Minh',
      fieldCode: 'HT',
      note: 'Khai sinh',
    });
    expect(merged.fieldCode).toBe('HT');
    expect(merged.currentStaffId).toBe('ht');
    expect(merged.lastStaffId).toBe('ht');
  });

  it('adds a leg for a routing the PBX has not reported, and merges it when the transfer arrives', () => {
    const before = callState(foldCall([ringing, answered]), [routing], staff);
    expect(before.status).toBe('transferred');
    expect(before.legs.map((l) => [l.extension, l.endedAt])).toEqual([
      ['200', new Date(s(35)).toISOString()],
      ['211', null],
    ]);
    const after = callState(foldCall([ringing, answered, transferred, hangup]), [routing], staff);
    expect(after.legs.map((l) => l.extension)).toEqual(['200', '211']);
    expect(after.status).toBe('ended');
    expect(after.currentStaffId).toBeNull();
  });

  it('names the staff of each extension even without a routing', () => {
    const merged = callState(foldCall([ringing, answered]), [], staff);
    expect(merged.legs[0]).toMatchObject({ staffId: 'op', staffName: 'Nguyễn Thị Thu', fieldCode: null });
    expect(merged.currentStaffId).toBe('op');
  });
});

describe('call references', () => {
  it('are XXXX-XX without 0, O, 1 or I', () => {
    for (let i = 0; i < 200; i++) expect(newCallReference()).toMatch(REFERENCE_PATTERN);
    expect(newCallReference(() => new Uint8Array([0, 1, 2, 31, 32, 33]))).toBe('ABC9-AB');
  });
});
