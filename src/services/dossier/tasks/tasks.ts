/**
 * Per-agency tasks of a dossier (table dossier_tasks): the handling unit's processing between transfers, another
 * agency's share of an inter-agency dossier, a consultation asked of a unit. Each task has its own due instant on
 * its own unit's calendar, from the procedure version's workflow (src/domain/dossier/workflow.ts); the dossier's
 * overall legal clock runs on regardless. Tasks are opened and closed only by applyAction (../actions/apply.ts), in
 * the action's transaction, and each hand-off's log entry records the step's due instant and outcome.
 */
import type { Selectable } from 'kysely';
import { addWorkingTime, workingTimeBetween } from '../../../domain/calendar/working-time.js';
import { MS_PER_MINUTE } from '../../../domain/calendar/time-zone.js';
import { conflict } from '../../../domain/errors.js';
import { ACTIONS, type TaskEffect } from '../../../domain/dossier/actions.js';
import type { Action } from '../../../domain/dossier/lifecycle.js';
import {
  limitMinutes,
  planAt,
  segmentsOf,
  stepBudgets,
  stepOutcome,
  workflowOf,
  type Segment,
} from '../../../domain/dossier/workflow.js';
import type { StepOutcome } from '../../../domain/dossier/control-slip.js';
import type { DossierTasksTable, TaskKind } from '../../../db/tables/dossier-tasks.js';
import { getVersionById } from '../../catalogue/versions.js';
import { loadEffectiveCalendar } from '../../calendar/layers.js';
import type { Reader, Trx } from '../../../db/transaction.js';
import type { DossierRow } from '../common.js';

/** A task as read (every column of dossier_tasks but its creation instant). */
export type TaskRow = Omit<Selectable<DossierTasksTable>, 'created_at'>;

export async function listTasks(db: Reader, dossierId: string): Promise<TaskRow[]> {
  return db
    .selectFrom('dossier_tasks')
    .select([
      'id',
      'dossier_id',
      'unit_id',
      'assignee_id',
      'kind',
      'segment',
      'share_minutes',
      'opened_at',
      'opened_seq',
      'due_at',
      'closed_at',
      'closed_seq',
      'outcome',
      'request',
      'answer',
    ])
    .where('dossier_id', '=', dossierId)
    .orderBy('opened_at')
    .orderBy('created_at')
    .execute();
}

async function unitCalendar(db: Reader, unitId: string) {
  const unit = await db.selectFrom('units').selectAll().where('id', '=', unitId).executeTakeFirstOrThrow();
  return loadEffectiveCalendar(db, unit);
}

/** The workflow's segments with their budgets, for the dossier's channel. */
export async function planOf(db: Reader, row: DossierRow): Promise<Segment[]> {
  const version = await getVersionById(db, row.procedure_version_id);
  const record = version.record;
  const channel =
    record.channels.find((c) => c.kind === row.channel) ??
    record.channels.find((c) => c.kind === 'desk') ??
    record.channels[0]!;
  const { definition } = await unitCalendar(db, row.receiving_unit_id);
  const workflow = workflowOf(record);
  const total = limitMinutes(channel.timeLimit, definition.hoursPerDay);
  return segmentsOf(workflow, total === null ? null : stepBudgets(workflow, total));
}

/** The due instant of `minutes` of work on the unit's calendar from `from`. */
async function dueOn(db: Reader, unitId: string, from: number, minutes: number): Promise<number> {
  const { calendar } = await unitCalendar(db, unitId);
  return addWorkingTime(calendar, from, minutes * MS_PER_MINUTE);
}

async function closeTask(
  trx: Trx,
  task: TaskRow,
  now: number,
  seq: number,
  answer?: string,
): Promise<{ stepDue: string | null; outcome: StepOutcome | null }> {
  const { definition } = await unitCalendar(trx, task.unit_id);
  const outcome = task.due_at ? stepOutcome(now, task.due_at.getTime(), definition.timezone) : null;
  await trx
    .updateTable('dossier_tasks')
    .set({
      closed_at: new Date(now),
      closed_seq: seq,
      outcome,
      ...(answer !== undefined ? { answer } : {}),
    })
    .where('id', '=', task.id)
    .execute();
  return { stepDue: task.due_at?.toISOString() ?? null, outcome };
}

interface OpenTask {
  dossierId: string;
  unitId: string;
  kind: TaskKind;
  segment: number | null;
  shareMinutes: number | null;
  openedAt: number;
  openedSeq: number | null;
  dueAt: number | null;
  assigneeId?: string | null;
  request?: string | null;
}

