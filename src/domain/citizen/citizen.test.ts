import { describe, expect, it } from 'vitest';
import { statuses } from '../dossier/vocabulary.js';
import { maskIdNumber, needsApplicant, waitingForApplicant } from './citizen.js';

describe('maskIdNumber', () => {
  it('keeps the province prefix and the last three digits of a CCCD', () => {
    expect(maskIdNumber('038092001234')).toBe('038••••••234');
  });
  it('never shows a short number', () => {
    expect(maskIdNumber('123456')).toBe('••••••');
  });
});

describe('what waits for the applicant', () => {
  it('is a supplement, a payment or the result to collect, nothing else', () => {
    expect(statuses.filter(needsApplicant)).toEqual([
      'supplement_requested',
      'awaiting_payment',
      'result_ready',
    ]);
  });
  it('says in Vietnamese what is awaited', () => {
    expect(waitingForApplicant.supplement_requested).toMatch(/Bổ sung/);
  });
});
