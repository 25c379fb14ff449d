/**
 * Queues the citizen's SMS for a dossier event in the transaction of the event itself (the outbox), once per log
 * entry: a retried request or a replayed action never sends it twice.
 */
import { noticeText, type NoticeEvent } from '../../domain/dossier/notices.js';
import type { Action } from '../../domain/dossier/lifecycle.js';
import type { Trx } from '../org/context.js';
import { enqueueNotification } from '../outbox/enqueue.js';
import type { DossierRow } from './common.js';

/** The notice an action sends, if any. */
export const noticeOfAction: Partial<Record<Action, NoticeEvent>> = {
  receive: 'dossier_received',
  request_supplement: 'supplement_requested',
  refuse: 'dossier_refused',
  extend: 'extension_apology',
  notify_result: 'result_ready',
  stop: 'processing_stopped',
};

export async function queueNotice(
  trx: Trx,
  row: DossierRow,
  event: NoticeEvent,
  seq: number,
  opts: { items?: readonly string[]; publicUrl?: string | undefined } = {},
): Promise<void> {
  if (!row.applicant_phone) return;
  await enqueueNotification(trx, {
    dedupeKey: `dossier:${row.code}:${seq}:${event}`,
    event,
    channel: 'sms',
    recipient: row.applicant_phone,
    dossierId: row.id,
    body: noticeText(event, {
      code: row.code,
      procedureName: row.procedure_name,
      unitName: row.receiving_unit_name,
      dueAt: row.due_at ? new Date(row.due_at).getTime() : null,
      items: opts.items ?? [],
      publicUrl: opts.publicUrl,
    }),
  });
}
