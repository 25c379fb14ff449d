/**
 * A unit's appointment settings per field (slot length, places per slot, days ahead): the unit's own row, or the
 * default (places: the unit's queue counters serving the field). The administration is `unit.manage` on the unit and audited.
 */
import { sql } from 'kysely';
import { DEFAULT_SLOT_SETTINGS, type SlotSettings } from '../../domain/appointments/slots.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { can, type Actor } from '../../domain/org/roles.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';
import { fieldName } from '../service-hours/service-hours.js';
import { unitByAgencyId } from '../org/units.js';

export interface FieldSettings extends SlotSettings {
  field: { code: string; name: string };
  /** false: the default applies (the unit has not set its own). */
  own: boolean;
}

/**
 * The default capacity of a field at a unit: the number of the unit's active queue counters serving the field,
 * or the built-in default when none does.
 */
async function defaultCapacity(db: Reader, unitId: string, field: string): Promise<number> {
  const row = await db
    .selectFrom('queue_counters')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', unitId)
    .where('active', '=', true)
    .where(sql<boolean>`${field} = any(field_codes)`)
    .executeTakeFirst();
  return Number(row?.n ?? 0) || DEFAULT_SLOT_SETTINGS.capacity;
}

export async function settingsOf(db: Reader, unit: UnitRow, field: string): Promise<FieldSettings> {
  const row = await db
    .selectFrom('appointment_settings')
    .selectAll()
    .where('unit_id', '=', unit.id)
    .where('field_code', '=', field)
    .executeTakeFirst();
  const base = { field: { code: field, name: fieldName(field) } };
  if (row) {
    return {
      ...base,
      own: true,
      slotMinutes: row.slot_minutes,
      capacity: row.capacity,
      daysAhead: row.days_ahead,
    };
  }
  return {
    ...base,
    own: false,
    ...DEFAULT_SLOT_SETTINGS,
    capacity: await defaultCapacity(db, unit.id, field),
  };
}

export interface AdminAppointmentSettings {
  unit: { agencyId: string; name: string };
  fields: FieldSettings[];
}

function checkManages(actor: Actor, unit: UnitRow): void {
  if (!can(actor, 'unit.manage', unit.path)) {
    throw forbidden('Bạn không có quyền quản trị lịch hẹn của đơn vị này.');
  }
}

async function adminView(db: Reader, unit: UnitRow): Promise<AdminAppointmentSettings> {
  const fields = await db.selectFrom('fields').select('code').orderBy('sort_order').orderBy('code').execute();
  return {
    unit: { agencyId: unit.agency_id, name: unit.name },
    fields: await Promise.all(fields.map((f) => settingsOf(db, unit, f.code))),
  };
}

export async function getAppointmentSettings(
  db: Reader,
  actor: Actor,
  agencyId: string,
): Promise<AdminAppointmentSettings> {
  const unit = await unitByAgencyId(db, agencyId);
  checkManages(actor, unit);
  return adminView(db, unit);
}

/** Sets (or, with null, removes) the unit's own settings for a field; audited. */
export async function updateAppointmentSettings(
  trx: Trx,
  ctx: ActingContext,
  agencyId: string,
  field: string,
  settings: SlotSettings | null,
): Promise<AdminAppointmentSettings> {
  const unit = await unitByAgencyId(trx, agencyId);
  checkManages(ctx.actor, unit);
  const known = await trx.selectFrom('fields').select('code').where('code', '=', field).executeTakeFirst();
  if (!known) throw notFound('FIELD_NOT_FOUND', `Không có lĩnh vực mã ${field.slice(0, 20)}.`);
  if (settings === null) {
    await trx
      .deleteFrom('appointment_settings')
      .where('unit_id', '=', unit.id)
      .where('field_code', '=', field)
      .execute();
  } else {
    const values = {
      slot_minutes: settings.slotMinutes,
      capacity: settings.capacity,
      days_ahead: settings.daysAhead,
      updated_by: ctx.actor.id,
      updated_at: new Date(),
    };
    await trx
      .insertInto('appointment_settings')
      .values({ unit_id: unit.id, field_code: field, ...values })
      .onConflict((oc) => oc.columns(['unit_id', 'field_code']).doUpdateSet(values))
      .execute();
  }
  await writeAudit(trx, ctx, {
    action: 'unit.appointment_settings',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    fields: settings ? ['slotMinutes', 'capacity', 'daysAhead'] : [],
    extra: { field, settings },
  });
  return adminView(trx, unit);
}
