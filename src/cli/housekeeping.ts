/**
 * `motcua housekeeping [--at ISO8601]` runs housekeeping once on the configured database (DATABASE_URL, or the
 * embedded database in DATA_DIR while no server holds it): expired sessions, old delivery receipts, past days'
 * counters and spent one-time codes are deleted, in bounded batches. Prints one JSON line with the rows deleted per
 * table, `more` when rows are left for the next run, and `skipped` when another instance was running it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { parseInstant } from '../domain/calendar/time-zone.js';
import { runHousekeeping } from '../services/housekeeping/housekeeping.js';
import { onConfiguredDatabase, UsageError, type CliIo } from './io.js';
import { parseOptions } from './options.js';

export const housekeepingSummary = '[--at ISO8601]   delete expired sessions, old receipts and counters once';

export interface HousekeepingArgs {
  now: number | undefined;
}

export function parseHousekeepingArgs(args: string[]): HousekeepingArgs {
  const { values } = parseOptions(args, { values: ['at'] });
  const at = values.get('at');
  if (at === undefined) return { now: undefined };
  try {
    return { now: parseInstant(at, 'Asia/Ho_Chi_Minh') };
  } catch {
    throw new UsageError(`--at phải là thời điểm ISO 8601, nhận được ${JSON.stringify(at)}`);
  }
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

export async function runHousekeepingCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseHousekeepingArgs(args);
  return onConfiguredDatabase((db) => housekeepingOn(db, parsed, io));
}
