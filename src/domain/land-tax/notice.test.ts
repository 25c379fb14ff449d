import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTaxNotice, firstDueDate, totalDue } from './notice.js';
import { obligationKinds } from './obligations.js';
import { formatDong, vnDate } from './obligations.js';
import { sampleNotice } from './test-fixtures.js';

const TODAY = '2026-12-07';

describe('checkTaxNotice', () => {
  it('accepts a notice and totals it', () => {
    const r = checkTaxNotice(sampleNotice('2026-12-07', '2027-01-06'), TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(totalDue(r.notice)).toBe(21_250_000);
      expect(firstDueDate(r.notice)).toBe('2027-01-06');
    }
  });

  it('names each wrong line and field', () => {
    const r = checkTaxNotice(
      {
        obligations: [
          {
            kind: 'land_use_levy',
            amount: -1,
            noticeNo: 'TB-1',
            noticeDate: '2026-12-01',
            dueDate: '2026-12-31',
          },
          { kind: 'bribe', amount: 10, noticeNo: ' ', noticeDate: '2026-12-31', dueDate: '2026-12-01' },
        ],
      },
      TODAY,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.field)).toEqual([
        'taxNotice.obligations[0].amount',
        'taxNotice.obligations[1].kind',
        'taxNotice.obligations[1].noticeNo',
        'taxNotice.obligations[1].noticeDate',
      ]);
    }
    const empty = checkTaxNotice({ obligations: [] }, TODAY);
    expect(empty.ok ? [] : empty.issues.map((i) => i.field)).toEqual(['taxNotice.obligations']);
  });

  it('refuses a deadline before the notice, and the same kind twice in one notice', () => {
    const late = checkTaxNotice(
      {
        obligations: [
          { kind: 'land_rent', amount: 5, noticeNo: 'A', noticeDate: '2026-12-05', dueDate: '2026-12-04' },
        ],
      },
      TODAY,
    );
    expect(late.ok ? [] : late.issues.map((i) => i.message)).toEqual([
      'Hạn nộp không được trước ngày thông báo.',
    ]);
    const line = {
      kind: 'land_rent',
      amount: 5,
      noticeNo: 'A',
      noticeDate: '2026-12-05',
      dueDate: '2026-12-31',
    };
    const twice = checkTaxNotice({ obligations: [line, line] }, TODAY);
    expect(twice.ok ? [] : twice.issues.map((i) => i.field)).toEqual(['taxNotice.obligations[1].kind']);
  });

  it('keeps every valid line and its amount exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            kind: fc.constantFrom(...obligationKinds),
            amount: fc.integer({ min: 0, max: 1_000_000_000_000 }),
            days: fc.integer({ min: 0, max: 90 }),
          }),
          { minLength: 1, maxLength: 6, selector: (o) => o.kind },
        ),
        (lines) => {
          const obligations = lines.map((l) => ({
            kind: l.kind,
            amount: l.amount,
            noticeNo: 'TB-1',
            noticeDate: '2026-12-01',
            dueDate: `2027-${String(1 + Math.floor(l.days / 31)).padStart(2, '0')}-${String(1 + (l.days % 28)).padStart(2, '0')}`,
          }));
          const r = checkTaxNotice({ obligations }, TODAY);
          return r.ok && totalDue(r.notice) === lines.reduce((s, l) => s + l.amount, 0);
        },
      ),
    );
  });
});

describe('wording', () => {
  it('writes đồng and dates the Vietnamese way', () => {
    expect(formatDong(12_500_000)).toBe('12.500.000 đồng');
    expect(formatDong(0)).toBe('0 đồng');
    expect(vnDate('2027-01-06')).toBe('06/01/2027');
  });
});
