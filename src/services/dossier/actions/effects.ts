/**
 * What an action does besides appending to the log: the legal clock (start, pause, restart, extend), the unit that
 * holds the dossier, the assignee, and the data the log entry records. Each is the effect the action's row names
 * (src/domain/dossier/actions.ts: `effect`). Pure of permission checks: `applyAction` has made them before calling
 * `effectsOf`.
 */
import {
  checkExtension,
  pauseClock,
  restartClock,
  resumeClock,
  startClock,
  type Clock,
} from '../../../domain/calendar/clock.js';
import { parseInstant } from '../../../domain/calendar/time-zone.js';
import { conflict } from '../../../domain/errors.js';
import { ACTIONS, type ActionEffect } from '../../../domain/dossier/actions.js';
import { terminalStatuses, type DossierState } from '../../../domain/dossier/lifecycle.js';
import { getVersionById, type ProcedureVersion } from '../../catalogue/versions.js';
import { loadEffectiveCalendar, type EffectiveCalendar } from '../../calendar/layers.js';
import { unitByAgencyId } from '../../org/units.js';
import type { Trx } from '../../../db/transaction.js';
import type { UnitRow } from '../../org/queries.js';
import type { ActionInput } from './inputs.js';
import { checkReturnedTo, requiredField } from './inputs.js';
import { deadlineLimit, type DossierRow } from '../common.js';
import { isSameDayIntake } from '../same-day-procedures.js';
import { missingDocuments, tickDocuments } from '../documents.js';
import { pickAssignee } from '../tasks/tasks.js';
import { noticeOfReturn, slipOfTransfer } from '../land-tax.js';
import { checkTargetUnit, consultDeadline } from './transfer-targets.js';
import { openPaymentRequest } from '../payment-request.js';

export interface Effects {
  clock?: Clock | null;
  dueAt?: Date | null;
  receivedAt?: Date;
  finishedAt?: Date;
  handlingUnitId?: string;
  previousUnitId?: string | null;
  assigneeId?: string | null;
  sameDay?: boolean;
  consult?: { unitId: string; dueAt: number };
  data: Record<string, unknown>;
}

/** What an effect works with: the dossier before and after, the request, the unit's calendar and the procedure. */
interface EffectContext {
  trx: Trx;
  row: DossierRow;
  before: DossierState;
  after: DossierState;
  input: ActionInput;
  now: number;
  actor: { id: string; fullName: string };
  unit: UnitRow;
  calendar: EffectiveCalendar['calendar'];
  timezone: string;
  version: ProcedureVersion;
  fx: Effects;
  setClock: (c: Clock | null) => void;
  /** The legal time limit of the dossier's channel. */
  limitOf: () => ReturnType<typeof deadlineLimit>;
}

