/**
 * The follow-ups of "Không hài lòng": the leaders of the receiving unit (or of a unit above it) read them, open ones
 * first by deadline, and answer each once; the answer goes to the citizen by SMS with the rating link, where the
 * page shows it. Reading the list is a read of personal data (applicants' names): audited.
 */
import { sql } from 'kysely';
import { forbidden, notFound, conflict } from '../../domain/errors.js';
import type { Actor } from '../../domain/org/roles.js';
import { followUpRoles } from '../../domain/ratings/ratings.js';
import type { FollowUp, FollowUpList } from '../../contracts/ratings.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { writeAudit } from '../org/audit.js';
import { notify } from '../notify/notify.js';
import { ratingUrl } from './token.js';

const MAX_ROWS = 300;

/** The units whose follow-ups the actor answers: those where they lead, and the ones below. */
function ledUnits(actor: Actor): string[] {
  const led = actor.roles.filter((r) => (followUpRoles as readonly string[]).includes(r.role));
  if (led.length === 0) throw forbidden('Theo dõi ý kiến không hài lòng dành cho lãnh đạo đơn vị.');
  return led.map((r) => r.unitId);
}

function followUps(db: Reader, units: string[]) {
  return db
    .selectFrom('rating_follow_ups as f')
    .innerJoin('dossiers as d', 'd.id', 'f.dossier_id')
    .innerJoin('dossier_ratings as r', 'r.dossier_id', 'f.dossier_id')
    .innerJoin('units as u', 'u.id', 'f.unit_id')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    .leftJoin('staff as o', 'o.id', 'r.officer_id')
    .leftJoin('staff as a', 'a.id', 'f.answered_by')
    .select([
      'd.id as dossier_id',
      'd.code',
      'd.procedure_code',
      'd.procedure_name',
      'p.full_name as applicant_name',
      'p.phone as applicant_phone',
      'u.id as unit_id',
      'u.agency_id',
      'u.name as unit_name',
      'r.level',
      'r.reasons',
      'r.comment',
      'r.rated_at',
      'r.changed_at',
      'o.full_name as officer_name',
      'f.opened_at',
      'f.due_at',
      'f.answer',
      'f.answered_at',
      'a.full_name as answered_by',
    ])
    .where(sql<boolean>`u.path && ${sql.val(units)}::uuid[]`);
}

type Row = Awaited<ReturnType<ReturnType<typeof followUps>['executeTakeFirstOrThrow']>>;

const iso = (t: Date | string) => new Date(t).toISOString();

function toFollowUp(r: Row, now: number): FollowUp {
  return {
    dossier: {
      code: r.code,
      procedure: { code: r.procedure_code, name: r.procedure_name },
      applicantName: r.applicant_name,
    },
    unit: { agencyId: r.agency_id, name: r.unit_name },
    level: r.level,
    reasons: r.reasons,
    comment: r.comment,
    ratedAt: iso(r.changed_at ?? r.rated_at),
    officerName: r.officer_name,
    openedAt: iso(r.opened_at),
    dueAt: iso(r.due_at),
    overdue: r.answered_at === null && new Date(r.due_at).getTime() < now,
    answer: r.answer,
    answeredAt: r.answered_at ? iso(r.answered_at) : null,
    answeredBy: r.answered_by,
  };
}

/** GET /api/rating-follow-ups: open ones first by deadline, then the answered ones, newest first. */
export async function listFollowUps(
  trx: Trx,
  ctx: ActingContext,
  opts: { open?: boolean; now?: number },
): Promise<FollowUpList> {
  const units = ledUnits(ctx.actor);
  const now = opts.now ?? Date.now();
  let q = followUps(trx, units);
  if (opts.open) q = q.where('f.answered_at', 'is', null);
  const rows = await q
    .orderBy(sql`f.answered_at is not null`)
    .orderBy('f.due_at')
    .orderBy('f.answered_at', 'desc')
    .limit(MAX_ROWS)
    .execute();
  const open = await followUps(trx, units)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('f.answered_at', 'is', null)
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, {
    action: 'rating_follow_up.list',
    entity: 'rating_follow_up',
    entityId: null,
    fields: ['applicant_name'],
    extra: { rows: rows.length },
  });
  return { items: rows.map((r) => toFollowUp(r, now)), open: Number(open.n) };
}

/** POST /api/rating-follow-ups/{code}/answer: once; the citizen is told by SMS with the link to the answer. */
export async function answerFollowUp(
  trx: Trx,
  ctx: ActingContext,
  code: string,
  answer: string,
  opts: { secret: string; publicUrl?: string | undefined; now?: number },
): Promise<FollowUp> {
  const units = ledUnits(ctx.actor);
  const now = opts.now ?? Date.now();
  const row = await followUps(trx, units).where('d.code', '=', code).forUpdate('f').executeTakeFirst();
  if (!row) throw notFound('FOLLOW_UP_NOT_FOUND', 'Không tìm thấy ý kiến cần trả lời của hồ sơ này.');
  if (row.answered_at !== null) {
    throw conflict('FOLLOW_UP_ANSWERED', 'Ý kiến này đã được trả lời; mỗi ý kiến được trả lời một lần.');
  }
  const text = answer.trim();
  await trx
    .updateTable('rating_follow_ups')
    .set({ answer: text, answered_by: ctx.actor.id, answered_at: new Date(now) })
    .where('dossier_id', '=', row.dossier_id)
    .execute();
  await writeAudit(trx, ctx, {
    action: 'rating_follow_up.answer',
    entity: 'dossier',
    entityId: row.dossier_id,
    unitId: row.unit_id,
  });
  if (row.applicant_phone) {
    await notify(trx, {
      event: 'rating_answered',
      dedupeKey: `rating-answer:${row.code}`,
      unitId: row.unit_id,
      dossierId: row.dossier_id,
      recipient: { phone: row.applicant_phone },
      params: {
        maHoSo: row.code,
        donVi: row.unit_name,
        lienKet: ratingUrl(opts.publicUrl, opts.secret, row.code),
      },
      now,
    });
  }
  return toFollowUp(
    { ...row, answer: text, answered_at: new Date(now), answered_by: ctx.actor.fullName },
    now,
  );
}
