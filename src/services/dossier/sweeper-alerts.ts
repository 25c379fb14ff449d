/**
 * A staff member's deadline alerts (raised by the sweeper): the list, newest first, and marking them read.
 * Nobody sees or marks another person's alerts (404, as for an alert that does not exist).
 */
import { sql } from 'kysely';
import { notFound } from '../../domain/errors.js';
import { alertLevelLabels } from '../../domain/dossier/escalation.js';
import { statusLabels } from '../../domain/dossier/lifecycle.js';
import type { Actor } from '../../domain/org/roles.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { MyAlerts } from '../../contracts/alerts.js';

export async function listMyAlerts(
  db: Reader,
  actor: Actor,
  query: { unread?: boolean | undefined; limit?: number | undefined },
): Promise<MyAlerts> {
  let q = db
    .selectFrom('dossier_alerts as a')
    .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
    .innerJoin('units as u', 'u.id', 'd.handling_unit_id')
    .leftJoin('dossier_extension_drafts as x', (j) =>
      j
        .onRef('x.dossier_id', '=', 'a.dossier_id')
        .onRef('x.current_due', '=', 'a.due_at')
        .on('x.status', '=', 'draft'),
    )
    .select([
      'a.id',
      'a.level',
      'a.step',
      'a.created_at',
      'a.read_at',
      'a.due_at',
      'd.code',
      'd.procedure_name',
      'd.status',
      'u.agency_id',
      'u.name as unit_name',
      'x.proposed_due',
    ])
    .where('a.recipient_id', '=', actor.id);
  if (query.unread) q = q.where('a.read_at', 'is', null);
  const [rows, count] = await Promise.all([
    q
      .orderBy('a.created_at', 'desc')
      .orderBy('a.id')
      .limit(query.limit ?? 50)
      .execute(),
    db
      .selectFrom('dossier_alerts')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('recipient_id', '=', actor.id)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    unread: count.n,
    items: rows.map((r) => ({
      id: r.id,
      level: r.level,
      levelLabel: alertLevelLabels[r.level],
      step: r.step,
      createdAt: r.created_at.toISOString(),
      readAt: r.read_at ? r.read_at.toISOString() : null,
      dueAt: r.due_at.toISOString(),
      dossier: {
        code: r.code,
        procedureName: r.procedure_name,
        status: r.status,
        statusLabel: statusLabels[r.status],
        handlingUnit: { agencyId: r.agency_id, name: r.unit_name },
      },
      draft: r.proposed_due ? { proposedDue: r.proposed_due.toISOString() } : null,
    })),
  };
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Marks one of the actor's alerts read (idempotent: a read alert keeps its first read time). */
export async function markAlertRead(trx: Trx, actor: Actor, id: string, now = Date.now()) {
  const missing = () => notFound('ALERT_NOT_FOUND', 'Không tìm thấy cảnh báo.');
  if (!UUID_RE.test(id)) throw missing();
  const row = await trx
    .selectFrom('dossier_alerts')
    .select(['id', 'read_at'])
    .where('id', '=', id)
    .where('recipient_id', '=', actor.id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw missing();
  const readAt = row.read_at ?? new Date(now);
  if (!row.read_at)
    await trx.updateTable('dossier_alerts').set({ read_at: readAt }).where('id', '=', id).execute();
  return { id, readAt: readAt.toISOString() };
}

/** Marks every unread alert of the actor read; returns how many. */
export async function markAllAlertsRead(trx: Trx, actor: Actor, now = Date.now()) {
  const res = await trx
    .updateTable('dossier_alerts')
    .set({ read_at: new Date(now) })
    .where('recipient_id', '=', actor.id)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return { count: Number(res.numUpdatedRows) };
}
