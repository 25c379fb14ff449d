/** The database seen with the notification tables of migration 0014 (src/db/tables/notify.ts). */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { NotifyTables } from './tables/notify.js';

export type NotifyDatabase = Database & NotifyTables;

export function withNotify(db: Kysely<Database>): Kysely<NotifyDatabase>;
export function withNotify(db: Transaction<Database>): Transaction<NotifyDatabase>;
export function withNotify(db: Kysely<Database> | Transaction<Database>) {
  return db.withTables<NotifyTables>();
}
