/**
 * A citizen's rating of a returned dossier: the three levels of the satisfaction survey, the reasons offered for
 * each, and the rules of when a rating may be given or changed. Pure; shared by the server and the rating page.
 *
 * - A dossier is rated once its result is returned, for RATING_DAYS days after.
 * - One rating per dossier, changeable once within CHANGE_DAYS days of the first.
 * - "Không hài lòng" opens a follow-up the unit's leaders answer within FOLLOW_UP_WORKING_DAYS working days.
 */
import { keysOf } from '../keys.js';

export const levelLabels = {
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  not_satisfied: 'Không hài lòng',
} as const;
export type RatingLevel = keyof typeof levelLabels;
export const ratingLevels = keysOf(levelLabels);

/** Where a rating came from: the result SMS's link, the tracking page (the receipt's QR code), "Hồ sơ của tôi". */
export const ratingSources = ['link', 'tracking', 'citizen'] as const;
export type RatingSource = (typeof ratingSources)[number];

/** What went well, offered with the two good levels. */
export const praiseLabels = {
  fast: 'Giải quyết nhanh, đúng hẹn',
  one_visit: 'Chỉ phải đi một lần',
  clear: 'Được hướng dẫn rõ ràng, đầy đủ',
  courteous: 'Cán bộ nhiệt tình, lịch sự',
  online: 'Nộp và nhận kết quả thuận tiện',
} as const;

/** What went wrong, offered with "Không hài lòng". */
export const complaintLabels = {
  late: 'Trả kết quả chậm so với giấy hẹn',
  many_visits: 'Phải đi lại nhiều lần',
  supplements: 'Bị yêu cầu bổ sung giấy tờ nhiều lần',
  unclear: 'Hướng dẫn chưa rõ ràng',
  attitude: 'Thái độ cán bộ chưa tốt',
  costs: 'Phát sinh chi phí ngoài quy định',
  other: 'Lý do khác',
} as const;

export type RatingReason = keyof typeof praiseLabels | keyof typeof complaintLabels;

/** The reasons a level offers, in display order. */
export function reasonsFor(level: RatingLevel): Readonly<Record<string, string>> {
  return level === 'not_satisfied' ? complaintLabels : praiseLabels;
}

export const RATING_DAYS = 30;
export const CHANGE_DAYS = 7;
export const FOLLOW_UP_WORKING_DAYS = 5;
export const COMMENT_MAX = 1000;
const DAY_MS = 86_400_000;

export interface RatingInput {
  level: RatingLevel;
  reasons?: readonly string[] | undefined;
  comment?: string | undefined;
}

export interface PastRating {
  ratedAt: number;
  changedAt: number | null;
}

/** Why a rating cannot be taken now, or null when it can. */
export type RatingRefusal = { code: 'NOT_RETURNED' | 'ALREADY_RATED'; message: string };

/**
 * Whether a rating link no longer opens: RATING_DAYS days after the return, or after the leaders' answer to a
 * complaint when that came later (the answer's SMS carries the same link).
 */
export function linkExpired(returnedAt: number | null, answeredAt: number | null, now: number): boolean {
  if (returnedAt === null) return false;
  return now > Math.max(returnedAt, answeredAt ?? 0) + RATING_DAYS * DAY_MS;
}

/**
 * Whether a rating (or its one change) is taken at `now` for a dossier returned at `returnedAt` (null: not yet) with
 * the rating `past` (null: none yet), the link being still open (linkExpired).
 */
export function ratingRefusal(
  returnedAt: number | null,
  past: PastRating | null,
  now: number,
): RatingRefusal | null {
  if (returnedAt === null) {
    return {
      code: 'NOT_RETURNED',
      message: 'Hồ sơ chưa được trả kết quả. Ông/bà có thể đánh giá sau khi nhận kết quả.',
    };
  }
  if (past === null) return null;
  if (past.changedAt !== null || now - past.ratedAt > CHANGE_DAYS * DAY_MS) {
    return {
      code: 'ALREADY_RATED',
      message: `Hồ sơ đã được đánh giá. Mỗi hồ sơ được đổi đánh giá một lần trong ${CHANGE_DAYS} ngày.`,
    };
  }
  return null;
}

/** The reasons kept: those the level offers, each once, in the level's order; the unknown ones named as errors. */
export function checkReasons(input: RatingInput): { reasons: string[]; unknown: string[] } {
  const offered = Object.keys(reasonsFor(input.level));
  const given = new Set(input.reasons ?? []);
  return {
    reasons: offered.filter((r) => given.has(r)),
    unknown: [...given].filter((r) => !offered.includes(r)),
  };
}

/** "Rất hài lòng (Giải quyết nhanh, đúng hẹn; Chỉ phải đi một lần)" */
export function describeRating(level: RatingLevel, reasons: readonly string[]): string {
  const labels = reasonsFor(level);
  const named = reasons.map((r) => labels[r]).filter(Boolean);
  return named.length ? `${levelLabels[level]} (${named.join('; ')})` : levelLabels[level];
}

/** Who reads and answers the follow-ups of "Không hài lòng": the leaders of the unit or of a unit above it. */
export const followUpRoles = ['leader'] as const;

/** Whether the actor answers the follow-ups of the unit at `unitPath` (root first, the unit last). */
export function mayFollowUp(
  actor: { roles: readonly { role: string; unitId: string }[] },
  unitPath: readonly string[],
): boolean {
  return actor.roles.some(
    (r) => (followUpRoles as readonly string[]).includes(r.role) && unitPath.includes(r.unitId),
  );
}
