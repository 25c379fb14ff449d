/**
 * Yearly holiday decisions: a province administrator publishes a year's days off and swapped working days with the
 * decision's number and date, starting from the statutory suggestions. Every publication is a new version (who,
 * when, which decision); the latest version applies to the whole province. A retried publication with the same
 * request key returns the version it already made.
 */
import { conflict, forbidden, invalid, type FieldIssue } from '../../domain/errors.js';
import { findEpochDay } from '../../domain/calendar/civil-date.js';
import { HOLIDAY_YEARS, suggestHolidays, type HolidaySuggestion } from '../../domain/calendar/holidays.js';
import { composeCalendar, type DayNote } from '../../domain/calendar/inheritance.js';
import { can, type Actor } from '../../domain/org/roles.js';
import { sql } from 'kysely';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { getUnit, type UnitRow } from '../org/queries.js';
import { checkDays, checkDisjoint } from './days.js';
import { readLayers } from './layers.js';

export interface HolidayDecision {
  id: string;
  unitId: string;
  year: number;
  version: number;
  decisionNumber: string;
  decisionDate: string;
  daysOff: DayNote[];
  workdays: DayNote[];
  note: string | null;
  publishedAt: string;
  publishedBy: { id: string; name: string };
}

export interface HolidayYearView {
  unit: { id: string; agencyId: string; name: string };
  year: number;
  /** Whether the actor may publish for this unit (a province they administer). */
  publishable: boolean;
  current: HolidayDecision | null;
  /** Every publication, latest first. */
  versions: Omit<HolidayDecision, 'daysOff' | 'workdays' | 'note'>[];
  /** The statutory days for the year, to pre-fill a first publication. */
  suggestions: HolidaySuggestion[];
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) {
    const message = `Năm phải từ ${HOLIDAY_YEARS.first} đến ${HOLIDAY_YEARS.last}.`;
    throw invalid('YEAR_OUT_OF_RANGE', message, [{ field: 'year', message }]);
  }
}

const canPublish = (actor: Actor, unit: UnitRow) =>
  unit.type === 'province' && can(actor, 'unit.manage', unit.path);

async function readDecisions(db: Reader, unitId: string, year: number): Promise<HolidayDecision[]> {
  const rows = await db
    .selectFrom('holiday_decisions')
    .select([
      'id',
      'unit_id',
      'year',
      'version',
      'decision_number',
      sql<string>`decision_date::text`.as('decision_date'),
      'days_off',
      'workdays',
      'note',
      'published_at',
      'published_by',
      'published_by_name',
    ])
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    year: r.year,
    version: r.version,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    daysOff: r.days_off,
    workdays: r.workdays,
    note: r.note,
    publishedAt: new Date(r.published_at).toISOString(),
    publishedBy: { id: r.published_by, name: r.published_by_name },
  }));
}

export async function getHolidayYear(
  db: Reader,
  actor: Actor,
  unitId: string,
  year: number,
): Promise<HolidayYearView> {
  checkYear(year);
  const unit = await getUnit(db, unitId);
  if (!can(actor, 'org.read', unit.path)) throw forbidden();
  const decisions = await readDecisions(db, unit.id, year);
  const { definition } = composeCalendar(await readLayers(db, unit.path));
  return {
    unit: { id: unit.id, agencyId: unit.agency_id, name: unit.name },
    year,
    publishable: canPublish(actor, unit),
    current: decisions[0] ?? null,
    versions: decisions.map(({ daysOff: _d, workdays: _w, note: _n, ...summary }) => summary),
    suggestions: suggestHolidays(year, definition.workweek),
  };
}

export interface PublishInput {
  /** The latest version the administrator saw (0 when none was published yet). */
  expectedVersion: number;
  /** Chosen by the client once per publication; a retry with the same key returns the same version. */
  requestKey?: string;
  decisionNumber: string;
  decisionDate: string;
  daysOff: DayNote[];
  workdays: DayNote[];
  note?: string | null;
}

export async function publishHolidayDecision(
  trx: Trx,
  ctx: ActingContext,
  unitId: string,
  year: number,
  input: PublishInput,
): Promise<{ decision: HolidayDecision; replayed: boolean }> {
  checkYear(year);
  const unit = await getUnit(trx, unitId);
  if (!can(ctx.actor, 'unit.manage', unit.path)) throw forbidden();
  if (unit.type !== 'province') {
    throw forbidden('Chỉ quản trị cấp tỉnh mới công bố quyết định nghỉ lễ, tết cho năm.');
  }
  // Serialise publications for the unit, so that versions are consecutive and checked against the latest.
  await trx.selectFrom('units').select('id').where('id', '=', unit.id).forUpdate().execute();
  const existing = await readDecisions(trx, unit.id, year);
  if (input.requestKey) {
    const row = await trx
      .selectFrom('holiday_decisions')
      .select('version')
      .where('unit_id', '=', unit.id)
      .where('year', '=', year)
      .where('request_key', '=', input.requestKey)
      .executeTakeFirst();
    const replay = row && existing.find((d) => d.version === row.version);
    if (replay) return { decision: replay, replayed: true };
  }
  const latest = existing[0]?.version ?? 0;
  if (input.expectedVersion !== latest) {
    throw conflict(
      'VERSION_CONFLICT',
      `Năm ${year} đã có phiên bản ${latest} được công bố sau lần bạn tải trang; vui lòng tải lại.`,
      { currentVersion: latest },
    );
  }
  const issues: FieldIssue[] = [];
  const decisionNumber = input.decisionNumber.trim();
  if (!decisionNumber) issues.push({ field: 'decisionNumber', message: 'Cần số quyết định.' });
  if (findEpochDay(input.decisionDate) === undefined) {
    issues.push({ field: 'decisionDate', message: 'Ngày quyết định không hợp lệ (YYYY-MM-DD).' });
  }
  const daysOff = checkDays(input.daysOff, 'daysOff', issues, { year, reasonRequired: true });
  const workdays = checkDays(input.workdays, 'workdays', issues, { year, reasonRequired: true });
  checkDisjoint(daysOff, workdays, issues);
  if (issues.length) throw invalid('VALIDATION_FAILED', 'Quyết định nghỉ lễ chưa hợp lệ.', issues);
  const version = latest + 1;
  const row = await trx
    .insertInto('holiday_decisions')
    .values({
      unit_id: unit.id,
      year,
      version,
      decision_number: decisionNumber,
      decision_date: input.decisionDate,
      days_off: JSON.stringify(daysOff),
      workdays: JSON.stringify(workdays),
      note: input.note?.trim() || null,
      request_key: input.requestKey ?? null,
      published_by: ctx.actor.id,
      published_by_name: ctx.actor.fullName,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The province's calendar (and so every calendar below it) must stay valid.
  composeCalendar(await readLayers(trx, unit.path));
  await writeAudit(trx, ctx, {
    action: 'holidays.publish',
    entity: 'holiday_decision',
    entityId: row.id,
    unitId: unit.id,
    extra: { year, version, decisionNumber, daysOff: daysOff.length, workdays: workdays.length },
  });
  const [decision] = await readDecisions(trx, unit.id, year);
  return { decision: decision!, replayed: false };
}
