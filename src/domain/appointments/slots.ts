/**
 * Appointment slots: a unit's openings for a field on a day (src/domain/service-hours/: weekly sessions of the
 * season, the field's extras such as the 9th hour, specials; minus closures and days off) cut into slots of the
 * unit's slot length, each with the unit's capacity. A slot never crosses the end of an opening (a short remainder
 * is not offered) and openings are not joined where they only touch, so the 9th hour 16:30–17:30 stays its own
 * slots even after a session ending at 16:30. On the unit's no-appointment (same-day) weekdays only the extra hours
 * (the 9th hour) are offered.
 * Pure: shared by the server and the browser.
 */
import { formatEpochDay, isoWeekday } from '../calendar/civil-date.js';
import { formatClockMinutes, localToInstant, MS_PER_MINUTE } from '../calendar/time-zone.js';
import { openingsOn, type OpeningKind, type ServiceHours } from '../service-hours/service-hours.js';

export interface SlotSettings {
  /** Length of a slot in minutes. */
  slotMinutes: number;
  /** Places per slot. */
  capacity: number;
  /** Slots are offered from today to this many days ahead. */
  daysAhead: number;
}

export const DEFAULT_SLOT_SETTINGS: SlotSettings = { slotMinutes: 30, capacity: 2, daysAhead: 30 };
export const SLOT_LIMITS = {
  slotMinutes: { min: 5, max: 240 },
  capacity: { min: 1, max: 200 },
  daysAhead: { min: 1, max: 366 },
} as const;

export interface Slot {
  /** Epoch day (local). */
  day: number;
  /** Minutes after local midnight. */
  start: number;
  end: number;
  kind: OpeningKind;
  label?: string;
}

/**
 * The slots of a field on an epoch day. `noAppointmentWeekdays`: the unit's same-day ("no-appointment") weekdays,
 * on which only the extra hours are offered.
 */
export function slotsOn(
  hours: ServiceHours,
  day: number,
  field: string,
  slotMinutes: number,
  noAppointmentWeekdays: readonly number[] = [],
): Slot[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) return [];
  // On a no-appointment day the regular sessions serve walk-ins only; a field's extra hour (the 9th hour) still
  // takes bookings — it is there for people who cannot come in office hours (docs/DECISIONS.md).
  const noAppointment = noAppointmentWeekdays.includes(isoWeekday(day));
  const slots: Slot[] = [];
  let covered = 0;
  for (const o of openingsOn(hours, day, field)) {
    if (noAppointment && o.kind !== 'extra') continue;
    // Openings are sorted by start; an overlapping one (a special over a regular session) continues after the
    // part already cut, so no two slots overlap.
    let start = Math.max(o.start, covered);
    while (start + slotMinutes <= o.end) {
      slots.push({
        day,
        start,
        end: start + slotMinutes,
        kind: o.kind,
        ...(o.label !== undefined ? { label: o.label } : {}),
      });
      start += slotMinutes;
      covered = start;
    }
  }
  return slots;
}

/** The instant (ms) a slot starts and ends in the unit's zone. */
export function slotInstants(timezone: string, slot: Pick<Slot, 'day' | 'start' | 'end'>) {
  return {
    startsAt: localToInstant(timezone, slot.day, slot.start * MS_PER_MINUTE),
    endsAt: localToInstant(timezone, slot.day, slot.end * MS_PER_MINUTE),
  };
}

export interface SlotLabel {
  date: string;
  weekday: number;
  start: string;
  end: string;
}

export const slotLabel = (slot: Pick<Slot, 'day' | 'start' | 'end'>): SlotLabel => ({
  date: formatEpochDay(slot.day),
  weekday: isoWeekday(slot.day),
  start: formatClockMinutes(slot.start),
  end: formatClockMinutes(slot.end),
});

/** Places left in a slot; never negative (a capacity lowered below the places taken leaves none). */
export const placesLeft = (capacity: number, booked: number) => Math.max(0, capacity - booked);
