/**
 * A citizen signs in with a one-time code sent to their phone (services/otp/codes.ts: 6 digits, 5 minutes, 5 tries,
 * used once). Limits: 3 codes to a phone in 10 minutes and CODES_PER_DAY a day; CODES_PER_ADDRESS codes asked from
 * one client address in an hour, whatever the numbers. The sign-in checks the phone's latest code: each try is
 * counted before the code is compared (one statement, so parallel guesses cannot pass the 5), and after the fifth
 * wrong one the code is dead and a new one is needed.
 */
import { maskPhone } from '../../domain/dossier/declaration.js';
import { normalisePhone } from '../../domain/contact/contact.js';
import { conflict, invalid } from '../../domain/errors.js';
import { inTransaction, type Reader, type Trx } from '../../db/transaction.js';
import { OTP_MAX_ATTEMPTS, codeMatches, issueCode } from '../otp/codes.js';
import { auditCitizen } from './audit.js';
import {
  createCitizenSession,
  deleteCitizenSession,
  phoneIdentity,
  type CitizenSession,
  type NewCitizenSession,
} from './sessions.js';

const CODES_PER_DAY = 10;
const CODES_PER_ADDRESS = 20;
const ADDRESS_WINDOW_MS = 3_600_000;
/** The page offers a new code after this long. */
export const RESEND_AFTER_SECONDS = 60;

export interface ClientMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  /** The clock, injected by tests. */
  now?: number;
}

function phoneOf(raw: string): string {
  const phone = normalisePhone(raw);
  if (phone) return phone;
  const message = 'Số điện thoại di động không hợp lệ (10 số, bắt đầu bằng 0).';
  throw invalid('VALIDATION_FAILED', message, [{ field: 'phone', message }]);
}

/** Sends a sign-in code to the phone (an urgent SMS through the outbox). */
export async function requestLoginCode(trx: Trx, rawPhone: string, meta: ClientMeta) {
  const phone = phoneOf(rawPhone);
  const sent = await issueCode(
    trx,
    { purpose: 'citizen_login', phone, createdBy: null, address: meta.ip, now: meta.now ?? Date.now() },
    {
      windowMessage: 'Đã gửi quá nhiều mã tới số này. Vui lòng chờ 10 phút rồi thử lại.',
      perDay: {
        max: CODES_PER_DAY,
        message: `Số điện thoại này đã nhận ${CODES_PER_DAY} mã đăng nhập trong 24 giờ qua. Vui lòng thử lại vào ngày mai.`,
      },
      perAddress: {
        max: CODES_PER_ADDRESS,
        windowMs: ADDRESS_WINDOW_MS,
        message: 'Thiết bị hoặc mạng này đã yêu cầu quá nhiều mã. Vui lòng thử lại sau 1 giờ.',
      },
    },
  );
  return {
    phoneMasked: maskPhone(phone),
    expiresAt: sent.expiresAt.toISOString(),
    resendAfterSeconds: RESEND_AFTER_SECONDS,
  };
}

const newCodeNeeded = (code: string, why: string) =>
  conflict(code, `${why} Vui lòng bấm "Gửi lại mã" để nhận mã mới.`);

/**
 * Counts one try on the phone's latest sign-in code and answers whether it matches; throws when there is no live code.
 * One statement claims the try, so that parallel guesses never get more than OTP_MAX_ATTEMPTS.
 */
async function tryCode(db: Reader, phone: string, code: string, now: number) {
  const latest = await db
    .selectFrom('one_time_codes')
    .select(['id', 'expires_at', 'attempts', 'used_at'])
    .where('phone', '=', phone)
    .where('purpose', '=', 'citizen_login')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest || latest.used_at) {
    throw invalid('OTP_NOT_FOUND', 'Chưa có mã đăng nhập cho số điện thoại này. Vui lòng bấm "Gửi mã".', [
      { field: 'code', message: 'Chưa có mã cho số điện thoại này.' },
    ]);
  }
  if (latest.expires_at.getTime() <= now) throw newCodeNeeded('OTP_EXPIRED', 'Mã xác nhận đã hết hạn.');
  const claimed = await db
    .updateTable('one_time_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', latest.id)
    .where('attempts', '<', OTP_MAX_ATTEMPTS)
    .where('used_at', 'is', null)
    .returning(['code_hash', 'attempts'])
    .executeTakeFirst();
  if (!claimed) throw newCodeNeeded('OTP_LOCKED', 'Đã nhập sai quá 5 lần.');
  return {
    id: latest.id,
    ok: codeMatches(claimed.code_hash, code),
    left: OTP_MAX_ATTEMPTS - claimed.attempts,
  };
}

/**
 * Signs the citizen in with the code: a new session (the previous one of this browser ended), its audit row.
 * A wrong code is a 400 saying how many tries are left.
 */
export async function verifyLoginCode(
  db: Reader,
  body: { phone: string; code: string },
  meta: ClientMeta & { previousSessionId?: string },
): Promise<NewCitizenSession> {
  const phone = phoneOf(body.phone);
  const now = meta.now ?? Date.now();
  const attempt = await tryCode(db, phone, body.code, now);
  if (!attempt.ok) {
    const message =
      attempt.left > 0
        ? `Mã xác nhận không đúng. Bạn còn ${attempt.left} lần thử.`
        : 'Mã xác nhận không đúng. Đã nhập sai 5 lần: vui lòng bấm "Gửi lại mã" để nhận mã mới.';
    throw invalid('OTP_WRONG', message, [{ field: 'code', message }]);
  }
  return inTransaction(db, async (trx) => {
    const used = await trx
      .updateTable('one_time_codes')
      .set({ used_at: new Date(now) })
      .where('id', '=', attempt.id)
      .where('used_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!used) throw newCodeNeeded('OTP_USED', 'Mã xác nhận đã được dùng.');
    if (meta.previousSessionId) await deleteCitizenSession(trx, meta.previousSessionId);
    const session = await createCitizenSession(trx, phoneIdentity(phone), { ...meta, now });
    await auditCitizen(trx, { action: 'citizen.login', phone, requestId: meta.requestId });
    return session;
  });
}

/** Ends the session (its audit row in the same transaction). */
export async function logoutCitizen(trx: Trx, session: CitizenSession, requestId: string) {
  await deleteCitizenSession(trx, session.id);
  await auditCitizen(trx, {
    action: 'citizen.logout',
    phone: session.phone,
    personId: session.personId,
    requestId,
  });
}