async function openTask(trx: Trx, t: OpenTask): Promise<void> {
  await trx
    .insertInto('dossier_tasks')
    .values({
      dossier_id: t.dossierId,
      unit_id: t.unitId,
      kind: t.kind,
      segment: t.segment,
      share_minutes: t.shareMinutes,
      opened_at: new Date(t.openedAt),
      opened_seq: t.openedSeq,
      due_at: t.dueAt === null ? null : new Date(t.dueAt),
      assignee_id: t.assigneeId ?? null,
      request: t.request ?? null,
    })
    .execute();
}

/** Opens the process task of a home segment; without a budget of its own it is due with the dossier. */
async function openProcess(
  trx: Trx,
  row: DossierRow,
  unitId: string,
  segment: number,
  segments: Segment[],
  at: number,
  seq: number | null,
  overallDue: number | null,
  assigneeId: string | null = null,
): Promise<number | null> {
  const minutes = segments[segment]?.minutes ?? null;
  const due = minutes === null ? overallDue : await dueOn(trx, unitId, at, minutes);
  await openTask(trx, {
    dossierId: row.id,
    unitId,
    kind: 'process',
    segment,
    shareMinutes: minutes,
    openedAt: at,
    openedSeq: seq,
    dueAt: due,
    assigneeId,
  });
  return due;
}

/** What applyAction knows after computing the action's effects. */
export interface TaskEvent {
  row: DossierRow;
  action: Action;
  seq: number;
  now: number;
  /** The dossier is (now) finished: every open task closes. */
  finished: boolean;
  /** When the dossier was received (possibly by this very action), or null. */
  receivedAt: number | null;
  /** Whether this action received it. */
  receivedNow: boolean;
  /** The dossier's overall due instant after the action. */
  overallDue: number | null;
  /** The unit handling the dossier after the action. */
  handlingUnitId: string;
  assigneeId?: string | null | undefined;
  /** consult: the consulted unit, the deadline, the question. */
  consult?: { unitId: string; dueAt: number; request: string } | undefined;
  /** answer_consult: the consultation being answered, and the answer. */
  answer?: { taskId: string; text: string } | undefined;
  /** receive_supplement: how the clock went on. */
  clockOnSupplement?: 'pause' | 'restart' | undefined;
}

/** What a task effect works with: the event, the open tasks, the entry's data for the control slip. */
interface TaskContext {
  trx: Trx;
  e: TaskEvent;
  row: DossierRow;
  now: number;
  seq: number;
  data: Record<string, unknown>;
  open: TaskRow[];
  openAt: (unitId: string, kinds: TaskKind[]) => TaskRow | undefined;
  transfersDone: number;
  plan: () => Promise<Segment[]>;
}

