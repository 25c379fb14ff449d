/**
 * The slots a citizen is offered: a unit's service hours for the field cut into slots (src/domain/appointments/),
 * none on its no-appointment (same-day) weekdays, only ahead of now and within the unit's days ahead, each with
 * the places left from the per-slot counters. Also the units where a procedure can be booked.
 */
import { findEpochDay, formatEpochDay, isoWeekday } from '../../domain/calendar/civil-date.js';
import { formatInstant, instantToLocal } from '../../domain/calendar/time-zone.js';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import { placesLeft, slotInstants, slotLabel, slotsOn, type Slot } from '../../domain/appointments/slots.js';
import { invalid } from '../../domain/errors.js';
import { closuresOn } from '../../domain/service-hours/service-hours.js';
import { readDayModes } from '../dossier/day-modes.js';
import type { Reader } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';
import { loadServiceHours } from '../service-hours/service-hours.js';
import { settingsOf, type FieldSettings } from './settings.js';
import { unitByAgencyId } from '../org/units.js';

export const MAX_DAYS_LISTED = 14;

export interface OfferedSlot {
  date: string;
  start: string;
  end: string;
  startsAt: string;
  kind: Slot['kind'];
  label: string | null;
  placesLeft: number;
}
export interface OfferedDay {
  date: string;
  weekday: number;
  /** The unit takes no appointments on this weekday (same-day processing). */
  noAppointment: boolean;
  /** Why the desk is closed all day, when it is (a holiday, a closure). */
  closed: string | null;
  slots: OfferedSlot[];
}
export interface Availability {
  unit: { agencyId: string; name: string };
  field: { code: string; name: string };
  timezone: string;
  today: string;
  /** The last date slots are offered for. */
  lastDate: string;
  settings: { slotMinutes: number; capacity: number };
  days: OfferedDay[];
}

/** What booking needs to know about a unit and field: its hours, modes and settings, and today there. */
export async function slotContext(db: Reader, unit: UnitRow, field: string, now: number) {
  const [{ hours }, modes, settings] = await Promise.all([
    loadServiceHours(db, unit),
    readDayModes(db, unit),
    settingsOf(db, unit, field),
  ]);
  const today = instantToLocal(hours.timezone, now).day;
  return {
    hours,
    settings,
    noAppointment: modes.same_day.weekdays,
    today,
    lastDay: today + settings.daysAhead,
  };
}
export type SlotContext = Awaited<ReturnType<typeof slotContext>>;

/** The slots of a day, with their instants. */
export function daySlots(ctx: SlotContext, field: string, day: number) {
  return slotsOn(ctx.hours, day, field, ctx.settings.slotMinutes, ctx.noAppointment).map((s) => ({
    ...s,
    ...slotInstants(ctx.hours.timezone, s),
  }));
}

async function bookedCounts(db: Reader, unitId: string, field: string, from: Date, to: Date) {
  const rows = await db
    .selectFrom('appointment_slots')
    .select(['starts_at', 'booked'])
    .where('unit_id', '=', unitId)
    .where('field_code', '=', field)
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .execute();
  return new Map(rows.map((r) => [r.starts_at.getTime(), r.booked]));
}

export async function availability(
  db: Reader,
  query: { unit: string; field: string; from?: string; days?: number },
  now = Date.now(),
): Promise<Availability> {
  const unit = await unitByAgencyId(db, query.unit);
  const field = query.field.toUpperCase();
  const ctx = await slotContext(db, unit, field, now);
  let first = ctx.today;
  if (query.from !== undefined) {
    const day = findEpochDay(query.from);
    if (day === undefined) {
      const message = 'Ngày không hợp lệ (YYYY-MM-DD).';
      throw invalid('DATE_INVALID', message, [{ field: 'from', message }]);
    }
    first = Math.max(day, ctx.today);
  }
  const last = Math.min(first + (query.days ?? 7) - 1, ctx.lastDay);
  const days: OfferedDay[] = [];
  const list: { day: number; slots: ReturnType<typeof daySlots> }[] = [];
  for (let day = first; day <= last; day++) list.push({ day, slots: daySlots(ctx, field, day) });
  const all = list.flatMap((d) => d.slots);
  const counts = all.length
    ? await bookedCounts(
        db,
        unit.id,
        field,
        new Date(all[0]!.startsAt),
        new Date(all[all.length - 1]!.startsAt + 1),
      )
    : new Map<number, number>();
  for (const { day, slots } of list) {
    const wholeDay = closuresOn(ctx.hours, day, field).find((c) => c.start === undefined);
    days.push({
      date: formatEpochDay(day),
      weekday: isoWeekday(day),
      noAppointment: ctx.noAppointment.includes(isoWeekday(day)),
      closed: wholeDay ? (wholeDay.reason ?? 'Nghỉ') : null,
      slots: slots
        .filter((s) => s.startsAt > now)
        .map((s) => ({
          ...slotLabel(s),
          startsAt: formatInstant(ctx.hours.timezone, s.startsAt),
          kind: s.kind,
          label: s.label ?? null,
          placesLeft: placesLeft(ctx.settings.capacity, counts.get(s.startsAt) ?? 0),
        })),
    });
  }
  return {
    unit: { agencyId: unit.agency_id, name: unit.name },
    field: ctx.settings.field,
    timezone: ctx.hours.timezone,
    today: formatEpochDay(ctx.today),
    lastDate: formatEpochDay(ctx.lastDay),
    settings: { slotMinutes: ctx.settings.slotMinutes, capacity: ctx.settings.capacity },
    days,
  };
}

/** Units where a procedure is performed: those its record names, otherwise every unit at its levels. */
export async function unitsFor(
  db: Reader,
  record: Pick<ProcedureRecord, 'units' | 'levels'>,
): Promise<{ agencyId: string; name: string }[]> {
  let q = db.selectFrom('units').select(['agency_id', 'name', 'type']).where('active', '=', true);
  if (record.units && record.units.length > 0) q = q.where('agency_id', 'in', record.units);
  else {
    const types: ('commune' | 'service_centre' | 'sector_agency')[] = [];
    if (record.levels.includes('commune')) types.push('commune');
    if (record.levels.includes('province')) types.push('service_centre', 'sector_agency');
    if (types.length === 0) return [];
    q = q.where('type', 'in', types);
  }
  const rows = await q.execute();
  const collator = new Intl.Collator('vi');
  return rows
    .map((r) => ({ agencyId: r.agency_id, name: r.name }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export type { FieldSettings };
