import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workflowRoles, workflowStepKinds, type Workflow } from '../catalogue/record.js';
import {
  defaultWorkflow,
  lateUnit,
  limitMinutes,
  planAt,
  segmentsOf,
  stepBudgets,
  stepOutcome,
  workflowOf,
} from './workflow.js';

const TZ = 'Asia/Ho_Chi_Minh';
const land: Workflow = {
  steps: [
    { kind: 'receive', role: 'reception_officer', share: 1 },
    { kind: 'appraise', role: 'specialist', share: 8 },
    { kind: 'transfer', role: 'specialist', unit: '000.00.22.H56', share: 5 },
    { kind: 'approve', role: 'leader', share: 3 },
    { kind: 'return', role: 'reception_officer', share: 1 },
  ],
};

describe('step budgets', () => {
  it('splits 18 working days in the proportions of the shares, one day per part', () => {
    const total = limitMinutes({ unit: 'working_days', value: 18 }, 8)!;
    expect(total).toBe(18 * 8 * 60);
    expect(stepBudgets(land, total)).toEqual([1, 8, 5, 3, 1].map((d) => d * 480));
  });

  it('hands the minutes left by rounding to the largest remainders, first step first on ties', () => {
    const three: Workflow = {
      steps: [
        { kind: 'receive', role: 'reception_officer', share: 1 },
        { kind: 'appraise', role: 'specialist', share: 1 },
        { kind: 'return', role: 'reception_officer', share: 1 },
      ],
    };
    expect(stepBudgets(three, 100)).toEqual([34, 33, 33]);
  });

  it('has no working-time budget for calendar-day and same-day limits', () => {
    expect(limitMinutes({ unit: 'calendar_days', value: 15 }, 8)).toBeNull();
    expect(limitMinutes({ unit: 'same_day', value: 0 }, 8)).toBeNull();
    expect(limitMinutes({ unit: 'working_hours', value: 4 }, 8)).toBe(240);
  });

  const step = fc.record({
    kind: fc.constantFrom(...workflowStepKinds),
    role: fc.constantFrom(...workflowRoles),
    share: fc.integer({ min: 1, max: 1000 }),
  });
  const workflow = fc.array(step, { minLength: 0, maxLength: 28 }).map((middle): Workflow => ({
    steps: [
      { kind: 'receive', role: 'reception_officer', share: 1 },
      ...middle,
      { kind: 'return', role: 'reception_officer', share: 1 },
    ],
  }));
  const limit = fc.oneof(
    fc.record({
      unit: fc.constant('working_days' as const),
      value: fc.double({ min: 0, max: 3650, noNaN: true }),
    }),
    fc.record({
      unit: fc.constant('working_hours' as const),
      value: fc.double({ min: 0, max: 29200, noNaN: true }),
    }),
  );

  it('property: for any working-time limit and valid workflow, the budgets add up to the limit exactly', () => {
    fc.assert(
      fc.property(limit, workflow, fc.constantFrom(8, 7.5, 8.5), (l, wf, hoursPerDay) => {
        const total = limitMinutes(l, hoursPerDay)!;
        const budgets = stepBudgets(wf, total);
        const sum = wf.steps.reduce((a, s) => a + s.share, 0);
        expect(budgets.reduce((a, b) => a + b, 0)).toBe(total);
        budgets.forEach((b, i) => {
          expect(Number.isInteger(b) && b >= 0).toBe(true);
          expect(Math.abs(b - (total * wf.steps[i]!.share) / sum)).toBeLessThan(1);
        });
        // Segments cut the same minutes: nothing is lost or counted twice.
        const segments = segmentsOf(wf, budgets);
        expect(segments.reduce((a, s) => a + (s.minutes ?? 0), 0)).toBe(total);
        expect(segments.filter((s) => s.kind === 'transfer').length).toBe(
          wf.steps.filter((s) => s.kind === 'transfer').length,
        );
      }),
    );
  });
});

describe('segments', () => {
  it('cuts the land workflow into the home unit, the Tax office, and the home unit again', () => {
    const segments = segmentsOf(land, stepBudgets(land, 18 * 480));
    expect(segments).toEqual([
      { kind: 'process', steps: [0, 1], unit: null, minutes: 9 * 480 },
      { kind: 'transfer', steps: [2], unit: '000.00.22.H56', minutes: 5 * 480 },
      { kind: 'process', steps: [3, 4], unit: null, minutes: 4 * 480 },
    ]);
    expect(planAt(segments, 0).transfer?.unit).toBe('000.00.22.H56');
    expect(planAt(segments, 1)).toEqual({ process: segments[2], transfer: null });
    expect(planAt(segments, 2)).toEqual({ process: null, transfer: null });
  });

  it('derives a default with a step at another agency for inter-agency procedures', () => {
    const inter = workflowOf({ flags: { sameDay: false, interAgency: true } });
    expect(inter.steps.map((s) => s.kind)).toEqual(['receive', 'appraise', 'transfer', 'approve', 'return']);
    const plain = defaultWorkflow({ flags: { sameDay: false, interAgency: false } });
    expect(plain.steps.some((s) => s.kind === 'transfer')).toBe(false);
    expect(workflowOf({ flags: { sameDay: false, interAgency: true }, workflow: land })).toBe(land);
  });
});

describe('step outcome', () => {
  const due = Date.parse('2026-03-10T17:00:00+07:00');
  it('is early on a day before the due day, on time on the due day, late after the due instant', () => {
    expect(stepOutcome(Date.parse('2026-03-09T16:00:00+07:00'), due, TZ)).toBe('early');
    expect(stepOutcome(Date.parse('2026-03-10T08:00:00+07:00'), due, TZ)).toBe('on_time');
    expect(stepOutcome(due, due, TZ)).toBe('on_time');
    expect(stepOutcome(due + 60_000, due, TZ)).toBe('late');
  });
});

describe('lateness attribution', () => {
  const h = 3_600_000;
  const tasks = [
    { unitId: 'vpdk', kind: 'process' as const, dueAt: 10 * h, closedAt: 9 * h },
    { unitId: 'thue', kind: 'transfer' as const, dueAt: 20 * h, closedAt: 30 * h },
    { unitId: 'vpdk', kind: 'process' as const, dueAt: 40 * h, closedAt: 42 * h },
  ];
  it('names the unit whose task overran its share the most, only when the dossier was late', () => {
    expect(lateUnit(tasks, { dueAt: 41 * h, finishedAt: 42 * h, holder: 'vpdk' }, 50 * h)).toBe('thue');
    expect(lateUnit(tasks, { dueAt: 45 * h, finishedAt: 42 * h, holder: 'vpdk' }, 50 * h)).toBeNull();
  });
  it('falls back to the unit holding the dossier when no task overran, and counts open tasks until now', () => {
    const onTime = tasks.map((t) => ({ ...t, closedAt: t.dueAt }));
    expect(lateUnit(onTime, { dueAt: 30 * h, finishedAt: 42 * h, holder: 'vpdk' }, 50 * h)).toBe('vpdk');
    const open = [{ unitId: 'thue', kind: 'transfer' as const, dueAt: 20 * h, closedAt: null }];
    expect(lateUnit(open, { dueAt: 30 * h, finishedAt: null, holder: 'thue' }, 31 * h)).toBe('thue');
    expect(lateUnit(open, { dueAt: 30 * h, finishedAt: null, holder: 'thue' }, 29 * h)).toBeNull();
  });
});
