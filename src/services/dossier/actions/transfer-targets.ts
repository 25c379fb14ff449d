/**
 * The units a dossier may be sent to (a transfer) or asked (a consultation), as the desk offers them in a list: every
 * active unit but the province itself and the unit holding the dossier, the workflow's planned agency first (and,
 * from a Land Registration Office, the Tax offices), each with the default answer deadline of a consultation on
 * that unit's own working calendar. The same rule refuses any other unit when the action is taken.
 */
import { addWorkingTime, isInsideSession, isSessionClose } from '../../../domain/calendar/working-time.js';
import { MS_PER_HOUR, parseInstant } from '../../../domain/calendar/time-zone.js';
import { forbidden, invalid } from '../../../domain/errors.js';
import { mayAct } from '../../../domain/dossier/permissions.js';
import type { Actor } from '../../../domain/org/roles.js';
import { isTargetUnit, type TransferTarget } from '../../../domain/dossier/transfer-targets.js';
import { planAt } from '../../../domain/dossier/workflow.js';
import { loadEffectiveCalendar } from '../../calendar/layers.js';
import type { Reader } from '../../../db/transaction.js';
import type { UnitRow } from '../../org/queries.js';
import { getDossierRow, type DossierRow } from '../common.js';
import { planOf } from '../tasks/tasks.js';

/** A consultation's answer is due, unless the officer says otherwise, after this many working days of the unit asked. */
const CONSULT_DEFAULT_WORKING_DAYS = 3;

const typeOrder: Record<string, number> = { sector_agency: 0, service_centre: 1, commune: 2 };
const collator = new Intl.Collator('vi');

/** 400 naming `toUnit` when the unit may not receive from the dossier's handling unit. */
export function checkTargetUnit(unit: UnitRow, row: DossierRow): void {
  if (unit.id === row.handling_unit_id) {
    throw invalid('VALIDATION_FAILED', 'Hồ sơ đang ở đơn vị này.', [
      { field: 'toUnit', message: 'Hồ sơ đang ở đơn vị này.' },
    ]);
  }
  if (!isTargetUnit(unit, row.handling_unit_id)) {
    const message = 'Đơn vị này không nhận hồ sơ liên thông hay xin ý kiến; chọn một đơn vị trong danh sách.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'toUnit', message }]);
  }
}

/** The default answer deadline of a consultation asked of `unit` at `now`: working days on its own calendar. */
export async function consultDefaultDue(db: Reader, unit: UnitRow, now: number): Promise<number> {
  const { calendar, definition } = await loadEffectiveCalendar(db, unit);
  return addWorkingTime(calendar, now, CONSULT_DEFAULT_WORKING_DAYS * definition.hoursPerDay * MS_PER_HOUR);
}

/**
 * A consultation's deadline: the default when none is given; otherwise the instant given, which must be later than
 * now and within the consulted unit's working hours (never a midnight nobody works at).
 */
export async function consultDeadline(
  db: Reader,
  unit: UnitRow,
  given: string | undefined,
  timezone: string,
  now: number,
): Promise<number> {
  if (!given) return consultDefaultDue(db, unit, now);
  const bad = (message: string) => invalid('VALIDATION_FAILED', message, [{ field: 'deadline', message }]);
  let dueAt: number;
  try {
    dueAt = parseInstant(given, timezone);
  } catch {
    throw bad('Thời hạn trả lời không hợp lệ.');
  }
  if (dueAt <= now) throw bad('Thời hạn trả lời phải sau thời điểm hiện tại.');
  const { calendar } = await loadEffectiveCalendar(db, unit);
  if (!isInsideSession(calendar, dueAt) && !isSessionClose(calendar, dueAt)) {
    throw bad(`Thời hạn trả lời phải trong giờ làm việc của ${unit.name}.`);
  }
  return dueAt;
}

export async function listTransferTargets(
  db: Reader,
  actor: Actor,
  code: string,
  now = Date.now(),
): Promise<TransferTarget[]> {
  const row = await getDossierRow(db, code);
  if (
    !mayAct(actor, 'transfer', row.handling_unit_path) &&
    !mayAct(actor, 'consult', row.handling_unit_path)
  ) {
    throw forbidden('Bạn không có quyền chuyển hồ sơ này hay xin ý kiến đơn vị khác.');
  }
  const units = (await db.selectFrom('units').selectAll().execute()).filter((u) =>
    isTargetUnit(u, row.handling_unit_id),
  );
  const from = await db
    .selectFrom('units')
    .select('sector')
    .where('id', '=', row.handling_unit_id)
    .executeTakeFirstOrThrow();
  const transfersDone = await db
    .selectFrom('dossier_tasks')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('dossier_id', '=', row.id)
    .where('kind', '=', 'transfer')
    .executeTakeFirstOrThrow();
  const planned = planAt(await planOf(db, row), Number(transfersDone.n)).transfer?.unit ?? null;
  const out: TransferTarget[] = [];
  for (const u of units) {
    out.push({
      agencyId: u.agency_id,
      name: u.name,
      type: u.type,
      sector: u.sector,
      suggested: u.agency_id === planned || (from.sector === 'land_registration' && u.sector === 'tax'),
      needsTaxSlip: from.sector === 'land_registration' && u.sector === 'tax',
      consultDueAt: new Date(await consultDefaultDue(db, u, now)).toISOString(),
    });
  }
  return out.sort(
    (a, b) =>
      Number(b.suggested) - Number(a.suggested) ||
      (typeOrder[a.type] ?? 9) - (typeOrder[b.type] ?? 9) ||
      collator.compare(a.name, b.name),
  );
}
