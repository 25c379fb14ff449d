/** The acting context of a demo reception officer in a unit, for service-level tests that call the services directly. */
import type { Kysely } from 'kysely';
import { beforeAll } from 'vitest';
import type { Database } from '../src/db/schema.js';
import type { ActingContext } from '../src/services/org/context.js';
import { useTestApp, type TestApp } from './app.js';

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

/**
 * A service-level test file's set-up in one line: the demo application (useTestApp) and the acting context of a
 * reception officer in a unit (Đông Tiến's by default), filled in before the file's first test.
 */
export function useReceptionOfficer(
  username = 'tiepnhan.dongtien',
  agencyId = 'H56.10.01',
): { t: TestApp; officer: { acting: ActingContext; unitId: string } } {
  const t = useTestApp({ demo: true });
  const officer = {} as { acting: ActingContext; unitId: string };
  beforeAll(async () => {
    Object.assign(officer, await receptionOfficer(t.database.db, username, agencyId));
  });
  return { t, officer };
}
