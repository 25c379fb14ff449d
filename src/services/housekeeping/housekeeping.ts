/**
 * Housekeeping: deletes the working rows that nobody needs any more and that would otherwise grow forever —
 * expired staff and citizen sessions, old delivery receipts, past days' SMS counters and queue number counters, spent
 * one-time codes, idle failed-login counters, ended tracking budgets, citizens' abandoned drafts and the uploads
 * nothing uses any more (orphan-files.ts; on disk only when the run is given DATA_DIR). Records of the procedure (dossiers and their actions, the audit log, notifications, alerts,
 * hotline calls) are never touched here. Retention periods: docs/DECISIONS.md, "2026-12-04 — Housekeeping".
 *
 * Deletes are bounded: each statement removes at most `batch` rows and commits on its own (row locks are held for
 * one batch only), and a run stops a table after `maxBatches`; what is left goes with the next run.
 *
 * One run at a time: the job (src/jobs/housekeeping.ts) holds a session-level advisory lock for the whole run, on the
 * connection it gives here.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { formatInstant, MS_PER_DAY } from '../../domain/calendar/time-zone.js';
import type { Database } from '../../db/schema.js';
import { collectOrphanFiles } from './orphan-files.js';

/** How long each kind of working row is kept (see docs/DECISIONS.md). */
export const RETENTION = {
  /** Expired sessions can never be resumed: deleted at once. */
  sessionsAfterExpiryMs: 0,
  /** Delivery receipts, for support questions about an SMS ("the gateway said delivered at …"). */
  receiptsMs: 90 * MS_PER_DAY,
  /** SMS day counters: the cap reads today's only; a week is kept to answer "why was it held yesterday". */
  dayCountDays: 7,
  /** Queue number counters: only today's is incremented. */
  queueCounterDays: 7,
  /** One-time codes live 5 minutes; a day covers the rate-limit window and any support question. */
  oneTimeCodesMs: MS_PER_DAY,
  /** Failed-login counters are forgotten after an hour without failures; a day covers any support question. */
  loginFailuresMs: MS_PER_DAY,
  /** A tracking budget lasts a day from its first wrong answer; a counter whose day ended is kept one more day. */
  trackingGuessesMs: 2 * MS_PER_DAY,
  /** A citizen's draft not submitted nor changed for 90 days is abandoned: deleted with its papers. */
  abandonedDraftsMs: 90 * MS_PER_DAY,
  /** An upload nothing uses is kept a day (no upload in progress is that old), then its file is deleted. */
  orphanFilesMs: MS_PER_DAY,
} as const;

/** Vietnam: the day of the counters (the notification cap and the queue count local days). */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface HousekeepingOptions {
  now?: number | undefined;
  /** Rows per delete statement (default 1000). */
  batch?: number | undefined;
  /** Statements per table and run (default 50). */
  maxBatches?: number | undefined;
  /** DATA_DIR: where the stored files are; without it, orphaned files are left for a run that has it. */
  dataDir?: string | undefined;
}

export interface HousekeepingResult {
  /** Another run held the lock: nothing was done. */
  skipped: boolean;
  /** Rows deleted per table. */
  sessions: number;
  citizenSessions: number;
  notificationReceipts: number;
  notificationUnitDayCounts: number;
  queueNumberCounters: number;
  oneTimeCodes: number;
  loginFailures: number;
  trackingGuesses: number;
  abandonedDrafts: number;
  orphanFiles: number;
  /** A table still had rows to delete when its batches ran out: the next run goes on. */
  more: boolean;
}

type Counted = Exclude<keyof HousekeepingResult, 'skipped' | 'more'>;

interface Rule {
  key: Counted;
  table: string;
  /** Which rows go; `ctid` picks them in the batch's sub-select (no primary key is needed). */
  where: RawBuilder<unknown>;
}