/** The effects the table names, by name. */
const effects = {
  startClock: async ({ trx, unit, version, now, timezone, calendar, fx, setClock, limitOf }) => {
    // An online submission accepted on the unit's same-day day is due at its close, as at the desk.
    fx.sameDay = await isSameDayIntake(trx, unit, version, now, timezone);
    setClock(startClock(calendar, now, fx.sameDay ? { unit: 'same_day' } : limitOf()));
    fx.receivedAt = new Date(now);
  },
  pauseForSupplement: async ({ trx, row, before, calendar, now, fx, setClock }) => {
    if (row.clock?.runningSince != null) setClock(pauseClock(calendar, row.clock, now));
    // An online dossier not yet accepted has had no paper ticked by an officer: the note says what is missing.
    if (row.channel === 'online' && before.status === 'submitted') return;
    fx.data.missing = await missingDocuments(trx, row.id);
  },
  takeSupplement: async (c) => {
    const { trx, row, input, actor, calendar, now, fx, setClock, version } = c;
    const clock = row.clock;
    const brought = (input.documents ?? []).filter((d) => d.originals + d.copies > 0);
    const note = input.note?.trim();
    if (brought.length === 0 && !note) {
      throw requiredField(
        'documents',
        'Đánh dấu giấy tờ công dân đã nộp bổ sung, hoặc ghi rõ nội dung đã bổ sung và lý do tiếp nhận.',
      );
    }
    if (input.documents?.length) await tickDocuments(trx, actor, row.id, input.documents);
    const missing = await missingDocuments(trx, row.id);
    if (missing.length && !note) {
      throw conflict(
        'DOCUMENTS_STILL_MISSING',
        `Hồ sơ vẫn còn thiếu: ${missing.map((m) => m.name).join('; ')}. Đánh dấu giấy tờ đã nhận, hoặc ghi lý do vẫn tiếp nhận.`,
        { missing },
      );
    }
    // Accepted although a paper of the checklist is still missing: the note says why; the log names the papers.
    if (missing.length) fx.data.acceptedMissing = missing;
    if (c.after.status === 'submitted') return;
    if (!clock) {
      setClock(startClock(calendar, now, c.limitOf()));
      fx.receivedAt = new Date(now);
    } else if (version.record.clockOnSupplement === 'restart') {
      setClock(restartClock(calendar, clock, now));
    } else {
      setClock(resumeClock(calendar, clock, now));
    }
    fx.data.clockOnSupplement = version.record.clockOnSupplement;
  },
  extendDue: ({ row, before, input, calendar, timezone, now, fx, setClock }) => {
    const clock = row.clock;
    if (!input.newDue) throw requiredField('newDue', 'Cần hạn trả kết quả mới.');
    if (!clock || clock.due === null) throw conflict('CLOCK_NOT_RUNNING', 'Thời hạn đang tạm dừng.');
    let newDue: number;
    try {
      newDue = parseInstant(input.newDue, timezone);
    } catch {
      throw requiredField('newDue', 'Hạn mới không hợp lệ.');
    }
    checkExtension(calendar, {
      currentDue: clock.due,
      newDue,
      requestedAt: now,
      extensionsUsed: before.extensions,
    });
    setClock({ ...clock, due: newDue });
    fx.data.previousDue = new Date(clock.due).toISOString();
    fx.data.newDue = new Date(newDue).toISOString();
  },
  sendToUnit: async ({ trx, row, input, now, fx }) => {
    if (!input.toUnit) throw requiredField('toUnit', 'Cần đơn vị nhận liên thông.');
    const target: UnitRow = await unitByAgencyId(trx, input.toUnit, { field: 'toUnit' });
    checkTargetUnit(target, row);
    const slip = await slipOfTransfer(trx, row, target, input.taxSlip, now);
    fx.handlingUnitId = target.id;
    fx.previousUnitId = row.handling_unit_id;
    fx.data.toUnit = target.agency_id;
    fx.data.toUnitName = target.name;
    if (slip) fx.data.taxSlip = slip;
  },
  returnFromUnit: async ({ trx, row, input, now, fx }) => {
    const notice = await noticeOfReturn(trx, row, input.taxNotice, now);
    if (notice) fx.data.taxNotice = notice;
    fx.handlingUnitId = row.previous_unit_id ?? row.receiving_unit_id;
    fx.previousUnitId = null;
  },
  assignSpecialist: async ({ trx, row, input, version, fx }) => {
    if (!input.assigneeId) {
      // Automatic: of the unit's specialists who handle the procedure's field (or every field), the one with
      // the fewest open tasks. None: the leader chooses by hand.
      const field = version.record.field;
      const picked = await pickAssignee(trx, row.handling_unit_id, field.code);
      if (!picked) {
        throw conflict(
          'NO_SPECIALIST_FOR_FIELD',
          `Đơn vị chưa có chuyên viên phụ trách lĩnh vực ${field.name}; lãnh đạo chọn chuyên viên để phân công.`,
          { field: field.code },
        );
      }
      fx.assigneeId = picked.id;
      fx.data.assigneeId = picked.id;
      fx.data.assigneeName = picked.fullName;
      fx.data.automatic = true;
      return;
    }
    const staff = await trx
      .selectFrom('staff_roles')
      .select('staff_id')
      .where('staff_id', '=', input.assigneeId)
      .where('unit_id', '=', row.handling_unit_id)
      .where('role', '=', 'specialist')
      .executeTakeFirst();
    if (!staff) throw requiredField('assigneeId', 'Người được phân công không phải chuyên viên của đơn vị.');
    fx.assigneeId = input.assigneeId;
    fx.data.assigneeId = input.assigneeId;
  },
  askUnit: async ({ trx, row, input, timezone, now, fx }) => {
    if (!input.toUnit) throw requiredField('toUnit', 'Cần đơn vị được xin ý kiến.');
    const target: UnitRow = await unitByAgencyId(trx, input.toUnit, { field: 'toUnit' });
    checkTargetUnit(target, row);
    const dueAt = await consultDeadline(trx, target, input.deadline, timezone, now);
    fx.consult = { unitId: target.id, dueAt };
    fx.data.toUnit = target.agency_id;
    fx.data.toUnitName = target.name;
  },
  takeIfUnassigned: ({ row, actor, fx }) => {
    // Nobody was assigned: the specialist who appraises it becomes its assignee.
    if (row.assignee_id === null) fx.assigneeId = actor.id;
  },
  recordRecipient: ({ row, before, input, fx }) => {
    fx.data.returnedTo = checkReturnedTo(input.returnedTo, before.status === 'posting', row.applicant_name);
  },
  // What the dossier must pay, frozen when asked (services/payment/requests.ts); the log says how much.
  openPaymentRequest: async ({ trx, row, actor, now, fx }) => {
    const opened = await openPaymentRequest(trx, row, actor.id, now);
    if (opened) fx.data.payment = opened;
  },
} satisfies Record<ActionEffect, (c: EffectContext) => Promise<void> | void>;

