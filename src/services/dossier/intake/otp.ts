/**
 * One-time codes that let a citizen confirm, from their own phone, the declaration an officer filled for them
 * (assisted intake), or prove that the phone of an online submission is theirs (until citizen accounts exist). The
 * codes themselves (6 digits, 5 minutes, 5 attempts, used once, at most 3 to a phone in 10 minutes) are made in
 * src/services/otp/codes.ts; here: at most ONLINE_CODES_PER_DAY codes for online submission in 24 hours — so one
 * phone cannot file more than that many dossiers a day, from any address.
 */
import { maskPhone } from '../../../domain/dossier/declaration.js';
import { normalisePhone } from '../../../domain/contact/contact.js';
import { conflict, DomainError, forbidden, invalid } from '../../../domain/errors.js';
import type { ActingContext } from '../../org/context.js';
import type { Reader, Trx } from '../../../db/transaction.js';
import { OTP_MAX_ATTEMPTS, codeMatches, issueCode as issueSharedCode } from '../../otp/codes.js';

const ONLINE_CODES_PER_DAY = 5;

export type OtpPurpose = 'declaration' | 'online_submission';

export interface OtpSent {
  otpId: string;
  expiresAt: string;
  phoneMasked: string;
}

const badPhone = () => {
  const message = 'Số điện thoại di động không hợp lệ (10 số, bắt đầu bằng 0).';
  return invalid('VALIDATION_FAILED', message, [{ field: 'phone', message }]);
};

/** Stores a new code for `phone` and queues its SMS (urgent), after the per-phone limits (services/otp). */
async function issueCode(
  trx: Trx,
  purpose: OtpPurpose,
  phone: string,
  createdBy: string | null,
  now: number,
): Promise<OtpSent> {
  const sent = await issueSharedCode(
    trx,
    { purpose, phone, createdBy, now },
    purpose === 'declaration'
      ? { windowMessage: 'Đã gửi quá nhiều mã tới số này. Vui lòng chờ 10 phút hoặc xác nhận bằng chữ ký.' }
      : {
          windowMessage: 'Đã gửi quá nhiều mã tới số này. Vui lòng chờ 10 phút rồi thử lại.',
          perDay: {
            max: ONLINE_CODES_PER_DAY,
            message: `Số điện thoại này đã nhận ${ONLINE_CODES_PER_DAY} mã nộp hồ sơ trực tuyến trong 24 giờ qua. Vui lòng thử lại vào ngày mai hoặc nộp tại Bộ phận Một cửa.`,
          },
        },
  );
  return { otpId: sent.id, expiresAt: sent.expiresAt.toISOString(), phoneMasked: maskPhone(phone) };
}

/** Sends a new code to `phone` for the declaration of the dossier being received. */
export async function requestDeclarationOtp(
  trx: Trx,
  ctx: ActingContext,
  rawPhone: string,
  opts: { now?: number } = {},
): Promise<OtpSent> {
  if (!ctx.actor.roles.some((r) => r.role === 'reception_officer')) {
    throw forbidden('Chỉ công chức tiếp nhận được gửi mã xác nhận.');
  }
  const phone = normalisePhone(rawPhone);
  if (!phone) throw badPhone();
  return issueCode(trx, 'declaration', phone, ctx.actor.id, opts.now ?? Date.now());
}

/** Sends a code to the phone a citizen gives for an online submission (no login: the phone is the proof). */
export async function requestOnlineOtp(
  trx: Trx,
  rawPhone: string,
  /** `createdBy`: the helper who asked for it at a service point (services/service-points/submit.ts). */
  opts: { now?: number; createdBy?: string } = {},
): Promise<OtpSent> {
  const phone = normalisePhone(rawPhone);
  if (!phone) throw badPhone();
  return issueCode(trx, 'online_submission', phone, opts.createdBy ?? null, opts.now ?? Date.now());
}

/** The request's field that carries the code: the declaration's confirmation, or the online verification. */
const fieldOf = (purpose: OtpPurpose) => (purpose === 'declaration' ? 'confirmation' : 'verification');

const wrong = (purpose: OtpPurpose) =>
  invalid('OTP_WRONG', 'Mã xác nhận không đúng.', [
    { field: `${fieldOf(purpose)}.code`, message: 'Mã xác nhận không đúng.' },
  ]);

/**
 * Checks and uses a code inside the intake transaction (a failed intake gives the code back). A wrong code
 * throws OTP_WRONG: the caller records the attempt in its own transaction with `recordOtpFailure`.
 */
export async function useDeclarationOtp(
  trx: Trx,
  otpId: string,
  phone: string,
  code: string,
  now: number,
): Promise<void> {
  await useOtp(trx, 'declaration', otpId, phone, code, now);
}

/** Checks and uses a code of `purpose` for `phone` in the caller's transaction (see useDeclarationOtp). */
export async function useOtp(
  trx: Trx,
  purpose: OtpPurpose,
  otpId: string,
  phone: string,
  code: string,
  now: number,
): Promise<void> {
  const row = await trx
    .selectFrom('one_time_codes')
    .selectAll()
    .where('id', '=', otpId)
    .forUpdate()
    .executeTakeFirst();
  if (!row || row.phone !== phone || row.purpose !== purpose) {
    throw invalid('OTP_NOT_FOUND', 'Không có mã xác nhận này cho số điện thoại của người nộp.', [
      { field: `${fieldOf(purpose)}.otpId`, message: 'Mã xác nhận không thuộc số điện thoại này.' },
    ]);
  }
  if (row.used_at) throw conflict('OTP_USED', 'Mã xác nhận đã được dùng. Vui lòng gửi mã mới.');
  if (new Date(row.expires_at).getTime() <= now) {
    throw conflict('OTP_EXPIRED', 'Mã xác nhận đã hết hạn. Vui lòng gửi mã mới.');
  }
  if (row.attempts >= OTP_MAX_ATTEMPTS) {
    throw conflict('OTP_LOCKED', 'Đã nhập sai quá số lần cho phép. Vui lòng gửi mã mới.');
  }
  if (!codeMatches(row.code_hash, code)) throw wrong(purpose);
  await trx
    .updateTable('one_time_codes')
    .set({ used_at: new Date(now) })
    .where('id', '=', otpId)
    .execute();
}

/** Counts a wrong attempt (outside the failed intake's transaction, so it is not rolled back). */
export async function recordOtpFailure(db: Reader, otpId: string): Promise<void> {
  await db
    .updateTable('one_time_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', otpId)
    .execute();
}

/**
 * Runs a write that a one-time code confirms (`otpId`; undefined when it is confirmed otherwise). A wrong code throws
 * OTP_WRONG and rolls the write back: the attempt is then counted on its own before the error goes on.
 */
export async function countingWrongCodes<T>(
  db: Reader,
  otpId: string | undefined,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (otpId && e instanceof DomainError && e.code === 'OTP_WRONG') await recordOtpFailure(db, otpId);
    throw e;
  }
}
