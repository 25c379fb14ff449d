/**
 * The processing workflow of a procedure version: ordered steps (receive → appraise → [transfer] → approve →
 * return), each done by a role in a unit, each with a time budget. The budgets are the channel's time limit split in
 * the proportions of the steps' `share`s, in whole working minutes, and always add up to the limit exactly.
 *
 * The steps done by the unit handling the dossier between two transfers form one "segment": one task of that unit
 * (src/services/dossier/tasks/tasks.ts) whose due instant is its segment's budget on the unit's calendar. A transfer step is
 * the other agency's own task with its own budget. Calendar-day and same-day limits are not measured in working time:
 * their steps have no budget of their own and only the dossier's overall due instant applies.
 */
import type {
  ProcedureRecord,
  TimeLimit,
  Workflow,
  WorkflowStep,
  WorkflowStepKind,
} from '../catalogue/record.js';
import { formatInstant } from '../calendar/time-zone.js';
import type { StepOutcome } from './control-slip.js';

export type { Workflow, WorkflowStep, WorkflowStepKind };

export const workflowStepLabels = {
  receive: 'Tiếp nhận hồ sơ',
  appraise: 'Thẩm định, xử lý',
  transfer: 'Xử lý liên thông',
  approve: 'Phê duyệt',
  return: 'Trả kết quả',
} as const satisfies Record<WorkflowStepKind, string>;

/** Default shares when a record has no workflow: a tenth to the desk at each end, most of it to appraisal. */
export function defaultWorkflow(record: Pick<ProcedureRecord, 'flags'>): Workflow {
  const steps: WorkflowStep[] = record.flags.interAgency
    ? [
        { kind: 'receive', role: 'reception_officer', share: 1 },
        { kind: 'appraise', role: 'specialist', share: 4 },
        { kind: 'transfer', role: 'specialist', share: 3 },
        { kind: 'approve', role: 'leader', share: 1 },
        { kind: 'return', role: 'reception_officer', share: 1 },
      ]
    : [
        { kind: 'receive', role: 'reception_officer', share: 1 },
        { kind: 'appraise', role: 'specialist', share: 6 },
        { kind: 'approve', role: 'leader', share: 2 },
        { kind: 'return', role: 'reception_officer', share: 1 },
      ];
  return { steps };
}

/** The record's own workflow, or the default one. */
export function workflowOf(record: Pick<ProcedureRecord, 'flags' | 'workflow'>): Workflow {
  return record.workflow ?? defaultWorkflow(record);
}

/** The limit in working minutes, or null for limits not measured in working time (calendar days, same day). */
export function limitMinutes(limit: Pick<TimeLimit, 'unit' | 'value'>, hoursPerDay: number): number | null {
  if (limit.unit === 'working_days') return Math.round(limit.value * hoursPerDay * 60);
  if (limit.unit === 'working_hours') return Math.round(limit.value * 60);
  return null;
}

/**
 * The limit (whole minutes) split in proportion to the shares, by largest remainder: every budget is a whole number
 * of minutes, within one minute of its exact proportion, and they add up to `total` exactly.
 */
export function stepBudgets(workflow: Workflow, total: number): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError('total must be a whole number of minutes');
  const shares = workflow.steps.map((s) => s.share);
  const sum = shares.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new RangeError('a workflow needs a positive share');
  const exact = shares.map((s) => (total * s) / sum);
  const budgets = exact.map(Math.floor);
  let left = total - budgets.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, rest: e - Math.floor(e) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    budgets[i]! += 1;
    left -= 1;
  }
  return budgets;
}

/** A stretch of the workflow held by one unit: the home unit's steps between transfers, or one transfer. */
export interface Segment {
  kind: 'process' | 'transfer';
  /** Indexes of the workflow's steps in this segment. */
  steps: number[];
  /** Agency id of a transfer step's unit, when the workflow names it. */
  unit: string | null;
  /** Working minutes; null when the limit is not in working time. */
  minutes: number | null;
}

/** The workflow cut into segments: process, transfer, process, … (a process segment may be empty: 0 minutes). */
export function segmentsOf(workflow: Workflow, budgets: number[] | null): Segment[] {
  const out: Segment[] = [];
  let home: Segment = { kind: 'process', steps: [], unit: null, minutes: budgets ? 0 : null };
  workflow.steps.forEach((step, i) => {
    const minutes = budgets ? budgets[i]! : null;
    if (step.kind === 'transfer') {
      out.push(home);
      out.push({ kind: 'transfer', steps: [i], unit: step.unit ?? null, minutes });
      home = { kind: 'process', steps: [], unit: null, minutes: budgets ? 0 : null };
    } else {
      home.steps.push(i);
      if (minutes !== null) home.minutes = (home.minutes ?? 0) + minutes;
    }
  });
  out.push(home);
  return out;
}

/** The process segment after `transfers` transfers, and the transfer segment that would come next. */
export function planAt(
  segments: readonly Segment[],
  transfers: number,
): { process: Segment | null; transfer: Segment | null } {
  return {
    process: segments[2 * transfers] ?? null,
    transfer: segments[2 * transfers + 1] ?? null,
  };
}

/**
 * Outcome of a step closed at `closedAt` that was due at `dueAt`: late after the due instant; early when closed on
 * a local day before the due day; on time otherwise.
 */
export function stepOutcome(closedAt: number, dueAt: number, timezone: string): StepOutcome {
  if (closedAt > dueAt) return 'late';
  const day = (ms: number) => formatInstant(timezone, ms).slice(0, 10);
  return day(closedAt) < day(dueAt) ? 'early' : 'on_time';
}

export const stepOutcomeLabels = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
} as const satisfies Record<StepOutcome, string>;

/** A task as lateness attribution sees it (instants in epoch ms). */
export interface TaskTiming {
  unitId: string;
  kind: 'process' | 'transfer' | 'consult';
  dueAt: number | null;
  closedAt: number | null;
}

/**
 * The unit that made a dossier late: the task that overran its own share by the most (an open task counts until
 * `now`); when no task overran, the unit holding the dossier at the end (`holder`). Null when the dossier was not
 * late: finished (or, unfinished, still) by its overall due instant.
 */
export function lateUnit(
  tasks: readonly TaskTiming[],
  overall: { dueAt: number | null; finishedAt: number | null; holder: string },
  now: number,
): string | null {
  if (overall.dueAt === null || (overall.finishedAt ?? now) <= overall.dueAt) return null;
  let worst: { unitId: string; by: number } | null = null;
  for (const t of tasks) {
    if (t.dueAt === null) continue;
    const by = (t.closedAt ?? now) - t.dueAt;
    if (by > 0 && (worst === null || by > worst.by)) worst = { unitId: t.unitId, by };
  }
  return worst?.unitId ?? overall.holder;
}