export async function effectsOf(
  trx: Trx,
  row: DossierRow,
  before: DossierState,
  after: DossierState,
  input: ActionInput,
  now: number,
  /** null: the applicant (a citizen's own withdrawal), whose actions have no effect that names an officer. */
  actor: { id: string; fullName: string } | null,
): Promise<Effects> {
  const unit = await trx
    .selectFrom('units')
    .selectAll()
    .where('id', '=', row.receiving_unit_id)
    .executeTakeFirstOrThrow();
  const { calendar, definition } = await loadEffectiveCalendar(trx, unit);
  const version = await getVersionById(trx, row.procedure_version_id);
  const clock = row.clock;
  const fx: Effects = { data: {} };
  const limitOf = () => {
    const ch =
      version.record.channels.find((c) => c.kind === row.channel) ??
      version.record.channels.find((c) => c.kind === 'desk') ??
      version.record.channels[0]!;
    return deadlineLimit(ch.timeLimit);
  };
  const setClock = (c: Clock | null) => {
    fx.clock = c;
    fx.dueAt = c?.due ? new Date(c.due) : null;
  };
  const spec = ACTIONS[input.action];
  if ('effect' in spec) {
    if (!actor) throw new Error(`effectsOf: ${input.action} needs an officer`);
    const timezone = definition.timezone;
    await effects[spec.effect]({
      trx,
      row,
      before,
      after,
      input,
      now,
      actor,
      unit,
      calendar,
      timezone,
      version,
      fx,
      setClock,
      limitOf,
    });
  }
  if ((terminalStatuses as readonly string[]).includes(after.status)) {
    fx.finishedAt = new Date(now);
    const current = fx.clock === undefined ? clock : fx.clock;
    if (current?.runningSince != null) {
      // The clock stops when the dossier is finished; the due instant stays on record for the statistics.
      fx.clock = pauseClock(calendar, current, now);
      fx.dueAt = current.due === null ? null : new Date(current.due);
    }
  }
  return fx;
}
