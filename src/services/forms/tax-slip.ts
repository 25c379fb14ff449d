/**
 * The printed information slip on land (form 01/LCHS) of a dossier: the slip stored with its latest transfer to a
 * Tax office, under the header of the office that sent it, with the Tax office's notice when it has answered.
 * Visible to the staff who may see the dossier, including the Tax office that held it.
 */
import { renderTaxSlip } from '../../adapters/pdf/forms/tax-slip.js';
import type { FormDossier } from '../../adapters/pdf/forms/common.js';
import { notFound } from '../../domain/errors.js';
import type { Reader } from '../../db/transaction.js';
import type { DossierRow } from '../dossier/common.js';
import { landTaxOf } from '../dossier/land-tax.js';

export async function taxSlipPdf(
  db: Reader,
  row: DossierRow,
  base: FormDossier,
  formAgencyOf: (unitId: string) => Promise<FormDossier['agency']>,
): Promise<Buffer> {
  const { slip, notice } = await landTaxOf(db, row.id);
  if (!slip) {
    throw notFound(
      'FORM_NOT_AVAILABLE',
      'Hồ sơ này không có phiếu chuyển thông tin để xác định nghĩa vụ tài chính.',
    );
  }
  const sent = await db
    .selectFrom('dossier_actions')
    .select('unit_id')
    .where('dossier_id', '=', row.id)
    .where('action', '=', 'transfer')
    .where('at', '=', new Date(slip.sentAt))
    .executeTakeFirst();
  const { sentAt, sentBy, to, from: _from, ...data } = slip;
  return renderTaxSlip({
    ...base,
    agency: sent?.unit_id ? await formAgencyOf(sent.unit_id) : base.agency,
    slip: data,
    sentAt,
    sentBy,
    to,
    notice: notice ? { obligations: notice.obligations } : null,
  });
}
