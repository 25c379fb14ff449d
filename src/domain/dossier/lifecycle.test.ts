import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ActionNotAllowedError,
  actions,
  allowedActions,
  applyToState,
  foldActions,
  openingActions,
  portalStatus,
  portalStatusKeys,
  statuses,
  transitions,
  type Action,
  type DossierState,
} from './lifecycle.js';

const fold = (...list: Action[]) => foldActions(list.map((action) => ({ action })));

describe('transition table', () => {
  it('walks the main path: receive → assign → appraise → approve → result → return', () => {
    const s = fold(
      'receive',
      'assign',
      'appraise',
      'approve',
      'record_result',
      'notify_result',
      'return_result',
    );
    expect(s).toMatchObject({ status: 'returned', version: 7, notified: true });
    expect(allowedActions(s)).toEqual([]);
  });

  it('returns from a supplement and a transfer to where the dossier was', () => {
    expect(fold('receive', 'assign', 'request_supplement', 'receive_supplement')?.status).toBe(
      'in_appraisal',
    );
    expect(fold('request_supplement', 'receive_supplement')?.status).toBe('received');
    expect(fold('submit_online', 'request_supplement', 'receive_supplement')?.status).toBe('submitted');
    expect(fold('receive', 'transfer', 'transfer_back')?.status).toBe('in_appraisal');
    expect(fold('receive', 'assign', 'transfer', 'transfer_back')?.status).toBe('in_appraisal');
  });

  it('allows one extension and one notice only', () => {
    const s = fold('receive', 'extend');
    expect(s?.extensions).toBe(1);
    expect(allowedActions(s)).not.toContain('extend');
    expect(() => applyToState(s, 'extend')).toThrow(ActionNotAllowedError);
  });

  it('keeps the status on a consultation and allows an answer only while one is open', () => {
    const asked = fold('receive', 'assign', 'consult', 'consult');
    expect(asked).toMatchObject({ status: 'in_appraisal', openConsults: 2 });
    const answered = fold(
      'receive',
      'assign',
      'consult',
      'consult',
      'answer_consult',
      'appraise',
      'answer_consult',
    );
    expect(answered).toMatchObject({ status: 'awaiting_approval', openConsults: 0 });
    expect(allowedActions(answered)).not.toContain('answer_consult');
    expect(allowedActions(fold('receive'))).not.toContain('answer_consult');
    expect(() => fold('receive', 'answer_consult')).toThrow(ActionNotAllowedError);
  });

  it('refuses an action the table forbids, naming the allowed ones', () => {
    const s = fold('receive');
    try {
      applyToState(s, 'approve');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ActionNotAllowedError);
      // No consultation is open, so there is nothing to answer.
      expect((err as ActionNotAllowedError).allowed).toEqual(
        transitions.received.filter((a) => a !== 'answer_consult'),
      );
    }
    expect(() => fold('approve')).toThrow(ActionNotAllowedError);
  });

  it('maps every status to a national portal key, using each key that has a status', () => {
    for (const s of statuses) expect(portalStatusKeys).toContain(portalStatus[s]);
    expect(new Set(Object.values(portalStatus))).toEqual(new Set(portalStatusKeys));
  });
});

describe('property: random action sequences', () => {
  it('never reach a forbidden state, and folding the log gives the stored state', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...actions), { maxLength: 60 }), (attempts) => {
        // Simulate the server: keep the stored state, append to the log only what the table allows.
        let stored: DossierState | undefined;
        const log: { action: Action }[] = [];
        for (const action of attempts) {
          const allowed = allowedActions(stored);
          const before = stored;
          try {
            stored = applyToState(stored, action);
          } catch (err) {
            expect(err).toBeInstanceOf(ActionNotAllowedError);
            expect(allowed).not.toContain(action);
            expect(stored).toBe(before);
            continue;
          }
          expect(allowed).toContain(action);
          if (!before) expect(openingActions).toContain(action);
          else expect(transitions[before.status]).toContain(action);
          log.push({ action });
          expect(statuses).toContain(stored.status);
          expect(stored.extensions).toBeLessThanOrEqual(1);
          expect(stored.openConsults ?? 0).toBeGreaterThanOrEqual(0);
          expect(stored.version).toBe(log.length);
        }
        expect(foldActions(log)).toEqual(stored);
      }),
      { numRuns: 2000 },
    );
  });

  it('only legal moves: sequences built from allowed actions always fold', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (choices) => {
        let state: DossierState | undefined;
        const log: { action: Action }[] = [];
        for (const c of choices) {
          const allowed = allowedActions(state);
          if (allowed.length === 0) break;
          const action = allowed[c % allowed.length]!;
          state = applyToState(state, action);
          log.push({ action });
        }
        expect(foldActions(log)).toEqual(state);
      }),
    );
  });
});
