/**
 * The desk's "online, to accept" list: dossiers submitted online (status `submitted`) to the units where the actor
 * is a reception officer (or, as a leader, to those units and the ones below), oldest first, each with the working
 * time left to accept or answer it on its unit's calendar (src/domain/dossier/online-intake.ts). Accepting,
 * asking for a supplement or refusing are the dossier's ordinary actions (POST /api/dossiers/{code}/actions).
 */
import { sql } from 'kysely';
import { acceptWindow, onlineIntakeRoles } from '../../domain/dossier/online-intake.js';
import { forbidden } from '../../domain/errors.js';
import { roleGrants, type Actor } from '../../domain/org/roles.js';
import type { OnlineIntakeList } from '../../contracts/online-intake.js';
import type { Reader } from '../../db/transaction.js';
import { loadEffectiveCalendar, type EffectiveCalendar } from '../calendar/layers.js';
import { getUnit } from '../org/queries.js';

/** At most this many rows: the list is a queue to work, not an archive. */
const MAX_ROWS = 500;

export async function listOnlineIntake(
  db: Reader,
  actor: Actor,
  opts: { acceptHours: number; now?: number },
): Promise<OnlineIntakeList> {
  const now = opts.now ?? Date.now();
  const held = actor.roles.filter((r) => onlineIntakeRoles.includes(r.role));
  if (held.length === 0) {
    throw forbidden('Danh sách hồ sơ trực tuyến chờ tiếp nhận dành cho công chức tiếp nhận và lãnh đạo.');
  }
  const exact = held.filter((r) => roleGrants[r.role].scope === 'unit').map((r) => r.unitId);
  const subtree = held.filter((r) => roleGrants[r.role].scope === 'subtree').map((r) => r.unitId);
  const rows = await db
    .selectFrom('dossiers as d')
    .innerJoin('units as u', 'u.id', 'd.receiving_unit_id')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    .select([
      'd.code',
      'd.version',
      'd.procedure_code',
      'd.procedure_name',
      'd.case_name',
      'd.submitted_at',
      'd.receiving_unit_id',
      'u.agency_id',
      'u.name as unit_name',
      'p.full_name',
    ])
    .where('d.status', '=', 'submitted')
    .where('d.channel', '=', 'online')
    .where(sql<boolean>`(u.id = any(${sql.val(exact)}::uuid[]) or u.path && ${sql.val(subtree)}::uuid[])`)
    .orderBy('d.submitted_at')
    .orderBy('d.code')
    .limit(MAX_ROWS)
    .execute();
  const calendars = new Map<string, Promise<EffectiveCalendar>>();
  const calendarOf = (unitId: string) => {
    let cal = calendars.get(unitId);
    if (!cal) {
      cal = getUnit(db, unitId).then((unit) => loadEffectiveCalendar(db, unit));
      calendars.set(unitId, cal);
    }
    return cal;
  };
  const items = await Promise.all(
    rows.map(async (r) => {
      const { calendar } = await calendarOf(r.receiving_unit_id);
      const w = acceptWindow(calendar, r.submitted_at.getTime(), opts.acceptHours, now);
      return {
        code: r.code,
        version: r.version,
        procedure: { code: r.procedure_code, name: r.procedure_name },
        caseName: r.case_name,
        applicant: { name: r.full_name },
        unit: { agencyId: r.agency_id, name: r.unit_name },
        submittedAt: r.submitted_at.toISOString(),
        acceptBy: new Date(w.acceptBy).toISOString(),
        minutesLeft: w.minutesLeft,
        late: w.late,
      };
    }),
  );
  return {
    items,
    total: items.length,
    late: items.filter((i) => i.late).length,
    acceptHours: opts.acceptHours,
    now: new Date(now).toISOString(),
  };
}
