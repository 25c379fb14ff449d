/**
 * The one composer of checklist messages (the hotline's checklist, a booking's confirmation, and any other message
 * that tells a citizen what to bring): it plans the message like notify() does, fits the documents list to the
 * channel the plan chose (src/domain/checklist/message.ts) and, when the list had to be cut to its essentials, writes
 * a short link to the citizen's own checklist (valid 30 days) in the same transaction and puts it in the message.
 */
import { randomBytes } from 'node:crypto';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import { answeredChecklist } from '../../domain/checklist/answered.js';
import { formatAnswers, type Answers } from '../../domain/checklist/conditions.js';
import {
  CHECKLIST_LINK_DAYS,
  checklistLinkCode,
  checklistLinkUrl,
  fitDocumentList,
  fitsChannel,
  type FittedList,
} from '../../domain/checklist/message.js';
import { renderTemplate, type TemplateParams } from '../../domain/notify/templates.js';
import { notify, planNotify, type NotifyOutcome, type NotifyRequest } from '../notify/notify.js';
import type { Trx } from '../../db/transaction.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ChecklistOf {
  /** The procedure version the citizen was told about (the link shows this version). */
  versionId: string;
  record: Pick<ProcedureRecord, 'cases' | 'documents' | 'questions'>;
  /** The citizen's answers so far ({} when none were asked). */
  answers: Answers;
  caseName?: string | undefined;
}

export interface ChecklistMessageRequest extends Omit<NotifyRequest, 'plan'> {
  checklist: ChecklistOf;
  /** The placeholder that carries the documents list. */
  listParam: 'danhSach' | 'giayTo';
  /**
   * The placeholder that carries the link when the list is cut (its value is replaced); absent: the link is added
   * at the end of the list ("…; Xem đủ giấy tờ: …").
   */
  linkParam?: 'lienKet';
  publicUrl: string;
}

export type ChecklistMessageOutcome = NotifyOutcome & {
  /** The short link written for this message, when the list had to be cut. */
  link: { code: string; url: string; expiresAt: Date } | null;
};

/** Writes a short link; a code already taken (one chance in 10^12) is drawn again. */
export async function createChecklistLink(
  trx: Trx,
  of: Omit<ChecklistOf, 'record'>,
  now: number,
): Promise<{ code: string; expiresAt: Date }> {
  const expiresAt = new Date(now + CHECKLIST_LINK_DAYS * DAY_MS);
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = checklistLinkCode(randomBytes(8));
    const row = await trx
      .insertInto('checklist_links')
      .values({
        code,
        procedure_version_id: of.versionId,
        case_name: of.caseName ?? null,
        answers: formatAnswers(of.answers),
        created_at: new Date(now),
        expires_at: expiresAt,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .returning('code')
      .executeTakeFirst();
    if (row) return { code, expiresAt };
  }
  throw new Error('checklist link: no free code after 5 draws');
}

/** Queues a checklist message whose documents list never hides an essential paper. */
export async function notifyChecklist(
  trx: Trx,
  req: ChecklistMessageRequest,
): Promise<ChecklistMessageOutcome> {
  const { checklist, listParam, linkParam, publicUrl, ...rest } = req;
  const plan = await planNotify(trx, rest);
  if ('none' in plan) return { ...(await notify(trx, { ...rest, plan })), link: null };

  const answered = answeredChecklist(checklist.record, checklist.answers, checklist.caseName);
  // The URL's length is known before the code is drawn; the row is written only when the link is used.
  const placeholderUrl = checklistLinkUrl(publicUrl, 'XXXXXXXX');
  const paramsFor = (fitted: FittedList, url: string): TemplateParams => {
    if (!fitted.linked) return { ...rest.params, [listParam]: fitted.list };
    if (linkParam) return { ...rest.params, [listParam]: fitted.list, [linkParam]: url };
    return { ...rest.params, [listParam]: `${fitted.list}; Xem đủ giấy tờ: ${url}` };
  };
  const fitted = fitDocumentList(answered.documents, (candidate) =>
    fitsChannel(
      plan.channel,
      renderTemplate(plan.channel, plan.template, paramsFor(candidate, placeholderUrl), { cut: false }),
    ),
  );
  let link: ChecklistMessageOutcome['link'] = null;
  if (fitted.linked) {
    const made = await createChecklistLink(trx, checklist, plan.now);
    link = { ...made, url: checklistLinkUrl(publicUrl, made.code) };
  }
  const outcome = await notify(trx, {
    ...rest,
    params: paramsFor(fitted, link?.url ?? ''),
    plan,
  });
  return { ...outcome, link };
}
