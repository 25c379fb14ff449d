/**
 * The citizen's rating of a returned dossier through the link of the result SMS (or the tracking page): read what
 * the link is for, and rate (once, changeable once within 7 days: src/domain/ratings/ratings.ts). A rating of "Không
 * hài lòng" opens the unit leaders' follow-up (follow-ups.ts). The link's token proves the dossier only, so the
 * answer names no person.
 */
import { invalid, notFound, conflict } from '../../domain/errors.js';
import {
  checkReasons,
  FOLLOW_UP_WORKING_DAYS,
  linkExpired,
  ratingRefusal,
  type RatingInput,
  type RatingSource,
} from '../../domain/ratings/ratings.js';
import { computeDue } from '../../domain/calendar/deadline.js';
import type { RatingAnswer, RatingView } from '../../contracts/ratings.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { loadEffectiveCalendar } from '../calendar/layers.js';
import { getUnit } from '../org/queries.js';
import { writeAudit } from '../org/audit.js';
import { codeOfRatingToken } from './token.js';

const linkNotFound = () =>
  notFound(
    'RATING_LINK_NOT_FOUND',
    'Liên kết đánh giá không đúng hoặc đã hết hạn. Vui lòng kiểm tra lại tin nhắn.',
  );

/** The dossier a token is for, when it was returned and by whom, and its rating and follow-up if any. */
async function ratedDossier(db: Reader, secret: string, token: string, now: number, lock = false) {
  const code = codeOfRatingToken(secret, token);
  if (code === null) throw linkNotFound();
  let q = db
    .selectFrom('dossiers as d')
    .innerJoin('units as u', 'u.id', 'd.receiving_unit_id')
    .select([
      'd.id',
      'd.code',
      'd.procedure_code',
      'd.procedure_name',
      'd.receiving_unit_id',
      'u.name as unit_name',
    ])
    .where('d.code', '=', code);
  if (lock) q = q.forUpdate('d');
  const d = await q.executeTakeFirst();
  if (!d) throw linkNotFound();
  const [returned, rating, followUp] = await Promise.all([
    db
      .selectFrom('dossier_actions')
      .select(['at', 'actor_id'])
      .where('dossier_id', '=', d.id)
      .where('action', '=', 'return_result')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db.selectFrom('dossier_ratings').selectAll().where('dossier_id', '=', d.id).executeTakeFirst(),
    db.selectFrom('rating_follow_ups').selectAll().where('dossier_id', '=', d.id).executeTakeFirst(),
  ]);
  const returnedAt = returned ? new Date(returned.at).getTime() : null;
  const answeredAt = followUp?.answered_at ? new Date(followUp.answered_at).getTime() : null;
  if (linkExpired(returnedAt, answeredAt, now)) throw linkNotFound();
  const past = rating
    ? {
        ratedAt: +new Date(rating.rated_at),
        changedAt: rating.changed_at ? +new Date(rating.changed_at) : null,
      }
    : null;
  return { d, rating, followUp, returnedAt, returnedBy: returned?.actor_id ?? null, past };
}

type Rated = Awaited<ReturnType<typeof ratedDossier>>;

function viewOf({ d, rating, followUp, returnedAt, past }: Rated, now: number): RatingView {
  const refusal = ratingRefusal(returnedAt, past, now);
  return {
    dossier: { code: d.code, procedure: { code: d.procedure_code, name: d.procedure_name } },
    rated: rating !== undefined,
    unit: d.unit_name,
    returnedAt: returnedAt === null ? null : new Date(returnedAt).toISOString(),
    ...(rating
      ? {
          rating: {
            level: rating.level,
            reasons: rating.reasons,
            comment: rating.comment,
            ratedAt: new Date(rating.changed_at ?? rating.rated_at).toISOString(),
          },
        }
      : {}),
    canRate: refusal === null,
    ...(refusal ? { refusal: { code: refusal.code, message: refusal.message } } : {}),
    ...(followUp
      ? {
          followUp: {
            dueAt: new Date(followUp.due_at).toISOString(),
            answer: followUp.answer,
            answeredAt: followUp.answered_at ? new Date(followUp.answered_at).toISOString() : null,
          },
        }
      : {}),
  };
}

/** GET /api/ratings/{token}. */
export async function ratingByToken(
  db: Reader,
  secret: string,
  token: string,
  now = Date.now(),
): Promise<RatingView> {
  return viewOf(await ratedDossier(db, secret, token, now), now);
}

/**
 * POST /api/ratings/{token}: the first rating (created: true) or its one change (created: false). Under the
 * dossier's row lock, so two submissions at once make one rating and one change at most.
 */
export async function rateByToken(
  trx: Trx,
  secret: string,
  token: string,
  input: RatingInput,
  opts: { now?: number; source?: RatingSource; requestId: string },
): Promise<RatingAnswer> {
  const now = opts.now ?? Date.now();
  const found = await ratedDossier(trx, secret, token, now, true);
  const { d, rating, returnedAt, returnedBy, past } = found;
  const refusal = ratingRefusal(returnedAt, past, now);
  if (refusal) throw conflict(refusal.code, refusal.message);
  const { reasons, unknown } = checkReasons(input);
  if (unknown.length) {
    const message = `Lý do không thuộc mức đánh giá đã chọn: ${unknown.join(', ')}.`;
    throw invalid('RATING_REASON_UNKNOWN', message, [{ field: 'reasons', message }]);
  }
  const comment = input.comment?.trim() || null;
  if (rating) {
    await trx
      .updateTable('dossier_ratings')
      .set({ level: input.level, reasons, comment, changed_at: new Date(now) })
      .where('dossier_id', '=', d.id)
      .execute();
  } else {
    await trx
      .insertInto('dossier_ratings')
      .values({
        dossier_id: d.id,
        unit_id: d.receiving_unit_id,
        officer_id: returnedBy,
        level: input.level,
        reasons,
        comment,
        source: opts.source ?? 'link',
        rated_at: new Date(now),
      })
      .execute();
  }
  if (input.level === 'not_satisfied') await openFollowUp(trx, d.id, d.receiving_unit_id, now);
  await writeAudit(
    trx,
    { actor: null, requestId: opts.requestId },
    {
      action: rating ? 'rating.change' : 'rating.create',
      entity: 'dossier',
      entityId: d.id,
      unitId: d.receiving_unit_id,
      extra: { level: input.level },
    },
  );
  const view = viewOf(await ratedDossier(trx, secret, token, now), now);
  return { ...view, created: !rating };
}

/** The follow-up of a "Không hài lòng", due in FOLLOW_UP_WORKING_DAYS working days on the unit's calendar. */
async function openFollowUp(trx: Trx, dossierId: string, unitId: string, now: number): Promise<void> {
  const { calendar } = await loadEffectiveCalendar(trx, await getUnit(trx, unitId));
  const due = computeDue(calendar, now, { unit: 'working_days', value: FOLLOW_UP_WORKING_DAYS });
  await trx
    .insertInto('rating_follow_ups')
    .values({ dossier_id: dossierId, unit_id: unitId, opened_at: new Date(now), due_at: new Date(due) })
    .onConflict((oc) => oc.column('dossier_id').doNothing())
    .execute();
}
