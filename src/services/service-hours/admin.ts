/**
 * Administration of a unit's service hours: its versions (past, in force, planned), what it inherits today, and
 * saving a version from an effective date on (today or later: hours already in force on an earlier date are never
 * rewritten) or withdrawing a planned one. unit.manage on the unit — a unit administrator on their unit, a province
 * administrator on the province's defaults; audited.
 */
import { findEpochDay } from '../../domain/calendar/civil-date.js';
import { conflict, forbidden, invalid, notFound } from '../../domain/errors.js';
import { can, type Actor } from '../../domain/org/roles.js';
import { checkServiceHoursDocument } from '../../domain/service-hours/check.js';
import {
  SERVICE_HOURS_KEYS,
  type ServiceHoursDocument,
  type ServiceHoursKey,
  type ServiceHoursRules,
} from '../../domain/service-hours/service-hours.js';
import { mergedOn, versionOn } from '../../domain/service-hours/timeline.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';
import { loadServiceHours, type LoadedServiceHours, type UnitRef } from './service-hours.js';
import { unitByAgencyId } from '../org/units.js';

export interface AdminVersion {
  effectiveFrom: string;
  document: ServiceHoursDocument;
  /** past: replaced by a later version in force today; current: in force today; planned: from a later date. */
  status: 'past' | 'current' | 'planned';
  createdAt: string;
  createdBy: string | null;
}

export interface AdminServiceHours {
  unit: UnitRef;
  /** The unit above, whose hours it inherits; null for the province. */
  parent: UnitRef | null;
  today: string;
  /** The unit's own versions, newest first. */
  versions: AdminVersion[];
  /** What the units above give today (weekly sessions, seasons and closures), before the unit's own. */
  inherited: ServiceHoursRules;
  /** What applies at the unit today. */
  effective: ServiceHoursRules;
  /** The unit each part in force today comes from; null when no unit sets it. */
  from: Record<ServiceHoursKey, UnitRef | null>;
  /** The fields a rule may name. */
  fields: { code: string; name: string }[];
  manageable: boolean;
}

function checkManages(actor: Actor, unit: UnitRow): void {
  if (!can(actor, 'unit.manage', unit.path)) {
    throw forbidden('Bạn không có quyền quản trị giờ phục vụ của đơn vị này.');
  }
}

async function knownFields(db: Reader): Promise<{ code: string; name: string }[]> {
  return db.selectFrom('fields').select(['code', 'name']).orderBy('sort_order').orderBy('code').execute();
}

async function adminView(db: Reader, loaded: LoadedServiceHours): Promise<AdminServiceHours> {
  const { layers, path, today } = loaded;
  const own = layers.at(-1)!;
  const current = versionOn(own, today);
  const names = await displayNames(
    db,
    own.flatMap((v) => (v.createdBy ? [v.createdBy] : [])),
  );
  const merged = mergedOn(layers, today);
  const above = mergedOn(layers.slice(0, -1), today).document;
  const from = {} as Record<ServiceHoursKey, UnitRef | null>;
  for (const key of SERVICE_HOURS_KEYS) from[key] = merged.from[key] >= 0 ? path[merged.from[key]]! : null;
  return {
    unit: path.at(-1)!,
    parent: path.length > 1 ? path.at(-2)! : null,
    today,
    versions: own
      .map((v): AdminVersion => ({
        effectiveFrom: v.effectiveFrom,
        document: v.document,
        status: v.effectiveFrom > today ? 'planned' : v === current ? 'current' : 'past',
        createdAt: v.createdAt.toISOString(),
        createdBy: v.createdBy ? (names.get(v.createdBy) ?? null) : null,
      }))
      .reverse(),
    inherited: { ...above, extras: [], specials: [] },
    effective: merged.document,
    from,
    fields: await knownFields(db),
    manageable: true,
  };
}