/** The task effects the table names (src/domain/dossier/actions.ts: `task`), by name. */
const taskEffects = {
  assignTask: async ({ trx, e, row, openAt }) => {
    const task = openAt(row.handling_unit_id, ['process', 'transfer']);
    if (task && e.assigneeId !== undefined) {
      await trx
        .updateTable('dossier_tasks')
        .set({ assignee_id: e.assigneeId })
        .where('id', '=', task.id)
        .execute();
    }
  },
  handOver: async ({ trx, e, row, now, seq, data, openAt, transfersDone, plan }) => {
    const home = openAt(row.handling_unit_id, ['process']);
    if (home) Object.assign(data, await closeTask(trx, home, now, seq));
    const step = planAt(await plan(), transfersDone).transfer;
    const target = await trx
      .selectFrom('units')
      .select(['id', 'agency_id'])
      .where('id', '=', e.handlingUnitId)
      .executeTakeFirstOrThrow();
    const planned = step && (step.unit === null || step.unit === target.agency_id) ? step : null;
    const minutes = planned?.minutes ?? null;
    const due = minutes === null ? null : await dueOn(trx, target.id, now, minutes);
    await openTask(trx, {
      dossierId: row.id,
      unitId: target.id,
      kind: 'transfer',
      segment: planned ? 2 * transfersDone + 1 : null,
      shareMinutes: minutes,
      openedAt: now,
      openedSeq: seq,
      dueAt: due,
    });
    data.taskDue = due === null ? null : new Date(due).toISOString();
    data.shareMinutes = minutes;
  },
  takeBack: async ({ trx, e, row, now, seq, data, openAt, transfersDone, plan }) => {
    const away = openAt(row.handling_unit_id, ['transfer']);
    if (away) Object.assign(data, await closeTask(trx, away, now, seq));
    const segment = 2 * (transfersDone + (away ? 1 : 0));
    const due = await openProcess(
      trx,
      row,
      e.handlingUnitId,
      segment,
      await plan(),
      now,
      seq,
      e.overallDue,
      row.assignee_id,
    );
    data.taskDue = due === null ? null : new Date(due).toISOString();
  },
  openConsultation: async ({ trx, e, row, now, seq, data }) => {
    const c = e.consult!;
    await openTask(trx, {
      dossierId: row.id,
      unitId: c.unitId,
      kind: 'consult',
      segment: null,
      shareMinutes: null,
      openedAt: now,
      openedSeq: seq,
      dueAt: c.dueAt,
      request: c.request,
    });
    data.taskDue = new Date(c.dueAt).toISOString();
  },
  closeConsultation: async ({ trx, e, now, seq, data, open }) => {
    const a = e.answer!;
    const task = open.find((t) => t.id === a.taskId);
    if (!task) throw conflict('NO_OPEN_CONSULTATION', 'Yêu cầu xin ý kiến này đã được trả lời.');
    Object.assign(data, await closeTask(trx, task, now, seq, a.text));
  },
  resumeShare: async ({ trx, e, row, now, openAt }) => {
    // The open process task's share pauses (or restarts) with the legal clock.
    const home = openAt(row.handling_unit_id, ['process']);
    if (!home?.due_at || home.share_minutes === null || !e.clockOnSupplement) return;
    const { calendar } = await unitCalendar(trx, home.unit_id);
    let due: number;
    if (e.clockOnSupplement === 'restart') {
      due = addWorkingTime(calendar, now, home.share_minutes * MS_PER_MINUTE);
    } else {
      const paused = await trx
        .selectFrom('dossier_actions')
        .select('at')
        .where('dossier_id', '=', row.id)
        .where('action', '=', 'request_supplement')
        .orderBy('seq', 'desc')
        .executeTakeFirst();
      const from = paused ? paused.at.getTime() : now;
      const left =
        from < home.due_at.getTime() ? workingTimeBetween(calendar, from, home.due_at.getTime()) : 0;
      due = addWorkingTime(calendar, now, left);
    }
    await trx
      .updateTable('dossier_tasks')
      .set({ due_at: new Date(due) })
      .where('id', '=', home.id)
      .execute();
  },
  extendShare: async ({ trx, e, row, data, openAt }) => {
    // The extension's extra working time goes to the task of the unit holding the dossier.
    const task = openAt(row.handling_unit_id, ['process', 'transfer']);
    const before = row.due_at?.getTime();
    if (!task?.due_at || before === undefined || e.overallDue === null || e.overallDue <= before) return;
    const { calendar } = await unitCalendar(trx, task.unit_id);
    const extra = workingTimeBetween(calendar, before, e.overallDue);
    const due = addWorkingTime(calendar, task.due_at.getTime(), extra);
    await trx
      .updateTable('dossier_tasks')
      .set({ due_at: new Date(due) })
      .where('id', '=', task.id)
      .execute();
    data.taskDue = new Date(due).toISOString();
  },
} satisfies Record<TaskEffect, (c: TaskContext) => Promise<void>>;

/**
 * Opens and closes the tasks an action implies (the task effect its row names); returns what its log entry should record for the control slip
 * (the due instant and outcome of the step it closes, the due instant of the task it opens).
 */
export async function applyTaskEffects(trx: Trx, e: TaskEvent): Promise<Record<string, unknown>> {
  const { row, now, seq } = e;
  const data: Record<string, unknown> = {};
  let tasks = await listTasks(trx, row.id);
  let segments: Segment[] | undefined;
  const plan = async () => (segments ??= await planOf(trx, row));
  // A dossier received before tasks existed, or at the desk (intake), gets its first task on its first action.
  if (tasks.length === 0 && e.receivedAt !== null && !e.finished) {
    const at = e.receivedNow ? now : e.receivedAt;
    const due = await openProcess(
      trx,
      row,
      row.handling_unit_id,
      0,
      await plan(),
      at,
      e.receivedNow ? seq : null,
      e.overallDue,
    );
    if (e.receivedNow) data.taskDue = due === null ? null : new Date(due).toISOString();
    tasks = await listTasks(trx, row.id);
  }
  const open = tasks.filter((t) => t.closed_at === null);
  const openAt = (unitId: string, kinds: TaskKind[]) =>
    open.find((t) => t.unit_id === unitId && kinds.includes(t.kind));
  const transfersDone = tasks.filter((t) => t.kind === 'transfer' && t.closed_at !== null).length;

  const spec = ACTIONS[e.action];
  if ('task' in spec) {
    await taskEffects[spec.task]({ trx, e, row, now, seq, data, open, openAt, transfersDone, plan });
  }
  if (e.finished) {
    for (const task of (await listTasks(trx, row.id)).filter((t) => t.closed_at === null)) {
      const closed = await closeTask(trx, task, now, seq);
      if (task.kind !== 'consult' && data.outcome === undefined) Object.assign(data, closed);
    }
  }
  return data;
}

// The read side (access, inbox scope, assignment) lives in queries.ts; re-exported for the callers.
export { openConsultUnits, openTaskDues, openTaskInScope, pickAssignee, taskUnitPaths } from './queries.js';
