/**
 * Land Registration Office → Tax office: the rules of a transfer that carries the information slip on land and of
 * the return that carries the Tax office's notice of financial obligations, and the read side (the slip and notice
 * of a dossier, for the desk, the printed slip and the citizen's tracking). Both are stored in the data of their log
 * entries (`taxSlip` with the transfer, `taxNotice` with the return), in the action's transaction.
 */
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import { forbidden, invalid } from '../../domain/errors.js';
import { checkTaxNotice, type TaxNotice } from '../../domain/land-tax/notice.js';
import type { LandTax } from '../../domain/land-tax/land-tax.js';
import { checkTaxSlip, type TaxInfoSlip } from '../../domain/land-tax/slip.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';
import type { DossierRow } from './common.js';

const refused = (field: string, message: string) =>
  invalid('VALIDATION_FAILED', message, [{ field, message }]);

async function sectorOf(db: Reader, unitId: string) {
  const u = await db.selectFrom('units').select('sector').where('id', '=', unitId).executeTakeFirstOrThrow();
  return u.sector;
}

/**
 * A transfer from the dossier's handling unit to `target`: the slip it must (or must not) carry, validated.
 * A Land Registration Office sending to a Tax office sends the slip; nobody else sends one.
 */
export async function slipOfTransfer(
  trx: Trx,
  row: DossierRow,
  target: UnitRow,
  input: unknown,
  now: number,
): Promise<TaxInfoSlip | undefined> {
  const from = await sectorOf(trx, row.handling_unit_id);
  if (input !== undefined) {
    if (from !== 'land_registration') {
      throw forbidden(
        'Chỉ Văn phòng đăng ký đất đai gửi phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai.',
      );
    }
    if (target.sector !== 'tax') {
      throw refused(
        'toUnit',
        'Phiếu chuyển thông tin chỉ gửi cơ quan thuế; chọn cơ quan thuế trong danh sách.',
      );
    }
  } else if (from === 'land_registration' && target.sector === 'tax') {
    throw refused(
      'taxSlip',
      'Chuyển cơ quan thuế cần phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai.',
    );
  }
  if (input === undefined) return undefined;
  const checked = checkTaxSlip(input, todayInVietnam(new Date(now)));
  if (!checked.ok) {
    throw invalid(
      'VALIDATION_FAILED',
      `Phiếu chuyển thông tin chưa hợp lệ: ${checked.issues.map((i) => i.message).join(' ')}`,
      checked.issues,
    );
  }
  return checked.slip;
}

/** The latest transfer entry of the dossier and its slip, if it carried one. */
async function latestTransfer(db: Reader, dossierId: string) {
  return db
    .selectFrom('dossier_actions')
    .select(['seq', 'data', 'at', 'actor_name', 'unit_id'])
    .where('dossier_id', '=', dossierId)
    .where('action', '=', 'transfer')
    .orderBy('seq', 'desc')
    .executeTakeFirst();
}

/**
 * A return from the Tax office: when the dossier went there with a slip, the notice is required and validated;
 * a notice is refused on a dossier that went without one.
 */
export async function noticeOfReturn(
  trx: Trx,
  row: DossierRow,
  input: unknown,
  now: number,
): Promise<TaxNotice | undefined> {
  const sent = await latestTransfer(trx, row.id);
  const withSlip = sent !== undefined && typeof sent.data.taxSlip === 'object' && sent.data.taxSlip !== null;
  if (!withSlip) {
    if (input !== undefined) {
      throw refused(
        'taxNotice',
        'Hồ sơ không được chuyển kèm phiếu chuyển thông tin nên không có thông báo thuế.',
      );
    }
    return undefined;
  }
  if (input === undefined) {
    throw refused(
      'taxNotice',
      'Cần thông báo nghĩa vụ tài chính (từng khoản, số tiền, hạn nộp) khi trả hồ sơ.',
    );
  }
  const checked = checkTaxNotice(input, todayInVietnam(new Date(now)));
  if (!checked.ok) {
    throw invalid(
      'VALIDATION_FAILED',
      `Thông báo nghĩa vụ tài chính chưa hợp lệ: ${checked.issues.map((i) => i.message).join(' ')}`,
      checked.issues,
    );
  }
  return checked.notice;
}

export type { LandTax };

/** The latest slip sent and the latest notice received for a dossier (both null when it never went to tax). */
export async function landTaxOf(db: Reader, dossierId: string): Promise<LandTax> {
  const rows = await db
    .selectFrom('dossier_actions as a')
    .leftJoin('units as u', 'u.id', 'a.unit_id')
    .select(['a.seq', 'a.action', 'a.data', 'a.at', 'a.actor_name', 'u.name as unit_name'])
    .where('a.dossier_id', '=', dossierId)
    .where('a.action', 'in', ['transfer', 'transfer_back'])
    .orderBy('a.seq', 'desc')
    .execute();
  const sent = rows.find((r) => r.action === 'transfer' && r.data.taxSlip);
  const back = rows.find((r) => r.action === 'transfer_back' && r.data.taxNotice);
  return {
    slip: sent
      ? {
          ...(sent.data.taxSlip as TaxInfoSlip),
          sentAt: sent.at.toISOString(),
          sentBy: sent.actor_name,
          from: sent.unit_name ?? '',
          to: typeof sent.data.toUnitName === 'string' ? sent.data.toUnitName : '',
        }
      : null,
    notice:
      back && (!sent || back.seq > sent.seq)
        ? {
            ...(back.data.taxNotice as TaxNotice),
            at: back.at.toISOString(),
            by: back.actor_name,
            from: back.unit_name ?? '',
          }
        : null,
  };
}
