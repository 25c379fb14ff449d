/**
 * The documents compared at intake for a citizen's answers: a document the answers rule out is never missing, an
 * always-needed or applying one is missing unless ticked or waived, and at the desk an unanswered question that
 * decides an unticked document is asked before anything is written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import { applicability } from '../../domain/checklist/conditions.js';
import { DomainError } from '../../domain/errors.js';
import type { ProcedureVersion } from '../catalogue/versions.js';
import { documentLines } from './documents.js';

const doc = (name: string, question?: string) => ({
  name,
  kind: 'submit' as const,
  originals: 1,
  copies: 0,
  ...(question ? { condition: { question, answers: ['yes'] } } : {}),
});
const record = {
  questions: ['uy_quyen', 'tre_bo_roi', 'mang_thai_ho'].map((id) => ({
    id,
    text: `${id}?`,
    kind: 'yes_no' as const,
  })),
  cases: [],
  documents: [
    doc('Tờ khai'),
    doc('Giấy chứng sinh'),
    doc('Ủy quyền', 'uy_quyen'),
    doc('Biên bản', 'tre_bo_roi'),
    doc('Mang thai hộ', 'mang_thai_ho'),
  ],
} as unknown as ProcedureRecord;
const version = { record } as ProcedureVersion;

const answersArb = fc.record(
  {
    uy_quyen: fc.constantFrom('yes', 'no'),
    tre_bo_roi: fc.constantFrom('yes', 'no'),
    mang_thai_ho: fc.constantFrom('yes', 'no'),
  },
  { requiredKeys: [] },
);
const indexes = fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 5 });

describe('documentLines with answers', () => {
  it('never lists a ruled-out document as missing, and always lists an applying unticked one', () => {
    fc.assert(
      fc.property(answersArb, indexes, indexes, (answers, ticked, waived) => {
        const ticks = ticked.map((index) => ({ index, originals: 1, copies: 0 }));
        const lines = documentLines(version, undefined, ticks, waived, answers, 'missing');
        for (const l of lines) {
          const a = applicability(l.doc, answers);
          if (a === 'not_applicable') expect(l.state).not.toBe('missing');
          if (
            (a === 'always' || a === 'applies') &&
            !ticked.includes(l.position) &&
            !waived.includes(l.position)
          )
            expect(l.state).toBe('missing');
        }
      }),
    );
  });

  it('at the desk asks exactly when an unticked, unwaived document depends on an unanswered question', () => {
    fc.assert(
      fc.property(answersArb, indexes, indexes, (answers, ticked, waived) => {
        const ticks = ticked.map((index) => ({ index, originals: 1, copies: 0 }));
        const open = record.documents.some(
          (d, i) => applicability(d, answers) === 'unanswered' && !ticked.includes(i) && !waived.includes(i),
        );
        let asked = false;
        try {
          documentLines(version, undefined, ticks, waived, answers, 'ask');
        } catch (e) {
          asked = e instanceof DomainError && e.code === 'ANSWERS_REQUIRED';
          if (!asked) throw e;
        }
        expect(asked).toBe(open);
      }),
    );
  });
});
