/**
 * The citizen's notice of a new dossier, written by the same statement that takes the daily number (writes.ts).
 * The number is only known inside that statement, so the notice is rendered in code with a stand-in code — the
 * dossier code with the sequence 0000, never a real one — which the statement replaces with the real code
 * (`replace(…, stand-in, code)`). This is exact only if the rendering does not depend on the code's digits, which
 * is checked by rendering with a second stand-in (…-9999): when the two renderings are not the same text up to the
 * stand-in (an SMS cut inside the code, or the stand-in appearing in other text), the notice is queued by its own
 * statement once the code is known instead.
 */
import { sql, type RawBuilder } from 'kysely';
import { plannedMessage, type NotifyPlan, type NotifyRequest } from '../../notify/notify.js';
import { notificationValues, type NewNotification } from '../../outbox/enqueue.js';
import type { DossierRow } from '../common.js';

export type NoticeOf = (row: DossierRow) => { plan: NotifyPlan; req: NotifyRequest } | null;

type InStatementValues = Omit<ReturnType<typeof notificationValues>, 'dedupe_key' | 'body'> & {
  dedupe_key: RawBuilder<string>;
  body: RawBuilder<string>;
};

export type StatementNotice =
  /** Nothing to send (no phone, or the citizen opted out). */
  | { kind: 'none' }
  /** The row to insert in the statement, its code-bearing columns as `replace(…)` of the real code. */
  | { kind: 'in_statement'; values: InStatementValues }
  /** Queued after the statement (the rendering depends on more than the code's place). */
  | { kind: 'after'; message: (code: string) => NewNotification };

function planned(noticeOf: NoticeOf, row: DossierRow): NewNotification | null {
  const notice = noticeOf(row);
  if (!notice || 'none' in notice.plan) return null;
  return plannedMessage(notice.plan, notice.req);
}

/**
 * How the notice of `row` (its code a stand-in) is written; `codeSql` is the statement's expression of the real
 * code.
 */
export function statementNotice(
  noticeOf: NoticeOf | undefined,
  row: DossierRow,
  [zero, nines]: [string, string],
  codeSql: RawBuilder<string>,
): StatementNotice {
  if (!noticeOf) return { kind: 'none' };
  const a = planned(noticeOf, { ...row, code: zero });
  if (!a) return { kind: 'none' };
  const b = planned(noticeOf, { ...row, code: nines })!;
  const exact =
    a.body.replaceAll(zero, nines) === b.body && a.dedupeKey.replaceAll(zero, nines) === b.dedupeKey;
  if (!exact) return { kind: 'after', message: (code) => planned(noticeOf, { ...row, code })! };
  const values = notificationValues(a);
  return {
    kind: 'in_statement',
    values: {
      ...values,
      dedupe_key: sql<string>`replace(${values.dedupe_key}::text, ${zero}::text, ${codeSql})`,
      body: sql<string>`replace(${values.body}::text, ${zero}::text, ${codeSql})`,
    },
  };
}
