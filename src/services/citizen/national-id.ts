/**
 * A citizen signs in with their national electronic identity (docs/DECISIONS.md, "Citizen national-identity
 * login"): the identity the provider vouched for is linked to a person, and a citizen session opened like the phone
 * sign-in's. Linking, in this order:
 * 1. the person recorded with that personal identification number (a missing phone filled in with a verified one);
 * 2. else a person with the verified phone, no ID number and the same name (the ID number is then recorded on it) —
 *    the name guards a phone shared by a family;
 * 3. else a new person (name, ID number, verified phone); without a name there is nobody to create.
 * The linking and the sign-in are audited; the ID number is never written to the audit trail or the log.
 */
import { sameName, verifiedByOf, type NationalIdentity } from '../../domain/citizen/national-id.js';
import { inTransaction, type Reader, type Trx } from '../../db/transaction.js';
import { auditCitizen } from './audit.js';
import type { ClientMeta } from './login.js';
import { createCitizenSession, deleteCitizenSession, type NewCitizenSession } from './sessions.js';

export type LinkedBy = 'id_number' | 'phone' | 'created';

/** The person of the identity, found or created; null when none is found and the claims carry no name. */
export async function linkPerson(
  trx: Trx,
  identity: NationalIdentity,
  now: Date,
): Promise<{ personId: string; by: LinkedBy } | null> {
  const fill = (id: string, values: { phone: string } | { id_number: string }) =>
    trx
      .updateTable('persons')
      .set({ ...values, updated_at: now })
      .where('id', '=', id)
      .execute();
  const byId = await trx
    .selectFrom('persons')
    .select(['id', 'phone'])
    .where('id_number', '=', identity.idNumber)
    .executeTakeFirst();
  if (byId) {
    if (!byId.phone && identity.verifiedPhone) await fill(byId.id, { phone: identity.verifiedPhone });
    return { personId: byId.id, by: 'id_number' };
  }
  const { fullName } = identity;
  if (!fullName) return null;
  if (identity.verifiedPhone) {
    const samePhone = await trx
      .selectFrom('persons')
      .select(['id', 'full_name'])
      .where('phone', '=', identity.verifiedPhone)
      .where('id_number', 'is', null)
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .execute();
    const match = samePhone.find((p) => sameName(p.full_name, fullName));
    if (match) {
      await fill(match.id, { id_number: identity.idNumber });
      return { personId: match.id, by: 'phone' };
    }
  }
  const created = await trx
    .insertInto('persons')
    .values({
      full_name: fullName,
      id_number: identity.idNumber,
      phone: identity.verifiedPhone,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { personId: created.id, by: 'created' };
}

/**
 * Links the person and opens the citizen's session (the browser's previous one ended), in one transaction with
 * their audit rows; null when there is nobody to link (see linkPerson).
 */
export async function signInWithNationalId(
  db: Reader,
  identity: NationalIdentity,
  meta: ClientMeta & { previousSessionId?: string },
): Promise<NewCitizenSession | null> {
  const now = meta.now ?? Date.now();
  return inTransaction(db, async (trx) => {
    const linked = await linkPerson(trx, identity, new Date(now));
    if (!linked) return null;
    if (meta.previousSessionId) await deleteCitizenSession(trx, meta.previousSessionId);
    const who = {
      phone: identity.verifiedPhone,
      personId: linked.personId,
      verifiedBy: verifiedByOf(identity),
    };
    const session = await createCitizenSession(trx, who, { ...meta, now });
    const audited = { phone: who.phone, personId: linked.personId, requestId: meta.requestId };
    await auditCitizen(trx, { action: 'citizen.person.linked', ...audited, extra: { by: linked.by } });
    await auditCitizen(trx, {
      action: 'citizen.login',
      ...audited,
      extra: { method: 'national-id', verifiedBy: who.verifiedBy },
    });
    return session;
  });
}
