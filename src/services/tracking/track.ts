/**
 * Public tracking of a dossier (tra cứu hồ sơ): anyone holding the dossier code and the applicant's mobile number (or
 * its last 4 digits) sees the status, the dates and a plain timeline — nothing personal (no name, ID number, phone,
 * notes or staff names). A wrong code/phone pair and an unknown code give the same answer, so codes cannot be probed.
 *
 * Each code has a budget of wrong answers per day from all addresses together (src/domain/dossier/tracking-budget.ts):
 * once it is spent the code takes only the full phone number, and its applicant is told. Known and unknown codes do
 * the same work — one read of the counter, one (cached) read of the dossier, one upsert per wrong answer — so that
 * neither the answer nor its time tells them apart.
 */
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { obligationLabels } from '../../domain/land-tax/obligations.js';
import type { TaxNotice } from '../../domain/land-tax/notice.js';
import { invalid, notFound } from '../../domain/errors.js';
import { fullPhoneOnly } from '../../domain/dossier/tracking-budget.js';
import { normalisePhone } from '../../domain/contact/contact.js';
import { actionLabels, portalStatus, statusLabels } from '../../domain/dossier/lifecycle.js';
import type { TrackedObligation } from '../../contracts/land-tax.js';
import type { TrackedDossier } from '../../contracts/tracking.js';
import type { Reader } from '../../db/transaction.js';
import { readGuesses, recordWrongGuess, type Owner } from './budget.js';
import { readThread, resultStep } from './thread.js';

function obligationsOf(history: readonly { taxNotice: unknown }[]): TrackedObligation[] {
  const latest = [...history].reverse().find((h) => h.taxNotice)?.taxNotice as TaxNotice | undefined;
  return (latest?.obligations ?? []).map((o) => ({
    kind: o.kind,
    label: obligationLabels[o.kind],
    amount: o.amount,
    dueDate: o.dueDate,
    noticeNo: o.noticeNo,
    noticeDate: o.noticeDate,
  }));
}

export const trackingNotFound = () =>
  notFound('DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ với mã và số điện thoại này.');

/** The code's budget of wrong answers is spent: the last 4 digits are not checked, for any code, known or not. */
export const fullPhoneRequired = () =>
  invalid(
    'FULL_PHONE_REQUIRED',
    'Mã hồ sơ này đã được tra cứu sai nhiều lần. Để bảo vệ thông tin, vui lòng nhập đầy đủ số điện thoại di động đã khai khi nộp hồ sơ.',
    [{ field: 'phone', message: 'Nhập đầy đủ số điện thoại di động (0… hoặc +84…).' }],
  );

/** How the phone is matched: the whole normalised number, or its last 4 digits. */
export type PhoneMatch = { exact: string } | { last4: string };

/** The phone as typed, read as a full mobile number or its last 4 digits; 400 naming `phone` otherwise. */
export function parsePhoneMatch(text: string): PhoneMatch {
  const compact = text.trim();
  if (/^[0-9]{4}$/.test(compact)) return { last4: compact };
  const exact = normalisePhone(compact);
  if (exact) return { exact };
  throw invalid(
    'VALIDATION_FAILED',
    'Số điện thoại không hợp lệ: nhập số di động đầy đủ hoặc 4 chữ số cuối.',
    [{ field: 'phone', message: 'Số di động đầy đủ (0… hoặc +84…) hoặc 4 chữ số cuối.' }],
  );
}

/**
 * Tracking is read far more often than dossiers change, and each read is public: an answer is kept for
 * TRACK_CACHE_MS in this process (per database), so a citizen refreshing, or many people at once, cost one query per
 * dossier a second or two. A status may thus show up to that long after it changed. The phone is checked on every
 * request against the cached dossier's, and unknown codes are never cached.
 */
export const TRACK_CACHE_MS = 2_000;
const TRACK_CACHE_MAX = 20_000;
interface Cached {
  until: number;
  /** Undefined for a code that does not exist (cached too, so that both answer equally fast). */
  owner: Owner | undefined;
  tracked: TrackedDossier | undefined;
}
const caches = new WeakMap<Reader, Map<string, Cached>>();

function cacheOf(db: Reader): Map<string, Cached> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

async function readTracked(db: Reader, code: string): Promise<Cached> {
  const row = await db
    .selectFrom('dossiers as d')
    .innerJoin('persons as p', 'p.id', 'd.applicant_id')
    .innerJoin('units as u', 'u.id', 'd.receiving_unit_id')
    .select([
      'd.code',
      'd.status',
      'd.procedure_code',
      'd.procedure_name',
      'd.received_at',
      'd.due_at',
      'd.finished_at',
      'u.name as unit_name',
      'p.phone',
      'd.id',
      'd.receiving_unit_id',
      'd.fee_assessment',
    ])
    // The log in the same query: one round trip per request (a public, rate-limited but busy endpoint).
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('dossier_actions as a')
          .select(['a.action', 'a.at', 'a.status_after', sql<unknown>`a.data->'taxNotice'`.as('taxNotice')])
          .whereRef('a.dossier_id', '=', 'd.id')
          .orderBy('a.seq'),
      ).as('history'),
    )
    .where('d.code', '=', code)
    .executeTakeFirst();
  if (!row) return { until: Date.now() + TRACK_CACHE_MS, owner: undefined, tracked: undefined };
  const history = row.history.map((a) => ({ at: new Date(a.at).toISOString(), statusAfter: a.status_after }));
  const result = resultStep(history);
  const thread = [...(await readThread(db, row.code)), ...(result ? [result] : [])];
  return {
    until: Date.now() + TRACK_CACHE_MS,
    owner: { dossierId: row.id, unitId: row.receiving_unit_id, phone: row.phone, code: row.code },
    tracked: {
      code: row.code,
      status: row.status,
      statusKey: portalStatus[row.status],
      statusLabel: statusLabels[row.status],
      procedure: { code: row.procedure_code, name: row.procedure_name },
      receivedAt: row.received_at ? row.received_at.toISOString() : null,
      dueAt: row.due_at ? row.due_at.toISOString() : null,
      ...(row.finished_at ? { finishedAt: row.finished_at.toISOString() } : {}),
      unit: { name: row.unit_name },
      // JSON carries the instants as text.
      history: row.history.map((a) => ({ at: new Date(a.at).toISOString(), label: actionLabels[a.action] })),
      thread,
      ...(row.fee_assessment ? { owed: row.fee_assessment } : {}),
      obligations: obligationsOf(row.history),
    },
  };
}

export async function trackDossier(db: Reader, code: string, phoneText: string): Promise<TrackedDossier> {
  const match = parsePhoneMatch(phoneText);
  const key = code.trim().toUpperCase();
  const cache = cacheOf(db);
  const guesses = await readGuesses(db, key);
  let entry = cache.get(key);
  if (!entry || entry.until <= Date.now()) {
    entry = await readTracked(db, key);
    cache.delete(key);
    if (cache.size >= TRACK_CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
  }
  if ('last4' in match && fullPhoneOnly(guesses, Date.now())) throw fullPhoneRequired();
  const phone = entry.owner?.phone;
  const matches = phone != null && ('exact' in match ? phone === match.exact : phone.endsWith(match.last4));
  if (entry.tracked && matches) return entry.tracked;
  await recordWrongGuess(db, key, entry.owner);
  throw trackingNotFound();
}
