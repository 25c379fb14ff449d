/**
 * The store of the tracking budget (table tracking_guesses; the rule is src/domain/dossier/tracking-budget.ts): one
 * read per request and one upsert per wrong answer, for known and unknown codes alike, and the applicant's message
 * when a code's budget is spent (once per window, naming no digit of the guesses).
 */
import { sql } from 'kysely';
import { TRACKING_BUDGET, type GuessCount } from '../../domain/dossier/tracking-budget.js';
import { notify } from '../notify/notify.js';
import type { Reader } from '../../db/transaction.js';

/** The code's counter, if it has one. */
export async function readGuesses(db: Reader, code: string): Promise<GuessCount | undefined> {
  const row = await db
    .selectFrom('tracking_guesses')
    .select(['wrong', 'window_start'])
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? { wrong: row.wrong, windowStart: new Date(row.window_start).getTime() } : undefined;
}

/** Whom to tell when a known code's budget is spent. */
export interface Owner {
  dossierId: string;
  unitId: string;
  phone: string | null;
  code: string;
}

/**
 * One wrong answer more on the code's counter (a window that has ended starts again). When this answer spends the
 * budget of a known code, the applicant is told, once per window, in the same transaction that marks it told.
 */
export async function recordWrongGuess(db: Reader, code: string, owner: Owner | undefined): Promise<void> {
  const window = sql`make_interval(secs => ${TRACKING_BUDGET.windowMs / 1000})`;
  const { rows } = await sql<{ window_start: Date; notify: boolean }>`
    insert into tracking_guesses as g (code, wrong, window_start) values (${code}, 1, now())
    on conflict (code) do update set
      wrong = case when g.window_start <= now() - ${window} then 1 else g.wrong + 1 end,
      window_start = case when g.window_start <= now() - ${window} then now() else g.window_start end,
      notified_at = case when g.window_start <= now() - ${window} then null else g.notified_at end
    returning g.window_start, (g.notified_at is null and g.wrong >= ${TRACKING_BUDGET.freeWrong}) as notify`.execute(
    db,
  );
  const spent = rows[0];
  if (!spent?.notify || !owner?.phone) return;
  const phone = owner.phone;
  await db.transaction().execute(async (trx) => {
    const marked = await trx
      .updateTable('tracking_guesses')
      .set({ notified_at: new Date() })
      .where('code', '=', code)
      .where('notified_at', 'is', null)
      .executeTakeFirst();
    // Another request spent the budget at the same moment and tells the applicant.
    if (Number(marked.numUpdatedRows) === 0) return;
    await notify(trx, {
      event: 'tracking_guarded',
      unitId: owner.unitId,
      dossierId: owner.dossierId,
      recipient: { phone },
      params: { maHoSo: owner.code },
      dedupeKey: `tracking:${owner.dossierId}:guarded:${new Date(spent.window_start).getTime()}`,
    });
  });
}
