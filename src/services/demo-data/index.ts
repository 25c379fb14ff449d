/**
 * Demo data: loaded once, on the first start of an empty database, inside one transaction holding an advisory
 * lock, so two instances starting together load it once. Marked in app_meta.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { demoDataPresent, markDemoDataLoaded } from '../../db/app-meta.js';
import type { Database } from '../../db/schema.js';
import { seedCatalogue } from './catalogue.js';
import { seedCalendar } from './calendar.js';
import { seedFeePolicies } from './fee-policies.js';
import { demoTrackingExample, seedDossiers } from './dossiers.js';
import { organisationDemoAccounts, seedOrganisation } from './organisation.js';
import { seedServiceHours } from './service-hours.js';
import { seedQueue } from './queue.js';
import { seedHotline } from './hotline.js';
import { seedServicePoints } from './service-points.js';

export interface DemoLogin {
  username: string;
  password: string;
  description: string;
}

/** Every demo account shares this password; printed at start-up and in README.md. */
export const DEMO_PASSWORD = 'motcua@2026';

/** Seeding steps, run in order in one transaction. Each area adds its own. */
const steps: ((trx: Transaction<Database>) => Promise<void>)[] = [
  (trx) => seedOrganisation(trx, DEMO_PASSWORD),
  seedCatalogue,
  seedFeePolicies,
  seedCalendar,
  (trx) => seedServiceHours(trx),
  seedQueue,
  async (trx) => {
    await seedDossiers(trx);
  },
  (trx) => seedHotline(trx),
  seedServicePoints,
];

/** Logins printed at start-up. */
export const demoLogins: DemoLogin[] = [
  ...organisationDemoAccounts.map((a) => ({ ...a, password: DEMO_PASSWORD })),
];

const SEED_LOCK = 7_140_2026;

export async function loadDemoDataOnce(db: Kysely<Database>): Promise<{
  loadedNow: boolean;
  logins: DemoLogin[];
  /** A demo dossier to track (README.md): its code and the applicant's phone. */
  tracking: { code: string; phone: string } | undefined;
}> {
  const loadedNow = await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    if (await demoDataPresent(trx)) return false;
    for (const step of steps) await step(trx);
    await markDemoDataLoaded(trx);
    return true;
  });
  return { loadedNow, logins: demoLogins, tracking: await demoTrackingExample(db) };
}

export { demoDataPresent };
