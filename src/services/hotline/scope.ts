/**
 * The unit a hotline request is about, and whether the actor may work or read it (403 otherwise).
 */
import { forbidden, invalid } from '../../domain/errors.js';
import { canReadHotline, canWorkHotline, defaultHotlineUnit } from '../../domain/hotline/access.js';
import type { HotlineUnitOption } from '../../domain/hotline/views.js';
import type { Actor } from '../../domain/org/roles.js';
import type { Reader } from '../../db/transaction.js';

export interface HotlineUnit {
  id: string;
  name: string;
  path: string[];
}

export async function hotlineUnit(
  db: Reader,
  actor: Actor,
  unitId: string | undefined,
  mode: 'work' | 'read',
): Promise<HotlineUnit> {
  const id = unitId ?? defaultHotlineUnit(actor);
  if (!id) throw forbidden('Bạn không làm việc tại tổng đài của đơn vị nào.');
  const unit = await db
    .selectFrom('units')
    .select(['id', 'name', 'path'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!unit) {
    const message = 'Không tìm thấy đơn vị.';
    throw invalid('UNIT_NOT_FOUND', message, [{ field: 'unitId', message }]);
  }
  const allowed =
    mode === 'work' ? canWorkHotline(actor, unit.id) : canReadHotline(actor, unit.id, unit.path);
  if (!allowed) throw forbidden();
  return unit;
}

/** Checks the actor against a record's unit (a call, a callback). */
export async function checkHotlineAccess(
  db: Reader,
  actor: Actor,
  unitId: string,
  mode: 'work' | 'read',
): Promise<void> {
  await hotlineUnit(db, actor, unitId, mode);
}

/**
 * The units with a hotline line whose hotline the actor may read (a leader of several units, a province leader
 * reading a commune's), by name; `canWork`: they also work its calls.
 */
export async function readableHotlineUnits(db: Reader, actor: Actor): Promise<HotlineUnitOption[]> {
  const units = await db
    .selectFrom('units as u')
    .select(['u.id', 'u.name', 'u.path'])
    .where((eb) =>
      eb.exists(eb.selectFrom('hotline_lines as l').select('l.unit_id').whereRef('l.unit_id', '=', 'u.id')),
    )
    .orderBy('u.name')
    .execute();
  return units
    .filter((u) => canReadHotline(actor, u.id, u.path))
    .map((u) => ({ id: u.id, name: u.name, canWork: canWorkHotline(actor, u.id) }));
}
