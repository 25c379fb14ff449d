/** The acting context of a demo reception officer in a unit, for service-level tests that call the services directly. */
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.js';
import type { ActingContext } from '../src/services/org/context.js';

export async function receptionOfficer(
  db: Kysely<Database>,
  username: string,
  agencyId: string,
): Promise<{ acting: ActingContext; unitId: string }> {
  const staff = await db
    .selectFrom('staff')
    .select(['id', 'full_name'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const unit = await db
    .selectFrom('units')
    .select(['id', 'path'])
    .where('agency_id', '=', agencyId)
    .executeTakeFirstOrThrow();
  const acting: ActingContext = {
    requestId: 'test',
    actor: {
      id: staff.id,
      username,
      fullName: staff.full_name,
      roles: [{ role: 'reception_officer', unitId: unit.id, unitPath: unit.path }],
    },
  };
  return { acting, unitId: unit.id };
}
