/**
 * The documents of a dossier after intake: what is still missing (listed, all at once, on a supplement request) and
 * ticking what the applicant brought back (with who entered it).
 */
import { invalid, type FieldIssue } from '../../domain/errors.js';
import type { Trx } from '../org/context.js';
import type { DocumentTick, MissingDocument } from './intake.js';

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
