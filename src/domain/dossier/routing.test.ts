import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actions } from './lifecycle.js';
import { assigneeAllows, handlesField } from './routing.js';

describe('handlesField', () => {
  it('gives a specialist with fields only those fields; one without fields any', () => {
    expect(handlesField(['HT', 'CT'], 'HT')).toBe(true);
    expect(handlesField(['HT', 'CT'], 'DD')).toBe(false);
    expect(handlesField([], 'DD')).toBe(true);
  });
});

describe('assigneeAllows', () => {
  it('keeps appraisal to the assignee, or to whoever takes an unassigned dossier; other actions are free', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...actions),
        fc.option(fc.constantFrom('a', 'b')),
        fc.constantFrom('a', 'b'),
        (action, assignee, actor) =>
          assigneeAllows(action, assignee, actor) ===
          (action !== 'appraise' || assignee === null || assignee === actor),
      ),
    );
  });
});
