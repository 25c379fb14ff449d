/**
 * `motcua housekeeping [--at ISO8601]` runs housekeeping once on the configured database (DATABASE_URL, or the
 * embedded database in DATA_DIR while no server holds it): expired sessions, old delivery receipts, past days'
 * counters and spent one-time codes are deleted, in bounded batches. Prints one JSON line with the rows deleted per
 * table, `more` when rows are left for the next run, and `skipped` when another instance was running it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { runHousekeeping } from '../jobs/housekeeping.js';
import { optionSpec, type LeafCommand } from './help.js';
import type { CliIo } from './io.js';
import { atInstant, atOption, runJobOnce } from './job-options.js';
import { parseOptions } from './options.js';

export interface HousekeepingArgs {
  now: number | undefined;
}

export function parseHousekeepingArgs(args: string[]): HousekeepingArgs {
  const { values } = parseOptions(args, optionSpec(housekeepingCommand));
  return { now: atInstant(values) };
}

/** One run on an open database; prints the result. */
export async function housekeepingOn(
  db: Kysely<Database>,
  args: HousekeepingArgs,
  io: CliIo,
): Promise<number> {
  io.out(JSON.stringify(await runHousekeeping(db, { now: args.now })));
  return 0;
}

export const housekeepingCommand: LeafCommand = {
  summary: {
    vi: 'Dọn dẹp một lần: phiên hết hạn, biên nhận cũ, bộ đếm ngày cũ, mã dùng một lần đã dùng',
    en: "Housekeeping once: expired sessions, old receipts, past days' counters, spent one-time codes",
  },
  options: [atOption],
  notes: {
    vi: `Trên cơ sở dữ liệu đang cấu hình (DATABASE_URL, hoặc DATA_DIR khi không máy chủ nào đang giữ), xóa theo từng
đợt giới hạn. In một dòng JSON: số dòng đã xóa mỗi bảng, "more" khi còn cho lần sau, "skipped" khi một tiến trình
khác đang dọn.`,
    en: `On the configured database (DATABASE_URL, or DATA_DIR while no server holds it), deletes in bounded batches.
Prints one JSON line: rows deleted per table, "more" when rows are left for the next run, "skipped" when another
instance was running it.`,
  },
  run: runJobOnce(parseHousekeepingArgs, housekeepingOn),
};