async function displayNames(db: Reader, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('staff').select(['id', 'full_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

export async function getAdminServiceHours(
  db: Reader,
  actor: Actor,
  agencyId: string,
  now = Date.now(),
): Promise<AdminServiceHours> {
  const unit = await unitByAgencyId(db, agencyId);
  checkManages(actor, unit);
  return adminView(db, await loadServiceHours(db, unit, now));
}

export interface ServiceHoursVersionInput {
  /** YYYY-MM-DD; today when absent. */
  effectiveFrom?: string;
  document: ServiceHoursDocument;
}

function checkEffectiveFrom(date: string, today: string): void {
  const field = 'effectiveFrom';
  if (findEpochDay(date) === undefined) {
    const message = 'Ngày hiệu lực không hợp lệ (YYYY-MM-DD).';
    throw invalid('SERVICE_HOURS_INVALID', message, [{ field, message }]);
  }
  if (date < today) {
    const message = `Ngày hiệu lực không được trước hôm nay (${dmy(today)}): giờ phục vụ đã áp dụng không sửa lại được.`;
    throw invalid('SERVICE_HOURS_PAST', message, [{ field, message }]);
  }
}

const dmy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/**
 * Saves the unit's own document from `effectiveFrom` on (a key left out is inherited; `{}` inherits everything).
 * A version already planned for that date is replaced; earlier versions stay as they are. Audited.
 */
export async function saveServiceHoursVersion(
  trx: Trx,
  ctx: ActingContext,
  agencyId: string,
  input: ServiceHoursVersionInput,
  now = Date.now(),
): Promise<AdminServiceHours> {
  const unit = await unitByAgencyId(trx, agencyId);
  checkManages(ctx.actor, unit);
  const clean: ServiceHoursDocument = {};
  for (const key of SERVICE_HOURS_KEYS) {
    if (input.document[key] !== undefined) (clean as Record<string, unknown>)[key] = input.document[key];
  }
  const before = await loadServiceHours(trx, unit, now);
  const effectiveFrom = input.effectiveFrom ?? before.today;
  checkEffectiveFrom(effectiveFrom, before.today);
  const draft = { effectiveFrom, document: clean };
  const after = await loadServiceHours(trx, unit, now, draft);
  const merged = mergedOn(after.layers, effectiveFrom).document;
  const fields = await knownFields(trx);
  checkServiceHoursDocument(clean, {
    seasons: merged.seasons.map((s) => s.name),
    fields: new Set(fields.map((f) => f.code)),
    effectiveFrom,
  });
  const json = JSON.stringify(clean);
  await trx
    .insertInto('unit_service_hours_versions')
    .values({
      unit_id: unit.id,
      effective_from: effectiveFrom,
      document: json,
      created_by: ctx.actor.id,
      created_at: new Date(now),
    })
    .onConflict((oc) =>
      oc
        .columns(['unit_id', 'effective_from'])
        .doUpdateSet({ document: json, created_by: ctx.actor.id, created_at: new Date(now) }),
    )
    .execute();
  await writeAudit(trx, ctx, {
    action: 'unit.service_hours',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    fields: Object.keys(clean),
    extra: { effectiveFrom, document: clean },
  });
  return adminView(trx, await loadServiceHours(trx, unit, now));
}

/** Withdraws a version planned for a later date (one in force today or before is history and stays); audited. */
export async function withdrawServiceHoursVersion(
  trx: Trx,
  ctx: ActingContext,
  agencyId: string,
  effectiveFrom: string,
  now = Date.now(),
): Promise<AdminServiceHours> {
  const unit = await unitByAgencyId(trx, agencyId);
  checkManages(ctx.actor, unit);
  const { today } = await loadServiceHours(trx, unit, now);
  if (findEpochDay(effectiveFrom) === undefined || effectiveFrom <= today) {
    throw conflict(
      'SERVICE_HOURS_IN_FORCE',
      `Chỉ rút được giờ phục vụ dự kiến áp dụng sau hôm nay (${dmy(today)}); giờ đã áp dụng được giữ làm lịch sử.`,
    );
  }
  const deleted = await trx
    .deleteFrom('unit_service_hours_versions')
    .where('unit_id', '=', unit.id)
    .where('effective_from', '=', effectiveFrom)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) {
    throw notFound(
      'SERVICE_HOURS_VERSION_NOT_FOUND',
      `Không có giờ phục vụ dự kiến từ ngày ${dmy(effectiveFrom)}.`,
    );
  }
  await writeAudit(trx, ctx, {
    action: 'unit.service_hours_withdrawn',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    fields: [],
    extra: { effectiveFrom },
  });
  return adminView(trx, await loadServiceHours(trx, unit, now));
}
