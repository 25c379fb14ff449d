/**
 * The extension directory of a unit (who can take a call, by field, with presence and whether a call is with them
 * now) and each person's presence. A call counts as "with them" while it is open, has been updated in the last
 * four hours (a PBX that never reports a hang-up must not keep someone busy forever) and they hold its last leg.
 */
import { sql } from 'kysely';
import type { DirectoryEntry, Presence } from '../../domain/hotline/views.js';
import type { Reader, Trx } from '../../db/transaction.js';

export const ON_CALL_HOURS = 4;

export async function directoryEntries(
  db: Reader,
  filter: { unitId?: string; fieldCode?: string; staffIds?: readonly string[] },
): Promise<DirectoryEntry[]> {
  if (filter.staffIds && filter.staffIds.length === 0) return [];
  let q = db
    .selectFrom('staff as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .leftJoin('staff_presence as p', 'p.staff_id', 's.id')
    .select([
      's.id',
      's.full_name',
      's.extension',
      's.unit_id',
      'u.name as unit_name',
      's.field_codes',
      'p.presence',
      sql<boolean>`exists (select 1 from hotline_calls c where c.current_staff_id = s.id
        and c.status in ('ringing', 'answered', 'transferred')
        and c.updated_at > now() - make_interval(hours => ${ON_CALL_HOURS}))`.as('on_call'),
    ])
    .where('s.active', '=', true)
    .where('s.extension', 'is not', null);
  if (filter.unitId) q = q.where('s.unit_id', '=', filter.unitId);
  if (filter.fieldCode) q = q.where(sql<boolean>`${filter.fieldCode} = any(s.field_codes)`);
  if (filter.staffIds) q = q.where('s.id', 'in', filter.staffIds);
  const rows = await q.execute();
  const collator = new Intl.Collator('vi');
  return rows
    .map((r) => ({
      staffId: r.id,
      fullName: r.full_name,
      extension: r.extension!,
      unitId: r.unit_id,
      unitName: r.unit_name,
      fieldCodes: r.field_codes,
      presence: r.presence ?? 'away',
      onCall: r.on_call,
    }))
    .sort(
      (a, b) =>
        presenceOrder[a.presence] - presenceOrder[b.presence] ||
        Number(a.onCall) - Number(b.onCall) ||
        collator.compare(a.fullName, b.fullName),
    );
}

const presenceOrder: Record<Presence, number> = { available: 0, busy: 1, away: 2 };

export async function setPresence(trx: Trx, staffId: string, presence: Presence): Promise<void> {
  await trx
    .insertInto('staff_presence')
    .values({ staff_id: staffId, presence })
    .onConflict((oc) => oc.column('staff_id').doUpdateSet({ presence, updated_at: new Date() }))
    .execute();
}
