/**
 * Submitting a draft: the answers, the form and the files are checked (every paper the answers need has a file),
 * then the dossier is written through the online intake (`submit_online`: status `submitted`, national
 * `receiving`, channel online, the citizen as applicant), the files attached to it and the applicant's SMS queued —
 * all in one transaction with the draft locked. A retried submit answers with the same dossier.
 */
import { papersMissing, papersToUpload, coveredByForm } from '../../domain/citizen/submission.js';
import { statusLabels } from '../../domain/dossier/lifecycle.js';
import { invalid } from '../../domain/errors.js';
import type { Submitted } from '../../contracts/citizen-submission.js';
import { inTransaction, type Reader, type Trx } from '../../db/transaction.js';
import { checkedAnswers } from '../checklist/answered.js';
import { getDossierRow, type DossierRow } from '../dossier/common.js';
import { submitOnline } from '../dossier/intake/intake.js';
import { auditCitizen } from './audit.js';
import { formOf, prefillOf, withPrefill } from '../../domain/dossier/eform.js';
import { draftFiles, onlineVersion, ownDraft, ownerPhone, type Owner } from './drafts.js';

const NEXT =
  'Cán bộ tiếp nhận sẽ kiểm tra hồ sơ trong giờ làm việc. Ông/bà sẽ nhận tin nhắn khi hồ sơ được tiếp nhận (kèm giấy tiếp nhận, hẹn trả kết quả) hoặc khi cần bổ sung.';

function submitted(row: DossierRow): Submitted {
  return {
    code: row.code,
    status: row.status,
    statusLabel: statusLabels[row.status],
    submittedAt: new Date(row.submitted_at).toISOString(),
    unitName: row.receiving_unit_name,
    next: NEXT,
  };
}

export async function submitDraft(
  db: Reader,
  owner: Owner,
  draftId: string,
  opts: { publicUrl?: string; now?: number } = {},
): Promise<Submitted> {
  return inTransaction(db, async (trx: Trx) => {
    const draft = await ownDraft(trx, owner, draftId, { lock: true });
    // Already submitted (a retry, a double click): the same dossier.
    if (draft.dossier_code) return submitted(await getDossierRow(trx, draft.dossier_code));
    const version = await onlineVersion(trx, draft.procedure_code);
    if (!draft.unit_agency_id) {
      const message = 'Cần chọn cơ quan tiếp nhận hồ sơ.';
      throw invalid('VALIDATION_FAILED', message, [{ field: 'unit', message }]);
    }
    const answers = checkedAnswers(version.record, draft.answers);
    const files = await draftFiles(trx, draftId);
    const missing = papersMissing(
      papersToUpload(version.record.documents, answers),
      files.map((f) => f.position!),
    );
    if (missing.length) {
      throw invalid(
        'DOCUMENTS_MISSING',
        `Còn thiếu giấy tờ: ${missing.map((m) => m.name).join('; ')}.`,
        missing.map((m) => ({ field: `papers[${m.position}]`, message: `Chưa tải lên: ${m.name}` })),
      );
    }
    const docs = version.record.documents;
    // The form is the declaration; a paper with a file is received as its electronic copy.
    const ticks = docs.flatMap((doc, index) =>
      coveredByForm(doc) || files.some((f) => f.position === index)
        ? [{ index, originals: doc.originals, copies: doc.copies }]
        : [],
    );
    const phone = ownerPhone(owner);
    const applicant = { ...draft.applicant, name: draft.applicant.name ?? '', phone };
    const declared = withPrefill(
      formOf(version.record),
      Object.fromEntries(draft.form.map((v) => [v.key, v.value])),
      prefillOf(applicant),
    );
    const summary = await submitOnline(
      trx,
      {
        procedureCode: version.code,
        unit: draft.unit_agency_id,
        applicant,
        documents: ticks,
        answers,
        declaration: Object.entries(declared).map(([key, value]) => ({ key, value })),
        idempotencyKey: draft.id,
      },
      {
        requestId: owner.requestId,
        ...(opts.now !== undefined ? { now: opts.now } : {}),
        notify: { publicUrl: opts.publicUrl },
        onWritten: async (row, applicantId) => {
          if (!files.length) return;
          await trx
            .insertInto('dossier_attachments')
            .values(
              files.map((f) => ({
                dossier_id: row.id,
                position: f.position,
                file_name: f.fileName,
                content_type: f.contentType,
                size: f.size,
                sha256: f.sha256,
                data: null,
                on_disk: true,
                uploaded_by: null,
                uploaded_by_person: applicantId,
                uploaded_by_name: row.applicant_name,
              })),
            )
            .execute();
        },
      },
    );
    await trx
      .updateTable('citizen_drafts')
      .set({ dossier_code: summary.code, submitted_at: new Date() })
      .where('id', '=', draftId)
      .execute();
    await auditCitizen(trx, {
      action: 'citizen.submit',
      ...owner,
      entity: { kind: 'dossier', id: summary.code },
      extra: { draft: draftId, files: files.length },
    });
    return submitted(await getDossierRow(trx, summary.code));
  });
}
