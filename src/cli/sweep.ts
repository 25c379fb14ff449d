/**
 * `motcua sweep [--at ISO8601] [--at-risk-days N]` runs the deadline sweeper once on the configured database
 * (DATABASE_URL, or the embedded database in DATA_DIR while no server holds it) and prints what it did as one JSON
 * line: dossiers examined, at risk, overdue, alerts recorded, extension drafts made; `skipped` when another
 * instance was sweeping at that moment.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { runSweep } from '../jobs/sweeper.js';
import { optionSpec, type LeafCommand } from './help.js';
import { UsageError, type CliIo } from './io.js';
import { atInstant, atOption, runJobOnce } from './job-options.js';
import { parseOptions } from './options.js';

export interface SweepArgs {
  now: number | undefined;
  atRiskWorkingDays: number;
}

export function parseSweepArgs(args: string[]): SweepArgs {
  const { values } = parseOptions(args, optionSpec(sweepCommand));
  const now = atInstant(values);
  const days = values.get('at-risk-days') ?? '1';
  if (!/^[1-9]$/.test(days))
    throw new UsageError(`--at-risk-days phải là số nguyên từ 1 đến 9, nhận được ${JSON.stringify(days)}`);
  return { now, atRiskWorkingDays: Number(days) };
}

/** One sweep on an open database; prints the result. */
export async function sweepOn(db: Kysely<Database>, args: SweepArgs, io: CliIo): Promise<number> {
  const result = await runSweep(db, { now: args.now, policy: { atRiskWorkingDays: args.atRiskWorkingDays } });
  io.out(JSON.stringify(result));
  return 0;
}

export const sweepCommand: LeafCommand = {
  summary: {
    vi: 'Quét hạn xử lý hồ sơ một lần: cảnh báo sắp đến hạn, quá hạn, dự thảo gia hạn',
    en: 'Run the deadline sweeper once: at-risk and overdue alerts, extension drafts',
  },
  options: [
    atOption,
    {
      name: 'at-risk-days',
      value: 'N',
      vi: 'Cảnh báo khi còn N ngày làm việc (1–9, mặc định 1)',
      en: 'Warn N working days before the due date (1–9, default 1)',
    },
  ],
  notes: {
    vi: `Trên cơ sở dữ liệu đang cấu hình (DATABASE_URL, hoặc DATA_DIR khi không máy chủ nào đang giữ). In một dòng
JSON: số hồ sơ đã xét, sắp đến hạn, quá hạn, cảnh báo đã ghi, dự thảo gia hạn; "skipped" khi một tiến trình khác
đang quét.`,
    en: `On the configured database (DATABASE_URL, or DATA_DIR while no server holds it). Prints one JSON line:
dossiers examined, at risk, overdue, alerts recorded, extension drafts made; "skipped" when another instance was
sweeping.`,
  },
  run: runJobOnce(parseSweepArgs, sweepOn),
};
