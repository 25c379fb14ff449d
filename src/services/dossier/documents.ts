/**
 * The documents of a dossier: at intake, the checklist of the case against what was ticked; after intake, what is
 * still missing (listed, all at once, on a supplement request) and ticking what the applicant brought back (with
 * who entered it).
 */
import { invalid, type FieldIssue } from '../../domain/errors.js';
import type { Trx } from '../../db/transaction.js';
import type { RequiredDocument } from '../../domain/catalogue/record.js';
import type { DocumentState } from '../../db/tables/dossier.js';
import type { ProcedureVersion } from '../catalogue/versions.js';
import { applicability, findQuestion, type Answers } from '../../domain/checklist/conditions.js';

export interface DocumentTick {
  /** Position of the document in the procedure version's `documents`. */
  index: number;
  originals: number;
  copies: number;
}

export interface MissingDocument {
  index: number;
  name: string;
  originals: number;
  copies: number;
}

export interface DocumentLine {
  position: number;
  doc: RequiredDocument;
  state: DocumentState;
  originals: number;
  copies: number;
}

/**
 * How a conditional document whose question was not answered is treated: at the desk (`ask`) the officer must answer
 * the question, tick the document or mark it not applicable before a receipt (a 400 naming the question); online
 * (`missing`) it counts as missing until the officer who receives the dossier decides.
 */
export type Unanswered = 'ask' | 'missing';

/**
 * Required documents of the case, with what was ticked; a 400 naming any tick that is not a document. A document
 * that does not apply to the applicant's answers (`isNeeded`) is `not_applicable`, never missing.
 */
export function documentLines(
  version: ProcedureVersion,
  caseName: string | undefined,
  ticks: readonly DocumentTick[],
  notApplicable: readonly number[],
  answers: Answers = {},
  unanswered: Unanswered = 'missing',
): DocumentLine[] {
  const docs = version.record.documents;
  const fields: FieldIssue[] = [];
  ticks.forEach((t, i) => {
    if (t.index >= docs.length || (docs[t.index]?.case && docs[t.index]?.case !== caseName)) {
      fields.push({ field: `documents[${i}].index`, message: 'Không có thành phần hồ sơ này.' });
    }
  });
  notApplicable.forEach((n, i) => {
    if (n >= docs.length)
      fields.push({ field: `notApplicable[${i}]`, message: 'Không có thành phần hồ sơ này.' });
  });
  if (fields.length) throw invalid('VALIDATION_FAILED', 'Danh sách thành phần hồ sơ không hợp lệ.', fields);
  const lines: DocumentLine[] = [];
  const unasked = new Set<string>();
  docs.forEach((doc, position) => {
    if (doc.case && doc.case !== caseName) return;
    const tick = ticks.find((t) => t.index === position);
    const enough = tick && tick.originals >= doc.originals && tick.copies >= doc.copies;
    const applies = applicability(doc, answers);
    const state: DocumentState = enough
      ? 'received'
      : notApplicable.includes(position) || applies === 'not_applicable'
        ? 'not_applicable'
        : 'missing';
    if (state === 'missing' && applies === 'unanswered' && doc.condition) unasked.add(doc.condition.question);
    lines.push({ position, doc, state, originals: tick?.originals ?? 0, copies: tick?.copies ?? 0 });
  });
  if (unanswered === 'ask' && unasked.size > 0) {
    const questions = [...unasked].map((id) => findQuestion(version.record, id)?.text ?? id);
    throw invalid(
      'ANSWERS_REQUIRED',
      `Cần hỏi công dân trước khi tiếp nhận: ${questions.join('; ')}`,
      [...unasked].map((id, i) => ({ field: `answers.${id}`, message: `Chưa trả lời: ${questions[i]}` })),
    );
  }
  return lines;
}

export const missingOf = (lines: DocumentLine[]): MissingDocument[] =>
  lines
    .filter((l) => l.state === 'missing')
    .map((l) => ({ index: l.position, name: l.doc.name, originals: l.doc.originals, copies: l.doc.copies }));

export async function missingDocuments(trx: Trx, dossierId: string): Promise<MissingDocument[]> {
  const rows = await trx
    .selectFrom('dossier_documents')
    .select(['position', 'name', 'originals_required', 'copies_required'])
    .where('dossier_id', '=', dossierId)
    .where('state', '=', 'missing')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    index: r.position,
    name: r.name,
    originals: r.originals_required,
    copies: r.copies_required,
  }));
}

/** Marks the ticked documents received when the counts are enough; a 400 naming ticks that are not documents. */
export async function tickDocuments(
  trx: Trx,
  actor: { id: string; fullName: string },
  dossierId: string,
  ticks: readonly DocumentTick[],
): Promise<void> {
  const rows = await trx
    .selectFrom('dossier_documents')
    .select(['position', 'originals_required', 'copies_required'])
    .where('dossier_id', '=', dossierId)
    .execute();
  const fields: FieldIssue[] = [];
  ticks.forEach((t, i) => {
    if (!rows.some((r) => r.position === t.index)) {
      fields.push({ field: `documents[${i}].index`, message: 'Không có thành phần hồ sơ này.' });
    }
  });
  if (fields.length) throw invalid('VALIDATION_FAILED', 'Danh sách thành phần hồ sơ không hợp lệ.', fields);
  for (const t of ticks) {
    const row = rows.find((r) => r.position === t.index)!;
    const enough = t.originals >= row.originals_required && t.copies >= row.copies_required;
    await trx
      .updateTable('dossier_documents')
      .set({
        originals: t.originals,
        copies: t.copies,
        ...(enough ? { state: 'received' as const } : {}),
        entered_by: actor.id,
        entered_by_name: actor.fullName,
      })
      .where('dossier_id', '=', dossierId)
      .where('position', '=', t.index)
      .execute();
  }
}