/** The local day `days` days before `now`'s, as YYYY-MM-DD. */
function dayBefore(now: number, days: number): string {
  return formatInstant(TIME_ZONE, now - days * MS_PER_DAY).slice(0, 10);
}

function rules(now: number): Rule[] {
  const at = (ms: number) => new Date(now - ms);
  return [
    {
      key: 'sessions',
      table: 'sessions',
      where: sql`expires_at < ${at(RETENTION.sessionsAfterExpiryMs)}`,
    },
    {
      key: 'citizenSessions',
      table: 'citizen_sessions',
      // Ended by idleness (expires_at) or by its longest life (ends_at): neither can be resumed.
      where: sql`expires_at < ${at(RETENTION.sessionsAfterExpiryMs)} or ends_at < ${at(RETENTION.sessionsAfterExpiryMs)}`,
    },
    {
      key: 'notificationReceipts',
      table: 'notification_receipts',
      where: sql`received_at < ${at(RETENTION.receiptsMs)}`,
    },
    {
      key: 'notificationUnitDayCounts',
      table: 'notification_unit_day_counts',
      where: sql`day < ${dayBefore(now, RETENTION.dayCountDays)}::date`,
    },
    {
      key: 'queueNumberCounters',
      table: 'queue_number_counters',
      where: sql`day < ${dayBefore(now, RETENTION.queueCounterDays)}::date`,
    },
    {
      key: 'oneTimeCodes',
      table: 'one_time_codes',
      // Created a day ago, so also expired long since (a code lives minutes).
      where: sql`created_at < ${at(RETENTION.oneTimeCodesMs)} and expires_at < ${at(0)}`,
    },
    {
      key: 'loginFailures',
      table: 'login_failures',
      where: sql`last_at < ${at(RETENTION.loginFailuresMs)}`,
    },
    {
      key: 'trackingGuesses',
      table: 'tracking_guesses',
      where: sql`window_start < ${at(RETENTION.trackingGuessesMs)}`,
    },
    {
      key: 'abandonedDrafts',
      table: 'citizen_drafts',
      // Their papers go with them (on delete cascade); the files themselves, once unused, below.
      where: sql`dossier_code is null and updated_at < ${at(RETENTION.abandonedDraftsMs)}`,
    },
  ];
}

/** Nothing deleted. */
export const noHousekeeping = (): HousekeepingResult => ({
  skipped: false,
  sessions: 0,
  citizenSessions: 0,
  notificationReceipts: 0,
  notificationUnitDayCounts: 0,
  queueNumberCounters: 0,
  oneTimeCodes: 0,
  loginFailures: 0,
  trackingGuesses: 0,
  abandonedDrafts: 0,
  orphanFiles: 0,
  more: false,
});

/** One housekeeping run on `conn`, one connection (see the module comment). */
export async function deleteExpired(
  conn: Kysely<Database>,
  opts: HousekeepingOptions = {},
): Promise<HousekeepingResult> {
  const result = noHousekeeping();
  const now = opts.now ?? Date.now();
  const batch = opts.batch ?? 1000;
  const maxBatches = opts.maxBatches ?? 50;
  for (const rule of rules(now)) {
    for (let i = 0; ; i++) {
      if (i === maxBatches) {
        result.more = true;
        break;
      }
      const table = sql.table(rule.table);
      const deleted = await sql`
        delete from ${table}
         where ctid = any(array(select ctid from ${table} where ${rule.where} limit ${batch}))`.execute(conn);
      const n = Number(deleted.numAffectedRows ?? 0);
      result[rule.key] += n;
      if (n < batch) break;
    }
  }
  if (opts.dataDir !== undefined) {
    const before = new Date(now - RETENTION.orphanFilesMs);
    for (let i = 0; ; i++) {
      if (i === maxBatches) {
        result.more = true;
        break;
      }
      const n = await collectOrphanFiles(conn, opts.dataDir, before, batch);
      result.orphanFiles += n;
      if (n < batch) break;
    }
  }
  return result;
}
