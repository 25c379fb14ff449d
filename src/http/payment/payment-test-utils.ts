/**
 * Shared set-up of the payment tests: a land dossier at the Land Registration Office taken through the Tax office
 * (whose notice asks 17,000,000 + 4,250,000 đồng) up to `request_payment`, and the gateway's signed parameters.
 */
import type { Kysely } from 'kysely';
import { DEV_PAYMENT_SECRET } from '../../adapters/payment/config.js';
import { signedQuery, type Params } from '../../adapters/payment/signature.js';
import type { Database } from '../../db/schema.js';
import { sampleNotice, sampleSlip } from '../../domain/land-tax/test-fixtures.js';
import { getVersionInForce } from '../../services/catalogue/versions.js';
import { receiveDossier } from '../../services/dossier/intake/intake.js';
import { actAt, actorOf, key } from '../../services/dossier/sweeper-test-utils.js';

export const LAND = '1.013831';
const CASE = 'Chuyển nhượng, chuyển đổi, thừa kế, tặng cho, góp vốn';
export const VPDK = '000.00.21.H56';
const THUE = '000.00.22.H56';
export const NOTICE_TOTAL = 17_000_000 + 4_250_000;
export const MERCHANT = 'MOTCUA01';

/** A land dossier of `phone`, through the Tax office and approved, then asked to pay (status awaiting_payment). */
export async function landDossierToPay(
  db: Kysely<Database>,
  phone: string,
  day = '2026-03',
): Promise<string> {
  const version = await getVersionInForce(db, LAND);
  const reception = await actorOf(db, 'tiepnhan.vpdk');
  const received = await db.transaction().execute((trx) =>
    receiveDossier(
      trx,
      { actor: reception, requestId: 'test' },
      {
        procedureCode: LAND,
        applicant: { name: 'Nguyễn Văn Thành', phone, idNumber: '038090001234' },
        caseName: CASE,
        documents: version.record.documents.flatMap((d, index) =>
          d.case && d.case !== CASE ? [] : [{ index, originals: d.originals, copies: d.copies }],
        ),
        idempotencyKey: key(),
      },
      { now: Date.parse(`${day}-02T08:00:00+07:00`) },
    ),
  );
  if (received.outcome !== 'receipt') throw new Error('the land dossier was not received');
  const code = received.dossier.code;
  const when = (d: string, h: string) => `${day}-${d}T${h}:00+07:00`;
  await actAt(db, 'lanhdao.vpdk', code, 'assign', when('02', '09:00'));
  const { username } = await db
    .selectFrom('dossiers as d')
    .innerJoin('staff as s', 's.id', 'd.assignee_id')
    .select('s.username')
    .where('d.code', '=', code)
    .executeTakeFirstOrThrow();
  await actAt(db, username, code, 'transfer', when('04', '08:00'), { toUnit: THUE, taxSlip: sampleSlip() });
  await actAt(db, 'chuyenvien.thue', code, 'transfer_back', when('09', '08:00'), {
    note: 'Thông báo nghĩa vụ tài chính',
    taxNotice: sampleNotice(`${day}-09`, `${day}-28`),
  });
  await actAt(db, username, code, 'appraise', when('10', '09:00'));
  await actAt(db, 'lanhdao.vpdk', code, 'approve', when('10', '10:00'));
  await actAt(db, 'tiepnhan.vpdk', code, 'request_payment', when('10', '14:00'));
  return code;
}

/** The gateway's result of an order, signed with the development secret (or another). */
export function gatewayResult(
  txnRef: string,
  amount: number,
  opts: { code?: string; secret?: string; merchant?: string } = {},
): string {
  const params: Params = {
    vnp_Amount: String(amount * 100),
    vnp_BankCode: 'NCB',
    vnp_OrderInfo: 'Thanh toan ho so',
    vnp_PayDate: '20261207101500',
    vnp_ResponseCode: opts.code ?? '00',
    vnp_TmnCode: opts.merchant ?? MERCHANT,
    vnp_TransactionNo: '14000001',
    vnp_TransactionStatus: opts.code && opts.code !== '00' ? '02' : '00',
    vnp_TxnRef: txnRef,
  };
  return signedQuery(params, opts.secret ?? DEV_PAYMENT_SECRET);
}
