/**
 * What the officer console shows: the counters of the officer's unit, the one they are signed in at, the ticket
 * in progress there and the waiting lines of the unit's fields.
 */
import { counterRoles } from '../../domain/queue/access.js';
import type { Role } from '../../domain/org/roles.js';
import { forbidden } from '../../domain/errors.js';
import type { ActingContext } from '../org/context.js';
import type { Reader } from '../../db/transaction.js';
import { countersOfUnit } from './counters.js';
import { fieldsOfUnit } from './views.js';

export async function consoleView(db: Reader, ctx: ActingContext, now = Date.now()) {
  const mine = await db
    .selectFrom('queue_counters')
    .select(['id', 'unit_id'])
    .where('officer_id', '=', ctx.actor.id)
    .executeTakeFirst();
  const role = ctx.actor.roles.find((r) => (counterRoles as readonly Role[]).includes(r.role));
  const unitId = mine?.unit_id ?? role?.unitId;
  if (!unitId || !role) throw forbidden('Chỉ công chức tiếp nhận hoặc chuyên viên được làm việc tại quầy.');
  const [unit, counters, fields, current] = await Promise.all([
    db.selectFrom('units').select(['agency_id', 'name']).where('id', '=', unitId).executeTakeFirstOrThrow(),
    countersOfUnit(db, unitId),
    fieldsOfUnit(db, unitId, now),
    mine
      ? db
          .selectFrom('queue_tickets as t')
          .innerJoin('fields as f', 'f.code', 't.field_code')
          .leftJoin('dossiers as d', 'd.id', 't.dossier_id')
          .select([
            't.id',
            't.number',
            't.field_code',
            'f.name as field_name',
            't.status',
            't.priority',
            't.call_count',
            'd.code as dossier_code',
          ])
          .where('t.counter_id', '=', mine.id)
          .where('t.status', 'in', ['called', 'serving'])
          .executeTakeFirst()
      : undefined,
  ]);
  return {
    unit: { agencyId: unit.agency_id, name: unit.name },
    counters,
    counter: counters.find((c) => c.id === mine?.id) ?? null,
    current: current
      ? {
          id: current.id,
          number: current.number,
          fieldCode: current.field_code,
          fieldName: current.field_name,
          status: current.status,
          priority: current.priority,
          callCount: current.call_count,
          dossierCode: current.dossier_code,
        }
      : null,
    fields,
  };
}
