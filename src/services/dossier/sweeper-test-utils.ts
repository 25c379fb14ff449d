/**
 * Helpers of the sweeper and same-day integration tests: demo staff as actors, and dossiers received and acted on
 * at chosen instants through the services' `now` option.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/org/roles.js';
import type { Action } from '../../domain/dossier/lifecycle.js';
import { getVersionInForce } from '../catalogue/versions.js';
import type { ActionInput } from './actions/inputs.js';
import { applyAction } from './actions/apply.js';
import { receiveDossier, type IntakeInput } from './intake/intake.js';

export const at = (iso: string) => Date.parse(iso);

export async function actorOf(db: Kysely<Database>, username: string): Promise<Actor> {
  const staff = await db
    .selectFrom('staff')
    .select(['id', 'full_name'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const roles = await db
    .selectFrom('staff_roles as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.role', 'r.unit_id', 'u.path'])
    .where('r.staff_id', '=', staff.id)
    .execute();
  return {
    id: staff.id,
    username,
    fullName: staff.full_name,
    roles: roles.map((r) => ({ role: r.role, unitId: r.unit_id, unitPath: r.path })),
  };
}

let keyNo = 0;
export const key = () => `sweep-key-${Date.now()}-${++keyNo}`;

/** Every document of the procedure version in force, ticked as brought in full. */
async function completeTicks(db: Kysely<Database>, procedureCode: string, date: string) {
  const version = await getVersionInForce(db, procedureCode, date);
  return version.record.documents.flatMap((d, index) =>
    d.case ? [] : [{ index, originals: d.originals, copies: d.copies }],
  );
}

/** Receives a complete dossier at `iso` by `username`; returns its code and due instant. */
export async function receiveAt(
  db: Kysely<Database>,
  username: string,
  procedureCode: string,
  iso: string,
  extra: Partial<IntakeInput> = {},
) {
  const actor = await actorOf(db, username);
  const documents = await completeTicks(db, procedureCode, iso.slice(0, 10));
  const result = await db.transaction().execute((trx) =>
    receiveDossier(
      trx,
      { actor, requestId: 'test' },
      {
        procedureCode,
        applicant: { name: 'Trần Văn Bình', phone: '0912 000 111' },
        documents,
        idempotencyKey: key(),
        ...extra,
      },
      { now: at(iso) },
    ),
  );
  if (result.outcome !== 'receipt') throw new Error(`not a receipt: ${JSON.stringify(result)}`);
  return result.dossier;
}

/** Takes an action at instant `now` as `actor` on the dossier's current version, with a fresh idempotency key. */
export async function actOnCurrentVersion(
  db: Kysely<Database>,
  actor: Actor,
  code: string,
  input: Omit<ActionInput, 'expectedVersion' | 'idempotencyKey'> & Partial<ActionInput>,
  now: number,
) {
  const row = await db
    .selectFrom('dossiers')
    .select('version')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return db
    .transaction()
    .execute((trx) =>
      applyAction(
        trx,
        { actor, requestId: 'test' },
        code,
        { expectedVersion: row.version, idempotencyKey: key(), ...input },
        { now },
      ),
    );
}

/** Takes an action at `iso` as `username` on the dossier's current version. */
export async function actAt(
  db: Kysely<Database>,
  username: string,
  code: string,
  action: Action,
  iso: string,
  extra: Partial<ActionInput> = {},
) {
  return actOnCurrentVersion(db, await actorOf(db, username), code, { action, ...extra }, at(iso));
}
