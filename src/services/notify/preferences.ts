/**
 * A citizen's choice of channel and opt-out of non-urgent SMS, recorded by staff at the desk when the citizen asks
 * (reception officers, or holders of notify.manage); one-time codes are never affected. And the daily SMS cap of a
 * unit (notify.manage on the unit). Both audited, by field names only (never the phone or email).
 */
import type { NotificationChannel } from '../../db/tables/outbox.js';
import { invalid, forbidden } from '../../domain/errors.js';
import { mayHandlePreferences } from '../../domain/notify/access.js';
import { checkRecipient } from '../../domain/notify/recipients.js';
import { can, type Actor } from '../../domain/org/roles.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { withNotify } from '../../db/with-notify.js';
import { DEFAULT_DAILY_SMS_CAP } from './holds.js';
import { unitByAgencyId } from '../org/units.js';
import type { Preference, UnitCap } from '../../contracts/notify.js';

function requireDesk(actor: Actor) {
  if (!mayHandlePreferences(actor)) {
    throw forbidden('Chỉ công chức tiếp nhận hoặc quản trị được ghi nhận lựa chọn nhận tin của người dân.');
  }
}

export async function getPreference(db: Reader, actor: Actor, rawPhone: string): Promise<Preference> {
  requireDesk(actor);
  const phone = checkRecipient('sms', rawPhone);
  const row = await withNotify(db)
    .selectFrom('notification_preferences')
    .selectAll()
    .where('phone', '=', phone)
    .executeTakeFirst();
  return {
    phone,
    channel: row?.channel ?? 'sms',
    email: row?.email ?? null,
    smsOptOut: row?.sms_opt_out ?? false,
    updatedAt: row ? new Date(row.updated_at).toISOString() : null,
  };
}

export async function setPreference(
  trx: Trx,
  ctx: ActingContext,
  input: { phone: string; channel: NotificationChannel; email?: string | null; smsOptOut: boolean },
): Promise<Preference> {
  requireDesk(ctx.actor);
  const phone = checkRecipient('sms', input.phone);
  const email = input.email?.trim() ? checkRecipient('email', input.email) : null;
  if (input.channel === 'email' && !email) {
    const message = 'Cần địa chỉ thư điện tử khi chọn nhận tin qua thư điện tử.';
    throw invalid('NOTIFY_EMAIL_REQUIRED', message, [{ field: 'email', message }]);
  }
  const values = { channel: input.channel, email, sms_opt_out: input.smsOptOut, updated_by: ctx.actor.id };
  await withNotify(trx)
    .insertInto('notification_preferences')
    .values({ phone, ...values })
    .onConflict((oc) => oc.column('phone').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
  await writeAudit(trx, ctx, {
    action: 'notify.preference.update',
    entity: 'notification_preference',
    entityId: null,
    fields: ['channel', 'email', 'smsOptOut'],
  });
  return getPreference(trx, ctx.actor, phone);
}

export async function getUnitCap(db: Reader, actor: Actor, agencyId: string): Promise<UnitCap> {
  const unit = await unitByAgencyId(db, agencyId);
  if (!can(actor, 'notify.manage', unit.path))
    throw forbidden('Bạn không có quyền với tin nhắn của đơn vị này.');
  const row = await withNotify(db)
    .selectFrom('notification_unit_caps')
    .select('daily_sms_cap')
    .where('unit_id', '=', unit.id)
    .executeTakeFirst();
  return {
    unit: { agencyId: unit.agency_id, name: unit.name },
    dailySmsCap: row?.daily_sms_cap ?? DEFAULT_DAILY_SMS_CAP,
    isDefault: !row,
  };
}

/** Sets the unit's cap; null goes back to the default. */
export async function setUnitCap(
  trx: Trx,
  ctx: ActingContext,
  agencyId: string,
  cap: number | null,
): Promise<UnitCap> {
  const unit = await unitByAgencyId(trx, agencyId);
  if (!can(ctx.actor, 'notify.manage', unit.path)) {
    throw forbidden('Bạn không có quyền với tin nhắn của đơn vị này.');
  }
  const db = withNotify(trx);
  if (cap === null) await db.deleteFrom('notification_unit_caps').where('unit_id', '=', unit.id).execute();
  else {
    await db
      .insertInto('notification_unit_caps')
      .values({ unit_id: unit.id, daily_sms_cap: cap, updated_by: ctx.actor.id })
      .onConflict((oc) =>
        oc
          .column('unit_id')
          .doUpdateSet({ daily_sms_cap: cap, updated_by: ctx.actor.id, updated_at: new Date() }),
      )
      .execute();
  }
  await writeAudit(trx, ctx, {
    action: 'notify.cap.update',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    fields: ['dailySmsCap'],
  });
  return getUnitCap(trx, ctx.actor, agencyId);
}
