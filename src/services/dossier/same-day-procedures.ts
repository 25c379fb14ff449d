/**
 * Procedures eligible for a same-day result on a unit's no-appointment days: those the law makes same-day (the
 * catalogue's `flags.sameDay`, always eligible) and those a unit marks (`unit_same_day_procedures`; a unit's list adds
 * to the lists of the units above it). The administration (unit.manage on the unit; audited), the public day modes
 * with the marked procedures, and the check an accepted online submission makes (desk intake reads the mark in its
 * one statement, intake/reads.ts).
 */
import { sql } from 'kysely';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import type { Level } from '../../domain/catalogue/record.js';
import { levelsByUnitType, performs } from '../../domain/catalogue/search.js';
import { invalid, type FieldIssue } from '../../domain/errors.js';
import type { Actor } from '../../domain/org/roles.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';
import { checkManages, dayModesOn, readDayModes, type DayModesOn } from './day-modes.js';
import { unitByAgencyId } from '../org/units.js';

interface UnitRef {
  agencyId: string;
  name: string;
}

export interface SameDayProcedure {
  code: string;
  name: string;
  field: { code: string; name: string };
}

export interface AdminSameDayProcedures {
  unit: UnitRef;
  /** The unit's no-appointment weekdays in effect (ISO, 1 = Monday). */
  weekdays: number[];
  /** Same-day by law and performed at the unit (or below it): always eligible, not removable. */
  legal: SameDayProcedure[];
  /** Marked by this unit. */
  own: SameDayProcedure[];
  /** Marked by a unit above: eligible here too, changed there. */
  inherited: (SameDayProcedure & { from: UnitRef })[];
  manageable: boolean;
}

interface Facts extends SameDayProcedure {
  levels: Level[];
  units: string[];
  sameDay: boolean;
}

/** The version in force today of the procedures with these codes, or of every legally same-day one. */
async function proceduresInForce(db: Reader, which: { codes: string[] } | 'same_day'): Promise<Facts[]> {
  const filter = which === 'same_day' ? sql`true` : sql`p.code = any(${sql.val(which.codes)}::text[])`;
  const { rows } = await sql<Omit<Facts, 'sameDay'> & { same_day: boolean }>`
    select * from (
      select distinct on (v.procedure_id) p.code, v.record->>'name' as name, v.record->'field' as field,
        v.record->'levels' as levels, coalesce(v.record->'units', '[]'::jsonb) as units,
        coalesce((v.record->'flags'->>'sameDay')::boolean, false) as same_day
      from procedure_versions v join procedures p on p.id = v.procedure_id
      where v.effective_from <= ${todayInVietnam()}::date and ${filter}
      order by v.procedure_id, v.version_no desc
    ) x where ${which === 'same_day' ? sql`x.same_day` : sql`true`}`.execute(db);
  return rows.map(({ same_day, field, ...r }) => ({
    ...r,
    field: { code: field.code, name: field.name },
    sameDay: same_day,
  }));
}

/** What the unit and the units under it receive: a procedure is offered there when one of them performs it. */
async function performsBelow(db: Reader, unit: UnitRow): Promise<(p: Facts) => boolean> {
  const rows = await db
    .selectFrom('units')
    .select(['agency_id', 'type'])
    .where(sql<boolean>`${unit.id}::uuid = any(path)`)
    .execute();
  const below = rows.map((r) => ({ agencyId: r.agency_id, levels: levelsByUnitType[r.type] ?? [] }));
  return (p) => below.some((u) => performs(p, u));
}

const collator = new Intl.Collator('vi');
const byName = (a: SameDayProcedure, b: SameDayProcedure) =>
  collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
const procedureOf = (f: Facts): SameDayProcedure => ({ code: f.code, name: f.name, field: f.field });

