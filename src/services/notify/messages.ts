/**
 * The administrator's view of the outbox: messages of the units in the actor's notify.manage scope (messages tied
 * to no unit are seen by province-wide holders only), searched by phone, email or dossier code; a failed message
 * may be sent again (a new attempt, audited). Recipients are shown masked except the one searched for.
 */
import { sql } from 'kysely';
import type { NotificationStatus } from '../../db/tables/outbox.js';
import { parseDossierCode } from '../../domain/dossier/code.js';
import { maskPhone } from '../../domain/dossier/declaration.js';
import { normalisePhone } from '../../domain/contact/contact.js';
import { conflict, forbidden, notFound } from '../../domain/errors.js';
import { normaliseEmail } from '../../domain/contact/contact.js';
import { can, type Actor } from '../../domain/org/roles.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import { scopeOf } from '../org/staff-view.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { messageReason } from '../../domain/notify/reasons.js';
import { withNotify } from '../../db/with-notify.js';
import type { Message, MessageList } from '../../contracts/notify.js';

export interface MessageFilter {
  q?: string | undefined;
  status?: NotificationStatus | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const FAILED: readonly NotificationStatus[] = ['temporary_failure', 'permanent_failure', 'technical_failure'];

/** Whether the actor manages the messages of the unit at `path` (null: a message tied to no unit). */
async function mayManage(db: Reader, actor: Actor, unitPath: readonly string[] | null): Promise<boolean> {
  if (unitPath) return can(actor, 'notify.manage', unitPath);
  const roots = await db.selectFrom('units').select('id').where('parent_id', 'is', null).execute();
  return roots.some((r) => can(actor, 'notify.manage', [r.id]));
}

const maskRecipient = (r: string) =>
  r.startsWith('+84') ? maskPhone(r) : r.replace(/^(.).*(@.*)$/, '$1***$2');

export async function listMessages(db: Reader, actor: Actor, filter: MessageFilter): Promise<MessageList> {
  const scope = scopeOf(actor, 'notify.manage');
  if (scope.subtree.length + scope.single.length === 0) throw forbidden('Bạn không có quyền xem tin nhắn.');
  const province = await mayManage(db, actor, null);
  let q = withNotify(db)
    .selectFrom('notifications as n')
    .leftJoin('units as u', 'u.id', 'n.unit_id')
    .leftJoin('dossiers as d', 'd.id', 'n.dossier_id')
    .where((eb) =>
      eb.or([
        ...(province ? [eb('n.unit_id', 'is', null)] : []),
        ...(scope.subtree.length ? [sql<boolean>`u.path && ${sql.val(scope.subtree)}::uuid[]`] : []),
        ...(scope.single.length ? [eb('n.unit_id', 'in', scope.single)] : []),
      ]),
    );
  const text = filter.q?.trim() ?? '';
  let searched: string | null = null;
  if (text) {
    const phone = normalisePhone(text);
    const email = normaliseEmail(text);
    if (phone) q = q.where('n.recipient', '=', (searched = phone));
    else if (email) q = q.where('n.recipient', '=', (searched = email));
    else if (parseDossierCode(text)) q = q.where('d.code', '=', text.toUpperCase());
    else return { items: [], total: 0 };
  }
  if (filter.status) q = q.where('n.status', '=', filter.status);
  const [rows, count] = await Promise.all([
    q
      .select([
        'n.id',
        'n.event',
        'n.channel',
        'n.recipient',
        'n.body',
        'n.urgent',
        'n.status',
        'n.provider',
        'n.attempts',
        'n.last_error',
        'n.next_attempt_at',
        'n.created_at',
        'n.sent_at',
        'd.code as dossier_code',
        'u.agency_id',
        'u.name as unit_name',
        'u.path as unit_path',
      ])
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id')
      .limit(Math.min(filter.limit ?? 50, 200))
      .offset(filter.offset ?? 0)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const items = rows.map((r): Message => ({
    id: r.id,
    event: r.event,
    channel: r.channel,
    recipient: r.recipient === searched ? r.recipient : maskRecipient(r.recipient),
    body: r.urgent ? r.body.replace(/\d{4,8}/g, '••••••') : r.body,
    urgent: r.urgent,
    status: r.status,
    provider: r.provider,
    attempts: r.attempts,
    lastError: messageReason(r.status, r.last_error) ? null : r.last_error,
    reason: messageReason(r.status, r.last_error),
    nextAttemptAt: new Date(r.next_attempt_at).toISOString(),
    createdAt: new Date(r.created_at).toISOString(),
    sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
    dossierCode: r.dossier_code,
    unit: r.agency_id && r.unit_name ? { agencyId: r.agency_id, name: r.unit_name } : null,
    canResend: FAILED.includes(r.status) && !r.urgent,
  }));
  return { items, total: Number(count.n) };
}

/** Sends a failed message again: back to `created`, due now; the attempt count goes on. Audited. */
export async function resendMessage(
  trx: Trx,
  ctx: ActingContext,
  id: string,
  now = Date.now(),
): Promise<{ id: string; status: NotificationStatus }> {
  const row = await withNotify(trx)
    .selectFrom('notifications as n')
    .leftJoin('units as u', 'u.id', 'n.unit_id')
    .select(['n.id', 'n.status', 'n.urgent', 'n.unit_id', 'u.path as unit_path'])
    .where('n.id', '=', id)
    .forUpdate('n')
    .executeTakeFirst();
  if (!row) throw notFound('NOTIFICATION_NOT_FOUND', 'Không có tin nhắn này.');
  if (!(await mayManage(trx, ctx.actor, row.unit_path ?? null))) {
    throw forbidden('Bạn không có quyền gửi lại tin nhắn của đơn vị này.');
  }
  if (row.urgent) {
    throw conflict(
      'NOTIFICATION_URGENT',
      'Mã xác nhận đã hết hạn khi gửi lại; người dân cần yêu cầu mã mới.',
    );
  }
  if (!FAILED.includes(row.status)) {
    throw conflict('NOTIFICATION_NOT_FAILED', 'Chỉ gửi lại được tin nhắn đã gửi lỗi.');
  }
  await trx
    .updateTable('notifications')
    .set({ status: 'created', next_attempt_at: new Date(now), last_error: null })
    .where('id', '=', id)
    .execute();
  await writeAudit(trx, ctx, {
    action: 'notify.resend',
    entity: 'notification',
    entityId: id,
    unitId: row.unit_id,
    extra: { previousStatus: row.status },
  });
  return { id, status: 'created' };
}
