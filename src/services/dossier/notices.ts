/**
 * Queues the citizen's notice for a dossier event in the transaction of the event itself (the outbox), once per
 * log entry: a retried request or a replayed action never sends it twice. The wording is the event's template;
 * the channel is the citizen's preference (src/services/notify/notify.ts). Which action sends which notice is its
 * row in src/domain/dossier/actions.ts (`notice`).
 */
import { noticeParams, type NoticeEvent } from '../../domain/dossier/notices.js';
import type { TemplateParams } from '../../domain/notify/templates.js';
import type { Trx } from '../../db/transaction.js';
import { notify, type NotifyRequest } from '../notify/notify.js';
import type { DossierRow } from './common.js';

export interface NoticeOptions {
  items?: readonly string[];
  publicUrl?: string | undefined;
  /** A link other than the tracking page (the rating page of a returned dossier). */
  link?: string | undefined;
  now?: number;
}

/** The notify() request of a dossier's notice (null: no phone to send it to). */
export function noticeRequest(
  row: DossierRow,
  event: NoticeEvent,
  seq: number,
  opts: NoticeOptions = {},
): NotifyRequest | null {
  if (!row.applicant_phone) return null;
  const now = opts.now ?? Date.now();
  return {
    event,
    dedupeKey: `dossier:${row.code}:${seq}:${event}`,
    unitId: row.receiving_unit_id,
    dossierId: row.id,
    recipient: { phone: row.applicant_phone },
    ...(opts.now !== undefined ? { now } : {}),
    params: withLink(
      noticeParams({
        code: row.code,
        procedureName: row.procedure_name,
        unitName: row.receiving_unit_name,
        dueAt: row.due_at ? new Date(row.due_at).getTime() : null,
        items: opts.items ?? [],
        publicUrl: opts.publicUrl,
        at: now,
        online: row.channel === 'online',
      }),
      opts.link,
    ),
  };
}

const withLink = (params: TemplateParams, link: string | undefined) =>
  link ? { ...params, lienKet: link } : params;

export async function queueNotice(
  trx: Trx,
  row: DossierRow,
  event: NoticeEvent,
  seq: number,
  opts: NoticeOptions = {},
): Promise<void> {
  const req = noticeRequest(row, event, seq, opts);
  if (req) await notify(trx, req);
}