/** The marks of the units on the path (root first), with the marking unit. */
async function marksAlong(db: Reader, path: readonly string[]) {
  if (!path.length) return [];
  return db
    .selectFrom('unit_same_day_procedures as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .select(['s.unit_id', 's.procedure_code', 'u.agency_id', 'u.name as unit_name'])
    .where('s.unit_id', 'in', path)
    .orderBy('s.procedure_code')
    .execute();
}

/** A procedure whose version is no longer in force keeps its mark, shown by its code. */
function named(code: string, facts: Map<string, Facts>): SameDayProcedure {
  const f = facts.get(code);
  return f ? procedureOf(f) : { code, name: code, field: { code: '', name: '' } };
}

export async function getAdminSameDayProcedures(
  db: Reader,
  actor: Actor,
  agencyId: string,
): Promise<AdminSameDayProcedures> {
  const unit = await unitByAgencyId(db, agencyId);
  checkManages(actor, unit);
  const [modes, marks, legal, offered] = await Promise.all([
    readDayModes(db, unit),
    marksAlong(db, unit.path),
    proceduresInForce(db, 'same_day'),
    performsBelow(db, unit),
  ]);
  const facts = new Map(
    (await proceduresInForce(db, { codes: [...new Set(marks.map((m) => m.procedure_code))] })).map((f) => [
      f.code,
      f,
    ]),
  );
  const own = marks.filter((m) => m.unit_id === unit.id);
  const inherited = marks.filter(
    (m) => m.unit_id !== unit.id && !own.some((o) => o.procedure_code === m.procedure_code),
  );
  return {
    unit: { agencyId: unit.agency_id, name: unit.name },
    weekdays: modes.same_day.weekdays,
    legal: legal.filter(offered).map(procedureOf).sort(byName),
    own: own.map((m) => named(m.procedure_code, facts)).sort(byName),
    inherited: inherited
      .map((m) => ({
        ...named(m.procedure_code, facts),
        from: { agencyId: m.agency_id, name: m.unit_name },
      }))
      .sort(byName),
    manageable: true,
  };
}

/**
 * The codes as asked, each known and offered at the unit (or a unit under it); the legally same-day ones are
 * eligible anyway and are not stored. Every code at fault is named, in one answer.
 */
async function checkedCodes(db: Reader, unit: UnitRow, asked: readonly string[]): Promise<string[]> {
  const codes = [...new Set(asked.map((c) => c.trim()))];
  const [facts, offered] = await Promise.all([proceduresInForce(db, { codes }), performsBelow(db, unit)]);
  const byCode = new Map(facts.map((f) => [f.code, f]));
  const issues = (fault: (code: string) => string | null): FieldIssue[] =>
    asked.flatMap((c, i) => {
      const message = fault(c.trim());
      return message ? [{ field: `procedures[${i}]`, message }] : [];
    });
  const unknown = issues((c) => (byCode.has(c) ? null : `Không có thủ tục mã ${c} trong danh mục.`));
  if (unknown.length) {
    const list = codes.filter((c) => !byCode.has(c)).join(', ');
    throw invalid('PROCEDURE_UNKNOWN', `Không có trong danh mục thủ tục: ${list}.`, unknown);
  }
  const notHere = issues((c) =>
    offered(byCode.get(c)!) ? null : `${unit.name} không tiếp nhận thủ tục ${c} (${byCode.get(c)!.name}).`,
  );
  if (notHere.length) {
    const list = codes.filter((c) => !offered(byCode.get(c)!)).join(', ');
    throw invalid('PROCEDURE_NOT_AT_UNIT', `${unit.name} không tiếp nhận các thủ tục: ${list}.`, notHere);
  }
  return codes.filter((c) => !byCode.get(c)!.sameDay);
}

/** Replaces the unit's own list (the marks of the units above stay theirs); audited with what changed. */
export async function updateSameDayProcedures(
  trx: Trx,
  ctx: ActingContext,
  agencyId: string,
  input: { procedures: string[] },
): Promise<AdminSameDayProcedures> {
  const unit = await unitByAgencyId(trx, agencyId);
  checkManages(ctx.actor, unit);
  const codes = await checkedCodes(trx, unit, input.procedures);
  const before = (
    await trx
      .selectFrom('unit_same_day_procedures')
      .select('procedure_code')
      .where('unit_id', '=', unit.id)
      .execute()
  ).map((r) => r.procedure_code);
  const removed = before.filter((c) => !codes.includes(c));
  const added = codes.filter((c) => !before.includes(c));
  if (removed.length) {
    await trx
      .deleteFrom('unit_same_day_procedures')
      .where('unit_id', '=', unit.id)
      .where('procedure_code', 'in', removed)
      .execute();
  }
  if (added.length) {
    await trx
      .insertInto('unit_same_day_procedures')
      .values(added.map((procedure_code) => ({ unit_id: unit.id, procedure_code, added_by: ctx.actor.id })))
      .onConflict((oc) => oc.columns(['unit_id', 'procedure_code']).doNothing())
      .execute();
  }
  await writeAudit(trx, ctx, {
    action: 'unit.same_day_procedures',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    fields: ['procedures'],
    extra: { added, removed },
  });
  return getAdminSameDayProcedures(trx, ctx.actor, agencyId);
}

/** The procedures the units on the path marked, by name. */
async function markedProcedures(db: Reader, unit: UnitRow): Promise<{ code: string; name: string }[]> {
  const codes = [...new Set((await marksAlong(db, unit.path)).map((m) => m.procedure_code))];
  if (!codes.length) return [];
  const facts = new Map((await proceduresInForce(db, { codes })).map((f) => [f.code, f]));
  return codes
    .map((c) => named(c, facts))
    .sort(byName)
    .map(({ code, name }) => ({ code, name }));
}

export interface PublicDayModes {
  unit: UnitRef;
  sameDay: number[];
  noWriting: number[];
  /** Eligible on the same-day weekdays besides the procedures same-day by law (marked here or above). */
  sameDayProcedures: { code: string; name: string }[];
  today: DayModesOn;
}

/** A unit's day modes as the public, the lobby display and the desk read them. */
export async function publicDayModes(
  db: Reader,
  agencyId: string,
  now = Date.now(),
): Promise<PublicDayModes> {
  const unit = await unitByAgencyId(db, agencyId);
  const [modes, today, sameDayProcedures] = await Promise.all([
    readDayModes(db, unit),
    dayModesOn(db, unit, now),
    markedProcedures(db, unit),
  ]);
  return {
    unit: { agencyId: unit.agency_id, name: unit.name },
    sameDay: modes.same_day.weekdays,
    noWriting: modes.no_writing.weekdays,
    sameDayProcedures,
    today,
  };
}

/**
 * Whether a dossier of this procedure received at `now` is a same-day one: on the unit's same-day weekday, and the
 * procedure same-day by law or marked by the unit or a unit above.
 */
export async function isSameDayIntake(
  db: Reader,
  unit: UnitRow,
  procedure: { code: string; record: { flags: { sameDay: boolean } } },
  now: number,
  timezone?: string,
): Promise<boolean> {
  if (!(await dayModesOn(db, unit, now, timezone)).sameDay) return false;
  if (procedure.record.flags.sameDay) return true;
  const mark = await db
    .selectFrom('unit_same_day_procedures')
    .select('unit_id')
    .where('unit_id', 'in', unit.path)
    .where('procedure_code', '=', procedure.code)
    .executeTakeFirst();
  return mark !== undefined;
}
